"""Requests that name their job in words no card uses are routed by the job: a word count to the writer, "is there
a problem with this" over unfenced code to the code reviewer, the action items of a text to the summarizer, telling
a third party something to the writer, correcting a text's English to the writer. Near misses keep their old
route: "how many words start with q" is no count of a given text, "tell me ..." asks the assistant, a problem with
no code is no review."""

import pytest

from patterns import RankingDecider
from patterns.asked_jobs import asked_job
from tests.patterns.test_routing_users import specialists

MINUTES = (
    "Attendees were Sara, Tom and Priya. We reviewed the Q3 numbers. Leon will send the revised forecast by Friday. "
    "Priya will book the venue for the workshop. Sara will update the onboarding checklist next week."
)
LOOP = "for i in range(10):\n    print(i * i)"
ROUTES = [
    ("How many words is this: I ran twelve miles today and my legs feel great.", "writer"),
    ("how many words are in this paragraph: The quick brown fox jumps over the lazy dog near the river.", "writer"),
    ("Word count for this please: Thank you all for coming to the spring fair on Saturday.", "writer"),
    ("what's the word count of this: We are closed on Monday for staff training, back on Tuesday.", "writer"),
    (f"is there a problem with this: {LOOP}", "code_reviewer"),
    (f"anything wrong with this? {LOOP}", "code_reviewer"),
    ("Is there a bug in this:\nwhile n > 0:\n    n = n - 1\nprint(n)", "code_reviewer"),
    (f"just the action items from this please:\n{MINUTES}", "summarizer"),
    (f"The next steps from these minutes please: {MINUTES}", "summarizer"),
    (f"Can I get the action points from this: {MINUTES}", "summarizer"),
    ("In exactly two sentences, tell my team the server migration is finished and everyone can log in again.",
     "writer"),
    ("tell the parents that training has moved to Wednesday at 4:30 and to bring water bottles", "writer"),
    ("Please correct my English in this: Yesterday I have went to the bank and they was closed.", "writer"),
    ("Can you fix my grammar: me and him goes to school every days.", "writer"),
    ("check my spelling please: I recieved the pakage yesterday and it were broken.", "writer"),
    ("correct the grammar in this sentence: She don't like apples.", "writer"),
    ("Could you improve my English: I am living here since five years.", "writer"),
    ("fix the punctuation: lets eat grandma said the boy", "writer"),
    ("Please tell our tenants the water will be off on Thursday morning for repairs.", "writer"),
]  # fmt: skip


@pytest.mark.parametrize(("request_text", "agent"), ROUTES)
def test_the_job_says_who_does_it(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.parametrize(
    ("instruction", "material"),
    [
        ("how many words start with q", ""),  # no text to count
        ("tell me the capital of Peru", ""),  # asks the assistant
        ("tell the difference between a crocodile and an alligator", ""),
        ("is there a problem with this plan", "We fly out on Monday and come back on Friday."),  # no code
        ("what's wrong with my essay", "The war ended in 1945. It changed Europe."),
        ("the action film was great", ""),
        ("check my grammar homework answers are in", ""),  # no text handed over
        ("correct the spelling of Massachusetts", ""),
    ],
)
def test_near_misses_are_not_restated(instruction: str, material: str) -> None:
    assert asked_job(instruction, material) is None


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Tell me who wrote Hamlet", "researcher"),
        ("What's 15% of 80?", "calculator"),
        (f"Summarize this: {MINUTES}", "summarizer"),
    ],
)
def test_requests_that_name_their_job_keep_their_route(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent
