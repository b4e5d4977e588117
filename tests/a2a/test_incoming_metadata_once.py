"""An incoming message's metadata is parsed once per request: the hop check and the executor read the same."""

from __future__ import annotations

from a2a.server.agent_execution import RequestContext
from a2a.server.context import ServerCallContext
from a2a.types import Message, Part, Role, SendMessageRequest

from servers.a2a import hops


def context(metadata: dict) -> RequestContext:
    message = Message(message_id="m1", role=Role.ROLE_USER, parts=[Part(text="What is 2+2?")])
    message.metadata.update(metadata)
    return RequestContext(ServerCallContext(), request=SendMessageRequest(message=message))


def test_the_metadata_is_parsed_once_and_each_reader_gets_its_own_copy(monkeypatch) -> None:
    parses: list[RequestContext] = []
    parse = hops._parsed
    monkeypatch.setattr(hops, "_parsed", lambda c: parses.append(c) or parse(c))
    request = context({"hops": 2, "pattern": "router"})
    first = hops.incoming_metadata(request)
    first["pattern"] = "changed by a reader"
    assert hops.refusal(request, max_depth=8) is None
    assert hops.incoming_metadata(request)["pattern"] == "router"
    assert len(parses) == 1
    assert hops.refusal(context({"hops": 9}), max_depth=8) is not None  # another request: parsed for itself
    assert len(parses) == 2
