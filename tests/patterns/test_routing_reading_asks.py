"""What reading a text yields, named with no verb ("Main points from the feedback: <text>", "gist pls - <text>"),
asks for the text's key points: the summarizer's, whatever the text is about."""

from patterns import RankingDecider
from patterns.asked_jobs import reading_asked
from tests.patterns.test_routing_users import specialists


def test_main_points_of_a_text_after_a_colon_go_to_the_summarizer(decider: RankingDecider) -> None:
    request = (
        "Main points from the comments on our pop-up bakery: The bread sold out by ten. The coffee was lukewarm. "
        "People asked for a card machine. Several wanted us back next month."
    )
    assert decider.rank_now(request, specialists())[0].worker == "summarizer"


def test_the_gist_of_a_text_after_a_dash_is_its_key_points() -> None:
    request = "gist pls - The pool shuts in August. The sauna stays open. Members get a free month."
    assert reading_asked(request) == "pull out the key points of this"


def test_key_points_with_no_text_given_are_not_restated() -> None:
    assert reading_asked("Key points for my talk on bees") is None
