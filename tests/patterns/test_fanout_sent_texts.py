"""A text sent to agents named by the user, with no ask of its own ("Send this to the summarizer and the fact checker:
<text>"), reaches each of them as "this", to do its own job on, instead of a bare text the summarizer asks to be
sent again; a question or an order after the names is still what each is asked."""

import pytest

from patterns import RankingDecider, Request
from patterns.asks import OwnAsks
from tests.patterns.test_routing_users import specialists

FACTS = "Our pharmacy opened in 1994. It now employs nine staff. Last year it started a blood pressure service."


def chosen(*names: str):
    return [w for name in names for w in specialists() if w.name == name]


@pytest.mark.anyio
async def test_a_text_sent_to_both_is_this_for_each(decider: RankingDecider) -> None:
    workers = chosen("summarizer", "fact_checker")
    request = Request(f"Send this to the summarizer and the fact checker: {FACTS}")
    sent = await OwnAsks(workers, decider)(request, 2)
    assert [r.text for r in sent] == [f"This:\n\n{FACTS}"] * 2


@pytest.mark.anyio
async def test_a_question_sent_to_both_is_asked_as_it_is(decider: RankingDecider) -> None:
    workers = chosen("calculator", "researcher")
    request = Request("Send this to the calculator and the researcher: how many metres are in a mile?")
    sent = await OwnAsks(workers, decider)(request, 2)
    assert [r.text for r in sent] == ["How many metres are in a mile?"] * 2


@pytest.mark.anyio
async def test_things_wanted_in_a_sentence_after_the_names_are_each_asked(decider: RankingDecider) -> None:
    workers = chosen("summarizer", "writer")
    request = Request(
        f"Send this to both the summarizer and the writer. I want a summary for the minutes and a post for our page: "
        f"{FACTS}"
    )
    sent = await OwnAsks(workers, decider)(request, 2)
    assert [r.text for r in sent] == [
        f"I want a summary for the minutes:\n\n{FACTS}",
        f"I want a post for our page:\n\n{FACTS}",
    ]
