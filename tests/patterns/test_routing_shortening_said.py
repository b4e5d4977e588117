"""Routing of a handed-over text whose shortening is asked further into the request ("I need this caption cut
down, ... Here it is: ...", "can you pull out what matters for us?"), and of pasted if-chains as code."""

import pytest

from patterns import RankingDecider
from patterns.handed_material import request_parts
from tests.patterns.routed import routed_handed

LETTER = "Rent rises by 3% from May. The boiler will be serviced in June. Bins move to Thursdays. The garden is tidied."


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        (f"I need this museum caption cut down, nobody reads past two lines. Here it is: {LETTER}", "summarizer"),
        (
            f"Our landlord sent a long letter, can you pull out what matters for us as tenants? Here it is: {LETTER}",
            "summarizer",
        ),
        (
            "Please review: def band(score):\n    if score > 90: return 'A'\n    elif score > 75: return 'B'\n"
            "    elif score > 60: return 'C'\n    else: return 'D'",
            "code_reviewer",
        ),
    ],
)
def test_the_ask_says_who_acts(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert len(request_parts(request_text)) == 1
    assert routed_handed(decider, request_text) == agent


def test_a_text_to_write_that_names_cutting_down_stays_the_writers(decider: RankingDecider) -> None:
    request = "Please write a caption for the clock, cut down to two lines: made in 1760, restored in 1998."
    assert routed_handed(decider, request) == "writer"
