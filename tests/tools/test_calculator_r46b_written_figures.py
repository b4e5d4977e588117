"""Figures written as much of the world writes them — a decimal comma, dot, space or apostrophe thousands — read
as the number meant, with currencies named after the figure; and near-misses where the convention is left open
(declined with the reason), a figure stays apart or a rounding step the reading leaves out is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Send the parcel: 32 kg, the courier takes 145 TL per kg plus a fixed 1.200 TL insurance. Total?", 5840),
        ("Courier charges 145 TL a kilo and 1.200 TL insurance on top, parcel is 32 kg. What do I pay in total?", 5840),
        ("Diesel is 6,29 zł per litre, I filled 385 litres. How much I pay?", 2421.65),
        ("Filled 385 litres of diesel at 6,29 zł a litre - what's the bill?", 2421.65),
        ("Receipt says 1250 kr incl. 25% VAT. How much of that is VAT?", 250),
        ("Flour went from 2,40 zł/kg to 2,76 zł/kg in one year. How many percent more expensive is it?", 15),
        ("Bill is 3 480 Kč, I leave a 10% tip. How much I pay?", 3828),
        ("Bill is CHF 3'480, I leave a 10% tip. How much do I pay?", 3828),
        ("The bill came to Rp 1.250.000 and I add a 10% tip. What do I pay?", 1375000),
    ],
)
async def test_a_figure_written_in_another_convention_is_read_as_meant(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Rp 1.250.000", 1250000),
        ("48.000 TL", 48000),
        ("14.400 kr. per bike", 14400),
        ("1.250,50 €", 1250.5),
        ("CHF 12'000", 12000),
        ("62 000 fish", 62000),
        ("kr 12 500", 12500),
        ("3 480 Kč", 3480),
        ("4,50 zł", 4.5),
        ("5,5 hours", 5.5),
        ("1\u202f850 kg", 1850),
        ("1 840 m³ of spruce logs", 1840),  # a measure of stuff: one amount, never one 840 m³ thing
        ("3 250 g of flour", 3250),
        # a currency named after the figure, the clause ending or going on with a word that prices nothing
        ("Print job is 2 400 birr and I must add VAT", 2400),
        ("It came to 6 800 birr.", 6800),
    ],
)
def test_the_tokenizer_reads_the_figure_as_one_number(written: str, value: float):
    from servers.tools.calculator.tokens import tokenize

    numbers = [t.value for t in tokenize(written) if t.kind == "number"]
    assert numbers == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("3 250 g packs", [3, 250]),  # three packs of 250 g: nothing settles a space as thousands
        ("2 100 g bars at 3,50 zł each", [2, 100, 3.5]),  # a decimal comma alone does not settle a space
        ("Used 1 850 kg yesterday, 2 040 kg today", [1850, 2040]),  # a group with a nought settles the other
        ("pi is 3.142 and e is 2.718", [3.142, 2.718]),  # a measure with three decimals stays a decimal
        ("power costs 0,142 zł and tax is 8.875%", [0.142, 8.875]),  # nothing before the point; a percentage
        ("gas is $3.459 a gallon", [3.459]),  # a price to a tenth of a cent
        ("the mean of 3,5,7", [3, 5, 7]),  # a list written tight
        ("it costs $4.50 and 1,250 people came", [4.5, 1250]),  # English throughout
        ("I bought 2 400 birr tickets", [2, 400]),  # before a noun: maybe two tickets at 400 birr
    ],
)
def test_a_figure_nothing_settles_is_read_as_before(written: str, values: list[float]):
    from servers.tools.calculator.tokens import tokenize

    assert [float(t.value) for t in tokenize(written) if t.kind == "number"] == pytest.approx(values)


@pytest.mark.parametrize(
    "request_text",
    [
        "Supplier sends the wine at $8.400 per bottle, I add 19% tax. What is each bottle with tax?",  # 8.4 or 8,400
        "Sales went from 1,250 to 2,5 thousand. Change in %?",  # a decimal comma beside a comma before three digits
        "Ticket was 1.250 and rose 10%, sold 3,5 of them at 4.50 each. Total?",  # dots both ways
        "Bill is 3 480 Kč, I want to leave 10% tip and then round up to the next hundred. How much I pay?",
        "Bill is $3,480, add a 10% tip and round it up to the nearest hundred. What do I pay?",
        "The run is 2.500 km. How many miles is that?",  # 2.5 km or 2,500 km: nothing says which
        "A bottle is $5.490 and I buy 12. Total?",  # a price with three decimals, the last a nought
        "I bought 2 400 tickets. Total?",  # 2,400 tickets, or 2 and 400: never their sum, 402
    ],
)
async def test_an_open_convention_or_a_rounding_step_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Invoice to the hotel is Rp 15.540.000 including 11% VAT. How much is the VAT?", 1540000),
        ("Invoice is IDR 15540000 including 11% VAT. How much of it is VAT?", 1540000),
        ("18 pastries at NOK 45 each. Total?", 810),
        ("Quote was LE 1,450 plus 14% VAT. What is the total?", 1653),
    ],
)
async def test_a_currency_code_before_the_figure_is_read_as_money(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("written", "kinds"),
    [
        ("le 14 juillet", ["word", "number", "word"]),  # a word that is a currency only in capitals
        ("4500 NOK 12", ["number", "word", "number"]),  # the code closes the amount before it
        ("dollars 40", ["word", "number"]),  # a currency's name in a sentence, not a code
    ],
)
def test_a_word_that_only_may_be_a_currency_stays_a_word(written: str, kinds: list[str]):
    from servers.tools.calculator.tokens import tokenize

    assert [t.kind for t in tokenize(written)][:-1] == kinds
