"""Round 37: priced figures with a closing ask for their sum, equations to solve, world facts with no figure given,
and texts named by their kind with the notes they are made of, in users' words; near-misses that stay where they
are."""

import pytest

from patterns import RankingDecider
from patterns.asked_sums import sum_asked
from patterns.noted_texts import text_from_notes
from patterns.world_facts import asks_a_world_fact
from tests.patterns.test_routing_users import specialists

PRICED_TOTALS = [
    "Flooring job: 22 m² of laminate at $31.40 a square metre and 3 tubs of adhesive at $18. Total please.",
    "Brewery supplies: 15 sacks of malt at £42.80 and 4 kg of hops at £26 a kilo. Total?",
    "Vet bill breakdown - consultation €55, 2 vaccines at €38 each, worming tablets €12.50. Grand total?",
    "Our stall order: 200 paper bags at ₹3.20 each and 50 jars at ₹28. Total cost please.",
    "Wedding flowers quote: 8 table arrangements at £65, bridal bouquet £140, 4 buttonholes at £12. Total please!",
    "Dance school fees: 3 kids at $45 a month each for 10 months. Total spend?",
    "Scaffolding hire: 6 weeks at £380 a week plus £250 delivery. Final bill?",
    "Ordered 12 hoodies at C$38.50 and 12 caps at C$14 for the team. How much?",
    "Invoice for the week: 26 hours at £19.50 an hour and £32 mileage. What do I bill?",
    "Carpet fitter's quote is 5 rooms at €210 a room less 10% for cash. What should I expect to pay?",
    "Car service: parts $312, labour 2.5 hours at $96 an hour, plus 10% GST on the lot. What's the final bill?",
    "Cleaning contract: 3 visits a week at £48 per visit for 52 weeks. What's the annual cost?",
    "Paint order: 6 tins at £32.99, 2 rollers at £7.50 and a tray at £4. Total please.",
    "Book fair order: 35 paperbacks at $7.99 and 12 hardbacks at $18.50. Total please!",
    "Quote from the glazier: 4 panes at £85 each plus £60 call-out. Does that come to £400?",
    "Electrician's invoice: 7 hours at $68 and $145 in parts. Is that $621?",
    "Kitchen worktop quote: 4.2 m at £95 per metre plus £180 fitting. Is that £579?",
    "Tiling quote check - 18 m² at £42 per m² = £756. Right?",
    "Bike service - 2 hours at €35 per hour plus €18 parts = €88, correct?",
    "Sanity check on the hotel - 4 nights at $129 a night = $516?",
]
EQUATIONS = [
    "Solve 9x + 2 = 4x + 27 for me.",
    "What is n if 4n - 7 = 25?",
    "Find y: y/3 + 2 = 9",
    "Please solve 2(a + 5) = 3a - 1.",
    "Quick algebra question from my son's homework: 8 - 3m = 2m - 12, what's m?",
    "Work out k: 5k + 1 = 3k + 13",
    "Find x: 7x - 4 = 3x + 16. Please show each step.",
]
WORLD_FACTS = [
    "What is the freezing point of seawater?",
    "What's the typical gestation period for an elephant?",
    "What is the average annual rainfall in the Sahara?",
    "What are the normal potassium levels in blood?",
    "What is the escape velocity of Earth?",
    "What's the atomic weight of uranium-238?",
    "What is the recommended protein intake for an endurance athlete? My coach mentioned it.",
    "What's the mean distance from the Sun to Mars?",
    "What is the normal body temperature for a healthy adult?",
    "What is the half-life of carbon-14?",
    "What's the average lifespan of a domestic cat?",
    "What's the recommended amount of sleep for a teenager?",
]
NOTED_TEXTS = [
    "Newsletter blurb for the allotment society: seed swap on 12 April, new water butts in, plot fees due in May.",
    "Four bullet points for the kitchen team: aprons on at all times, label everything, fridge temps at 8am, bins out.",
    "Poster for the lost dog: black labrador called Biscuit, red collar, last seen near the park on Tuesday.",
    "WhatsApp message for the choir - rehearsal moved to Thursday 7pm, bring your folders.",
    "Reminder for the tenants: bins go out Sunday night; recycling is fortnightly; no mattresses in the yard.",
    "Handover note for the evening shift: bed 2 pain relief at 6, bed 4 family visiting, bed 8 awaiting bloods.",
    "Sign for the garage door: closed Friday 3 May for stocktaking, open again Saturday from 9am.",
]

