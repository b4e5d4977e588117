"""A writing job asked through "help me" or in text-speak ("can u write ...") is routed by its verb, as the same job
asked plainly is: the writer writes it, whatever the message's topic words read like."""

import pytest

from patterns import RankingDecider
from patterns.reading import verb_head
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "text",
    [
        "Help me write an email to my lecturer Dr Morgan asking for an extension on my history essay. It's due "
        "Friday but I've had flu all week.",
        "can u write a quick text to our babysitter Chloe saying we're running 30 mins late and bedtime is 8",
        "help me draft a message to my landlord about the broken boiler, it's been 5 days",
        "pls write a note to the cleaner saying the spare key is under the mat",
        "Help us write a reply to the council about the bin collection moving to Thursdays",
    ],
)
def test_a_writing_job_asked_indirectly_goes_to_the_writer(decider: RankingDecider, text: str):
    ranked = decider.rank_now(text, specialists())
    assert ranked[0].worker == "writer", ranked[:3]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("help me work out 15% of 80", "calculator"),
        ("Help me understand this error: NameError: name 'x' is not defined", "code_reviewer"),
    ],
)
def test_help_with_another_job_goes_to_its_own_worker(decider: RankingDecider, text: str, agent: str):
    ranked = decider.rank_now(text, specialists())
    assert ranked[0].worker == agent, ranked[:3]


def test_the_verb_after_help_me_is_the_head():
    assert verb_head("Help me write an email to my tutor") == "write an email"
    assert verb_head("help me") is None
