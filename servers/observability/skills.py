"""Which of its card's skills an agent did a task by: the ``skill`` label of the task metrics.

A2A 1.0 carries no skill on the wire, and what a caller writes must never become a label, so the skill is what
the agent decided: the tools that answered the task, matched to the card's skills by their words. A tool
``convert_units`` belongs to the skill ``rates-and-units``, ``check_syntax`` to ``syntax-check``, ``lint`` to the
skill tagged ``lint``. The last tool that answered and belongs to exactly one skill names the task's skill; a
task whose tools belong to none (an entry point such as the calculator's ``solve``, which serves every skill),
or to several equally, is ``none``. The label can only ever be one of the card's skill ids, or ``none``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

NONE = "none"
MAX_SKILLS = 64
MAX_TOOLS = 256
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ing", "ion", "ies", "es", "s", "e", "y")


@dataclass(frozen=True, slots=True)
class _Skill:
    id: str
    words: dict[str, int]  # stem -> weight: in the id 3, in a tag 2, in the name 1


class SkillMap:
    """The card's skills (``AgentSkill`` messages or card JSON objects), and each tool's skill once asked."""

    def __init__(self, skills: Iterable[object] = ()) -> None:
        self._skills = [s for s in map(_skill, skills) if s is not None][:MAX_SKILLS]
        self._tools: dict[str, str] = {}

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self._skills]

    def skill_of(self, tools: Sequence[str]) -> str:
        """The skill of a task the ``tools`` answered (in call order), or ``none``."""
        for tool in reversed(tools):
            skill = self.tool_skill(tool)
            if skill != NONE:
                return skill
        return NONE

    def tool_skill(self, tool: str) -> str:
        known = self._tools.get(tool)
        if known is not None:
            return known
        words = _stems(tool)
        scores = sorted(((sum(s.words.get(w, 0) for w in words), s.id) for s in self._skills), reverse=True)
        best = scores[0] if scores and scores[0][0] > 0 else None
        skill = best[1] if best is not None and (len(scores) == 1 or scores[1][0] < best[0]) else NONE
        if len(self._tools) < MAX_TOOLS:
            self._tools[tool] = skill
        return skill


def _skill(skill: object) -> _Skill | None:
    if isinstance(skill, Mapping):
        fields = cast("Mapping[object, object]", skill)  # card JSON
        ident, name, tags = fields.get("id"), fields.get("name"), fields.get("tags")
    else:
        ident, name, tags = getattr(skill, "id", None), getattr(skill, "name", None), getattr(skill, "tags", None)
    if not isinstance(ident, str) or not ident:
        return None
    words: dict[str, int] = {}
    iterable = isinstance(tags, Iterable) and not isinstance(tags, str | bytes)
    labels = list(cast("Iterable[object]", tags)) if iterable else []
    for text, weight in [(name, 1), *((tag, 2) for tag in labels), (ident, 3)]:
        for stem in _stems(text if isinstance(text, str) else ""):
            words[stem] = max(words.get(stem, 0), weight)
    return _Skill(ident, words)


def _stems(text: str) -> set[str]:
    """The words of ``text`` (3 letters or more), each without one common suffix: ``claims`` and ``claim`` meet,
    as do ``rewriting`` and ``rewrite``."""
    stems: set[str] = set()
    for word in _WORD.findall(text.lower()[:200]):
        if len(word) < 3:
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        stems.add(word)
    return stems
