"""A table of word problems in users' words answered by the reckoning reader (the kinds of their quantities alone),
with exact values, and near misses it must leave declined: a number left over, two readings that disagree, a thing
added with no price, a question it cannot reach, a percentage of nothing named, another task beside the sum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Interlibrary loan articles cost $18 each and our budget is $1,000. How many articles can we order?", 55),
        ("We need 2,400 spine labels. They come in packs of 150 at $8.90 a pack. How much will they cost?", 142.4),
        (
            "I have 14 hives and each gives roughly 25 kg of honey. if I jar it all in 340g jars how many full jars is that?",  # noqa: E501
            1029,
        ),
        ("i do 3 twelve and a half hour shifts a week. how many hours is that over a 4 week rota??", 150),
        (
            "I've got 28 pupils and each one needs 3 exercise books. The books only come in packs of 10 - how many packs do I have to order?",  # noqa: E501
            9,
        ),
        ("My salary is 2300 by month and the rent is 35% of it. How much is rent?", 805),
        (
            "School trip: museum entry is £6.50 per child for 42 children and the coach is £380. What is the total cost?",  # noqa: E501
            653,
        ),
        ("12 tables seat 8 people each. How many people can we seat?", 96),
        ("I read 40 pages an hour and the book has 360 pages. How long will it take me?", 9),
        ("We have 180 cupcakes and each box holds 12 cupcakes. How many boxes do we fill?", 15),
        ("A roll of tape is £1.80 and I need 14 rolls. What's the cost?", 25.2),
        ("The printer does 25 pages a minute. How long for 600 pages?", 24),
        ("Our team of 9 people each worked 37.5 hours this week. How many hours is that in total?", 337.5),
        ("Each of the 6 shelves holds 40 books. How many books altogether?", 240),
        ("I have £200 and bags of compost are £6.49 each. How many bags can I afford?", 30),
        ("A farmer has 12 fields and each has 45 sheep. How many sheep in total?", 540),
        ("Our bakery uses 3 kg of flour per batch and we make 14 batches a week. How many kg of flour per week?", 42),
        ("A class of 30 children and each needs 4 pencils. How many pencils?", 120),
        ("I'm bottling 22.5 litres of cider into 750ml bottles. How many full bottles will I get?", 30),
        ("The kids' club has 48 children and every child gets 2 juice cartons. How many cartons do we need?", 96),
        ("We have 96 chairs and 8 chairs go round each table. How many tables can we set up?", 12),
        (
            "Tiles are sold in boxes of 12 at £18 a box, and the bathroom needs 84 tiles. How much will the tiles cost?",  # noqa: E501
            126,
        ),
        ("I've saved £1,350 and I put away £75 a week. How many weeks have I been saving?", 18),
        ("Each carton has 24 eggs and the bakery uses 360 eggs a week. How many cartons a week?", 15),
        ("Volunteers worked 6 shifts of 4.5 hours each. How many hours did they put in?", 27),
        ("I need 15% of 2,400 for the bonus pot. How much is that?", 360),
        ("We had 500 flyers and handed out 372 flyers. How many flyers are left?", 128),
        ("The wedding has 18 tables with 10 guests each. How many guests are there?", 180),
        ("I've got 64 kids coming and each one gets 3 stickers. How many stickers do I need?", 192),
        ("The florist puts 12 roses in each bouquet and has 150 roses. How many full bouquets can she make?", 12),
        ("Our 14 volunteers each gave 6 hours. How many hours did they give?", 84),
        ("The orchard has 36 trees and each tree gives 55 kg of apples. How many kg of apples is that?", 1980),
        ("We've budgeted $2,000 and each laptop stand is $85. How many laptop stands can we buy?", 23),
        ("The reel has 50 m of cable and each run needs 2.5 m. How many runs can I cut?", 20),
        ("A teacher has 32 pupils and 4 pupils sit at each desk. How many desks are needed?", 8),
        ("We had 2,000 litres in the tank and used 1,350 litres. How many litres are left?", 650),
        ("Each guest gets 250 ml of punch and there are 60 guests. How many litres of punch?", 15),
        ("A bottle holds 750 ml. How many bottles do we need for 9 litres?", 12),
        ("We have 250 kg of sand and each bag holds 20 kg. How many full bags can we fill?", 12),
        ("The team of 11 players each need 2 shirts. How many shirts is that?", 22),
        ("Each tray holds 24 seedlings and I've got 9 trays. How many seedlings can I grow?", 216),
        ("There are 4 of us and each pizza is £12. We get 2 pizzas. How much each?", 6),
        ("Cat food is 65p a pouch and she eats 2 pouches a day. How much a day?", 1.3),
        ("My 3 kids each get £5 a week pocket money. How much is that a week?", 15),
        ("I had £100 and bought 3 books at £12 each. How much is left?", 64),
        ("I've saved £340 and the bike is £500. How much more do I need?", 160),
        ("Each of the 4 rooms needs 3 litres of paint. How many litres altogether?", 12),
        ("The tank holds 50 litres and I use 6 litres a day. How many full days will it last?", 8),
        ("We need 120 sandwiches and each loaf makes 10 sandwiches. How many loaves do we need?", 12),
        (
            "I'm paid £9.50 per hour. Last week I worked 20 hours and this week 25 hours. How much have I earned in total?",  # noqa: E501
            427.5,
        ),
        ("My 2 kids each need 3 books at £6 each. How much?", 36),
        ("Each bus seats 52 passengers and 3 buses are booked. How many passengers can travel?", 156),
        ("Every student needs 2 notebooks and there are 140 students. How many notebooks?", 280),
        ("A box holds 12 eggs. I have 5 boxes and broke 7 eggs. How many eggs are left?", 53),
        ("Our shop is open 9 hours a day and we sell 14 coffees an hour. How many coffees a day?", 126),
        ("A pack of 6 rolls costs £2.40 and I need 30 rolls. How much will it cost?", 12),
        ("Each worker makes 45 widgets an hour. How many widgets do 6 workers make in an 8 hour shift?", 2160),
        ("I have 24 biscuits for 6 friends. How many biscuits each?", 4),
        (
            "The car park charges £1.50 an hour and I parked 3 hours on Monday and 2 hours on Tuesday. How much altogether?",  # noqa: E501
            7.5,
        ),
    ],
)
async def test_reckoned_by_kinds(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I had £50 and got £12.40 from my gran. How much do I have?",
        "I sold 96 jars at £6.50 a jar over 3 days. How much did I take?",
        "I sold 96 at 6.50. How much did I take?",
        "Jam is £6.50 a jar. How many jars did I sell?",
        "Tickets are £8 each and 40 people came. How much did we take and how many tickets were left?",
        "I bought 3 notebooks at $4 each and a pencil case. How much did I spend?",
        "The taxi charges $2.20 per mile plus a pickup fee. The ride was 12 miles. How much was the fare?",
        "Tom has 5 more stickers than Jo, who has 12 stickers. How many stickers does Tom have?",
        "I work 3 days a week at £95 a day. How much is that a month?",
        "Tiles come in boxes of 12 at £18 a box and the bathroom needs 90 tiles. How much will the tiles cost?",
        "A bag of flour is 1.5 kg and costs £1.20. How much is 4 kg of flour?",
        "I earn £12 an hour and worked 3 days. How much did I earn?",
        "The pool is 25 m long and I swam 1.5 km. How many lengths did I swim, and how long did it take?",
        "Each jar holds 340 g. How many jars?",
        "I have £40 and £25. How much?",
        "A cinema ticket is £9 and popcorn is £4.50. How much for 3 people?",
        "We had 120 flyers and 35 flyers. How many flyers are there?",
        "My car does 45 miles per gallon and a gallon costs £6.50. How much?",
        "The train goes 80 mph. How far does it go?",
        "I have 3 boxes of 12 eggs and 2 boxes of 6 eggs. How many eggs?",
        "Petrol was £1.45 a litre last week and £1.52 a litre now. How much more is it?",
        "In 2019 we sold 340 tickets at £5 a ticket. How much did we take?",
        "The shop opens every 2 days and sells 40 loaves a day. How many loaves in 10 days?",
        "We need 3 volunteers per table and there are 14 tables, but 2 tables are outside. How many volunteers?",
        "Each ticket costs £8. How much for the family?",
        "The bus takes 45 minutes and leaves at 8:15. When does it arrive?",
        "Envelopes come in packs of 50 for $6.40 a pack. We're mailing 600 letters - how much will envelopes cost?",
        "Tiles come in boxes of 12 at £18 a box and the bathroom needs 90 tiles. How much will the tiles cost?",
        "The reel has 50 m of cable and each run needs 3 m. How many runs is that?",
        "I have £200 and bags of compost are £6.49 each. How many bags is that?",
        "Our 4 hens lay 26 eggs a week. How many eggs per hen per week?",
        "20% of 150 guests are vegetarian. How many guests eat meat?",
        "I earn £2,000 and spend 30% of it on rent. How much is left?",
        "Flour is £1.20 a kg and I need 3 kg for the cake and 2 kg for bread. How much do I need?",
        "I had £100 and bought 3 books at £12 each. How much did I spend?",
        "Tickets are £8 each. 5 of us went and bought drinks for £20. How much did we spend?",
        "Apples are £2 a kg and I bought 3 kg of apples and 2 kg of pears. How much did I spend?",
        "Each table has 4 legs and there are 9 tables and 12 chairs. How many legs?",
        "The shop sells 14 coffees an hour. How many coffees in a day?",
        "A pack of 6 rolls costs £2.40 and I need 32 rolls. How much will it cost?",
        "I have 25 biscuits for 6 friends. How many biscuits each?",
        "I save £85 a fortnight and get a £100 bonus. how many fortnights to save £1,200?",
        "I had $40 and spent $50. How much is left?",
        "The price is $40 and I paid $30. How much is left?",
        "They each walk 3 km a day. How far in 5 days?",
        "The trip is 450 km; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the fuel cost there and back?",  # noqa: E501
        "2 adults at £30 each plus £10 per child, how much?",
        "I bought 4 tyres for £380 and fitting was £60. How much was each tyre?",
        "I bought 15 m of rope at £1.20 a metre and 3 m of chain. How much did I spend?",
    ],
)
async def test_what_the_kinds_do_not_settle_stays_declined(request_text: str):
    await refused(request_text)
