"""The writer's drafting, outline and word-count tools over MCP: it writes only from what the request gives."""

from __future__ import annotations

import re

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def draft(request: str) -> dict:
    result = await call(create_server(), "draft", request=request)
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def test_an_email_says_what_was_asked_and_never_repeats_the_instruction():
    data = await draft("Write a quick email to the crew saying the loading dock is shut until Wednesday noon")
    text = data["draft"]
    assert "The loading dock is shut until Wednesday noon." in text
    assert "Hello crew," in text and text.rstrip().endswith("[Your name]")
    assert not re.search(r"\b(?:write|saying|quick email)\b", text, re.I)
    assert data["style"] == "email" and data["facts"] == ["the loading dock is shut until Wednesday noon"]


async def test_every_given_point_appears_in_the_order_given():
    request = (
        "Put together a blog post about our allotment year:\n"
        "- peas failed in April\n- we harvested 40 kg of potatoes\n- the new shed cost £300"
    )
    text = (await draft(request))["draft"]
    points = ["Peas failed in April.", "We harvested 40 kg of potatoes.", "The new shed cost £300."]
    assert text.startswith("# Our Allotment Year")
    assert [text.index(p) for p in points] == sorted(text.index(p) for p in points)


async def test_a_description_leads_with_its_subject_and_keeps_the_facts():
    text = (await draft("Describe the community garden: it has 24 raised beds; water is free; plots cost £15 a year"))[
        "draft"
    ]
    assert text.startswith("The community garden has 24 raised beds.")
    assert "Water is free." in text and "Plots cost £15 a year." in text
    assert "Describe" not in text


@pytest.mark.parametrize(
    ("request_text", "sentence"),
    [
        (
            "Invite the choir to a rehearsal in the crypt on 9 May at 7 pm",
            "You're invited to a rehearsal in the crypt on 9 May at 7 pm.",
        ),
        ("Write Tomasz a note thanking him for lending us the projector", "Thank you for lending us the projector."),
        (
            "Email my landlord asking him to replace the smoke alarm battery by Friday",
            "Could you please replace the smoke alarm battery by Friday?",
        ),
        (
            "Write to the printers asking whether the posters can be ready by 12 June",
            "Could you let me know whether the posters can be ready by 12 June?",
        ),
        ("Remind the squad that kit must be washed before Saturday", "A reminder: kit must be washed before Saturday."),
        (
            "Let the volunteers know the food bank opens an hour late on Tuesday",
            "The food bank opens an hour late on Tuesday.",
        ),
    ],
)
async def test_an_intent_is_phrased_for_the_reader(request_text, sentence):
    assert sentence in (await draft(request_text))["draft"]


@pytest.mark.parametrize(
    ("request_text", "message"),
    [
        ("Write a blog post about working from a café.", "'working from a café' is a topic, not content"),
        ("Describe the renovated train station", "'the renovated train station' is a topic"),
        ("Draft an email to the board about the budget", "add the points the email should make after a colon"),
        ("Write a story about an owl who collects spoons", "ANTHROPIC_API_KEY"),
        ("Compose a description of our new cargo bike", "is a topic, not content"),
        ("Write something nice", "is a topic, not content"),
        ("Write a tagline", "Write what?"),
        ("Email Ravi thanking him", "Write what?"),
        ("Write a 400-word article: the bridge reopens on Monday", "won't pad it"),
        (
            "Write a 12-word email saying the quarterly review moved from the Elm Room to the Harbour Suite on 3 March",
            "won't drop any",
        ),
        ("Write a summary of this memo: the canteen closes at 2 pm on Fridays", "summarizer"),
    ],
)
async def test_a_request_with_nothing_to_write_from_is_declined(request_text, message):
    text = error_text(await call(create_server(), "draft", request=request_text))
    assert message in text and "\n" not in text.strip()


async def test_slogans_from_a_bare_subject_are_built_from_its_words_and_say_so():
    data = await draft("Come up with a slogan for a repair café that fixes toasters")
    lines = [line.removeprefix("- ") for line in data["draft"].splitlines()]
    assert len(lines) == 3 and all(re.search(r"caf[eé]|toasters", line, re.I) for line in lines)
    assert "ANTHROPIC_API_KEY" in data["note"]


@pytest.mark.parametrize("request_text", ["Write a tagline for a flower shop", "A slogan for my etsy shop"])
async def test_the_shop_a_slogan_is_for_is_its_subject_not_where_it_is_posted(request_text):
    data = await draft(request_text)
    lines = [line.removeprefix("- ") for line in data["draft"].splitlines()]
    assert data["style"] == "slogan" and lines and all(re.search(r"\bshop\b", line, re.I) for line in lines)


async def test_a_writing_request_that_reaches_a_sibling_tool_still_gets_its_text():
    server = create_server()
    request = "Tell the climbing club the wall is closed for resurfacing on Thursday"
    rewritten = (await call(server, "rewrite", request=request)).structured_content["rewritten"]
    outlined = (await call(server, "outline", request=request)).structured_content["text"]
    assert "The wall is closed for resurfacing on Thursday." in rewritten and rewritten == outlined


async def test_an_outline_has_the_sections_asked_for_and_says_when_they_are_a_generic_plan():
    data = (
        await call(create_server(), "outline", request="Outline a talk on beekeeping for beginners in three parts")
    ).structured_content
    assert data["title"] == "Beekeeping for Beginners"
    assert data["headings"][0] == "Introduction" and data["headings"][-1] == "Conclusion" and len(data["headings"]) == 5
    assert "generic plan" in data["note"]


