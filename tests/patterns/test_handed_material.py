"""A one-part request that says why it asks, asks, and pastes its text after the question is routed with its text
after a colon, as the planner reads it; any other request is sent as written."""

import pytest

from patterns import split_tasks
from patterns.handed_material import with_handed_material


@pytest.mark.parametrize(
    ("request_text", "ask", "material"),
    [
        (
            "I'm doing sound at a new venue Friday. Could you pull out the key points from their tech spec? The venue "
            "holds 350 standing. The house PA is a pair of line arrays. Curfew is 11pm.",
            "I'm doing sound at a new venue Friday. Could you pull out the key points from their tech spec",
            "The venue holds 350 standing. The house PA is a pair of line arrays. Curfew is 11pm.",
        ),
        (
            "My landlord sent this. Can you summarise it? The rent rises in May. The bins move to Tuesday. The gate "
            "code changes next week.",
            "My landlord sent this. Can you summarise it",
            "The rent rises in May. The bins move to Tuesday. The gate code changes next week.",
        ),
        (
            "I have a meeting in five minutes. Can you sum this up for me? The server move is done. Logins work "
            "again. Old links will redirect until March.",
            "I have a meeting in five minutes. Can you sum this up for me",
            "The server move is done. Logins work again. Old links will redirect until March.",
        ),
        (
            "The school sent this home. Would you give me the main points? Term starts on 3 September. Uniform is "
            "compulsory. Lunch money goes on the app.",
            "The school sent this home. Would you give me the main points",
            "Term starts on 3 September. Uniform is compulsory. Lunch money goes on the app.",
        ),
        (
            "We got this from the nursery. Can you summarise it for me? Pick-up moves to 3pm. Bring spare clothes. "
            "The trip is on Friday.",
            "We got this from the nursery. Can you summarise it for me",
            "Pick-up moves to 3pm. Bring spare clothes. The trip is on Friday.",
        ),
        (
            "My boss forwarded this. Could you pull out the key points? The office shuts at 4 on Friday. Parking is "
            "free next week. The lifts are being serviced.",
            "My boss forwarded this. Could you pull out the key points",
            "The office shuts at 4 on Friday. Parking is free next week. The lifts are being serviced.",
        ),
    ],
)
def test_an_ask_after_the_users_situation_hands_the_text_after_it_behind_a_colon(
    request_text: str, ask: str, material: str
) -> None:
    assert with_handed_material(request_text) == f"{ask}:\n\n{material}"


@pytest.mark.parametrize(
    "request_text",
    [
        "what is 15% of 80?",
        "Please summarise this: A cat sat. A dog ran.",
        "Can you summarise this? The council met on Monday. It agreed a new budget. Parking fees will rise in May.",
        "Can you make this sound more polite? Send me the invoice by tomorrow or don't expect payment this month.",
        "Is this accurate? The Pacific is the largest ocean on Earth.",
        "Bats are blind, right?",
        "Why does this crash? def f(x): return x[10]",
        "Summarise this and work out 15% of 80: The parcel came late. The box was crushed.",
    ],
)
def test_a_request_that_opens_with_its_ask_or_has_no_pasted_text_is_sent_as_written(request_text: str) -> None:
    assert with_handed_material(request_text) == request_text


@pytest.mark.parametrize(
    ("passage", "ask"),
    [
        (
            "The Saturday market will move to the school oval next month. Stallholders should arrive by 6:30am.",
            "My mum forwarded me this, can you sum it up in a line or two?",
        ),
        (
            "The landlord will repaint the hallway in March. The intercom will be replaced next week.",
            "That's from our strata newsletter. Would you summarise it for my flatmates?",
        ),
        (
            "Our reading pilot ran for twelve weeks with 40 pupils. Reading ages rose by seven months.",
            "I have to present this tomorrow and I'm short on time, summarise please",
        ),
        (
            "The dataset has 18,000 rows of orders from 2023. About 4 percent of rows have missing postcodes.",
            "Quick summary for the stand-up?",
        ),
        (
            "Grandad's tablet has large text and the video app on the home screen. He should charge it every night.",
            "Can you make this into a short summary I can print out for him?",
        ),
        (
            "The pool closes for repairs from 1 to 14 March. Members get a week added to their membership.",
            "Give me the gist of that?",
        ),
    ],
)
def test_a_passage_quoted_first_is_the_material_of_the_ask_that_points_back_at_it(passage: str, ask: str) -> None:
    pieces = split_tasks(f'"{passage}"\n\n{ask}')
    assert len(pieces) == 1 and pieces[0].text.endswith(f":\n\n{passage}")
    assert with_handed_material(f'"{passage}"\n\n{ask}') == pieces[0].text


@pytest.mark.parametrize(
    "request_text",
    [
        '"Bats are blind and live in caves all over the world." Is that true?',
        '"The museum opens at 9." Also, what is 15% of 80?',
        '"Carpe diem" - who said it first and what is 12 times 12?',
    ],
)
def test_a_short_quote_or_one_beside_another_part_is_not_rebuilt(request_text: str) -> None:
    assert with_handed_material(request_text) == request_text
