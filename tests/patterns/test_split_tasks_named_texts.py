"""A shortening asked of someone's text by name, with the text in the sentences after the question ("Could you
pull out the key points from their tech spec? The venue holds 350 standing. ..."): one piece, the question with
the sentences as its material, not a question with nothing to shorten and a part of bare statements."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.named_texts import shortens_someones_text
from tests.patterns.test_routing_users import specialists

ONE_TEXT = [
    "I'm doing sound at a new venue Friday. Could you pull out the key points from their tech spec? The venue holds "
    "350 standing. The house PA is a pair of line arrays. Curfew is 11pm strictly because of neighbours.",
    "Could you summarise their house rules for me? Quiet hours start at 10pm. Bins go out on Tuesdays. Guests must "
    "sign in at the front desk.",
    "Give me the gist of his essay? He argues that cities should ban cars from the centre. He cites Oslo and Ghent. "
    "He says shops did better after.",
    "Could you condense the school's newsletter? Sports day is on the 14th of June. The library reopens on Monday. "
    "Uniform prices rise in September.",
    "Can u sum up their tech spec pls? The stage is 8 metres wide. Power is on two circuits. Load-in is via the "
    "side door.",
    "We're hiring a caterer. Can you pull out the main points from the caterer's brochure? They serve up to 200 "
    "guests. Menus are fixed two weeks before. A deposit of 20 percent is due on booking.",
]


@pytest.mark.parametrize("request_text", ONE_TEXT)
def test_the_sentences_after_a_named_text_are_that_text(request_text: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 1, [p.text for p in pieces]
    assert pieces[0].instruction is not None and pieces[0].instruction != pieces[0].text


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ONE_TEXT[:5])
async def test_the_named_text_goes_to_the_summarizer(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["summarizer"]


@pytest.mark.parametrize(
    "request_text",
    [
        # a part set apart is a job of its own
        "Could you summarise their house rules for me? Also, what's 12 times 7?",
        # a question about someone's text asks about it; it does not shorten it
        "What's in the landlord's letter about repairs? Also what is 4 times 5?",
    ],
)
def test_what_is_not_the_named_text_stays_apart(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


@pytest.mark.parametrize(
    ("instruction", "asks"),
    [
        ("Could you pull out the key points from their tech spec?", True),
        ("Give me the gist of the landlord's letter?", True),
        ("Could you condense the school's newsletter?", True),
        ("What's in the landlord's letter about repairs?", False),
        ("Write their newsletter for me?", False),
        ("Summarise the French Revolution?", False),
    ],
)
def test_a_shortening_of_someones_text(instruction: str, asks: bool) -> None:
    assert shortens_someones_text(instruction) is asks
