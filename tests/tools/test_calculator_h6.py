"""Families the calculator missed on a blind-written set (issue 9, heldout 6): a label or a chatty opening before
the question ('Homework check:', 'quick one -'), and the near misses that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a label naming what the question is about, or a chatty opening and a dash
        ("quick one - what's 7 to the power of 4, minus 250?", 2151),
        ("Homework check: 3x + 7 = 31. What is x?", 8),
        ("Maths homework: 2x - 4 = 10. Find x", 7),
        ("Road trip stats: we drove 380 miles on 11.5 gallons. What mpg did we get?", 33.0435),
        ("hey - what is 12 times 12?", 144),
        ("Random one: how many seconds are in a week?", 604800),
        # a list told in a story, and the statistic asked in a question of its own
        ("My students got 78, 85, 92, 67, 88 and 90 on the spelling test. What's the class average?", 83.3333),
        ("Clinic waiting times this morning in minutes were 12, 5, 9, 21, 7 and 14. What is the median wait?", 10.5),
        ("Our electricity bills this year were 80, 95, 120 and 105. What's the average bill?", 100),
        (
            "Treat these as the whole population and give me the standard deviation: 10, 12, 23, 23, 16, 23, 21, 16",
            4.899,
        ),
        # a measure said of a thing named at some length, when or where it was measured, and the unit it is wanted in
        ("The forecast for Florida says 68 degrees Fahrenheit. What's that in Celsius?", 20),
        ("The baby weighed three and a half pounds at birth. What is that in kilograms?", 1.5876),
        ("The recipe is British and says 180 degrees C but my oven is in Fahrenheit. What should I set it to?", 356),
        ("The scale at the clinic says 84 kg. What is that in pounds?", 185.188),
        # a figure named by the thing that has its shape, who is asking, and where it is drawn
        (
            "I need to fence a rectangular vegetable patch that's 12.5 m long and 8 m wide. How many metres of fencing "
            "is that all the way round?",
            41,
        ),
        ("We're looking at a round rug that's 2 metres across. What's its area in square metres?", 3.1416),
        ("A round table is 1.2 m across. What's its area?", 1.131),
        ("A triangular sail has a base of 9 cm and a height of 14 cm on my model boat plans. What's its area?", 63),
        # interest told as a story: who lends, what the account pays, and leaving it alone
        (
            "I'm putting $2,500 into a savings account that pays 4% a year, compounded annually, and leaving it alone. "
            "How much will be in there after 3 years?",
            2812.16,
        ),
        (
            "My brother lent me £1,200 and wants simple interest at 6.5% a year. If I pay it back after 2 years, how "
            "much interest do I owe him on top?",
            156,
        ),
        # a price then and now with the discount asked; a value going up, asked as the new value of the same thing
        ("The TV was $1,299 last week and today it's $974.25. What percent discount is that?", 25),
        (
            "The landlord says my rent of $1,450 a month is going up by 3.5% in January. "
            "What will the new monthly rent be?",
            1500.75,
        ),
        ("My salary is $52,000 and it's going up 4% next year. What will my new salary be?", 54080),
        # times and dates told as a story, and the places a time zone is said of
        (
            "Our flight departs at 9:45 pm and lands at 6:20 am the next morning, and both cities are in the same time "
            "zone. How many minutes is that in the air?",
            515,
        ),
        (
            "We arrive on March 3rd 2027 and fly home on April 17th 2027. How many days is that between the two dates?",
            45,
        ),
        ("My lease starts on 1 June 2026 and ends on 31 May 2027. How many weeks is that?", 52),
        # where a thing is sold, said between it and its price; what a price works out to
        ("Oat milk at the corner shop is $3.60 for a 1.5 litre carton. What does that work out to per litre?", 2.4),
        ("Apples at the market are $3 for 2 kg. What's the price per kg?", 1.5),
        # fuel told as a trip: filled up with, miles to the gallon, who lives how far away, there and back
        (
            "Road trip stats: we drove 380 miles and filled up with 11.5 gallons altogether. "
            "What mileage did we get in mpg?",
            33.04,
        ),
        (
            "My car does about 42 miles to the gallon. My sister lives 315 miles away and I'm driving there and back. "
            "How many gallons will I burn in total?",
            15,
        ),
        ("My car does 42 miles to the gallon. My sister lives 315 miles away. How many gallons will I burn?", 7.5),
        # change from a note handed over for a purchase told as a story
        (
            "At the stationers I bought 3 notebooks at $2.75 each and 2 pens at $1.40 each, and paid with a $20 bill. "
            "How much change should I get?",
            8.95,
        ),
        ("I bought a book for £12.50 and handed over £50. What change do I get?", 37.5),
        # a temperature change told as a story, with when each was read
        (
            "It was minus 4 degrees at 7am and 11 degrees by mid afternoon. By how many degrees did the temperature "
            "rise?",
            15,
        ),
        ("It was -3°C this morning and 5°C at noon. How much did it warm up?", 8),
        ("It was 20 degrees at 9 am and 12 degrees at 6 pm. By how many degrees did it fall?", 8),
        # paint for an area in coats, and portions of one size from a whole
        (
            "One litre of paint covers 12 square metres. The walls in the lounge add up to 54 square metres and it "
            "needs two coats. How many litres should I buy?",
            9,
        ),
        ("A 2.5 litre tin covers 30 square metres. I need to paint 45 square metres twice. How many litres?", 7.5),
        ("Paint covers 12 square metres per litre. The walls are 54 square metres. How many litres do I need?", 4.5),
        ("A party bottle of juice holds 1.5 litres. If I pour 250 ml glasses, how many glasses do I get?", 6),
        ("A roll of ribbon is 5 m long. How many 40 cm pieces can I cut?", 12),
        # a recipe scaled by a verb said as what is being done
        (
            "I'm doubling a cookie recipe for my daughter's class. It asks for three quarters of a cup of sugar - how "
            "many cups do I need now?",
            1.5,
        ),
        ("I'm halving a recipe that needs 300 g of flour. How much flour?", 150),
        # a rectangle priced by area
        (
            "The spare bedroom is 4.2 m by 3.5 m and the laminate we like is £18 per square metre. How much will the "
            "flooring cost, ignoring waste?",
            264.6,
        ),
        ("room is 12 ft by 15 ft, carpet is $3.50 per square foot, cost?", 630),
        # a charge per period for the one period the story is about, and a price for every thing
        (
            "My phone plan is $35 a month plus 10 cents for every text. I sent 240 texts last month. What's the bill?",
            59,
        ),
        ("The gym is $40 a month plus $5 a class. I went to 6 classes last month. What did I pay?", 70),
        # a wall given by its sides; a list's count said again after it
        ("wall is 4 m wide and 2.5 m high, 1 litre of paint covers 10 square metres, two coats. how many litres", 2),
        ("I scored 80, 75 and 92 on three quizzes. What's my average score?", 82.3333),
        # a measure reported by what says it, asked how far or how heavy; a side said 'on each side'
        ("The label says the bag holds 2.5 kg. What's that in pounds?", 5.5116),
        ("The marathon is 26.2 miles. How far is that in km?", 42.1648),
        ("We're fencing a square paddock that's 20 m on each side. How much fencing?", 80),
        # when it happened, said of the day
        ("I ran 5 km in 27 minutes this morning. What was my pace per km?", 5.4),
        # an amount with a half said in words beside a rate; growth asked as a percentage
        ("Parking costs $2.50 per hour. I parked for 3 and a half hours. How much do I owe?", 8.75),
        ("Last year we sold 1,200 units and this year 1,500. What's the percentage growth?", 25),
        # the portion's size said with 'each'; tablets for a dose
        ("Nurse here. The order is 500 mg and the tablets are 250 mg each. How many tablets?", 2),
        ("The jug holds 2 litres and each glass is 250 ml. How many glasses can I pour?", 8),
        # one amount as a percentage of another, each named in the story and the question
        ("My income is $3,200 and rent is $1,100. What percent of my income is rent?", 34.375),
        ("We spent $400 on food and $1,600 in total. What percentage of the total was food?", 25),
        ("Budget question: my income is $3,200 and rent is $1,100. What % of my income goes on rent?", 34.375),
    ],
)
async def test_heldout_6_families_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a label that carries a number, a unit or a word the calculation reads is not set aside
        "Sample of 3: what's the mean of 4, 5 and 6?",
        "Per person: $120 split 4 ways plus a $10 tip",
        "Kilometres: how far is 5 miles?",
        "Add one: 5 + 5",
        "Double: 5 + 5",
        "Imperial: how many litres in 2 gallons?",
        # what is left after the label must account for itself
        "Homework check: 3x + 7 = 31. What is y?",
        "Homework check: what is x?",
        # a story that changes which numbers count, asks something else too, or carries another number
        "My students got 78, 85, 92, 67 and 88, ignoring the lowest. What's the class average?",
        "My students got 78, 85, 92, 67, 88 and 90. How many passed? What's the average?",
        "My 5 students got 78, 85, 92, 67, 88 and 90. What's the average?",
        "I ran 3 times this week: 5, 6 and 8 km. What's the average?",
        "Times were 12, 5 and 9 hours. What is the median in minutes?",
        "My students got 78, 85 and 92. What's the average weight?",
        # words after the measure that change it, or a question about something else
        "The baby weighed 3 pounds at birth plus 2 ounces. What is that in kilograms?",
        "The recipe says 180 degrees C but my oven is in Fahrenheit. What should I set the timer to?",
        "The forecast for Florida says 68 degrees Fahrenheit. What's the humidity?",
        # a pint or gallon of a country named before it: its size depends on which
        "The UK recipe says 2 pints. What's that in ml?",
        "The old British recipe says 2 pints. What's that in ml?",
        "The jug holds 2 pints in the UK. What's that in ml?",
        # a ring around the figure changes what is measured; 'across' of a rectangle is not a diameter
        "I need to tile around a circular pool 4 m across. What's the area?",
        "We're looking at the border of a round rug that's 2 metres across. What's its area?",
        "a rectangle 3 m by 4 m across, what's the area?",
        "A triangular sail has a base of 9 cm and a height of 14 cm on my 2 boats. What's its area?",
        # interest with no kind said, or both the interest and the total asked
        "My brother lent me £1,200 and wants interest at 6.5% a year. How much interest do I owe after 2 years?",
        "how much interest on $5,000 at 3% simple interest for 2 years? and the total",
        # then and now with only 'what percent' (25% or 125%?), or a discount that is a rise
        "the TV was $40 and now it's $50, what percent is that?",
        "The TV was $974.25 last week and today it's $1,299. What percent discount is that?",
        # the new value of something other than what the amount was
        "My rent of $1,450 a month is going up by 3.5% in January. What will the new deposit be?",
        # places 2 hours apart; dates told the other way round, without a year, or counted some other way
        "Our flight departs at 9:45 pm and lands at 6:20 am, and both cities are 2 hours apart. How many minutes?",
        "We arrive on April 17th 2027 and fly home on March 3rd 2027. How many days is that?",
        "We arrive on March 3rd and fly home on April 17th. How many days is that?",
        "We arrive on March 3rd 2027 and fly home on April 17th 2027, counting both days. How many days is that?",
        "We arrive on March 3rd 2027 and fly home 2 days after April 17th 2027. How many days is that?",
        # a price per another amount than one; a place that changes the price; how far there and back
        "Oat milk at the corner shop is $3.60 for a 1.5 litre carton. What does that work out to per 2 litres?",
        "Oat milk at the discount shop is $3.60 for a 1.5 litre carton. What is that per litre?",
        "My car does 42 mpg and my sister lives 3 hours away. How many gallons?",
        # change: the note in another currency, a thing with no price, a share, more bought than handed over
        "I bought a book for $12.50 and paid with a £20 note. How much change?",
        "I bought a book for $12.50 and a pen and paid with a $20 bill. How much change?",
        "Three of us bought pizza for $30 and paid with a $50 note. How much change each?",
        "I bought a book for $32.50 and paid with a $20 bill. How much change should I get?",
        "I bought a book for $12.50, paid with a $20 bill and a $10 bill. How much change?",
        # a temperature that moved the other way from the one asked, a rate, another scale, a third reading
        "It was minus 4 degrees at 7am and 11 degrees by mid afternoon. By how many degrees did it fall?",
        "It was 20 degrees at 9 am and 12 degrees at 6 pm. How many degrees per hour did it fall?",
        "It was 20 degrees F at 9 am and 12 degrees C at 6 pm. How many degrees did it fall?",
        "It was 20 degrees, then 15 degrees, then 12 degrees. How many degrees did it fall?",
        # part of the area taken away, tins of no size; portions needed (rounding up), bigger than the whole, spilled
        "One litre of paint covers 12 square metres. The walls add up to 54 square metres, excluding the door. How "
        "many litres?",
        "A 2.5 litre tin covers 30 square metres. I need to paint 45 square metres. How many tins?",
        "A bottle holds 1.5 litres. How many 250 ml glasses do I need?",
        "A bottle holds 250 ml. How many 1.5 litre jugs can I fill?",
        "A bottle holds 1.5 litres and I spilled some. How many 250 ml glasses?",
        # two scalings of one recipe
        "I'm doubling a recipe that needs 300 g of flour and halving the sugar. How much flour?",
        "I'm doubling a recipe for 4 people that needs 300 g flour. How much flour for 6 people?",
        # waste allowed for, a fitting fee, part of the room left out
        "A room is 4.2 m by 3.5 m and carpet is £18 per square metre. How much will it cost allowing for waste?",
        "The room is 4 m by 3 m and carpet is £20 per square metre plus £50 fitting. How much?",
        "room is 12 ft by 15 ft, carpet is $3.50 per square foot without the hall, cost?",
        "The spare room is 4 m by 3 m and carpet is £18 per square metre. How much is the carpet for both rooms?",
        "A bottle holds 1.5 litres. How many 250 ml glasses from both bottles?",
        # no period said, or another period than the charge's
        "My phone plan is $35 a month plus 10 cents for every text. I sent 240 texts. What's the bill?",
        "My phone plan is $35 a month plus 10 cents for every text. I sent 240 texts last week. What's the bill?",
        # one side of the wall only; a count that is not the list's
        "wall is 4 m wide, 1 litre of paint covers 10 square metres, two coats. how many litres",
        "I scored 80, 75 and 92 on four quizzes. What's my average score?",
        # a unit of another kind, two amounts, part of the thing; a side of a figure that needs a height
        "The marathon is 26.2 miles. How far is that in hours?",
        "The label says the bag holds 2.5 kg and 3 kg. What's that in pounds?",
        "The label says half the bag holds 2.5 kg. What's that in pounds?",
        # a dose that is not whole tablets; a share asked of no one counted
        "The order is 600 mg and the tablets are 250 mg each. How many tablets?",
        "A bottle holds 1.5 litres. How many 250 ml glasses does each person get?",
        # a part named nowhere in the story, or larger than the whole
        "My income is $3,200 and rent is $1,100. What percent of my income is food?",
        "My income is $3,200 and rent is $4,100. What percent of my income is rent?",
        # growth asked of a fall
        "We sold 1,500 units last year and 1,200 units this year. What's the percentage growth?",
        "a triangle 5 cm on each side, area?",
    ],
)
async def test_heldout_6_near_misses_are_declined(request_text: str):
    await refused(request_text)
