"""Round 41: the starter notes cover everyday life as well as science and history: sport and its rules, food
safety, first aid and normal body measures, music, churches and festivals, British and Irish history, roads and
railways, farm and garden, pets, the home, weather and the trades. Questions on them in everyday voices are
answered from the note that says it; questions next to them that no note answers are declined, not answered from
a neighbouring sentence."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("settle an argument for us: how many points does a try get you in rugby union?", "5 points"),
        ("What temperature should a fridge be kept at?", "5 degrees Celsius"),
        ("Quick one for the pub quiz - who wrote the music of Silent Night?", "Gruber"),
        ("on what date is St Andrew's Day", "30 November"),
        ("how many days is a sow pregnant for", "114 days"),
        ("how many days is a horse pregnant for", "340 days"),
        ("How high is a basketball hoop?", "10 feet"),
        ("Our new apprentice wants to know how many bricks go in a square metre of wall", "60 bricks"),
        ("The grandkids asked when the first Wimbledon was held", "1877"),
        ("Which year did Britain go decimal?", "1971"),
        ("how long do you pinch your nose for a nosebleed", "10 to 15 minutes"),
        ("at what temperature is it a fever", "38 degrees Celsius"),
        ("who built the Panama Canal", "United States"),
        ("what causes thunder", "caused by lightning"),
        ("how long is a nautical mile", "1,852 metres"),
        ("who won the battle of bannockburn", "Robert the Bruce"),
        ("what's the smallest bone in the body", "stirrup"),
        ("which is the longest river in the UK", "Severn"),
        ("When did the London Underground open?", "1863"),
        ("Should cats drink milk?", "lactose"),
        ("How many metres are in a nautical mile?", "1,852"),
        ("What is the smallest bone in the human body?", "stirrup"),
        ("Where did chocolate originally come from?", "Central and South America"),
        ("How many balls in an over", "six balls"),
        ("how do you work out how far away a storm is", "every three seconds"),
        ("when did the Mayflower sail", "1620"),
        ("how long can you keep leftovers in the fridge", "two days"),
    ],
)
async def test_an_everyday_question_is_answered_from_its_note(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "who invented the bicycle?",  # the note names who made a later bicycle, not who invented it
        "who built the Leaning Tower of Pisa",  # the note says why it leans, not who built it
        "How many points is a touchdown worth in American football?",
        "What temperature should a wine fridge be?",  # the food fridge's temperature is not a wine fridge's
        "When is St Valentine's Day?",  # the note gives the days of the four patron saints only
        "what is the maximum break in pool",  # snooker's maximum is not pool's
        "When did the Glasgow Subway open?",  # the note dates the London Underground
        "what is the highest mountain in Spain",
        "How long is a hockey match",  # the note times ice hockey, not the hockey a British asker means
    ],
)
async def test_a_question_beside_the_notes_is_declined(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


@pytest.mark.parametrize(
    "question",
    ["when was D-Day", "What date was D-Day?", "On what date did D-Day take place?", "what year was D-Day?"],
)
async def test_d_day_is_read_as_the_normandy_landings(tmp_path, question: str) -> None:
    assert "6 June 1944" in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    ["when was V-E Day", "When was V-J Day?", "what date is VE Day"],
)
async def test_a_day_named_by_letters_is_not_any_day_in_the_notes(tmp_path, question: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
