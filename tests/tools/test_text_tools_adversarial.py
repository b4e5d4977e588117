"""Hostile inputs to the writer and summarizer finish fast: refused when too big, linear when accepted.

Each case times a tool three times on a text near its size limit, so the family takes a minute and a half: it runs
apart from the default suite (``pytest -m pathological tests``), as CI runs it."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time

from servers.tools.summarizer import create_server as summarizer
from servers.tools.writer import create_server as writer
from servers.tools.writer.requests import tidy_spacing

pytestmark = [pytest.mark.anyio, pytest.mark.pathological]

MEGABYTE = "Dr. SEND IT NOW!!! you always, " * 35_000  # a little over 1 MB of abbreviations, shouting and blame
# Near each tool's limit: runs that make careless regular expressions backtrack quadratically.
WRITER_BODIES = [
    "!" * 19_000,
    "\n" * 19_000,
    "send it, " * 2_100,
    "Dr. " * 4_700,
    "a" + " " * 19_000 + "b",
    "'" * 19_000,
]
# Inside the instruction itself, where the writer's reading patterns look for phrases around spaces.
INSTRUCTION_BODIES = [" " * 19_000, " \n" * 9_000, "\t" * 19_000, "a  " * 6_000]
SUMMARY_BODIES = ["\n" * 99_000, "Dr. " * 24_000, "!" * 99_000, " \n" * 49_000, "aaa bbb ccc\n" * 8_000]


async def timed(server, tool: str, **arguments) -> tuple[float, bool]:
    """The least CPU time of three calls (the work done, not a moment when the machine was busy), and whether the
    call was refused."""
    best, refused = float("inf"), False
    for _ in range(3):
        with cpu_time() as spent:
            result = await call(server, tool, **arguments)
        best, refused = min(best, spent.seconds), result.is_error
    return best, refused


@pytest.mark.parametrize("tool", ["draft", "rewrite", "revise", "judge", "outline", "word_count"])
async def test_a_megabyte_request_to_the_writer_is_refused_within_a_second(tool):
    elapsed, refused = await timed(writer(), tool, request=MEGABYTE)
    assert refused and elapsed < 1.0


@pytest.mark.parametrize("tool", ["summarize", "key_points", "keywords"])
async def test_a_megabyte_text_to_the_summarizer_is_refused_within_a_second(tool):
    elapsed, refused = await timed(summarizer(), tool, text=MEGABYTE)
    assert refused and elapsed < 1.0


@pytest.mark.parametrize(
    "body", WRITER_BODIES, ids=["bangs", "newlines", "commas", "abbreviations", "spaces", "quotes"]
)
@pytest.mark.parametrize(
    "lead",
    ["Make this polite: ", "Write an email saying: ", "Judge this draft.\n\nTask: Write a note saying hi\n\nDraft:\n"],
)
async def test_pathological_text_within_the_writers_limit_is_handled_within_a_second(lead, body):
    tool = "judge" if lead.startswith("Judge") else "draft"
    elapsed, _ = await timed(writer(), tool, request=lead + body)
    assert elapsed < 1.0


@pytest.mark.parametrize("body", INSTRUCTION_BODIES, ids=["spaces", "space-newlines", "tabs", "double-spaces"])
@pytest.mark.parametrize("tool", ["draft", "rewrite", "word_count"])
async def test_pathological_text_inside_an_instruction_is_handled_within_a_second(tool, body):
    elapsed, _ = await timed(writer(), tool, request="Write an email" + body + "x with the subject y mentioning it")
    assert elapsed < 1.0


def test_long_runs_of_whitespace_keep_their_line_and_paragraph_breaks_and_a_short_indent():
    assert tidy_spacing("Write an email" + " " * 5_000 + "to Sam") == "Write an email to Sam"
    assert tidy_spacing("Notes:\n\n\n\n- milk\n" + " " * 40 + "- eggs") == "Notes:\n\n- milk\n" + " " * 8 + "- eggs"
    assert tidy_spacing("Hi  there,\n  - one") == "Hi  there,\n  - one"  # short runs are left as written


@pytest.mark.parametrize("body", SUMMARY_BODIES, ids=["newlines", "abbreviations", "bangs", "blank-lines", "no-stops"])
@pytest.mark.parametrize("tool", ["summarize", "keywords"])
async def test_pathological_text_within_the_summarizers_limit_is_handled_within_a_second(tool, body):
    elapsed, _ = await timed(summarizer(), tool, text=body)
    assert elapsed < 1.0
