"""The registry's read model: every agent in memory, with skill and tag maps and the names in sorted order.

Reads never wait on the database: at ten thousand agents a SQLite round trip through a worker thread costs
more than the whole in-memory answer. The store stays the truth: the catalog is loaded from it at open and
every write goes to the store first, then here. One registry process owns a database.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator

from servers.registry.cards import skill_keys_and_tags
from servers.registry.store import StoredAgent


class Catalog:
    def __init__(self) -> None:
        self._agents: dict[str, StoredAgent] = {}
        self._names: list[str] = []
        self._by_skill: dict[str, set[str]] = {}
        self._by_tag: dict[str, set[str]] = {}
        self._card_json: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._agents)

    def get(self, name: str) -> StoredAgent | None:
        return self._agents.get(name)

    def put(self, agent: StoredAgent) -> None:
        if agent.name in self._agents:
            self.remove(agent.name)
        self._agents[agent.name] = agent
        self._card_json[agent.name] = json.dumps(agent.card, separators=(",", ":"), ensure_ascii=False)
        bisect.insort(self._names, agent.name)
        keys, tags = skill_keys_and_tags(agent.card)
        for key in keys:
            self._by_skill.setdefault(key, set()).add(agent.name)
        for tag in tags:
            self._by_tag.setdefault(tag, set()).add(agent.name)

    def card_json(self, agent: StoredAgent) -> str:
        """The agent's card as compact JSON, serialised once per registration rather than once per read."""
        cached = self._card_json.get(agent.name)
        if cached is None or self._agents.get(agent.name) is None:
            return json.dumps(agent.card, separators=(",", ":"), ensure_ascii=False)
        return cached

    def touch(self, agent: StoredAgent) -> None:
        """Replace an agent's record without touching its skills and tags (a heartbeat)."""
        self._agents[agent.name] = agent

    def remove(self, name: str) -> None:
        agent = self._agents.pop(name, None)
        if agent is None:
            return
        del self._card_json[name]
        del self._names[bisect.bisect_left(self._names, name)]
        keys, tags = skill_keys_and_tags(agent.card)
        for mapping, values in ((self._by_skill, keys), (self._by_tag, tags)):
            for value in values:
                members = mapping[value]
                members.discard(name)
                if not members:
                    del mapping[value]

    def matching(self, skill: str | None, tag: str | None) -> set[str] | None:
        """Names with that skill and tag; ``None`` when neither filter is given (meaning: everyone)."""
        sets: list[set[str]] = []
        if skill is not None:
            sets.append(self._by_skill.get(skill.lower(), set()))
        if tag is not None:
            sets.append(self._by_tag.get(tag.lower(), set()))
        if not sets:
            return None
        smallest = min(sets, key=len)
        return {name for name in smallest if all(name in s for s in sets)}

    def in_order(self, names: Iterable[str] | None, after: str | None) -> Iterator[StoredAgent]:
        """Agents by name after ``after``, from ``names`` (or everyone)."""
        ordered = self._names if names is None else sorted(names)
        start = bisect.bisect_right(ordered, after) if after is not None else 0
        for name in ordered[start:]:
            yield self._agents[name]
