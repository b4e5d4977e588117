"""Word problems told inside a story: the figures and the few words that decide the sum are read, the story around
them is not; every figure is accounted for, and a word that could change the sum, a figure of another kind, or a
question the figures do not settle declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "The ferry to the island leaves the jetty at 7:20 am. Crossing takes 2 hours 15 minutes and unloading "
            "40 minutes. At what time are we done?",
            "10:15",
        ),
        ("Kiln log: start 14:35, then three firings of 50 min each, back to back. Finished when?", "17:05"),
        (
            "Our van leaves the depot at 9:40 in the morning, goes 1 hour 30 to the farm, we load 45 minutes, coming "
            "back 1 hour 30 again. What time do we get back?",
            "13:25",
        ),
        (
            "The night bus left Osh at 5:15 in the morning and came into Bishkek at 4:50 pm, my knees are dead. How "
            "long was that?",
            "11 h 35 min",
        ),
        (
            "The stall is open from 8:30 in the morning to 12 o'clock, then again from 3:00 pm till 7:45 pm. How many "
            "hours open, in total?",
            "8 hours 15 minutes",
        ),
    ],
)
async def test_a_clock_story_is_worked_out(request_text: str, answer: str):
    assert answer in (await solved(request_text))["answer"]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My uncle in Texas wants the length in feet. The boat is 7.5 metres and 1 foot is 0.3048 m.", 24.61),
        ("One sèr is 0.933 kg here. The trader wants 56 kg of tea. How many sèr is that? Two decimals.", 60.02),
        ("The cloth is 40 yards and one yard = 0.9144 m. How many metres of cloth, bro?", 36.576),
        (
            "Me and my brother lay 120 bricks in 2 hours. The wall needs 1,500 bricks. Same pace, how many hours of "
            "work is it?",
            25,
        ),
        ("2 girls fill 30 sacks of charcoal in one day. This week I hire five girls for 4 days. How many sacks?", 300),
        (
            "For the wedding my mother cooks plov: 2 kg rice, 1.5 kg mutton and 800 g carrots for 12 guests. We "
            "expect 90 guests. How many kg of carrots?",
            6,
        ),
        (
            "Our glaze: 400 g feldspar, 250 g silica and 150 g kaolin makes 800 g. The school wants 2 kg of it. "
            "How many grams of silica?",
            625,
        ),
        ("Rain at the station from March to June: 42, 55, 61 and 38 mm. Average per month, please?", 49),
        ("Weighed four sheep this morning: 38,5 kg; 41 kg; 36,5 kg; 44 kg. What is the average weight?", 40),
        ("Fares this week: Mon 1,200, Tue 950, Wed 1,100, Thu 1,350, Fri 900. Average per day, tashakkur?", 1100),
        ("Invoice from the wholesaler, BD 212.500 and BD 187.250 for the two orders. Total?", 399.75),
    ],
)
async def test_a_story_of_a_known_kind_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a way back spoken of without its length, a second thing named last
        "The boat leaves at 6:00 am, takes 2 hours there, and we come back the same way. What time are we back?",
        "2 kg rice and 1.5 kg mutton for 12 guests. For 30 guests how many kg of rice, onions?",
        # clock times: an end worked back, a meeting not a departure, a break, days, morning or evening left open
        "The train comes at 7:10 am and the walk is 20 minutes. What time should I leave the house?",
        "The meeting is at 3 pm and it takes 30 minutes to drive. When do we get there?",
        "I start at 8:15 and finish at 16:50 with a lunch break. How long did I work?",
        "We open 9 am to 5 pm Monday to Friday. How many hours a week?",
        "We open at 7:00 and close at 9:00. How many hours are we open?",
        "The boat leaves at 6:00 am, takes 2 hours there, and we come back the same way. What time are we back?",
        # factors: rough ones between known units, a second amount
        "1 mile = 1.6 km. The driver did 157 miles today; how many km is that?",
        "One sèr is 0.933 kg. The trader wants 56 kg and 12 kg more. How many sèr?",
        # rates: no time told, a count of containers that is not whole, another rate beside it
        "3 pickers fill 12 crates. I have 7 pickers. How many crates?",
        "One sack holds 25 kg. How many sacks for 110 kg?",
        "The shop opens every 2 days and sells 40 loaves a day. How many loaves in 10 days?",
        # recipes: a figure said of the guests, a thing the recipe does not name, a unit of another kind
        "The plov for 12 guests uses 2 kg rice. 3 guests are vegetarian. How many kg of rice?",
        "2 kg rice and 1.5 kg mutton for 12 guests. For 30 guests how many kg of rice, onions?",
        "2 cups flour and 3 cups water make 4 loaves. For 18 loaves how many grams of flour?",
        # averages: a period the list is not told by, figures set aside, a label and a list
        "I sold 1,200, 950 and 1,100 this quarter. What is my monthly average?",
        "Scores 78, 85, 92, 67 and 88, ignoring the lowest. Average?",
        "The class for year 10 got 72 and 85. What's the mean?",
        "Takings Tuesday to Friday were 612, 548, 731, 1,094 and 1,287. Average a day?",
        "Parcels 4.2 kg, 3.8 kg and 5 kg, 420 KM, 385 KM. Average?",
    ],
)
async def test_a_story_the_figures_do_not_settle_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "Last winter I tuned 180 pianos, this winter 207, the schools came back. By how many percent did I go "
            "up, compared to last winter?",
            "15% increase",
        ),
        (
            "My boys carried 1,500 sacks in May but only 1,350 in June, the rains. By what percent e drop?",
            "10% decrease",
        ),
        (
            "The welder sent his bill of 2 420,00 € and it says PVN 21% is already inside. I need it without PVN "
            "for the books, how much?",
            "2,000.00",
        ),
        ("The school wants a bill with VAT 16% added to my price of K9,250 for the gate. Total with VAT?", "10,730"),
        (
            "Aka, I took 12 000 000 so'm from the bank at 24% simple interest a year, for 18 months. How much "
            "interest do I pay?",
            "4,320,000.00",
        ),
        (
            "My sister put 50 000 kr in the bank at 3% per year, the interest added every quarter. How much after "
            "2 years?",
            "53,079.94",
        ),
    ],
)
async def test_a_story_is_restated_as_its_plain_request(request_text: str, answer: str):
    assert answer in (await solved(request_text))["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The price was 40 and now it's 50, what percent is that?",  # 125% of it, or 25% more?
        "Rent went from 900 to 990. What's the percent up from the new rent?",
        "I buy tyres for 400 and sell them for 700. My margin in percent?",
        "The bill was 500 including VAT; with 20% VAT what's the price before VAT?",
        "Loan of 20 000 at 6% simple interest a year for 3 years, paid monthly. How much interest?",
        "I put $400 in at 4% compounded yearly for 3 years. How much at the end, to the nearest pound?",
        "Loan of 48 000 at 6.5% interest a year for 2 years. Total interest?",  # simple or compound?
    ],
)
async def test_a_restated_story_the_figures_do_not_settle_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "Six of us ate plov at the chaikhana after the wedding, the bill was 420 000. We left 10% tip and "
            "split it equal. How much each?",
            "77,000.00",
        ),
        (
            "Me and my two apprentices ate after work, the bill was 45,00 €. I left 6 € extra for the waiter and we "
            "divide the whole thing on three. How much each?",
            "€17.00 each",
        ),
        (
            "New press for the shop, price CHF 12'000. The dealer gives 5% Rabatt, then 8.1% MWST on top. Total?",
            "12,323.40",
        ),
        (
            "One crate takes 24 bottles. The hotel ordered 500 bottles. How many crates do I need? The last one can "
            "be half full.",
            "21 crates",
        ),
    ],
)
async def test_a_bill_or_a_count_of_crates_is_worked_out(request_text: str, answer: str):
    assert answer in (await solved(request_text))["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Me and my two boys ate, the bill was 45 €, 10% tip, and we split it between the 4 of us. How much each?",
        "The bill was 420 000 and we left 10% tip. How much each?",  # how many share it?
    ],
)
async def test_a_bill_or_a_count_the_story_leaves_open_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Bula! The resort took 6 deck chair covers at FJ$85 each and 2 boat covers at FJ$420 each. How much in "
            "total, isa?",
            1350,
        ),
        (
            "Contractor buy 3 loads of half-inch stone at NLe 4,200 each load and 40 bags of sand at NLe 35 each. "
            "How much?",
            14000,
        ),
    ],
)
async def test_a_sale_of_several_things_is_summed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "He took 9 legs of ham at 24,50 € the kilo and 3 cheeses at 13,80 € each. How much?",  # a leg's weight?
        "She bought 6 covers at FJ$85 each and 2 at FJ$420 each, minus FJ$50 for the old ones. How much?",
    ],
)
async def test_a_sale_the_figures_do_not_settle_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("For each sail patch I cut canvas 40 cm by 50 cm. How many square metres of canvas for 15 patches?", 3),
        (
            "The kitchen floor is 5 m by 4 m. The old stove stands on 0.6 m by 0.6 m and no tiles go under it. How "
            "many square metres of tiles?",
            19.64,
        ),
        ("The steel plate is 2 m by 1 m. I cut 10 pieces of 20 by 30 cm from it. How many square metres stay?", 1.4),
    ],
)
async def test_rectangles_in_a_story_are_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The floor is 5 m by 4 m and the stove is 0.6 m by 0.6 m. How many square metres of tiles?",  # under it?
        "The plate is 2 m by 1 m and 10 pieces of 20 by 30 cm. How many square metres?",
    ],
)
async def test_rectangles_the_story_leaves_open_are_declined(request_text: str):
    await refused(request_text)
