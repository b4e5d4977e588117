"""Routing of questions with words beside them that name nobody's job: a remark after the question on why it is
asked ("My son's asking and I've forgotten"), the user's day told before a colon ("Did a job today: ..."), and a
choice about the user's own money ("Should I overpay my mortgage or invest?"), which is weighed in sums."""

import pytest

from patterns import RankingDecider
from patterns.decisions import decision_head
from patterns.remarks import tells_the_day, without_remark
from tests.patterns.routed import routed


@pytest.mark.parametrize(
    "request_text",
    [
        "What is photosynthesis? My son's asking and I've forgotten",
        "What causes the tides? my daughter wants to know for her homework",
        "Who invented the telephone? Settling an argument with my brother",
        "Why is the sky blue? I've never really understood it",
        "what's a black hole? asking for my nephew",
        "How do vaccines work? I always forget",
    ],
)
def test_a_remark_on_why_a_question_is_asked_leaves_it_to_the_researcher(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the tip on this? We had a lovely meal, bill is £84",  # a number: what the sum works on
        "Can you summarise the report? It's in the attachment",  # where the text is: material pointed at
        "What is photosynthesis? Also, what's 15% of 80?",  # a question of its own
    ],
)
def test_a_sentence_that_gives_something_is_no_remark(request_text: str) -> None:
    assert without_remark(request_text) == request_text


@pytest.mark.parametrize(
    "request_text",
    [
        "Did a job today: £240 labour plus £85.50 in parts, and I have to add VAT at 20% on the whole lot. What's the "
        "total I bill the customer?",
        "Had a busy week: worked 38 hours at £12.50 an hour plus 6 hours overtime at time and a half. What did I earn?",
        "Went shopping: bought 3 tins at £1.20 and a loaf at £1.45. How much did I spend?",
        "Got paid today: £1,840, and rent is £725 and bills £210. How much is left?",
        "Did the food shop: £64.20 at Tesco and £18.75 at the butcher. What's the total?",
        "was at the market: sold 40 jars at $3.50 each and 12 cakes at $6. what did I take?",
    ],
)
def test_the_users_day_told_before_a_colon_leaves_the_sum_to_the_calculator(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    ("lead", "tells"),
    [("did a job today", True), ("had a busy week", True), ("did you", False), ("was it", False), ("did", False)],
)
def test_a_lead_in_the_past_tense_tells_the_day_unless_it_asks_someone(lead: str, tells: bool) -> None:
    assert tells_the_day(lead.split()) is tells


@pytest.mark.parametrize(
    "request_text",
    [
        "Should I pay off my mortgage early or put the money into index funds instead?",
        "Should I overpay my mortgage or put the spare money into an index fund? Just tell me which is better.",
        "Is it worth me registering for VAT this year?",
        "Is it better to rent or to buy a house?",
        "Would we be better off leasing the van or buying it outright?",
        "how much should I save for retirement?",
        "How much should I charge a customer for rewiring a three-bed semi?",
        "Should I take the 0% credit card or the personal loan? Which is the smarter move?",
    ],
)
def test_a_choice_about_the_users_money_goes_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Should I bring an umbrella tomorrow?", "researcher"),
        ("Which laptop should I buy for uni this year?", "researcher"),
        ("Is it true that interest rates went up in 2023?", "fact_checker"),
    ],
)
def test_advice_on_anything_but_the_users_money_keeps_its_reading(
    decider: RankingDecider, request_text: str, worker: str
) -> None:
    assert decision_head(request_text) is None
    assert routed(decider, request_text) == worker


@pytest.mark.parametrize(
    "request_text",
    [
        "How many continents are there? My daughter's homework says seven but her friend says six.",
        "How many planets are in the solar system? My son says nine.",
        "How many legs does a spider have? my nephew reckons six",
        "How many bones are in the human hand? My teacher said twelve.",
        "How many moons does Mars have? my friend thinks three",
        "How many strings does a violin have? Dad insists it's five.",
    ],
)
def test_a_count_guessed_in_words_after_a_question_leaves_it_to_the_researcher(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "How many eggs do I need for 3 batches if one batch takes two? My son says six.",
        "What is 7 times 8? My son says fifty-four.",
    ],
)
def test_a_sum_with_a_guess_after_it_is_still_the_calculators(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "calculator"
