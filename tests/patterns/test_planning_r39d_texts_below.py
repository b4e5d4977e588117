"""Round 39: an ask, then a sentence that says where its text is ("Details below.", "The full notice is below.")
and the text: one part, the ask with its text; near-misses where "below" hands nothing over."""

import pytest

from patterns.handed_material import request_parts

pytestmark = pytest.mark.rounds

ASK = "Can you boil this down for the parents' group?"
NOTICE = (
    "The swimming gala moves to Saturday 14 June. Coaches leave school at 8:15. Children need a packed lunch and "
    "their club cap. We will be back by 4pm."
)


@pytest.mark.parametrize(
    "handing",
    ["Details below.", "The full notice is below.", "Notice below!", "It's below.", "My notes are underneath."],
)
def test_an_ask_then_where_its_text_is_is_one_part(handing: str) -> None:
    (part,) = request_parts(f"{ASK} {handing}\n\n{NOTICE}")
    assert part.instruction == ASK and part.text.endswith(NOTICE)


@pytest.mark.parametrize(
    "request_text",
    [
        f"{ASK} Details below.",  # nothing handed after it
        "What lies below the Earth's crust?",
        f"{ASK} Keep it below fifty words.\n\n{NOTICE}",  # how long, not where the text is
    ],
)
def test_below_that_hands_nothing_over_is_no_hand_over(request_text: str) -> None:
    parts = request_parts(request_text)
    assert not any(p.instruction == ASK and p.text.endswith(NOTICE) and "below:" in p.text for p in parts)
