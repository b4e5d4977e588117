"""A text an instruction points at, given right after it without a colon, is handed over as after one: "Rewrite
this to sound more professional. hey guys the printer is broke" and "Give me a short summary of this "<text>""."""

from patterns.pointed_texts import with_pointed_text


def test_a_lower_case_text_after_an_order_to_rework_this_is_its_text() -> None:
    assert with_pointed_text("Rewrite this to sound more professional. hey guys the printer is broke") == (
        "Rewrite this to sound more professional: hey guys the printer is broke"
    )


def test_a_quote_right_after_this_is_its_text() -> None:
    assert with_pointed_text(
        'Give me a short summary of this "The office moves on 1 March. Desks get new phones."'
    ) == ('Give me a short summary of this: "The office moves on 1 March. Desks get new phones."')


def test_a_new_sentence_after_the_order_is_left() -> None:
    assert with_pointed_text("Make this shorter. The meeting is at 3.") == "Make this shorter. The meeting is at 3."
