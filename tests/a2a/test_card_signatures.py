"""The registry's view of signed cards: verified with a pinned key, refused when tampered, unverified otherwise."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from google.protobuf import json_format

from servers.a2a.card import agent_card, card_keys, sign_card, signing_key
from servers.registry.cards import CardSignatures, parse_card
from servers.registry.errors import InvalidCard

BASE = "http://127.0.0.1:8801"


def signed_json(key) -> dict:
    return json_format.MessageToDict(sign_card(agent_card("calculator", BASE), key))


def test_a_card_signed_with_the_mesh_key_is_verified(tmp_path):
    signatures = CardSignatures(lambda: card_keys(tmp_path))  # read when first needed: the key comes later
    card = signed_json(signing_key(tmp_path))
    assert signatures.check(parse_card(card)) == {"signed": True, "verified": True}


def test_a_tampered_card_signed_with_a_pinned_key_is_refused(tmp_path):
    card = signed_json(signing_key(tmp_path))
    card["description"] = "Now also wires money"
    with pytest.raises(InvalidCard):
        CardSignatures(lambda: card_keys(tmp_path)).check(parse_card(card))


def test_a_card_signed_with_an_unknown_key_is_listed_as_signed_but_not_verified(tmp_path):
    stranger = ec.generate_private_key(ec.SECP256R1())
    status = CardSignatures(lambda: card_keys(tmp_path)).check(parse_card(signed_json(stranger)))
    assert status == {"signed": True, "verified": False}


def test_an_operator_may_pin_another_agent_s_key(tmp_path):
    other = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "trusted-card-keys").mkdir()
    pem = other.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    (tmp_path / "trusted-card-keys" / "partner.pem").write_bytes(pem)
    assert CardSignatures(lambda: card_keys(tmp_path)).status(signed_json(other)) == {"signed": True, "verified": True}


def test_an_unsigned_card_is_neither(tmp_path):
    card = json_format.MessageToDict(agent_card("calculator", BASE))
    assert CardSignatures(lambda: card_keys(tmp_path)).status(card) == {"signed": False, "verified": False}


@pytest.mark.anyio
async def test_the_registry_shows_and_enforces_signatures(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_RANKER", "bm25")  # no encoder to load

    from agents.settings import Settings
    from servers.registry.service import build_registry
    from tests.a2a.conftest import served

    app = build_registry(Settings(data_dir=tmp_path), open_writes=True).app
    card = signed_json(signing_key(tmp_path))  # the mesh's key: same data dir
    tampered = {**card, "description": "Now also wires money"}
    unsigned = json_format.MessageToDict(agent_card("writer", BASE))
    async with served(app, "http://registry") as http:
        created = await http.post("/agents", json={"card": card})
        refused = await http.post("/agents", json={"card": tampered})
        await http.post("/agents", json={"card": unsigned})
        one = (await http.get("/agents/calculator")).json()
        listed = {r["name"]: r for r in (await http.get("/agents")).json()["agents"]}
    assert created.status_code == 201 and created.json()["verified"] is True
    assert refused.status_code == 422
    assert (one["signed"], one["verified"]) == (True, True)
    assert (listed["writer"]["signed"], listed["writer"]["verified"]) == (False, False)
