"""The solver's readers try a request in turn and mostly tokenize it and read its givens afresh: both readings are
done once and handed to each reader as a list of its own, so one reader changing its list (as ``strip_question``
cuts the endings off in place) changes nothing for the next."""

from __future__ import annotations

import pytest

from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.kept_readings import read_once
from servers.tools.calculator.question_frame import strip_question
from servers.tools.calculator.solver import solve_request
from servers.tools.calculator.tokens import tokenize
from servers.tools.inputs import ToolInputError

WORD_PROBLEM = "Sold 30 bunches of tulips at £6.50 and 12 pots of basil at £3.20 on Sunday. Total takings?"


def test_a_reading_is_done_once_per_content_and_each_caller_gets_its_own_list() -> None:
    done: list[tuple[list[int], int]] = []

    @read_once
    def doubled(values: list[int], start: int, *, bad: bool = False) -> list[int]:
        done.append((list(values), start))
        if bad:
            raise ToolInputError("not readable")
        return [2 * v for v in values[start:]]

    values = [1, 2, 3]
    first = doubled(values, 0)
    first.append(99)  # the caller's own list
    assert doubled([1, 2, 3], 0) == [2, 4, 6]  # same content, another list: kept
    assert doubled(values, 1) == [4, 6]
    values[0] = 5  # changed in place: read afresh
    assert doubled(values, 0) == [10, 4, 6]
    assert done == [([1, 2, 3], 0), ([1, 2, 3], 1), ([5, 2, 3], 0)]
    for _ in range(2):  # a reading that fails is not kept: it fails again, read again
        with pytest.raises(ToolInputError):
            doubled(values, 0, bad=True)
    assert len(done) == 5


def test_each_reader_gets_tokens_of_its_own() -> None:
    first = tokenize("What is 17% of 2,340, please?")
    assert strip_question(first) == 2  # and cuts ', please?' off this list in place
    second = tokenize("What is 17% of 2,340, please?")
    assert len(second) > len(first)
    assert [t.text for t in second[-4:]] == [",", "please", "?", ""]


def test_givens_are_read_from_the_tokens_as_they_are_now() -> None:
    tokens = tokenize("3 pens at £2 each and 4 pads at £1.50 each")
    read = read_givens(tokens, 0)
    assert [g.quantity.value for g in read] == [3, 2, 4, 1.5]
    read.clear()
    assert len(read_givens(tokens, 0)) == 4
    cut = tokens[:5] + tokens[-1:]  # '3 pens at £2 each' and the end
    assert [g.quantity.value for g in read_givens(cut, 0)] == [3, 2]


def test_a_word_problem_reads_the_same_every_time() -> None:
    answers = {solve_request(WORD_PROBLEM).answer for _ in range(3)}
    assert len(answers) == 1
    assert "233.40" in answers.pop().replace(",", "")
