"""'Me and 2 other trucks': the speaker is one more of the others' kind; a split cost's purpose ('for the summer
series') changes no share."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_other_trucks_and_the_speaker_split_a_fee():
    request = "Me and 2 other trucks are splitting the $2,850 pitch fee for the summer series equally. What's my share?"
    assert (await solved(request))["result"] == 950


@pytest.mark.anyio
async def test_a_purpose_with_a_number_is_left_to_decline():
    await refused("Me and 2 others are splitting the $600 cabin for the 3 nights equally. What's my share?")
