"""Plans for one writing job whose words look like more: a name set off by commas before its verb ("our bakery,
Crumb & Co, is opening ...") is no second question, and a list under a heading of contents ("Sections: why
compost, what goes in, ...") is the text's parts, not jobs of their own."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.contents import heads_contents
from patterns.inversion import inverts_subject
from tests.patterns.routed import routed


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a LinkedIn post announcing that our bakery, Crumb & Co, is opening its second shop on Mill Road on "
        "3 June.",
        "Draft a tweet saying our cafe, Bean There, is the best place for brunch in Leeds.",
        "Write a note to staff that our new manager, Priya Shah, is starting on Monday.",
        "Can you write an Instagram caption saying our gym, Iron & Oak, is now open 24 hours?",
        "Email the parents that the school play, Annie, was moved to Friday evening.",
        "Write a notice that the Red Lion, our local, is closed for refurbishment until May.",
        "pls write a facebook post that our shop, Spoke & Chain, are stocking e-bikes from next week",
        "Write a short announcement that our choir, the Harbour Singers, were shortlisted for the county award.",
    ],
)
def test_a_name_set_off_by_commas_before_its_verb_is_one_writing_job(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.rstrip(".").lower() == request_text.rstrip(".").lower()
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    ("request_text", "second"),
    [
        ("What is 25% of 640, is it true that bats are blind?", "Is it true that bats are blind?"),
        ("Work out 15% of 80, is it true that goldfish have a three second memory", "Is it true"),
        ("Work out 15% of 80, are bats blind?", "Are bats blind?"),
        ("Summarize this meeting note, does the Eiffel Tower grow in summer?", "Does the Eiffel Tower"),
    ],
)
def test_a_question_after_a_comma_puts_its_subject_after_the_auxiliary(request_text: str, second: str) -> None:
    pieces = split_tasks(request_text)
    assert len(pieces) == 2 and pieces[1].text.startswith(second), [p.text for p in pieces]


@pytest.mark.parametrize(
    ("after", "asked", "inverted"),
    [
        (" it true that", False, True),
        (" Paris the capital", False, True),
        (" opening its second shop", False, False),
        (" now open", True, False),
        (" bats blind", True, True),
        (" bats blind", False, False),
        (" closed on Monday", True, False),
    ],
)
def test_inversion_reads_the_subject_after_the_auxiliary(after: str, asked: bool, inverted: bool) -> None:
    assert inverts_subject(after, asked=asked) is inverted


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you give me an outline for a talk on composting at home? Sections: why compost, what goes in, what stays "
        "out, common mistakes",
        "Write a newsletter article about our allotment open day. Points to cover: where to park, what to bring, who "
        "to ask for help",
        "Draft an agenda for Monday's staff meeting. Items: budget, rota changes, what to do about the car park",
        "I need slides for a school assembly on kindness. Slides: what kindness is, how to be kind online, thank the "
        "dinner ladies",
        "Write a blog post on saving energy at home. Include: turn off standby, why draughts matter, how to read a "
        "meter",
        "could u do me an outline for a 5 min presentation on bees? key points: why bees matter, what kills them, how "
        "gardens can help",
        "Give me a structure for a best man's speech. Things to mention: how I met Tom, the stag do, thank the "
        "bridesmaids",
    ],
)
def test_a_list_under_a_heading_of_contents_is_the_writing_jobs_material(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.lower() == request_text.lower()
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Three things: what is 15% of 80, who wrote Hamlet, and when did WW2 end?", 3),
        ("Give me an outline for a talk on recycling. Also what's 15% of 80?", 2),
        ("Write an outline for a talk on composting. Then check whether banana skins rot in a week.", 2),
    ],
)
def test_parts_without_a_heading_of_contents_stay_apart(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("Sections: intro, body", True),
        ("Key points to cover: cost", True),
        ("Include: the date", True),
        ("Three things: what is", False),
        ("Two parts: a and b", False),
        ("Question: is it true", False),
        ("Summary of the meeting: we met", False),
    ],
)
def test_a_heading_of_contents_names_only_a_texts_parts(sentence: str, heads: bool) -> None:
    assert heads_contents(sentence) is heads
