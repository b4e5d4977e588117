"""The served Agent Card: valid against the 1.0 card schema, 0.3 shape on the legacy path, cacheable, signable."""

from __future__ import annotations

import jsonschema
import pytest
from a2a.client.card_resolver import parse_agent_card
from a2a.compat.v0_3 import types as v03
from a2a.types import AgentCard
from google.protobuf import json_format

from agents.models import LocalModel
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.card import (
    CARD_PATH,
    LEGACY_CARD_PATH,
    agent_card,
    card_keys,
    sign_card,
    signing_key,
    verify_card,
)
from servers.a2a.conformance import conformance_app
from servers.a2a.hosting import agent_app
from tests.a2a.card_schema import card_schema
from tests.a2a.conftest import BASE, served

pytestmark = pytest.mark.anyio
LEGACY_FIELDS = {"url", "preferredTransport", "protocolVersion", "additionalInterfaces", "security"}


def calculator(tmp_path, token=None):
    return agent_app(builtin_spec("calculator"), Settings(data_dir=tmp_path, token=token), BASE, model=LocalModel())


def test_the_derived_schema_rejects_a_0_3_top_level_field():
    card = json_format.MessageToDict(agent_card("calculator", BASE))
    jsonschema.validate(card, card_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**card, "url": f"{BASE}/"}, card_schema())


@pytest.mark.parametrize("token", [None, "secret"])
async def test_the_served_card_is_a_valid_1_0_card_with_1_0_security(tmp_path, token):
    async with served(calculator(tmp_path, token)) as http:
        card = (await http.get(CARD_PATH)).json()
    jsonschema.validate(card, card_schema())
    assert not LEGACY_FIELDS & card.keys()
    if token:
        assert card["securitySchemes"] == {
            "bearer": {"httpAuthSecurityScheme": {"scheme": "Bearer", "bearerFormat": "opaque"}}
        }
        assert card["securityRequirements"] == [{"schemes": {"bearer": {}}}]


async def test_every_served_card_validates(tmp_path):
    async with served(conformance_app(Settings(data_dir=tmp_path), BASE)) as http:
        card = (await http.get(CARD_PATH)).json()
    jsonschema.validate(card, card_schema())
    assert card["capabilities"] == {"streaming": True, "pushNotifications": True}


async def test_the_legacy_path_serves_the_0_3_shape_a_0_3_client_reads(tmp_path):
    async with served(calculator(tmp_path, "secret")) as http:
        legacy = (await http.get(LEGACY_CARD_PATH)).json()
    parsed = v03.AgentCard.model_validate(legacy)
    assert parsed.url == f"{BASE}/" and parsed.protocol_version == "0.3" and parsed.preferred_transport == "JSONRPC"
    assert legacy["securitySchemes"]["bearer"] == {"type": "http", "scheme": "Bearer", "bearerFormat": "opaque"}
    assert "supportedInterfaces" not in legacy
    upgraded = parse_agent_card(legacy)  # the 1.0 client's lenient reader sees the 0.3 interface
    assert [(i.protocol_binding, i.protocol_version) for i in upgraded.supported_interfaces][0] == ("JSONRPC", "0.3")


@pytest.mark.parametrize("path", [CARD_PATH, LEGACY_CARD_PATH])
async def test_the_card_is_cacheable_and_revalidates(tmp_path, path):
    async with served(calculator(tmp_path)) as http:
        first = await http.get(path)
        by_etag = await http.get(path, headers={"If-None-Match": first.headers["etag"]})
        by_date = await http.get(path, headers={"If-Modified-Since": first.headers["last-modified"]})
        stale = await http.get(path, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert first.status_code == 200
    assert "max-age=" in first.headers["cache-control"]
    assert first.headers["etag"].startswith('W/"')
    assert by_etag.status_code == 304 and by_date.status_code == 304
    assert stale.status_code == 200


def test_a_signed_card_verifies_with_the_pinned_key_and_not_when_tampered(tmp_path):
    card = agent_card("calculator", BASE)
    signed = sign_card(card, signing_key(tmp_path))
    assert not card.signatures and len(signed.signatures) == 1
    keys = card_keys(tmp_path)
    assert verify_card(signed, keys)
    tampered = AgentCard()
    tampered.CopyFrom(signed)
    tampered.description = "Sends your money elsewhere"
    assert not verify_card(tampered, keys)
    assert not verify_card(signed, card_keys(tmp_path / "elsewhere"))
    assert not verify_card(card, keys)


def test_the_signing_key_is_made_once_and_private(tmp_path):
    key = signing_key(tmp_path)
    again = signing_key(tmp_path)
    assert key.private_numbers() == again.private_numbers()
    assert (tmp_path / "card-signing-key.pem").stat().st_mode & 0o077 == 0
