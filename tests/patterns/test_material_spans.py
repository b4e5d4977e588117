"""Where a request's material is: the scan jumps from one character it acts on to the next, with the same spans."""

import subprocess
import sys
from pathlib import Path

import pytest

from patterns.material import material_spans, split_material

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("What is 17% of 2,340?", []),
        ("What's 15% of £84.50 tip on the bill", []),
        ("Summarize this: The venue holds 350. The PA is rented.", [(15, 54)]),
        ('Rephrase "we told you twice" politely', [(9, 28)]),
        ("Can you rephrase this politely? 'We told you twice. Stop emailing us.'", [(32, 70)]),
        ("Translate 'good morning, how are you' into Polish", [(10, 37)]),
        ("Review this:\n```py\nx = 1\n```", [(13, 28)]),
        ("What does `len(x)` return?", [(10, 18)]),
        ("Three things: add 2 and 3, then sum it up", []),
    ],
)
def test_material_is_found_where_the_request_hands_it_over(text: str, spans: list[tuple[int, int]]) -> None:
    assert material_spans(text) == spans


def test_a_plain_question_has_no_material_and_keeps_its_words() -> None:
    assert split_material("Could you convert 5 miles to km please") == ("Could you convert 5 miles to km please", "")


def test_material_after_the_scan_limit_is_kept_whole() -> None:
    text = "a" * 30_000 + ": the rest"
    assert material_spans(text) == [(20_000, 30_010)]


def test_the_scan_stays_linear_on_hostile_text() -> None:
    probe = (
        "import time\n"
        "from patterns.material import material_spans\n"
        "started = time.perf_counter()\n"
        "for text in ('1 ' * 50_000, 'a' * 100_000, ' ' * 100_000, ': ' * 50_000, \"'A\" * 50_000, '\"' * 100_000):\n"
        "    material_spans(text)\n"
        "print(time.perf_counter() - started)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 2.0
