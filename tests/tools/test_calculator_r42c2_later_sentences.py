"""A figure-less sentence after the question that changes what it asks — someone taking no part, a figure that
has moved, a part sent elsewhere, a share each with no count, a different unit wanted — is declined; the same
question alone, or with a later sentence that asks what the answer already is, is answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A meal for 6 came to £150. How much each?", 25),
        ("Dinner for 4 came to £120. How much each? Split it evenly.", 30),
        ("What's 5 kg in pounds? In pounds please.", 11.02),
        ("What's 20 C in Fahrenheit? The inspector wants F.", 68),
        ("What's 20 C in Fahrenheit? Fahrenheit please.", 68),
        ("What's 25 C in Fahrenheit? My dad's thermometer is all in Celsius and my pen pal wants F.", 77),
        ("What's 15% of 4,200?", 630),
        ("£300 split 4 ways, how much each? Cheers lads.", 75),
        ("How much is 12% of £80? Thanks a lot!", 9.6),
        ("What is 36 × 14? Just checking my head sums.", 504),
        ("Got 8 kg of honey. How many full 454 g jars will that fill? The rest is for the kids.", 17),
        ("I drove 300 miles on 40 litres. How many miles per litre?", 7.5),
        ("What is the simple interest on £8,000 at 3.5% per annum for 4 years?", 1120),
        ("takings for the last three days were £120, £95 and £160. whats my daily average? feels like it's going "
         "up", 125),
        ("Got 10 kg of jam. How many full 450 g jars will that fill? Whatever's left over goes on my toast.", 22),
    ],
)  # fmt: skip
async def test_the_question_alone_or_with_an_idle_later_sentence_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "A meal for 6 came to £150. How much each? Dave didn't eat.",
        "Team dinner, £240 between 8 of us. What's everyone's share? Priya isn't paying.",
        "8 of us, bill £240, how much per head? Two of the kids didn't eat",
        "How much each if 5 friends split £100? Tom never turned up.",
        "Split £90 between 3 flatmates. Each share? Sam skipped the takeaway.",
        "Bill for 4 people came to £80, how much each? Dave left early.",
        "£300 split 4 ways, how much each? Mum isn't chipping in.",
        "A meal for 6 came to £150. How much each? Dave's treat.",
        "Curry night, 5 of us, £95. What's that per head? The birthday girl's is free.",
    ],
)
async def test_someone_taking_no_part_after_the_question_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 5 kg in pounds? In kg please.",
        "What's 20 C in Fahrenheit? The inspector wants C.",
        "I drove 300 miles on 40 litres. How many miles per litre? The fleet manager wants it in mpg.",
        "Convert 10 km to miles. Actually the boss needs it in metres.",
        "How many litres is 3 gallons? My gran wants cups.",
        "What's 20 C in Fahrenheit? Celsius please.",
        "What's 5 kg in pounds? Actually kg.",
    ],
)
async def test_a_different_unit_wanted_later_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? Rates went up since.",
        "Simple interest on $12,000 at 4.5% a year for 3 years? The rate has gone up.",
        "I've got £500 and spend £120. What's left? The rest goes to my sister.",
        "What's 20% of £350? Half of it is mine.",
        "Rent is £900 a month, what's that a year? The landlord raised it.",
        "Put £5,000 in at 4% simple for 3 years, how much interest? They've since put the rate up.",
        "I earn £2,400 a month and 30% goes on rent. How much is the rent? The rest goes to my sister.",
    ],
)
async def test_a_figure_changed_or_sent_elsewhere_later_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 15% of 4,200? Each.",
        "What's 15% of 4,200? Per person.",
        "15 percent of 4200? per head",
        "Work out 12% of £650. Each please.",
    ],
)
async def test_a_share_each_with_no_count_is_declined(request_text: str):
    await refused(request_text)
