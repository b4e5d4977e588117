"""A claim whose "it" is the thing the question just before it named ("Who discovered penicillin? And is it true
that it was discovered in 1928?") is sent to its agent with the thing said: each part is read alone. So is a part
that asks what the knowledge base says of nothing it names ("... Check this and also look what your books say"):
it is about the claim before it."""

import pytest

from agents.models.embeddings import sentence_embedder
from patterns import ClausePlanner, RankingDecider, Request
from patterns.ranking import Ranker
from patterns.topics import claim_with_topic, sources_asked_of
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    ("claim", "question", "said"),
    [
        (
            "Is it true that it was discovered in 1928?",
            "Who discovered penicillin?",
            "Is it true that penicillin was discovered in 1928?",
        ),
        (
            "Is it true that it was invented in 1876?",
            "When was the telephone invented?",
            "Is it true that the telephone was invented in 1876?",
        ),
        (
            "check whether it opened in 1889",
            "What is the Eiffel Tower?",
            "check whether the Eiffel Tower opened in 1889",
        ),
        (
            "Is it right that it was painted in 1503?",
            "Who painted the Mona Lisa?",
            "Is it right that the Mona Lisa was painted in 1503?",
        ),
        ("Can you verify that it was built in 1931?", "Who built the Empire State Building?", None),
    ],
)
def test_the_claims_it_is_the_thing_the_question_named(claim: str, question: str, said: str | None):
    expected = said or "Can you verify that the Empire State Building was built in 1931?"
    assert claim_with_topic(claim, question) == expected


@pytest.mark.parametrize(
    ("claim", "question"),
    [
        ("Is it true that it is raining in Leeds?", "Who wrote Hamlet?"),
        ("Is it true that it was written in 1600?", "What is 15% of 80?"),
        ("Is it true that the Nile is the longest river?", "Who discovered penicillin?"),
        ("Is it true that it was discovered in 1928?", "Summarise this for me please."),
    ],
)
def test_any_other_shape_is_left_as_written(claim: str, question: str):
    assert claim_with_topic(claim, question) is None


@pytest.mark.anyio
async def test_the_fact_checker_is_sent_the_claim_with_the_thing_said() -> None:
    decider = RankingDecider(Ranker(sentence_embedder(), lexical_weight=RankingDecider.LEXICAL_WEIGHT))
    text = "Who discovered penicillin? And is it true that it was discovered in 1928?"
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks][-1] == (
        "fact_checker",
        "Is it true that penicillin was discovered in 1928?",
    )


@pytest.mark.parametrize(
    ("part", "before", "said"),
    [
        (
            "Tell me what your books say",
            "Is it true that Ulaanbaatar is the coldest capital city in the world? Check it",
            "Tell me what your books say about Ulaanbaatar is the coldest capital city in the world?",
        ),
        (
            "Look what your books say",
            "My cousin says the Parthenon was built for the goddess Athena. Check this",
            "Look what your books say about the Parthenon was built for the goddess Athena?",
        ),
        (
            "tell me what your sources say about it",
            "Is it true that the Eiffel Tower is in Paris? Check it",
            "tell me what your sources say about the Eiffel Tower is in Paris?",
        ),
    ],
)
def test_what_the_books_say_is_said_of_the_claim_before(part: str, before: str, said: str):
    assert sources_asked_of(part, before) == said


@pytest.mark.parametrize(
    ("part", "before"),
    [
        ("Tell me what your books say about the Louvre", "Is it true that the Eiffel Tower is in Paris? Check it"),
        ("Tell me a joke", "Is it true that the Eiffel Tower is in Paris? Check it"),
        ("Tell me what your books say", "Hi!"),
    ],
)
def test_a_part_with_its_own_subject_or_nothing_before_is_left_as_written(part: str, before: str):
    assert sources_asked_of(part, before) is None


@pytest.mark.anyio
async def test_the_researcher_is_sent_the_claim_the_fact_checker_checks() -> None:
    decider = RankingDecider(Ranker(sentence_embedder(), lexical_weight=RankingDecider.LEXICAL_WEIGHT))
    text = (
        "My cousin says the Parthenon was built for the goddess Athena. Check this and also look what your books say."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [(t.worker, t.text, t.depends_on) for t in plan.tasks] == [
        ("fact_checker", "My cousin says the Parthenon was built for the goddess Athena. Check this", ()),
        ("researcher", "Look what your books say about the Parthenon was built for the goddess Athena?", ()),
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a bare noun asked after a comma narrows the question before it: one question
        ("Where does the vanilla plant come from originally, which country?",
         ["Where does the vanilla plant come from originally, which country?"]),
        # a question of its own after a comma, or after "and", is a second part
        ("Calculate 15% of 80, what is the capital of France?",
         ["Calculate 15% of 80", "What is the capital of France?"]),
        ("Write a note about the bikes, and what is 12 times 4?",
         ["Write a note about the bikes", "What is 12 times 4?"]),
    ],
)  # fmt: skip
def test_a_question_narrowed_after_its_comma_is_one_part(text: str, parts: list[str]):
    from patterns.clauses import split_tasks

    assert [p.text for p in split_tasks(text)] == parts
