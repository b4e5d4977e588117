"""Round 35: a calculator step naming the result before it by its kind, in other kinds, units and currencies; and
near-misses: an answer with several figures, a step that names no result, a writer step."""

from __future__ import annotations

import pytest

from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


def worker(name: str):
    return next(w for w in specialists() if w.name == name)


@pytest.mark.parametrize(
    ("instruction", "answer", "sent"),
    [
        ("Convert that dose to mL using a 120 mg/5 mL suspension", "220 milligrams",
         "Convert 220 milligrams to mL using a 120 mg/5 mL suspension"),
        ("Tell me what percentage that median is of 50", "11", "Tell me what percentage 11 is of 50"),
        ("Convert that average to Fahrenheit", "20.6 °C", "Convert 20.6 °C to Fahrenheit"),
        ("Add 20% VAT to that bill", "£441.00", "Add 20% VAT to £441.00"),
        ("Take 10% off that price", "$84.00", "Take 10% off $84.00"),
        ("What is 15% of the rent", "€1,250.00", "What is 15% of €1,250.00"),
        ("Double it", "$441.00", "Double $441.00"),
        ("Divide the mean by 4", "1210", "Divide 1210 by 4"),
    ],
)  # fmt: skip
def test_the_result_named_by_its_kind_is_said_in_its_place(instruction: str, answer: str, sent: str) -> None:
    assert step_text(instruction, worker("calculator"), [answer]) == sent


@pytest.mark.parametrize(
    ("instruction", "answer", "name"),
    [
        ("Convert that dose to mL", "220 mg now and 110 mg at night", "calculator"),  # two figures: no one quantity
        ("Work out 15% of 80", "220 milligrams", "calculator"),  # names no result
        ("Write a note stating that dose", "220 milligrams", "writer"),  # a writer gets it as material
    ],
)
def test_what_names_no_one_result_gets_it_as_material(instruction: str, answer: str, name: str) -> None:
    assert step_text(instruction, worker(name), [answer]) == f"{instruction}:\n\n{answer}"
