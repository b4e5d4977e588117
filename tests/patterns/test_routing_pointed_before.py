"""Routing a text the user points at before the ask ("My husband wrote this for the newsletter and it's way too
long, can you condense it? <the text>"): the ask calls the text "it", and the text after it is material, not a
topic that pulls the request to the writer. What the ask does with the text still says who acts."""

import pytest

from tests.patterns.routed import routed


@pytest.mark.parametrize(
    "request_text",
    [
        (
            "My husband wrote this for the residents' association newsletter and it's way too long, can you "
            "condense it? The footpath along the canal will be closed for repairs from the 3rd to the 21st of "
            "next month. Contractors will be replacing the surface and fixing the drainage, which has caused "
            "flooding near the lock. A signed diversion will take walkers along Mill Lane and back onto the "
            "towpath at the footbridge."
        ),
        (
            "My boss drafted this for the staff bulletin and it rambles, could you shorten it? The car park will "
            "be resurfaced over the Easter weekend. Staff should park at the leisure centre on Church Road until "
            "Tuesday. A shuttle bus will run every fifteen minutes from 7am. Permits will not be needed at the "
            "leisure centre."
        ),
        (
            "Our club secretary wrote this for the members and nobody will read it all, can you cut it down? The "
            "AGM is on 12 May at the pavilion. Subscriptions go up by five pounds from June. The bar will close "
            "at ten on match days. New members must be proposed by two existing members."
        ),
        (
            "A parent sent this to the school office and it's very long, can you sum it up? My son has been "
            "unwell since Monday with a bad cough. The doctor says he should stay home until Friday. He will "
            "catch up on the maths homework over the weekend. Please let his form tutor know."
        ),
    ],
)
def test_a_text_pointed_at_before_the_ask_to_shorten_it_is_the_summarizers(decider, request_text):
    assert routed(decider, request_text) == "summarizer"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        (
            (
                "My daughter wrote this for the school newsletter and it sounds too stiff, can you make it "
                "friendlier? The summer fair is on Saturday 14 June from noon. There will be a cake stall, a tombola "
                "and a dog show. All money raised goes to the library fund."
            ),
            "writer",
        ),
        (
            (
                "My colleague wrote this and it keeps crashing, can you review it? def total(xs): return sum(x for x "
                "in xs) / len(xs)"
            ),
            "code_reviewer",
        ),
    ],
)
def test_what_the_ask_does_with_the_text_still_says_who_acts(decider, request_text, worker):
    assert routed(decider, request_text) == worker
