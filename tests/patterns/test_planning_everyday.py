"""Plans and routes for requests as users write them (issue 9, the everyday tuning set's writing family): a request
that names a kind of text to produce (an announcement, a poster, a sign, a notice, a flyer, an invitation, an
email, a post), then gives its facts after a full stop, a colon, a dash or a comma, is one writing job. The facts
are the text's material: never a claim for the fact checker, a question for the researcher, or a step of their
own ("..., next session is Saturday 10am")."""

import re

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.commissions import commissioned
from patterns.jobs import limits_the_text, names_kind_alone
from tests.patterns.test_routing_users import specialists


def words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text.lower())


COMMISSIONS = [
    "put together an announcement for the under-12s parents. training on Wednesday is cancelled because the pitch "
    "is flooded, next session is Saturday 10am at Riverside Park",
    "lost cat poster. ginger tom called Marmalade, missing since 28 November near Elm Street, wearing a blue collar, "
    "call 07700 900123",
    "draft a message for the choir, rehearsal on Thursday is moved to the church hall because the school is being "
    "painted, next one is at 7pm as usual",
    "quick post for the neighbourhood group - found a set of keys on Mill Lane this morning, blue keyring, message "
    "me to collect",
    "leaving card message for Tom - he's been with us 6 years, moving to Leeds, we'll miss his terrible puns",
    "could you write an email to the parents, the school trip on Friday is postponed, next date is 20 March, the "
    "coach leaves at 8am",
    "garage sale sign. Saturday 9am till noon, 14 Birch Road, furniture, toys and books, cash only",
    "make a notice for the car park. the barrier is broken so parking is free this week, it will be fixed on Monday",
    "poster for the lost property office. a black umbrella and a red scarf were handed in on Monday, collect from "
    "reception before Friday",
    "notice for the gym noticeboard: the sauna is closed for repairs this week, next opening is Monday 9 March",
    "invitation to my retirement drinks - Friday 27 June at the Crown, from 6pm, partners welcome",
    "found dog poster: black labrador, no collar, found near the railway station on Tuesday evening, now at 12 Park "
    "Road, call 07700 900456",
]


@pytest.mark.parametrize("request_text", COMMISSIONS)
def test_a_text_named_then_its_facts_is_one_writing_job(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    # every fact stays with the text that is to say it (a named text's facts may come back as its material)
    assert words(piece.text) == words(request_text)
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


@pytest.mark.anyio
async def test_the_planner_hands_the_writer_the_whole_announcement(decider: RankingDecider) -> None:
    plan = await ClausePlanner(decider).plan(Request(COMMISSIONS[0]), specialists())
    (task,) = plan.tasks
    assert task.worker == "writer"
    assert "Saturday 10am at Riverside Park" in task.text


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("lost cat poster. ginger tom called Marmalade, missing since 28 November", "lost cat poster"),
        ("quick post for the neighbours - found a set of keys on Mill Lane", "quick post for the neighbours"),
        ("invitation to my retirement drinks - Friday 27 June at the Crown", "invitation to my retirement drinks"),
    ],
)  # fmt: skip
def test_the_request_is_routed_by_the_name_of_the_text(request_text: str, name: str) -> None:
    assert commissioned(request_text) == name


@pytest.mark.parametrize(
    "request_text",
    [
        "my poem. roses are red and violets are blue, sugar is sweet",  # the user's own text
        "lost cat poster. what should it say?",  # a question after the name
        "Write a two-sentence bio for Tomas Reyes, a pastry chef with 12 years of experience",  # its verb says it
        "bio for Dr. Lena Fischer, a paediatrician who volunteers at a clinic",  # a title ends no name
        "Write an email to my boss asking for Friday off, then summarise it in one line",  # a step after it
        "the poster says the concert starts at 8pm, is that right",
    ],
)
def test_a_name_followed_by_no_facts_is_no_commission(request_text: str) -> None:
    assert commissioned(request_text) is None


@pytest.mark.parametrize(
    "phrase", ["lost cat poster", "bake sale flyer", "garage sale sign", "leaving card message for Tom"]
)
def test_a_text_is_asked_for_by_its_name_alone(phrase: str) -> None:
    assert names_kind_alone(phrase)


@pytest.mark.parametrize("phrase", ["sign for the parcel", "my poem", "summarize this email", "is this email ok"])
def test_a_verb_or_the_users_own_text_is_no_name_of_a_text_to_write(phrase: str) -> None:
    assert not names_kind_alone(phrase)


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("work out 15% of 80, next double it", ["Work out 15% of 80", "Double it"]),
        ("Research the Eiffel Tower, next, write a tweet", ["Research the Eiffel Tower", "Write a tweet"]),
        ("Find the population of Canada, finally halve it", ["Find the population of Canada", "Halve it"]),
    ],
)  # fmt: skip
def test_next_before_an_instruction_is_still_a_step(request_text: str, parts: list[str]) -> None:
    assert [p.text for p in split_tasks(request_text)] == parts


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a short Instagram post for my bakery, Crumb & Co - from Saturday we open at 7am, and every sourdough "
        "loaf is £3.50 until the end of the month. Max 50 words.",
        "Draft an email to my landlord about the broken boiler, it has been off for 3 days. Under 100 words please.",
        "Write a toast for my sister's wedding. She met Tom at university and they love hiking. 2 paragraphs tops.",
        "announcement for the staff newsletter: the canteen reopens on Monday with a new salad bar. 60 words max",
    ],
)
def test_how_long_the_text_is_to_be_is_no_job_of_its_own(request_text: str) -> None:
    (piece,) = split_tasks(request_text)  # not "Max 50 words" for the calculator
    assert words(piece.text) == words(request_text)


@pytest.mark.parametrize(
    "sentence", ["Max 50 words.", "under 100 words please", "no more than 3 sentences", "60 words max"]
)
def test_a_length_limit_is_read_as_one(sentence: str) -> None:
    assert limits_the_text(sentence)


@pytest.mark.parametrize("sentence", ["How many words is 50 characters?", "Count the words", "50 words in French"])
def test_other_sentences_about_words_are_no_limit(sentence: str) -> None:
    assert not limits_the_text(sentence)
