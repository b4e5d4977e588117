"""How requests that users write are cut into parts: material that a new part ends, ordinal and list openers,
connectives left behind, verbs with particles and parts on a condition."""

from patterns import split_material, split_tasks

NOTICE = "The pool closes on Sunday. Lessons move to Monday. Lockers must be emptied by Friday."


def parts(request: str) -> list[tuple[str, bool]]:
    return [(p.text, p.needs_previous) for p in split_tasks(request)]


def test_a_question_after_the_material_is_a_part_of_its_own_not_more_material() -> None:
    assert parts(f"Summarize this: {NOTICE} Also, what is 19 times 21?") == [
        (f"Summarize this: {NOTICE}", False),
        ("What is 19 times 21?", False),
    ]
    assert parts("Fact-check this for me: Einstein failed math. And separately, compute 144 / 12.") == [
        ("Fact-check this for me: Einstein failed math.", False),
        ("Compute 144 / 12", False),
    ]


def test_a_sentence_of_the_material_that_opens_with_then_or_also_stays_in_it() -> None:
    story = "We left at six. Then the bus broke down. Also the rain started."
    assert parts(f"Summarize this: {story}") == [(f"Summarize this: {story}", False)]


def test_a_sequenced_instruction_after_the_material_gets_the_result_not_the_material() -> None:
    assert parts(f"Summarize this: {NOTICE} Then write a tweet from the summary.") == [
        (f"Summarize this: {NOTICE}", False),
        ("Write a tweet from the summary", True),
    ]
    assert split_material(f"Summarize this: {NOTICE} Then tweet it.")[1] == ""  # the material is not the end


def test_the_text_below_belongs_to_the_instruction_that_points_at_it_not_to_the_next_part() -> None:
    request = f"Please summarize the text below, then write a tweet from the summary.\n\n{NOTICE}"
    assert parts(request) == [
        (f"Summarize the text below:\n\n{NOTICE}", False),
        ("Write a tweet from the summary", True),
    ]


def test_ordinal_openers_and_list_announcements_are_not_parts() -> None:
    assert parts("First, is it true that goldfish forget in 3 seconds? Second, what's 1,250 divided by 25?") == [
        ("Is it true that goldfish forget in 3 seconds?", False),
        ("What's 1,250 divided by 25?", False),
    ]
    assert [t for t, _ in parts("I need two things. 1. Compute 8% of 50. 2. Write a haiku about rain.")] == [
        "Compute 8% of 50",
        "Write a haiku about rain",
    ]
    assert [t for t, _ in parts("Two things please. What is 2 + 2? Is Paris in France?")] == [
        "What is 2 + 2?",
        "Is Paris in France?",
    ]


def test_a_connective_left_before_the_next_verb_is_not_part_of_the_task() -> None:
    assert parts("Research the history of the Berlin Wall and, separately, calculate 1989 minus 1961.") == [
        ("Research the history of the Berlin Wall", False),
        ("Calculate 1989 minus 1961", False),
    ]


def test_work_out_opens_an_instruction_but_work_alone_does_not() -> None:
    assert parts("Write an invitation to the team lunch, and work out $276 split 12 ways.") == [
        ("Write an invitation to the team lunch", False),
        ("Work out $276 split 12 ways", False),
    ]
    assert parts("Summarize my notes on home and work life") == [("Summarize my notes on home and work life", False)]


def test_a_part_on_the_condition_of_the_one_before_depends_on_it() -> None:
    assert parts("Is it true that the Titanic sank in 1912? If so, write a caption for a photo of the ship.") == [
        ("Is it true that the Titanic sank in 1912?", False),
        ("Write a caption for a photo of the ship", True),
    ]
