"""Round 35: word problems told with their occasion ('today', 'this season', 'on the 47', 'over the four Saturdays')
reckoned by their kinds: lines of a bill said with 'at' ('7 full grooms at $65 and 11 nail trims at $15'), a price
named by what it is of ('$18 adult'), a rate per two things ('€3.20 per metre per night'), 'a 12-week term', a bus
named by its number, 'off the hives'; and the mean of one listed set of values with its labels. A number left over,
two readings, a prediction or a thing with no amount still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I did 7 full grooms at $65 and 11 nail trims at $15 today. What did I make?", 620),
        ("I cleaned 6 ovens at £80 and 4 hobs at £35 this week. What did I earn?", 620),
        ("Sold 30 loaves at €3.20 and 48 rolls at €0.60 on Saturday. What were my takings?", 124.8),
        ("I taught 9 lessons at $45 and 4 group classes at $70 last month. How much did I earn in total?", 685),
        ("Did 12 tyre changes at £18 and 5 tracking checks at £25 yesterday. What did the shop take?", 341),
        ("Fitted 3 boilers @ £950 and 8 radiators @ £120 this month. What did I make?", 3810),
        ("Tickets were $18 adult and $12 concession. We sold 212 adult and 95 concession, total takings?", 4956),
        ("Seats were £30 stall and £22 balcony. We sold 150 stall and 80 balcony, total takings?", 6260),
        (
            "Took 14 supers off the hives this season and each one gave roughly 11.5 kg of honey. How many kg is that altogether?",  # noqa: E501
            161,
        ),
        ("Pulled 9 frames off the stand and each held about 2.4 kg of honey. How many kg altogether?", 21.6),
        ("Berthing is €3.20 per metre per night. A 12.5 m yacht is staying 6 nights. What do they owe?", 240),
        ("Mooring is £2.50 per metre per night and the boat is 9 m. They stay 4 nights. How much do they pay?", 90),
        ("Lane hire is £38.50 an hour, we have it 3 hours a week for a 12-week term. What's the term cost?", 1386),
        ("The hall is £25 an hour and we use it 2 hours a week for a 10-week course. What's the cost?", 500),
        ("Coaching is $60 an hour, 1.5 hours a week over a 6-week block. How much is the block?", 540),
        ("The studio costs €40 an hour, 4 hours a day for a 5-day workshop. How much altogether?", 800),
        ("The tank holds 300 litres and we average 2.6 km per litre on the 47. How far does a full tank get us?", 780),
        ("The tank holds 60 litres and we average 14 km per litre on route 9. How far on a full tank?", 840),
        ("Pool is 25 m and one of my swimmers did 64 lengths. How many km is that?", 1.6),
        ("Work out 4 nights for a 9.8 m boat at €3.20 per metre per night", 125.44),
        ("14 boats at the rally, 3 nights each, €38 per boat per night. I need the total", 1596),
        ("5 vans were hired for 3 days each at £45 per van per day. What's the total cost?", 675),
        ("Our 6 rooms were booked for 2 nights each at €80 per room per night. What did we take?", 960),
        ("Calculate 7 full grooms at $65 and 11 nail trims at $15", 620),
        ("Figure out 3 hours a week for a 12-week term at £38.50 an hour", 1386),
        ("Tickets were $18 adult and $12 concession. We sold 212 adult and 95 concession. I need the total.", 4956),
        ("The pool is 50 m and I swam 36 lengths this morning. How many km did I swim?", 1.8),
        ("Track is 400 m and she ran 25 laps. How many km is that?", 10),
        ("The lap is 1.2 miles and I rode 15 laps. How many miles?", 18),
    ],
)
async def test_told_with_their_occasion(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Takings were $1,850, $2,240, $1,975 and $2,615 over the four Saturdays in June. What's the mean?", 2170),
        ("Passengers on my first run each day this week: 38, 42, 35, 47 and 41. What's the mean?", 40.6),
        ("Her 100 m times this month were 72.4, 71.8, 73.1 and 70.9 seconds. What's her average?", 72.05),
        ("Sales were £420, £380, £515 and £460 across the 4 market days last month. What was the average?", 443.75),
        ("Riders on the 7:15 bus were 22, 31, 27 and 30. What's the mean?", 27.5),
        ("Boxes packed on the early shift this week: 112, 98, 105, 120 and 101. What's the average?", 107.2),
        ("The 400 m splits in training were 61.2, 60.8 and 62.0 seconds. What was his mean?", 61.333333),
        ("Route 12 carried 310, 295, 340 and 322 people over four days. What's the mean?", 316.75),
        ("Compute the average of 320, 410, 385 and 445 daily visitors", 390),
        ("Work out the average of 41, 38 and 45 minutes per brake job", 41.333333),
        ("Calculate the mean of 12.5, 13.1 and 12.9 kg", 12.833333),
    ],
)
async def test_the_mean_of_a_list_told_with_its_occasion(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Entry is £8 adult and £5 child. We had 140 adult and 85 child, total takings?", 1545),
        (
            "Tickets are £8 for adults and £5 for children. We sold 140 adult tickets and 85 child tickets. What were the takings?",  # noqa: E501
            1545,
        ),
        ("We sold 140 adult tickets at £8 and 85 child tickets at £5. What were the takings?", 1545),
        ("Adults are £8 and children £5. 140 adults and 85 children came. How much did we take?", 1545),
        ("Entry: adults £8, children £5. 140 adults and 85 children came. Total takings?", 1545),
        (
            "Membership is €60 senior and €90 standard; we have 45 senior and 120 standard members. What do we collect?",  # noqa: E501
            13500,
        ),
    ],
)
async def test_prices_and_counts_by_class_are_totalled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Tickets are £8 each and we sold 140 adult and 85 child tickets. Total takings?",
        "Adults are £8 and children £5. 140 adults and 85 children came, plus 10 under-fives free. How much did we take?",  # noqa: E501
        "Adults are £8 and children £5. 140 adults came. How much did we take?",
        "Adults are £8 and children £5. 140 adults and 85 children came. How much more did adults pay?",
        "Adults are £8 and children £5. 140 adults and 85 children came. How much did we take each?",
        "Adults are £8 and children $5. 140 adults and 85 children came. How much did we take?",
        "Adults are £8 and children £5. 140 adults and 85 children came, but 20 children got in free. Total takings?",
    ],
)
async def test_a_class_not_priced_or_counted_once_declines(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The hall holds 420 and we sold 357 tickets for the spring concert. What percentage of seats is that?", 85),
        ("The theatre seats 640 and 512 tickets went for the opening night. What percentage of seats is that?", 80),
        ("The minibus seats 16 and 12 kids came on the trip. What percent full was it?", 75),
        ("The ward holds 30 and we have 24 patients tonight. What percentage of beds are taken?", 80),
        ("Food costs were $1,240 on sales of $4,960 last week. What's my food cost as a percentage?", 25),
        ("Food costs were $1,240 on sales of $4,960. What percentage of sales is food cost?", 25),
        ("Labour was £3,100 on turnover of £12,400 in March. What's labour as a percentage of turnover?", 25),
    ],
)
async def test_a_share_of_the_whole_the_words_name(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)
    assert answer["unit"] == "%"


@pytest.mark.parametrize(
    "request_text",
    [
        "14 boats at the rally, 3 nights each, €38 per boat. What's the total cost?",
        "Work out 40 jars at £6.50 each and £12 for the stall",
        "Sold 40 jars at £6.50 and £5. total takings?",
        "8 people at $27.50 each. Total?",
        "Calculate 15% of the hall hire fee",
        "Work out £500 for 3 people and 2 dogs",
        "Work out 4 nights at €3.20 per metre per night",
        "The rope is 25 m and I cut 4 lengths. How many metres is that?",
        "Pool is 25 m long and 10 m wide and I did 64 lengths. How many km is that?",
        "Pool is 25 m and I did 64 lengths. How long did it take?",
        "Pool is 25 m and one of my 3 swimmers did 64 lengths. How many km is that?",
        "One of my kids gets £5 a week. I have 3 kids. How much a week?",
        "The hall holds 420 and we sold 357 tickets and 20 comps. What percentage of seats is that?",
        "The hall holds 420 and we sold 457 tickets. What percentage of seats is that?",
        "Food costs were $1,240 on sales of $4,960 last week. What's the percentage?",
        "Food costs were $1,240 and drinks costs were $960. What's my food cost as a percentage?",
        "Food costs went from $1,240 to $1,490. What's the increase as a percentage?",
        "The hall holds 420. What percentage of seats is that?",
        "Costs were $1,240 on sales of $4,960. What's my margin as a percentage?",
        "The hall holds 420 and we sold 357 tickets. What percentage of the hall hire fee is that?",
        "The hall holds 420 and we sold 357 tickets. What percentage is unsold?",
        "I did 7 full grooms at $65 and 11 nail trims at $15 and spent $40 on shampoo. What did I make?",
        "I did 7 grooms at $65 and 11 nail trims today. What did I make?",
        "I did 7 grooms at $65 and 11 grooms at $15 today. What did I make?",
        "I sold 7 grooms at $65 and bought 11 trims at $15. What did I make?",
        "Tickets were $18 adult and $12 concession. We sold 212 adult and 95 concession, how many left?",
        "Tickets were $18 adult and $12 concession. We sold 212 tickets, total takings?",
        "I have 3 boxes of 12 eggs and 2 boxes of 6 eggs. How many eggs?",
        "Took £5 off the price of 3 shirts at £20 each. How much did I pay?",
        "Took 14 supers off the hives and each one gave roughly 11.5 kg of honey, and 3 more off the shed hive. How many kg is that altogether?",  # noqa: E501
        "Lane hire is £38.50 an hour, we have it 3 hours a week for a 12-week term and 2 more weeks. What's the term cost?",  # noqa: E501
        "The tank holds 300 litres and we average 2.6 km per litre on the 47 and 3 km per litre on the 12. How far does a full tank get us?",  # noqa: E501
        "The tank holds 300 litres and we average 2.6 km per litre. What's the average?",
        "The hall hire is £25 an hour and we add 15% of the hall hire fee. What's the total?",
        "I earn $15 an hour and 20 hours a week. How much a week?",
        "Work out the average of 320, 410, 385 and 445 daily visitors and 20 staff",
        "Passengers on my first run each day: 38, 42, 35, 47 and 41. How many were full? What's the mean?",
        "I drove 3 times this week: 15, 26 and 18 km. What's the mean?",
        "Work out the average of 320, 410, 385 and 445 daily visitors excluding weekends",
        "Takings were $1,850, $2,240, $1,975 and $2,615 over the five Saturdays in June. What's the mean?",
        "Takings were $1,850, $2,240, $1,975 and $2,615 over the Saturdays, plus $500 from online. What's the mean?",
        "Her 100 m times this month were 72.4, 71.8, 73.1 and 70.9 seconds. What will her average be next month?",
        "Passengers on my first run each day this week: 38, 42, 35, 47 and 41. What's the mean if I drop the lowest?",
        "Scores were 12, 15, 18 and 20 but the 20 doesn't count. What's the mean?",
        "Passengers on my 3 runs each day this week: 38, 42, 35, 47 and 41. What's the mean?",
        "Takings were $1,850, £2,240, $1,975 and $2,615 over the four Saturdays. What's the mean?",
    ],
)
async def test_what_the_occasion_does_not_settle_stays_declined(request_text: str):
    await refused(request_text)
