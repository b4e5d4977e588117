"""A request that sets off many re-readings is declined after a bounded number of them, not after trying every
combination (which took over a minute for the request below)."""

from __future__ import annotations

import pytest

from servers.tools.calculator import solver
from servers.tools.inputs import ToolInputError

# Nearly every re-reading finds something to set aside here, and each shorter reading sets off the others again.
TANGLED = (
    "Homework check: In 2019 the P2 tickets - 35, 52, 18 in 2023 and 2024 came to £4,000 each week now, plus VAT at "
    "20% including VAT, a 10-class pass, sold 14 prints at €180 each, what percentage below asking in hours and "
    "minutes?"
)


def test_a_tangled_request_is_declined_within_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    readings: list[str] = []
    refused: list[str] = []
    read = solver._solve  # pyright: ignore[reportPrivateUsage]

    def counted(request: str, *, chained: bool) -> solver.Solution:
        try:
            solution = read(request, chained=chained)
        except ToolInputError as error:
            (refused if "too many ways" in str(error) else readings).append(request)
            raise
        readings.append(request)
        return solution

    monkeypatch.setattr(solver, "_solve", counted)
    with pytest.raises(ToolInputError):
        solver.solve_request(TANGLED)
    assert len(readings) == solver.READINGS  # read again up to the bound and no further
    assert refused  # the readings past the bound were refused at once


def test_an_ordinary_request_is_answered_well_within_the_bound() -> None:
    assert solver.solve_request("Rent is £1,150 a month and there are three of us sharing equally. How much each?")
    assert solver.solve_request("What is 17% of 2,340?").result == pytest.approx(397.8)


def test_a_long_request_of_idle_sentences_is_read_in_full_only_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    read_chars: list[int] = []
    read = solver._solve  # pyright: ignore[reportPrivateUsage]

    def counted(request: str, *, chained: bool) -> solver.Solution:
        try:
            return read(request, chained=chained)
        except ToolInputError as error:
            if "too many ways" not in str(error):  # refused past the bound: nothing of it was read
                read_chars.append(len(request))
            raise

    monkeypatch.setattr(solver, "_solve", counted)
    with pytest.raises(ToolInputError):
        solver.solve_request("Busy one today. " * 200 + "What is 5 + 5?")  # each re-reading sets one sentence aside
    assert sum(read_chars) <= solver.READ_CHARS
    assert len(read_chars) < 10
