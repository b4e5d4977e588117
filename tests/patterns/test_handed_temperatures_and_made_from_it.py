"""Three small hand-offs between parts: a text made "from it" is made from the part before's result ("Summarise this
and write a tweet from it: <text>"); "convert that to Kelvin" after a temperature looked up gets the temperature in
the scale the request asked for ("212 degrees Fahrenheit", not the Celsius figure beside it); and a count announced
with a learner's singular ("I have 3 question.") announces the parts and is no part's context."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.handoff import step_text
from patterns.lists import announces_list
from patterns.recasts import recasts_the_result
from tests.patterns.test_routing_users import specialists

TEXT = "Our shelter rehomed 120 dogs this year. Adoption fees were cut in winter. Foster carers doubled."


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise this and write a tweet from it: {TEXT}",
        f"Summarize this, then draft a short post based on it: {TEXT}",
        f"sum this up and make a caption out of it: {TEXT}",
        f"Condense this and write me a newsletter blurb from it: {TEXT}",
        f"Give me the key points of this and write an email to the volunteers from them: {TEXT}",
        f"Summarise this and create a short notice from it: {TEXT}",
    ],
)
@pytest.mark.anyio
async def test_a_text_made_from_it_is_made_from_the_summary(decider: RankingDecider, request_text: str) -> None:
    first, second = (await ClausePlanner(decider).plan(Request(request_text), specialists())).tasks
    assert (first.worker, second.worker, second.depends_on) == ("summarizer", "writer", ("1",))
    assert "120 dogs" not in second.text


@pytest.mark.parametrize(
    "instruction",
    ["write a slogan for it", "write a poem about it", "make a note of it", "write from memory about this town"],
)
def test_a_text_about_it_or_for_it_is_no_recast(instruction: str) -> None:
    assert not recasts_the_result(instruction)


BOILS = (
    "Pure water boils at 100 degrees Celsius (212 degrees Fahrenheit) at sea level, under standard atmospheric "
    "pressure."
)


@pytest.mark.parametrize(
    ("instruction", "request_text", "sent"),
    [
        ("Convert that to Kelvin", "What's the boiling point of water in Fahrenheit? Then convert that to Kelvin.",
         "Convert 212 degrees Fahrenheit to Kelvin"),
        ("Convert that to Kelvin", "What's the boiling point of water in Celsius? Then convert that to Kelvin.",
         "Convert 100 degrees Celsius to Kelvin"),
        ("convert it to Kelvin", "Look up water's boiling point in fahrenheit, then convert it to Kelvin",
         "convert 212 degrees Fahrenheit to Kelvin"),
        ("Convert that to miles", "How long is a marathon? Then convert that to miles.",
         "Convert 42.195 kilometres to miles"),
    ],
)  # fmt: skip
def test_the_quantity_in_the_asked_scale_is_handed_on(instruction: str, request_text: str, sent: str) -> None:
    calculator = next(w for w in specialists() if w.name == "calculator")
    answer = BOILS if "boil" in request_text else "A marathon is 42.195 kilometres long."
    assert step_text(instruction, calculator, [answer], request_text) == sent


@pytest.mark.parametrize("sentence", ["I have 3 question.", "I got 2 question", "3 question for you", "two thing:"])
def test_a_count_with_a_singular_announces_the_parts(sentence: str) -> None:
    assert announces_list(sentence)


@pytest.mark.parametrize("sentence", ["I have a question.", "One question", "Quick question about VAT"])
def test_one_question_announced_is_no_list(sentence: str) -> None:
    assert not announces_list(sentence)


def test_the_first_part_after_a_singular_announcement_has_only_its_question() -> None:
    pieces = split_tasks("I have 3 question. How much is 1200 divide by 16? Who wrote Hamlet? What is 5 times 6?")
    assert [p.text for p in pieces][0] == "How much is 1200 divide by 16?"
