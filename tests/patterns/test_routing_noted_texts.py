"""A text named by its kind, then the notes it is made of ("Slack update, under 50 words: ..."), is the writer's to
make: the notes are no text to shorten and no claims to check."""

from patterns import RankingDecider
from patterns.noted_texts import text_from_notes
from tests.patterns.test_routing_users import specialists


def test_a_named_update_with_its_notes_goes_to_the_writer(decider: RankingDecider) -> None:
    request = (
        "Teams update, under 40 words: the nightly backup now runs at 2am, and the old reports folder is read-only."
    )
    assert decider.rank_now(request, specialists())[0].worker == "writer"


def test_bullet_points_for_an_audience_from_short_notes_are_written() -> None:
    request = "Bullet list of 3 points for the governors: budget surplus of £18,400; new minibus ordered; roof delayed."
    assert text_from_notes(request) == "write bullet list of points for the governors"


def test_a_summary_ask_or_a_text_of_sentences_is_no_notes() -> None:
    assert text_from_notes("Key points for the board: revenue rose. Two stores opened. Turnover fell.") is None
    assert (
        text_from_notes("Fact check for our newsletter: the Eiffel Tower was built for the 1889 World's Fair.") is None
    )
