"""Round 34: the speaker sharing WITH others is one of the party ('with my 2 flatmates' is three people), as is a
speaker in a list ('me, my wife and our 2 kids', 'I and 2 others'); couples and pairs are two people each for a
person's share; a sharer of unknown size, a party counted twice, and a purchase split with nobody counted decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # shared WITH others: the others and the speaker
        ("I share a £1,200 rent with 2 flatmates equally. How much do I pay?", 400),
        ("Split a $120 dinner with 4 friends. How much each?", 24),
        ("Split a £500 rent with my 1 flatmate. How much each?", 250),
        ("Split £90 with my two brothers. How much each?", 30),
        ("Split a £60 bill with my 3 friends. How much each?", 15),
        ("I share the £1,500 rent with 2 housemates. What's my share?", 500),
        ("Can you split €90 with my two sisters? How much each?", 30),
        ("Splitting £40 petrol with 1 friend. How much each?", 20),
        ("I split the $120 dinner with my 5 teammates equally. What do I owe?", 20),
        ("I'm splitting a $84 taxi with 3 colleagues. How much each?", 21),
        ("Divide a £500 rent with my 4 roommates. How much each?", 100),
        ("The £27 cinema bill split with my two kids. How much each?", 9),
        ("A £120 bill split equally with my 3 mates. What do I owe?", 30),
        ("Share £30 with my brother. How much each?", 15),
        ("Split a £45 bill with my friend and his wife. How much each?", 15),
        ("I'm sharing a £18 cab with my mum and dad. How much each?", 6),
        ("I'm splitting £36 with 2 of my friends. How much each?", 12),
        ("Split the bill of $150 with my 2 friends, adding 20% tip. How much each?", 60),
        ("Split a £60 bill with my 2 flatmates and me. How much each?", 20),
        # a purchase split with the speaker's company: taken when each one's share is asked
        ("Bought 4 coffees at £3.20 each and split the cost with my friend. How much each?", 6.4),
        ("I bought 10 tickets at £6 each and shared the cost with my sister. How much each?", 30),
        ("Ordered 3 pizzas at $12 each and split them with my 2 flatmates. How much each?", 12),
        # 'others' beside the speaker
        ("Sharing £240 with 3 others. How much each?", 60),
        ("Sharing $45 equally with 4 others. How much each?", 9),
        ("Split £90 with 2 others. How much each?", 30),
        ("I and 2 others split £81. Each?", 27),
        ("Split £90 among 2 others and me. Each?", 30),
        ("Split £64 among me plus 3 others. How much each?", 16),
        # a list with the speaker in it
        ("Me, my wife and our 2 kids share a £48 meal. How much per person?", 12),
        ("My partner and I and our 2 children split a £100 bill. How much each?", 25),
        ("Mum, Dad and the 3 of us kids share a £75 bill. Per person?", 15),
        ("Me, my husband and our 3 kids share a £60 takeaway. How much per person?", 12),
        ("My brother and I split a £30 pizza. How much each?", 15),
        ("Split £45 between me, my wife and our 2 kids. Each?", 11.25),
        ("My wife, my 2 sons and I share a €120 dinner. How much each?", 30),
        # couples and pairs, a person's share asked
        ("A £200 holiday cottage is split between 3 couples. How much per person?", 200 / 6),
        ("£120 split between 4 couples. How much per person?", 15),
        ("A £96 dinner for 3 pairs of friends split per person. How much each?", 16),
        ("Five couples share a $300 villa. How much per head?", 30),
        ("Split a £80 restaurant bill with my parents. How much each?", 80 / 3),
        ("Dinner came to £90 and I split it with my 2 brothers. How much each?", 30),
        ("How much do I pay if I split £90 with my 2 brothers?", 30),
        ("Me plus my 5 cousins share a £300 cabin. How much each?", 50),
        ("Pizza £40, 2 mates and me. How much each?", 40 / 3),
        # near-misses that keep their count
        ("Me and my flatmate split the £75 bill 3:2. How much do I pay?", 45),  # a ratio, in the order named
        ("hall £90 and DJ £150, splitting it half and half with my sister. what's my share?", 120),
        ("We are 3 couples splitting a £360 bill equally. How much per couple?", 120),
        ("Split £60 between 3 couples. How much per couple?", 20),
        ("Split £100 between 4 friends. How much each?", 25),
        ("We share £1,800 rent between 3 flatmates. How much each?", 600),
        ("Split £60 between me and 3 friends. How much each?", 15),
        ("I give £60 to my 3 kids to share equally. How much each?", 20),
        ("Our £90 internet bill is split between me and my 2 housemates. My share?", 30),
        ("My two sons and I share £90. How much each?", 30),
        ("Had dinner with 4 friends. The bill was £100 and we split it between the 5 of us. How much each?", 20),
        ("I paid £60 for dinner for 4 of us. How much does each of the others owe me?", 15),
        ("I bought 100 shares at £2.50 each. How much did I spend?", 250),
        ("Bought 4 coffees at £3.20 each. How much do I pay?", 12.8),
    ],
)
async def test_the_party_is_counted_whole(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # a sharer of unknown size, or not the speaker
        "We split the £300 deposit with 2 flatmates. My share?",
        "We're sharing a £90 taxi with 3 friends. How much each?",
        "They share a £60 bill with 2 friends. How much each?",
        "Tom splits £90 with his 2 brothers. How much does Tom pay?",
        "A £200 bill split with 3 friends. How much each?",
        "Tom and I split £90 with 2 friends. How much each?",  # Tom, me and two friends: four
        "My wife and I split £90 with our 2 kids. How much each?",
        "Me and 3 mates split £90 with my 2 brothers. How much each?",
        "Split £90 with my two brothers between the 4 of us. How much each?",  # the counts disagree
        # a purchase split, with or without its party
        "Bought 4 coffees at £3.20 each and split the cost with my friend. How much do I pay?",
        "I bought 10 tickets at £6 each and shared the cost with my sister. How much did I pay?",
        "Bought 4 coffees at £3.20 each and split the cost. How much do I pay?",
        "Bought 4 coffees at £3.20 each and split the cost. How much each?",
        "Bought 5 kg of apples at £2 per kg and split with my neighbour. My cost?",
        "Bought 3 bottles of wine at £8 each and split it with my 2 friends. My share?",
        # a share asked of some of the party only
        "The bill is £88 for the two of us plus our 2 kids, split by adult only. How much per adult?",
        "Me, my wife and our 2 kids share a £48 meal. How much per child?",
        # what each of the others owes the speaker: a share of the whole, or the price of one?
        "A cinema ticket is £9. I buy for me and 2 friends and they pay me back. How much does each friend owe me?",
        "Tickets are £12. I paid for myself and 3 mates. How much does each mate owe me?",
    ],
)
async def test_a_party_that_cannot_be_counted_declines(request_text: str):
    await refused(request_text)
