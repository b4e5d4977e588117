"""A figure handed over with nothing said of it ("Write the product description for it: £59.99") is declined with
what to add, never written up as "It: £59.99."; a figure the request says what to do with is still written."""

from __future__ import annotations

import time

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write the product description for it:\n\n£59.99",
        "Write a product description for it: £59.99",
        "Write a listing for it: $120",
        "Write the announcement for it:\n\n15%",
        "Write a tweet about it: €45.50",
        "Write the product description for the Orbit lamp:\n\n£59.99",
        "Write a blurb for this: 3.4 kg",
    ],
)
async def test_a_bare_figure_is_no_fact_to_write_from(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "is a figure with nothing said about it" in said and "say what it is" in said


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Write a product description for it: £59.99, solid oak, handmade in Devon", "solid oak"),
        ("Write a tweet: 20% off all plants this weekend", "20% off all plants"),
        ("Write a one-line note to finance with the result:\n\n360", "360"),
    ],
)
async def test_a_figure_with_something_said_of_it_is_written(request_text: str, kept: str) -> None:
    assert kept in await drafted(request_text)


async def test_a_long_run_of_digits_and_commas_is_read_in_linear_time() -> None:
    # a run of "1," that ends in a word is no bare figure; it must be told so at once, not after trying every split
    started = time.perf_counter()
    await drafted("Write a product description for it: " + "1," * 2000 + "1 solid oak")
    assert time.perf_counter() - started < 5
