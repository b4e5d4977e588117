"""Agents spoken to by name with no verb before them ("Both the summarizer and the writer, please, ...") are asked
the order after their names, and taking the text up ("take this and ...") is no part of that order."""

from patterns.addressed import addressed

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]


def test_agents_spoken_to_by_name_are_asked_the_order_after_it() -> None:
    to = addressed("Both the summarizer and the writer, please, make this shorter: The roof is fixed.", NAMES)
    assert to is not None and to.names == ("summarizer", "writer")
    assert to.text == "Make this shorter: The roof is fixed."


def test_taking_the_text_up_is_no_part_of_the_order() -> None:
    to = addressed("Have the summarizer and the writer both take this and make it shorter: The roof is fixed.", NAMES)
    assert to is not None and to.text == "Make it shorter: The roof is fixed."


def test_agents_named_as_the_subject_of_a_statement_are_not_spoken_to() -> None:
    assert addressed("Both the summarizer and the writer gave short answers yesterday.", NAMES) is None