async def test_given_points_become_the_outline_sections():
    request = "Plan the structure of an essay on city trees: shade; flooding; cost of upkeep"
    data = (await call(create_server(), "outline", request=request)).structured_content
    assert data["headings"] == ["Introduction", "Shade", "Flooding", "Cost of Upkeep", "Conclusion"]
    assert data["note"] is None


async def test_word_count_counts_the_material_not_the_instruction():
    result = await call(
        create_server(), "word_count", request="How many words are in this: One two three. Four five!\n\nSix seven."
    )
    data = result.structured_content
    assert (data["words"], data["sentences"], data["paragraphs"]) == (7, 3, 2)


async def test_word_count_declines_a_writing_request():
    message = error_text(
        await call(create_server(), "word_count", request="Make this friendlier: Report to my office.")
    )
    assert "not a count" in message


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("draft", {"request": "  "}, "request is empty"),
        ("draft", {"request": 42}, "valid string"),
        ("draft", {"request": "Write an email saying: " + "x " * 15_000}, "request is too long"),
        ("rewrite", {"text": "Hi"}, "request"),
        ("word_count", {"request": "a" * 300_000}, "request is too long"),
    ],
)
async def test_bad_input_is_a_tool_error(tool, arguments, message):
    assert message in error_text(await call(create_server(), tool, **arguments))


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a haiku about the result:\n\n9",
        "Compose a limerick about my cat Biscuit: she sleeps all day; she hates Mondays",
        "Give me a short poem for my mum's birthday: she turns 60; she loves roses",
        "Write a funny joke about databases: they never forget; they hate nulls",
    ],
)
async def test_a_verse_or_a_joke_is_declined_not_faked_as_prose(request_text: str):
    result = await call(create_server(), "draft", request=request_text)
    assert result.is_error
    assert "ANTHROPIC_API_KEY" in error_text(result) and "Offline I compose prose" in error_text(result)


async def test_a_story_or_a_song_title_in_the_facts_is_still_composed():
    data = await draft("Write a short email to the choir saying the song sheets are in the vestry")
    assert "song sheets are in the vestry" in data["draft"]


async def test_an_earlier_agents_rendered_answer_gives_its_facts_not_its_field_lines():
    points = "points:\n  - The office shuts at noon.\n  - Return badges by Thursday."
    handed_on = f"Write an email to the team with them:\n\n{points}"
    text = (await draft(handed_on))["draft"]
    assert "The office shuts at noon." in text and "Return badges by Thursday." in text
    assert "points" not in text.lower()
    result = "Write a one-line note to finance with the result:\n\n360\nresult: 360\nproblem: arithmetic\nsteps:\n  - x"
    text = (await draft(result))["draft"]
    assert "360" in text and not re.search(r"problem|arithmetic|steps", text, re.I)


@pytest.mark.parametrize(
    "request_text",
    [
        "Book me a table for two at an Italian restaurant tonight.",
        "Play some relaxing music.",
        'Translate "hi" to Thai',
    ],
)
async def test_word_count_does_not_count_a_request_that_asks_for_no_count(request_text: str):
    result = await call(create_server(), "word_count", request=request_text)
    assert result.is_error and "can't match that to a writing job offline" in error_text(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Remind me to call mom at 6pm.",
        "Book me a table for two tonight",
        "Set me a reminder on my phone for the dentist on the 3rd at 9 in the morning.",
    ],
)
async def test_an_errand_is_declined_not_written_up_as_an_email(request_text: str):
    result = await call(create_server(), "draft", request=request_text)
    assert result.is_error and "not to write a text" in error_text(result)


async def test_an_errand_handed_to_the_judge_is_declined_as_an_errand():
    result = await call(create_server(), "judge", request="Set me a reminder for the vet on Tuesday at 10.")
    text = error_text(result)
    assert result.is_error and "That asks me to do something for you" in text and "no draft to judge" not in text


async def test_the_words_that_name_the_handed_on_material_are_not_written_as_content():
    text = (await draft("Write a tweet from the summary:\n\nThe library opens at 8 am in December."))["draft"]
    assert "The library opens at 8 am in December." in text and "summary" not in text.lower()


async def test_details_a_person_lists_as_labels_are_kept():
    text = (await draft("Write an email to the team with these details:\ndate: Friday\ntime: 3 pm\nplace: room 4"))[
        "draft"
    ]
    assert "Friday" in text and "3 pm" in text and "room 4" in text


@pytest.mark.parametrize(
    "request_text",
    ["How long does it take to read this: one two three four", "Reading time for this: one two three four"],
)
async def test_a_reading_time_question_is_a_count(request_text: str):
    result = await call(create_server(), "word_count", request=request_text)
    assert not result.is_error and result.structured_content["words"] == 4


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a product description for a steel water bottle that keeps drinks cold for 24 hours and weighs "
            "350 grams.",
            "This steel water bottle keeps drinks cold for 24 hours and weighs 350 grams.",
        ),
        (
            "describe our new cafe, which opens on Monday and serves vegan breakfast",
            "Our new cafe opens on Monday and serves",
        ),
        ("Describe a desk lamp that has three brightness levels", "This desk lamp has three brightness levels."),
    ],
)
async def test_a_topic_that_states_its_own_facts_is_written_from_them(request_text: str, said: str):
    data = await draft(request_text)
    assert said in data["draft"]
    assert not re.search(r"\b(?:write|describe|product description for)\b", data["draft"], re.I)


async def test_a_topic_whose_clause_states_nothing_about_it_is_still_declined():
    said = error_text(await call(create_server(), "draft", request="write a story about a dog that my neighbour found"))
    assert "is a topic, not content" in said
