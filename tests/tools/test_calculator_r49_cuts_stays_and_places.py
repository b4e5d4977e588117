"""What is left after a commission, a visit that starts when its guests arrive, places asked after the question, a
fall rounded to the places asked, a list labelled with a kind of day, interest said to be added every quarter, lei
written with dot thousands, a sum headed by what it is for, a remark about the floor: answered where the request
settles them; a price of one thing shared per something no count is given of is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the rest comes to the user, not the part the gallery or agent keeps
        ("The carving sold for $920 at the craft fair. The fair takes 15% commission. How much comes to me?", 782),
        ("My agent sold the lot for £2,400 and keeps 10% commission. How much comes to us?", 2160),
        # averages asked per day of a list labelled with a kind of day, and places asked after the question mark
        ("Crates sold the last 5 market days: 40, 38, 51, 47, 45. Average per day? One decimal.", 44.2),
        ("Sold the last 4 days: 10, 11, 13, 12. Average per day? 1 decimal.", 11.5),
        # interest added every quarter is compounded quarterly; how much I have is the balance
        (
            "I put 15000 lei in the bank at 4% a year, and the interest is added every 3 months. How much do I have "
            "after 3 years?",
            16902.38,
        ),
        (
            "I put 15000 lei in the bank at 4% a year, the interest is added quarterly. How much interest in 3 years?",
            1902.38,
        ),
        # lei are written with dot thousands where they are spent
        ("The roofer charges 2.500 lei for the job plus 300 lei for the scaffolding. How much in total?", 2800),
        # a sum headed by what it is for
        ("Make the order total: 1.500 tiles at 2,40 lei plus 200 lei for delivery.", 3800),
        ("Do the invoice sum: 12 chairs at $45 plus $30 for delivery.", 570),
        # space thousands before an operation, and a price times a count of things said price first
        ("Calculate 3 600 divided by 24", 150),
        ("How much is US$2.50 × 120 candles?", 300),
        # a count needed told before the question, by a pair who work at the same speed
        (
            "Me and my brother paint 40 fence panels in 8 hours. For the farm order we need 150 panels painted. How "
            "many hours at the same speed?",
            30,
        ),
        ("I weave 2 baskets in 3 days. The order is 12 baskets, how many days is that?", 18),
        # a count of things asked after the count needed: whole boxes, not a rate's share
        ("One crate fits 24 jars of honey. The order is 300 jars. How many crates I need?", 13),
        # a count said without its noun after the story names the one thing it counts
        ("Each box takes 6 mangoes. Today we picked 100. How many boxes so all the mangoes are packed?", 17),
        # 'each one' before what each measures
        ("I dug 4 new ponds, each one 6 m long and 2.5 m wide. How many square metres in total?", 60),
        # Cuban pesos by their code in capitals after the figure, a word ('cup') anywhere else
        ("We were 4 at the paladar, the bill came 3,200 CUP, we put 10% tip and pay equal. How much each one?", 880),
        # the speaker and a counted group of kin or helpers: one more than the group
        ("Me and my 3 nephews ate out, bill $60 plus 10% service charge. How much each?", 16.5),
        # a tax named before its rate and said to be included: the tax in the amount
        ("Customer paid 1 815,00 €, PVN 21% included. How much is the PVN?", 315),
        # a closing order for what the story comes to
        ("My three helpers worked 12 days each at $40 per day. Calculate the total wages.", 1440),
        # CFA francs written 'F CFA' after space thousands
        ("Work out what I owe my 4 workers, 10 days each at 3 000 F CFA per day.", 120000),
        # a remark on where the tiles go, between the sizes and the question
        ("Kitchen is 5,5 m × 3,2 m. New tiles on the floor. How many m²?", 17.6),
    ],
)
async def test_cuts_stays_and_places_as_people_write_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_a_fall_rounded_to_the_places_asked_is_shown_by_its_size():
    solution = await solved(
        "Last year we picked 480 sacks, this year 455 sacks. How many percent less compared to last year? One decimal."
    )
    assert solution["answer"].startswith("5.2% decrease")


async def test_an_arrival_with_a_visit_leaves_when_the_visit_ends():
    solution = await solved(
        "The school group arrives at the farm at 9:50 in the morning and the visit takes 2 hours 25 minutes. "
        "What time do they leave?"
    )
    assert solution["answer"].startswith("12:15 pm")


@pytest.mark.parametrize(
    "request_text",
    [
        # an arrival that is a time to be at: leaving is before it, but with no stay said the reading is open
        "The bus comes at 7:10 am and the walk takes 15 minutes. What time should I leave?",
        # a price of one set, shared per a cycle no count is given of: how many sets a cycle holds is not said
        "I shoe 26 horses on a 6-week cycle at $180 a set, what's that bring in per cycle?",
        # a count with a second noun counted beside it: which one it counts is not said
        "Each box holds 12 eggs and 6 apples. We have 50. How many boxes?",
        # a product written with its sign is never a price shared out
        "What is $3 × 12 eggs of each box?",
    ],
)
async def test_what_the_request_leaves_open_is_declined(request_text: str):
    assert await refused(request_text)


async def test_a_price_a_night_shared_per_person_is_still_answered():
    solution = await solved("Rooms cost $120 a night for 4 of us. How much per head?")
    assert solution["result"] == pytest.approx(30)


async def test_the_floor_of_a_number_is_still_taken():
    assert (await solved("What is the floor of 7.5?"))["result"] == pytest.approx(7)


async def test_a_count_of_things_in_proportion_is_said_in_the_plural():
    solution = await solved("One tray holds 36 cookies. The order is 720 cookies. How many trays?")
    assert solution["answer"].startswith("20 trays")


async def test_a_fire_lit_at_a_time_burns_to_its_end():
    solution = await solved("Lit the kiln at 15:20, it must fire 7 h 15 min. At what time is it finished?")
    assert solution["answer"].startswith("22:35")
