"""Round 46: a claim passed on by someone is checked as the reported clause alone, however the telling is said.

- The teller (a person named by a common noun, with where they were met or who they are), the reporting verb
  with its adverbs, and what goes with the telling (manner, time, a place before "that") are set aside; a
  negation inside the reported clause stays.
- A preamble that only takes the floor ("ok settle this,", "Settle a bet:") and a sentence that only puts the
  dispute ("Settle a rehearsal argument?") are no claims.
- A teller named by a proper name, a people, a body of rules or the asker, and a clause that is no claim, are
  left alone.
- "A, not B, is C" is checked as "A is C, not B".
- What a generic "you" can do is checked as what can be done: "you can score a goal from X" as "a goal can be
  scored from X".
"""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.anyone import as_done
from servers.tools.fact_checker.reports import reported_claim

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("My neighbour Gladys swears up and down that spiders are insects. Is she right?", "contradicted"),
        (
            "A gentleman at the counter maintained that Canberra is the capital of Australia. Could you confirm?",
            "supported",
        ),
        ("me mate reckons till he's blue in the face that the Nile is the longest river in Africa", "supported"),
        ("Oga tell me say Abuja is the capital of Nigeria. Na true?", "supported"),
        ("yo my flatmate keeps saying lightning never strikes the same place twice. true??", "contradicted"),
        ("One of the regulars was adamant last night that bats are blind.", "contradicted"),
        ("Our tour guide told us this morning that Ottawa is the capital of Canada.", "supported"),
        ("A lady at church insisted that goldfish have a three-second memory. Is that so?", "contradicted"),
        ("ok real talk, my cousin says Canberra is the capital of Australia lol. true?", "supported"),
        ("According to my driver, Abuja has been the capital of Nigeria since 1991.", "supported"),
        ("My grandad's theory is that Sydney is the capital of Australia.", "contradicted"),
        ("The man who runs the fish stall swore blind that crawfish are insects.", "contradicted"),
        ("Settle a bet: the kid next door says the Pacific is the largest ocean.", "supported"),
        ("Someone on the night shift told me that water boils at 100 degrees Celsius at sea level.", "supported"),
        (
            "My brother-in-law is convinced that the Great Wall of China is visible from space with the naked eye.",
            "contradicted",
        ),
        ("A tourist firmly asserted that Lizard Point is the most southerly point of mainland Britain.", "supported"),
        ("The new apprentice keeps on saying that Thailand was never colonized by a European country.", "supported"),
        ("My wife read somewhere that Mexico won its independence from Spain in 1810.", "contradicted"),
        ("the guys at work all say ethanol boils at a higher temperature than water", "contradicted"),
        ("Customer tell me Mount Everest is highest mountain in world. Check for me.", "supported"),
        ("Resolve this for us? One of the choir says Canberra, not Sydney, is the capital of Australia.", "supported"),
        ("Check this claim for my client, Mount Everest is on the border of Nepal and China.", "supported"),
    ],
)
async def test_a_reported_claim_is_checked_alone(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the negation inside the reported clause is the claim's
        ("My uncle swears crawfish are not insects.", "supported"),
        ("Customer say Thailand never colonized by European country. True?", "supported"),
        # a changed relation or a changed place is not what the note says
        ("My buyer tells me ethanol boils at a higher temperature than water.", "contradicted"),
        ("Customer say Thailand was colonized by Britain. True?", "unverified"),
        ("A regular swore blind that Mount Everest is on the border of Nepal and India.", "unverified"),
        ("Sydney, not Canberra, is the capital of Australia.", "contradicted"),
        ("Whales, not sharks, are mammals.", "unverified"),
        # what anyone can do is what can be done
        ("One of the dads reckons you can score a goal directly from a corner kick.", "supported"),
        ("You cannot score a goal directly from a corner kick.", "contradicted"),
        ("You can score a goal directly from a goal kick.", "unverified"),
    ],
)
async def test_what_the_reported_clause_says_decides(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Einstein said that God does not play dice.",
        "The Romans believed that the Earth was flat.",
        "When water freezes, my uncle says it expands.",
        "In 1990, my uncle said the wall had fallen.",
        "My dog heard a noise.",
        "The sun is certain to rise tomorrow.",
        "The law says you must stop at a red light.",
        "I think bats are blind.",
        "The brain thinks faster than a computer.",
        "Water says nothing.",
    ],
)
def test_no_teller_or_no_claim_is_left_alone(sentence: str) -> None:
    assert reported_claim(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("My uncle Remy swears up and down that crawfish are insects.", "crawfish are insects."),
        ("A visitor to the workshop asserted that Geneva is the capital.", "Geneva is the capital."),
        ("Somebody on the bus swore to me that owls can turn their heads.", "owls can turn their heads."),
        ("Madam for next shop dey talk say Abuja na capital.", "Abuja na capital."),
        ("My cousin heard at school that goldfish forget everything.", "goldfish forget everything."),
    ],
)
def test_the_reported_clause_is_kept_word_for_word(sentence: str, claim: str) -> None:
    assert reported_claim(sentence) == claim


@pytest.mark.parametrize(
    "claim",
    ["you can swim after eating", "You could run a marathon in two hours", "You can do it in a day"],
)
def test_a_generic_you_without_a_named_thing_done_is_left_alone(claim: str) -> None:
    assert as_done(claim) == claim
