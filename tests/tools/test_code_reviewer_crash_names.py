"""A crash asked about in code that reads a name it never defines or imports ("return pi * r ** 2" with no import)
is answered with that name: a NameError is a crash. A wrong result is not explained by it, and code that imports
the name has nothing to report."""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Why might this crash?\n```python\ndef area(r):\n    return pi * r ** 2\n```", "pi"),
        ("This throws an error, why?\n```python\ndef total(items):\n    return sum(items) * tax_rate\n```", "tax_rate"),
        ("why does this blow up?\n```python\ndef greet(name):\n    print(greeting + name)\n```", "greeting"),
        (
            "My script crashes when I call it:\n```python\ndef circumference(d):\n    return d * PI\n```",
            "PI",
        ),
        ("Why does this raise an exception?\n```python\ndef mean(xs):\n    return total(xs) / len(xs)\n```", "total"),
    ],
)
async def test_a_crash_is_explained_by_a_name_the_code_never_defines(request_text, name):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert f"'{name}' is not defined" in text
    assert "NameError" in text


@pytest.mark.parametrize(
    "request_text",
    [
        # the name is imported: nothing is undefined, so nothing explains the crash
        "Why might this crash?\n```python\nfrom math import pi\n\ndef area(r):\n    return pi * r ** 2\n```",
        "Why does this crash?\n```python\nimport math\n\ndef area(r):\n    return math.pi * r ** 2\n```",
        # a wrong result is not what an unknown name causes
        "Why is the total wrong?\n```python\ndef total(items):\n    return sum(items) * tax_rate\n```",
    ],
)
async def test_no_undefined_name_is_offered_for_a_crash_it_cannot_explain(request_text):
    failed, text = await review_reply(request_text)
    assert failed, text
    assert "found no bug" in text
