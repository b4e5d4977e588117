"""A name only ever updated in place and one slip from a variable the function has (``totl += 1`` beside
``total = 0``) is a misspelling: the variable meant never changes, which explains "my counter always returns 0"
and "the total is always zero", and the line raises UnboundLocalError. An update-only name with nothing close is
read before it has a value. Errors said to be hidden ("keeps hiding errors", "errors get lost", "I never see the
exception") are explained by a bare or empty except. Code with none of these still declines such a symptom.
"""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio

VOWELS = (
    '```python\ndef count_vowels(text):\n    total = 0\n    for ch in text:\n        if ch in "aeiou":\n'
    "            totl += 1\n    return total\n```"
)
PRICES = (
    "```python\ndef sum_prices(items):\n    total = 0\n    for item in items:\n        totl += item.price\n"
    "    return total\n```"
)
SCORES = "```python\ndef points(rounds):\n    score = 0\n    for r in rounds:\n        scor += r\n    return score\n```"
WORDS = (
    "```python\ndef count_words(lines):\n    count = 0\n    for line in lines:\n        count += len(line.split())\n"
    "    return count\n```"
)
TALLY = "```python\ndef tally(xs):\n    for x in xs:\n        seen += 1\n    return seen\n```"
BARE = (
    "```python\ndef read_config(path):\n    try:\n        with open(path) as f:\n            return f.read()\n"
    "    except:\n        return None\n```"
)
EMPTY = (
    "```python\ndef load(path):\n    try:\n        return open(path).read()\n    except Exception:\n        pass\n```"
)
PLAIN = "```python\ndef load(path):\n    with open(path) as f:\n        return f.read()\n```"


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (f"My vowel counter always returns 0. Can you review it?\n{VOWELS}", "'totl' on line 5"),
        (f"why is my total always zero? {PRICES}", "misspelling of 'total'"),
        (f"review please {PRICES}", "misspelling of 'total'"),
        (f"this raises UnboundLocalError {PRICES}", "'totl'"),
        (f"my score keeps coming out as 0, what's wrong?\n{SCORES}", "misspelling of 'score'"),
        (f"review: {TALLY}", "'seen' is read on line 3 before anything assigns it"),
    ],
)
async def test_a_name_only_updated_in_place_is_reported(request_text, said):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert said in text


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        (f"Our config loader keeps hiding errors and I don't know why. Review please:\n{BARE}", "bare-except"),
        (f"why do errors get lost in this? {EMPTY}", "swallowed-exception"),
        (f"I never see the exception when the file is missing, why? {BARE}", "bare-except"),
        (f"this function hides failures somehow {EMPTY}", "swallowed-exception"),
    ],
)
async def test_hidden_errors_are_explained_by_the_handler_that_hides_them(request_text, rule):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert rule in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"why does my word count always return 0? {WORDS}",  # nothing misspelt: no cause found
        f"my loader keeps hiding errors, why? {PLAIN}",  # no handler to hide them
    ],
)
async def test_a_symptom_nothing_explains_is_still_declined(request_text):
    failed, text = await review_reply(request_text)
    assert failed, text