READINGS_NAMED = [
    "gist pls - The school will switch to a new lunch supplier after half term. Menus will rotate every three weeks.",
    "Main points from the feedback on our food truck: The tacos were great value. The queue was too slow at lunch. "
    "People wanted more vegetarian options. The music was too loud.",
    "Key takeaways from the vet's letter - Bella's bloods were normal. Her weight is up a little. She needs her "
    "booster in March.",
    "The short version please: The gym is closing the pool for repairs from 4 August. The sauna stays open.",
    "Highlights of the match report: United scored early through a header. City equalised after the break.",
    "Top takeaways from the conference notes \u2014 Cloud costs are rising for most teams. Two vendors announced "
    "mergers. Next year's event moves to Lisbon.",
    "tl;dr - The board approved the merger. Staff will keep their contracts. A town hall is planned for Friday.",
]


@pytest.mark.parametrize("request_text", READINGS_NAMED)
def test_readings_named_with_no_verb_go_to_the_summarizer(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == "summarizer"


@pytest.mark.parametrize("request_text", PRICED_TOTALS + EQUATIONS)
def test_priced_totals_and_equations_go_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert sum_asked(request_text) is not None
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize("request_text", WORLD_FACTS)
def test_world_facts_go_to_the_researcher(decider: RankingDecider, request_text: str) -> None:
    assert asks_a_world_fact(request_text, request_text)
    assert decider.rank_now(request_text, specialists())[0].worker == "researcher"


@pytest.mark.parametrize("request_text", NOTED_TEXTS)
def test_texts_named_with_their_notes_go_to_the_writer(decider: RankingDecider, request_text: str) -> None:
    assert text_from_notes(request_text) is not None
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("What's the average of my last three electricity bills?", "calculator"),
        ("What's the total of these: £12, £8.40 and £19.99?", "calculator"),
        ("What is the area of a circle with a 3 m radius?", "calculator"),
        ("What's the cost of 4 tickets at $27.50?", "calculator"),
        ("Receipts from the trip: taxi £23, hotel £140, meals £56. Total?", "calculator"),
        ("Fact check for our newsletter: the Eiffel Tower was built for the 1889 World's Fair.", "fact_checker"),
        ("Email to the landlord: the boiler is broken, no hot water since Monday, please send someone.", "writer"),
        (
            "Bullet points from this article: Scientists have mapped the sea floor off Greenland. The survey found "
            "deep canyons. The data will help predict ice melt. A second survey is planned.",
            "summarizer",
        ),
    ],
)
def test_near_misses_stay_with_their_agent(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.parametrize(
    "request_text",
    [
        "x = 5; y = x + 1; why does this print 6 in my loop?",
        "Everest is 8,849 m tall and K2 is 8,611 m. Is that right?",
        "Summarise the costs: taxi £20, hotel £140. Total please.",
        "Write an invoice email: 3 hours at £40. Total please.",
        "Is this right?\n```python\nif total == 12:\n    x = 3\n```",
    ],
)
def test_no_sum_is_read_into_code_claims_or_texts_to_write(request_text: str) -> None:
    assert sum_asked(request_text) is None


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the average of my grades?",
        "What is the area of a circle?",
        "What's the price of gold today?",
        "What will the exchange rate be next week?",
        "What is 15% of 80?",
        "What's the square root of nine?",
        "What is the probability of rolling a six?",
    ],
)
def test_own_quantities_sums_and_what_holds_now_are_no_world_facts(request_text: str) -> None:
    assert not asks_a_world_fact(request_text, request_text)
