"""Round 38: asides after a sum's question and texts handed over after their ask, in users' words; near-misses
that stay parts of their own."""

import pytest

from patterns import RankingDecider
from patterns.handed_material import request_parts
from tests.patterns.routed import routed_handed

SUM_ASIDES = [
    "A crate holds 24 bottles and we need 340 bottles for the fete. How many crates? Vicar's fretting",
    "Score was 18 out of 25 on the mock. What percentage is that? Mum's proud",
    "Bus pass is €42 a month. What's that over a year? Budget day tomorrow",
    "We planted 1,200 bulbs and 15% didn't come up. How many flowered? Garden club wants the figure",
    "Rent went from $1,450 to $1,595. What's the percentage rise? Landlord reckons it's fair",
    "Twenty-four tables of eight plus a top table of twelve, how many chairs do we need?? send help",
    "Tickets are ¥1,800 each for 7 of us. What's the total? Thanks in advance",
    "The hall is 18 m by 11 m. What's the floor area? Caretaker's quoting for the polish",
    "Our herd gave 2,340 litres yesterday from 78 cows. How many litres per cow is that? Vet's coming Tuesday",
    "A filling takes 35 minutes and I have 7 booked from 9:00 with no gaps. What time do I finish? Lunch unlikely",
    "Cake serves 24 and I need to feed 150 guests. How many cakes? Bride is stressing",
    "How much is 17.5% of £2,360? Accountant's off sick",
]
SUM_JOBS = [
    "What's 12 times 15? Also, write a note to the caretaker about the chairs.",
    "Rent went from $1,450 to $1,595. What's the percentage rise? Write the landlord a polite reply about it.",
    "What's 20% of 300? Then tweet the answer to my followers.",
    "Bus pass is €42 a month. What's that over a year? I need a note for the budget meeting too.",
    "How many crates of 24 for 340 bottles? Separately, is it true that glass is a liquid?",
]
NOTICE = (
    "The lift will be out of service from 3 to 7 June. Residents on upper floors can ask for help with shopping. "
    "The stairs will be lit at night. Engineers will work from 8am to 6pm."
)
HANDOVERS = [
    (f"Can you sum this up for the residents? Here goes: {NOTICE}", "summarizer"),
    (f"My boss wants the short version. Could you shorten it for me? Here it is: {NOTICE}", "summarizer"),
    (
        f"Could you summarise the council's notice for me? I want to forward it to my dad. Here it is: {NOTICE}",
        "summarizer",
    ),
    (f"District sent this, can you summarise it for the group chat please? Here it is: {NOTICE}", "summarizer"),
    ("Could you make it sound friendlier? Here you go: Stop parking on my drive. I need to get out at 6am.", "writer"),
    ("Can you turn my notes into a friendly email to the team? Here they are: Party on the 12th. Meet at 7.", "writer"),
]
SHORTENINGS_SAID = [
    f"I need this museum caption cut down, nobody reads past two lines. Here it is: {NOTICE}",
    f"Our landlord sent a long letter, can you pull out what matters for us as tenants? Here it is: {NOTICE}",
    f"Can you boil this down for the staff room? Here goes: {NOTICE}",
    f"The trust sent this, what's the upshot for us? Here it is: {NOTICE}",
    f"Committee notes need trimmed down for the board, key points please. Here it is: {NOTICE}",
    f"I'd like this chopped down to a couple of lines for the newsletter. Here it is: {NOTICE}",
]
IF_CHAINS = [
    "Please review: def band(s):\n    if s > 90: return 'A'\n    elif s > 75: return 'B'\n    else: return 'C'",
    "Look over this for bugs please: def rate(n):\n    if n < 10:\n        return 1\n    elif n < 20:\n      return 2",
    "Any problems here? def fee(d):\n    if d == 1: return 10\n    elif d == 2: return 18\n    else:\n      return 25",
]


@pytest.mark.parametrize("request_text", SUM_ASIDES)
def test_an_aside_after_a_sum_goes_with_it_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert len(request_parts(request_text)) == 1
    assert routed_handed(decider, request_text) == "calculator"


@pytest.mark.parametrize("request_text", SUM_JOBS)
def test_a_job_after_a_sum_stays_a_part(request_text: str) -> None:
    assert len(request_parts(request_text)) == 2


@pytest.mark.parametrize(("request_text", "agent"), HANDOVERS)
def test_a_handed_over_text_goes_with_its_ask(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert len(request_parts(request_text)) == 1
    assert routed_handed(decider, request_text) == agent


@pytest.mark.parametrize("request_text", SHORTENINGS_SAID)
def test_a_shortening_said_further_in_goes_to_the_summarizer(decider: RankingDecider, request_text: str) -> None:
    assert routed_handed(decider, request_text) == "summarizer"


@pytest.mark.parametrize("request_text", IF_CHAINS)
def test_a_pasted_if_chain_is_code_to_review(decider: RankingDecider, request_text: str) -> None:
    assert routed_handed(decider, request_text) == "code_reviewer"
