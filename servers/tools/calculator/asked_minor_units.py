"""An answer asked for in a currency's hundredths: 'A bag of 10 apples costs £2.50. Price per apple in pence?' is
25p, not £0.25.

Every reader works in the currency's main unit; the question's own words decide the unit of the answer. When it asks
'in pence', 'in p', 'how many pence', 'in cents' or 'in euro cents', an answer that is one amount of money in a
currency with those hundredths (pence of pounds; cents of dollars or euros) is shown in them, the working saying
'× 100'. Anything else — an answer in another currency ('in pence' of dollars), one that is not money, several
values, or a question that also asks the main unit — is declined: an answer in a unit other than the one asked is an
answer to another question.
"""

from __future__ import annotations

import re
from dataclasses import replace

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

# 'in pence', 'into cents', 'in euro cents', 'in p?' (a lone 'p' only at a clause's end), 'how many pence'
_ASKED = re.compile(
    r"\b(?:in(?:to)?|how many)\s+(?:(euro|us)\s+)?(pence|pennies|penny|cents|cent|p(?=\s*(?:[?.!,;:)]|$)))\b"
)
_MAIN_ASKED = re.compile(r"\bin\s+(pounds|sterling|dollars|euros|£|\$|€)(?=\W|$)")
_SUBUNIT = {"pence": "pence", "pennies": "pence", "penny": "pence", "p": "pence", "cents": "cents", "cent": "cents"}
_WHOSE = {"pence": frozenset({"GBP"}), "cents": frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD"})}


def minor_unit_asked(text: str) -> str | None:
    """'pence' or 'cents' when the question asks its answer in a currency's hundredths, 'euro cents' for those;
    None when it asks neither."""
    found = {(euro or "", _SUBUNIT[word]) for euro, word in _ASKED.findall(text[-600:].lower())}
    if not found:
        return None
    if len({unit for _, unit in found}) > 1:
        raise ToolInputError("the question asks for the answer in both pence and cents; ask for one of them")
    prefix, unit = sorted(found)[-1]
    return f"{prefix} {unit}" if prefix == "euro" else unit


def in_minor_unit(text: str, solution: Solution, asked: str) -> Solution:
    """``solution`` shown in the hundredths ``asked`` ('pence', 'cents', 'euro cents'), or a ToolInputError saying
    why it cannot be."""
    unit = asked.removeprefix("euro ")
    if solution.unit is not None and solution.unit.split(" per ")[0] in _WHOSE:
        return solution  # a reader that already answers in hundredths ('34.69p per loaf')
    main = _MAIN_ASKED.search(text[-600:].lower())
    if main:
        raise ToolInputError(f"the question asks for the answer in {main.group(1)} and in {unit}; ask for one of them")
    code, _, per = (solution.unit or "").partition(" per ")
    whose = frozenset({"EUR"}) if asked == "euro cents" else _WHOSE[unit]
    if solution.result is None or len(solution.values) > 1 or code not in whose:
        got = "" if not _is_currency(code) else f", and what is given makes it in {currency(code).name}"
        raise ToolInputError(f"the question asks for the answer in {asked}{got}; ask for it in the amount's own units")
    measure = currency(code)
    before = show(Quantity(solution.result, measure))
    if not solution.answer.startswith(before):
        raise ToolInputError(f"the question asks for the answer in {asked}; ask for it on its own")
    suffix = solution.answer[len(before) :]
    value = numbers.checked(solution.result * 100)
    rounded = numbers.round_half_up(value, 2)
    figure = numbers.format_number(rounded)
    shown = f"{figure}p" if unit == "pence" else f"{figure} {'cent' if rounded == 1 else 'cents'}"
    exact = None if rounded == value else numbers.format_number(value)
    notes = [note for note in solution.notes if "rounded to the cent" not in note]
    if exact is not None:
        notes.append(f"the amount is shown rounded to two places; the exact amount is {exact} {unit}")
    step = f"{show(Quantity(solution.result, measure), exact=True)} × 100 = {shown}"
    return replace(
        solution,
        answer=shown + suffix,
        result=value,
        expression=f"({solution.expression}) × 100",
        steps=[*solution.steps, step],
        unit=unit if not per else f"{unit} per {per}",
        exact=exact,
        notes=notes,
    )


def _is_currency(code: str) -> bool:
    try:
        currency(code)
    except KeyError:
        return False
    return True
