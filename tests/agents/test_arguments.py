import pytest

from agents.models.arguments import extract_expression, extract_numbers, fill_arguments, free_text

NUMBERS = {"properties": {"percent": {"type": "number"}, "value": {"type": "number"}}, "required": ["percent", "value"]}
UNITS = {
    "properties": {"value": {"type": "number"}, "from_unit": {"type": "string"}, "to_unit": {"type": "string"}},
    "required": ["value", "from_unit", "to_unit"],
}


def test_numbers_keep_thousands_and_percentages_in_reading_order():
    assert extract_numbers("What is 17% of 2,340 and -1.5?") == [(17.0, True), (2340.0, False), (-1.5, False)]


def test_a_percentage_parameter_takes_the_number_written_with_a_percent_sign():
    assert fill_arguments("Of 2,340, what is 17%?", NUMBERS).arguments == {"percent": 17, "value": 2340}


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Convert 72 degrees Fahrenheit to Celsius", (72, "degrees Fahrenheit", "Celsius")),
        ("How many kilometers is 26.2 miles?", (26.2, "miles", "kilometers")),
    ],
)
def test_unit_pairs_are_read_from_either_phrasing(request_text, expected):
    arguments = fill_arguments(request_text, UNITS).arguments
    assert (arguments["value"], arguments["from_unit"], arguments["to_unit"]) == expected


def test_expressions_are_lifted_out_of_sentences():
    assert extract_expression("What is the square root of 1764?") == "sqrt(1764)"
    assert extract_expression("Please compute (17 + 25) * 3 for me") == "(17 + 25) * 3"
    assert extract_expression("no numbers here") is None


def test_free_text_drops_the_instruction_and_keeps_code_blocks():
    assert free_text("Summarize this: The cat sat on the mat.") == "The cat sat on the mat."
    assert free_text("Review:\n```python\nx = 1\n```") == "x = 1"
    assert free_text("Look up the history of Rust") == "Look up the history of Rust"


def test_optional_counts_are_filled_only_when_the_request_says_how_many():
    schema = {
        "properties": {"text": {"type": "string"}, "max_sentences": {"type": "integer", "default": 3}},
        "required": ["text"],
    }
    assert fill_arguments("Shorten in two sentences: A. B. C.", schema).arguments["max_sentences"] == 2
    assert "max_sentences" not in fill_arguments("Shorten: A. B. C.", schema).arguments


def test_a_required_number_that_is_not_there_is_reported_missing():
    assert fill_arguments("percent of what?", NUMBERS).missing == ("percent", "value")
