"""Families tuning_heldout_10 showed the calculator declining (issue 9), on measures: land in hectares and acres
(and 'roughly' after the question), a scene-setting sentence that names a span of time ('Good year for the
bees!'), and the whole of a course of doses ('5 ml three times a day for 14 days'). Near misses still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many acres is 2 hectares", 4.94210763),
        ("Our allotment field is 1.2 hectares. How many acres is that roughly?", 2.96526458),
        ("convert 10 acres to hectares", 4.0468564224),
        ("The smallholding we're buying is 7 acres, what's that in hectares", 2.83279949568),
        ("5 ha in acres approximately", 12.35526908),
    ],
)
async def test_land_converts_between_hectares_and_acres(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-6)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Good year for the orchard! We picked 130 pounds of apples. How many kilos is that?", 58.9670081),
        ("Long week at work. I drove 240 miles. How many km is that?", 386.24256),
        ("Busy month for the shop. We roasted 80 kg of coffee. How many pounds is that?", 176.369809),
        ("Tough day! I walked 9 miles. what's that in kilometres", 14.484096),
    ],
)
async def test_a_span_of_time_in_a_sentence_of_mood_sets_the_scene(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-5)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A year of honey. I harvested 47 pounds. How many kilos is that?",  # 'a year': not a mood, a span
        "Good year. How many kilos is that?",
        "Busy month! Answer in pints: 2 litres and 3 litres",
        "how many acres is 3 hectares and 2 miles",
        "the field is 3.5 hectares. how many metres is that roughly",
    ],
)
async def test_near_misses_of_land_and_scene_still_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Patient is on 10 ml twice a day for 7 days. How many ml do I need to dispense in total?", "140 milliliters"),
        (
            "Dad takes 1 tablet in the morning and 2 at night. How many tablets does he need for three weeks?",
            "63 tablets",
        ),
        ("The vet says 2.5 ml twice daily for 10 days. How much will I use?", "50 milliliters"),
        ("Take 1 capsule every 8 hours for 10 days. How many capsules?", "30 capsules"),
        ("She has one pill each morning and two each evening. How many pills over a fortnight?", "42 pills"),
        ("He takes 250 mg three times a day for 5 days. How many grams in total?", "3.75 grams"),
        ("Use 4 drops at bedtime for 2 weeks, how many drops", "56 drops"),
    ],
)
async def test_a_course_of_doses_totals_every_dose_over_its_days(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert solution["problem"] == "course of doses"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Mum takes 2 tablets in the morning and 1 at night. How many boxes does she need for four weeks?",
        "Mum takes 2 tablets in the morning and 1 at night. How many tablets does she need for a month?",
        "Mum takes 2 tablets in the morning and 1 at night for the first week. How many tablets for four weeks?",
        "5 ml three times a day for 14 days. The bottle holds 100 ml. How many ml?",
        "2 tablets in the morning and 1 capsule at night for 4 weeks. How many tablets?",
        "2 tablets twice a day for 7 days and 3 tablets a day for 5 days. How many tablets?",
        "We take 1 tablet twice a day each for 2 weeks. How many tablets?",
        "5 ml three times a day for 14 days. How many days?",
    ],
)
async def test_near_misses_of_a_course_of_doses_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tomato feed is 20 ml per 4.5 litre can. My can holds 10 litres. How much feed?", 44.4444444444),
        ("Use 10 ml per 5 litres. How much for 12 litres?", 24),
        ("The lawn feed is 30 g per 2 kg of compost. How much for 7 kg?", 105),
        ("Weedkiller: 25 ml per 2.5 litres of water. How many ml for a 7.5 litre sprayer?", 75),
    ],
)
async def test_a_rate_said_per_several_units(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "20 ml per 4.5 litres and 5 ml per litre. How much for 10 litres?",
        "20 ml per 4.5 litres twice a day. How much for 10 litres?",
        "20 ml per 4.5 km. How much for 10 litres?",
    ],
)
async def test_near_misses_of_a_rate_per_several_units_decline(request_text: str):
    await refused(request_text)
