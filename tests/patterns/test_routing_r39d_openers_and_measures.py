"""Round 39: a short opener before the question ("Quick one, ...") counts nothing; a measure given and asked for in
another unit or scale ("..., I need it in inches", "35 degrees C, what's that in fahrenheit?", "She's 3.42 kg.
What's that in lb?") is a sum; a message whose sentence names only whom it goes to ("Email Mr Patel for me please.")
is written from the sentences after it. Near-misses: a measure stated alone is a claim, a sum after an opener stays
a sum, and a message that sends something else is no text to write from them."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        ("Quick one, how far away is the Moon?", "researcher"),
        ("Right, quick one - who painted the Mona Lisa?", "researcher"),
        ("Quick one, what's the speed of sound?", "researcher"),
        ("Quick one, what's 15% of 80?", "calculator"),  # the opener does not take the sum away
        ("Morning all! Convert 5 kg to pounds", "calculator"),
        ("The shelf is 90 cm wide, I need it in inches", "calculator"),
        ("My suitcase weighs 23 kg, what's that in lb?", "calculator"),
        ("The hallway is 4.2 m long and she'd like it in feet for the carpet order", "calculator"),
        ("The kiln reached 900 degrees C, what is that in fahrenheit?", "calculator"),
        ("The oven says 180 degrees celsius; what's that in F?", "calculator"),
        ("The hallway is 4.2 m long.", "fact_checker"),  # a measure stated alone: a claim
        ("The Eiffel Tower is 330 m tall, is that right?", "fact_checker"),
        ("Water boils at 100 degrees C, true?", "fact_checker"),  # one scale named: no conversion
    ],
)
def test_openers_and_measures_asked_in_a_unit(decider: RankingDecider, request_text: str, agent: str) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Parcel's 2.5 kg. What's that in pounds?", [("calculator", "Parcel's 2.5 kg. What's that in pounds?")]),
        ("Our scales only do kg. He's 12.6 kg. What's that in stone?",
         [("calculator", "Our scales only do kg. He's 12.6 kg. What's that in stone?")]),
        ("Email Mrs Okoro for me please. Her curtains are ready and she can collect them on Saturday.",
         [("writer",
           "Email Mrs Okoro for me please:\n\nHer curtains are ready and she can collect them on Saturday.")]),
        ("Text the window cleaner for me. The side gate will be unlocked on Thursday.",
         [("writer", "Text the window cleaner for me:\n\nThe side gate will be unlocked on Thursday.")]),
        ("Quick one, how far away is the Moon? And convert 5 kg to pounds.",
         [("researcher", "How far away is the Moon?"), ("calculator", "Convert 5 kg to pounds")]),
    ],
)  # fmt: skip
async def test_plans_of_measures_and_messages(
    decider: RankingDecider, request_text: str, parts: list[tuple[str, str]]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == parts


@pytest.mark.parametrize(
    "request_text",
    [
        "Email the invoice to Mrs Okoro please. Her curtains are ready.",  # sends a thing, writes nothing
        "Email it to Sam please. The figures are final.",
        "Text me please. The bus is at 5.",  # to the user: a delivery
    ],
)
async def test_a_message_that_sends_something_else_takes_no_facts(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert len(plan.tasks) == 2 and ":\n\n" not in plan.tasks[0].text
