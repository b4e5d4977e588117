"""The reckoning reader with a request's occasion around its numbers: lines of a bill said with 'at', a price named
by what it is of, a rate per two things, 'a 12-week term', a bus named by its number ('on the 47') and 'off the
hives' are all read, while a number left over or a line with no price still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

RECKONED = "quantities reckoned by their units"


@pytest.mark.anyio
async def test_lines_said_with_at_are_each_priced_and_added():
    answer = await solved("I did 7 full grooms at $65 and 11 nail trims at $15 today. What did I make?")
    assert answer["problem"] == RECKONED
    assert answer["result"] == 620
    assert answer["steps"][:2] == ["7 grooms × $65.00 per groom = $455.00", "11 trims × $15.00 per trim = $165.00"]


@pytest.mark.anyio
async def test_a_price_named_by_the_thing_counted_and_a_total_asked_alone():
    answer = await solved(
        "Tickets were $18 adult and $12 concession. We sold 212 adult and 95 concession, total takings?"
    )
    assert answer["result"] == 4956


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Berthing is €3.20 per metre per night. A 12.5 m yacht is staying 6 nights. What do they owe?", 240),
        ("Lane hire is £38.50 an hour, we have it 3 hours a week for a 12-week term. What's the term cost?", 1386),
        ("The tank holds 300 litres and we average 2.6 km per litre on the 47. How far does a full tank get us?", 780),
        ("Pool is 25 m and one of my swimmers did 64 lengths. How many km is that?", 1.6),
        (
            "Took 14 supers off the hives this season and each one gave roughly 11.5 kg of honey. How many kg is that altogether?",  # noqa: E501
            161,
        ),
    ],
)
async def test_occasion_words_and_names_leave_the_sum_to_the_kinds(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["problem"] == RECKONED
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_prices_by_class_with_their_counts():
    answer = await solved("Adults are £8 and children £5. 140 adults and 85 children came. How much did we take?")
    assert answer["result"] == 1545
    assert answer["steps"][-1] == "£1,120.00 + £425.00 = £1,545.00"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The hall holds 420 and we sold 357 tickets for the spring concert. What percentage of seats is that?", 85),
        ("Food costs were $1,240 on sales of $4,960 last week. What's my food cost as a percentage?", 25),
    ],
)
async def test_a_share_is_read_when_the_words_say_which_is_the_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Food costs were $1,240 and drinks costs were $960. What's my food cost as a percentage?",  # of what
        "The hall holds 420 and we sold 357 tickets. What percentage of the hall hire fee is that?",
    ],
)
async def test_a_share_of_a_whole_not_said_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I did 7 grooms at $65 and 11 nail trims today. What did I make?",  # a line with no price
        "I sold 7 grooms at $65 and bought 11 trims at $15. What did I make?",  # one line may be a cost
        "Took £5 off the price of 3 shirts at £20 each. How much did I pay?",  # 'off' after money is a discount
        "The tank holds 300 litres and we average 2.6 km per litre on the 47 and 3 km per litre on the 12. How far does a full tank get us?",  # noqa: E501
    ],
)
async def test_what_the_occasion_does_not_settle_stays_declined(request_text: str):
    await refused(request_text)
