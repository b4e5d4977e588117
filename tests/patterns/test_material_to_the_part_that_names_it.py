"""The material at the end of a two-part sentence goes to the part that names it ("Check my code for bugs and tell
me what the weather's doing tomorrow ```<code>```", "Summarise the club newsletter and also work out 15% of the £80
fee: "<newsletter>""), when the other part neither points at it nor names a text: each part gets only its own
text. A last part that points at the material ("... and explain what it does") or names a text of its own ("...
and write a poem about autumn: <notes>") keeps it as before."""

import pytest

from patterns import split_tasks

CODE = "```python\nimport random\n\ndef roll():\n    return 6\n```"
NEWSLETTER = (
    '"The honey show will be held on 14 September at the village hall. Entries must be labelled with your member '
    'number only. Judging starts at 10am."'
)

TO_THE_NAMER = [
    (f"Check my code for bugs and tell me what the weather's doing in Leeds tomorrow.\n{CODE}", "code"),
    (f"Review my script and also tell me who won the 1966 World Cup\n{CODE}", "script"),
    (f"look over this function of mine and tell me the capital of Peru\n{CODE}", "function"),
    (f"Summarise the club newsletter and also work out 15% of the £80 membership fee: {NEWSLETTER}", "newsletter"),
    (f"Sum up the minutes and also convert 5 miles to km: {NEWSLETTER}", "minutes"),
    (f"Give me the key points of the report and tell me what 12 times 14 is: {NEWSLETTER}", "report"),
]


@pytest.mark.parametrize(("request_text", "noun"), TO_THE_NAMER)
def test_the_part_that_names_the_material_gets_it_alone(request_text: str, noun: str) -> None:
    first, second = split_tasks(request_text)
    assert noun in first.text.lower()
    marker = "def roll" if "def roll" in request_text else "honey show"
    assert marker in first.text and marker not in second.text


@pytest.mark.parametrize(
    ("request_text", "keeps"),
    [
        (f"Check my code and explain what it does\n{CODE}", "def roll"),  # points at the material
        (f"Summarise the notes and write a poem about autumn: {NEWSLETTER}", "honey show"),  # a text of its own
        (f"Book the hall and write an email to the members: {NEWSLETTER}", "honey show"),  # no text named first
    ],
)
def test_a_last_part_that_points_at_it_or_names_a_text_keeps_it(request_text: str, keeps: str) -> None:
    pieces = split_tasks(request_text)
    assert keeps in pieces[-1].text
