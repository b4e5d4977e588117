"""The reckoning reader, tried after every other reader: a word problem answered by the kinds of its quantities
('£6.50 a jar' × '96 jars' is money; '2,400 labels' ÷ 'packs of 150' is packs), only when every number is used, the
question asks one kind, and every way of reaching that kind agrees; otherwise the decline stays."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

RECKONED = "quantities reckoned by their units"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We need 2,400 spine labels. They come in packs of 150 at $8.90 a pack. How much will they cost?", 142.4),
        ("Interlibrary loan articles cost $18 each and our budget is $1,000. How many articles can we order?", 55),
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
    ],
)
async def test_typical_shapes_are_reckoned_by_their_kinds(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["problem"] == RECKONED
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_the_working_shows_each_operation_with_its_kinds():
    answer = await solved(
        "We need 2,400 spine labels. They come in packs of 150 at $8.90 a pack. How much will they cost?"
    )
    assert answer["steps"] == ["2400 labels ÷ 150 labels per pack = 16 packs", "16 packs × $8.90 per pack = $142.40"]


@pytest.mark.anyio
async def test_a_count_that_is_not_whole_is_rounded_as_the_question_says():
    assert (await solved("We have 250 kg of sand and each bag holds 20 kg. How many full bags can we fill?"))[
        "result"
    ] == 12
    await refused("The reel has 50 m of cable and each run needs 3 m. How many runs is that?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I had £50 and got £12.40 from my gran. How much do I have?",  # added or taken away: not said
        "I sold 96 jars at £6.50 a jar over 3 days. How much did I take?",  # the days are a number left over
        "I sold 96 at 6.50. How much did I take?",  # numbers that count nothing named
        "Jam is £6.50 a jar. How many jars did I sell?",  # the asked kind cannot be reached
        "I bought 3 notebooks at $4 each and a pencil case. How much did I spend?",  # a thing with no price
        "Tiles come in boxes of 12 at £18 a box and the bathroom needs 90 tiles. How much will the tiles cost?",
        # an 'each' may cover the second amount too: $7,000, or $4,660 if the refs are paid once
        "we have 14 home games, each one costs $320 ground hire and $180 for the refs, what is the total for the "
        "season",
        "We play 14 home games and each one costs $320 ground hire plus $180 for the refs. What's the season total?",
    ],
)
async def test_what_the_kinds_do_not_settle_stays_declined(request_text: str):
    await refused(request_text)
