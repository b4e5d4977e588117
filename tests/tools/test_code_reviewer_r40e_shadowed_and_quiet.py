"""Round 40: a branch an earlier test already takes every value of (thresholds tested in the wrong order) is a
bug the reviewer finds, and a symptom told in everyday words — "never says danger", "quietly gives an empty list
instead of telling me" — is answered by the finding that explains it. Tests in the right order, ranges that do
not nest and tests of other values find nothing."""

from __future__ import annotations

import pytest
from conftest import review_reply, reviewed

from servers.tools.code_reviewer.analysis import analyse

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

SHADOWED = [
    "def grade(score):\n    if score >= 50:\n        return 'pass'\n    elif score >= 70:\n        return 'merit'\n"
    "    return 'fail'\n",
    "def speed(kmh):\n    if kmh > 30:\n        return 'fast'\n    if kmh > 60:\n        return 'too fast'\n"
    "    return 'ok'\n",
    "def level(self):\n    if self.water < 20:\n        return 'low'\n"
    "    elif self.water < 5:\n        return 'empty'\n    return 'fine'\n",
    "def band(t):\n    if t > 0:\n        return 'warm'\n"
    "    elif 10 < t < 20:\n        return 'mild'\n    return 'cold'\n",
    "def size(n):\n    if n >= 3:\n        return 'big'\n    elif n == 4:\n        return 'four'\n    return 'small'\n",
]
CLEAR = [
    "def grade(score):\n    if score >= 70:\n        return 'merit'\n    elif score >= 50:\n        return 'pass'\n"
    "    return 'fail'\n",
    "def speed(kmh):\n    if kmh > 30:\n        print('fast')\n    if kmh > 60:\n        print('too fast')\n",
    "def band(t):\n    if t > 0:\n        return 'warm'\n"
    "    elif t > -10:\n        return 'chilly'\n    return 'cold'\n",
    "def size(n):\n    if n > 3:\n        return 'big'\n    elif n >= 3:\n        return 'three'\n    return 'small'\n",
    "def pick(a, b):\n    if a > 3:\n        return 1\n    elif b > 5:\n        return 2\n    return 3\n",
    "def pick(a):\n    if a > 3 and a < 9:\n        return 1\n    elif a > 5:\n        return 2\n    return 3\n",
    "def pick(a):\n    while a > 3:\n        if a > 9:\n            a -= 5\n            continue\n        a -= 1\n"
    "    return a\n",
]


@pytest.mark.parametrize("code", SHADOWED)
def test_a_branch_an_earlier_test_covers_is_found(code: str) -> None:
    assert "shadowed-branch" in {f.rule for f in analyse(code).findings}


@pytest.mark.parametrize("code", CLEAR)
def test_tests_in_the_right_order_or_of_other_values_are_not_reported(code: str) -> None:
    assert "shadowed-branch" not in {f.rule for f in analyse(code).findings}


ALARM = (
    "```python\ndef alarm(level):\n    if level > 5:\n        return 'warning'\n    elif level > 8:\n"
    "        return 'evacuate'\n    return 'ok'\n```"
)


@pytest.mark.parametrize(
    "ask",
    [
        "the flood alarm never says evacuate even when the river is right up, can you see why",
        "Why does my alarm function never return 'evacuate'?",
        "it always says warning, never evacuate, what have I done wrong",
        "My alarm is meant to print danger past level 8 but it never shows danger. Help?",
    ],
)
async def test_a_branch_that_never_runs_explains_an_output_never_seen(ask: str) -> None:
    assert "shadowed-branch" in await reviewed(f"{ask}\n{ALARM}")


LOADER = (
    "```python\nimport json\n\ndef load(path):\n    try:\n        with open(path) as f:\n"
    "            return json.load(f)\n    except:\n        return []\n```"
)


@pytest.mark.parametrize(
    "ask",
    [
        "why does this quietly hand me an empty list when the file is broken?",
        "it gives back [] instead of telling me the file's corrupt, why",
        "When the orders file is mangled this carries on without an error. what's wrong?",
        "how come it doesn't warn me when the json is bad",
    ],
)
async def test_a_failure_kept_quiet_is_explained_by_the_catch_all(ask: str) -> None:
    assert "bare-except" in await reviewed(f"{ask}\n{LOADER}")


async def test_a_quiet_failure_with_no_catch_all_still_declines() -> None:
    code = "```python\ndef load(path):\n    with open(path) as f:\n        return f.read().split()\n```"
    declined, _ = await review_reply(f"why does this quietly give me an empty list when the file is empty?\n{code}")
    assert declined


async def test_danger_asked_about_the_code_is_still_a_security_question() -> None:
    code = "```python\nimport os\n\ndef run(name):\n    os.system('ls ' + name)\n```"
    assert "shell-injection" in await reviewed(f"is this code dangerous?\n{code}")


FETCH = (
    "```python\nimport urllib.request\n\ndef fetch(url):\n    try:\n        return urllib.request.urlopen(url, "
    "timeout=5).read()\n    except Exception:\n        return {empty}\n```"
)


@pytest.mark.parametrize("empty", ["None", "[]", "{}", "''", "0", "list()"])
async def test_a_broad_handler_that_hands_back_an_empty_value_explains_a_quiet_failure(empty: str) -> None:
    answer = await reviewed(
        "why does fetch quietly give me nothing when the network is down?\n" + FETCH.format(empty=empty)
    )
    assert "swallowed-exception" in answer


@pytest.mark.parametrize(
    "handler",
    [
        "    except ValueError:\n        return None",  # a narrow handler: an expected failure, handled
        "    except Exception:\n        return fallback(url)",  # something other than an empty value
        "    except Exception:\n        log(url)\n        return None",  # told somewhere
    ],
)
def test_a_narrow_or_a_telling_handler_is_not_reported(handler: str) -> None:
    code = f"def fetch(url):\n    try:\n        return get(url)\n{handler}\n"
    assert "swallowed-exception" not in {f.rule for f in analyse(code).findings}
