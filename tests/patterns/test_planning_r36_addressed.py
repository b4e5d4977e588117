"""Round 36: agents spoken to by name with no verb before them, in other words, orders and names, and orders after
taking the text up; near-misses where the names are a statement's subject or a question is asked about them."""

import pytest

from patterns.addressed import addressed

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]
TEXT = "The roof is fixed. The fete is on Sunday."


@pytest.mark.parametrize(
    ("request_text", "names", "asked"),
    [
        (f"Both the summarizer and the writer, please, make this shorter for my website: {TEXT}",
         ("summarizer", "writer"), f"Make this shorter for my website: {TEXT}"),
        (f"The summarizer and the writer: make this shorter for the newsletter: {TEXT}",
         ("summarizer", "writer"), f"Make this shorter for the newsletter: {TEXT}"),
        (f"Summarizer and writer, please condense this for the website: {TEXT}",
         ("summarizer", "writer"), f"Condense this for the website: {TEXT}"),
        (f"Both the summariser and the writer please shorten this: {TEXT}",
         ("summarizer", "writer"), f"Shorten this: {TEXT}"),
        (f"The writer and the summarizer, both of you, shorten this: {TEXT}",
         ("writer", "summarizer"), f"Shorten this: {TEXT}"),
        ("Fact checker and researcher, check this: the Moon is 384,000 km away.",
         ("fact_checker", "researcher"), "Check this: the Moon is 384,000 km away."),
        (f"Have the summarizer and the writer both take this and make it shorter for the website: {TEXT}",
         ("summarizer", "writer"), f"Make it shorter for the website: {TEXT}"),
        (f"Get the summarizer and the writer to read this and trim it for the flyer: {TEXT}",
         ("summarizer", "writer"), f"Trim it for the flyer: {TEXT}"),
        (f"Let the writer and the summarizer take the text and shorten it: {TEXT}",
         ("writer", "summarizer"), f"Shorten it: {TEXT}"),
    ],
)  # fmt: skip
def test_the_agents_named_are_asked_the_order_after_their_names(
    request_text: str, names: tuple[str, ...], asked: str
) -> None:
    to = addressed(request_text, NAMES)
    assert to is not None and (to.names, to.text) == (names, asked)


@pytest.mark.parametrize(
    "request_text",
    [
        "Both the summarizer and the writer gave short answers yesterday.",
        "The summarizer and the writer are both slow today.",
        "The summarizer and the writer, which is better for a blog post?",
        "Summarizer and writer outputs look the same to me.",
        "The summarizer, please, make this shorter: The roof is fixed.",  # one agent: no fan-out
        "Calculator and researcher did well in the demo, now summarise this: The roof is fixed.",
    ],
)
def test_names_not_spoken_to_address_nobody(request_text: str) -> None:
    assert addressed(request_text, NAMES) is None
