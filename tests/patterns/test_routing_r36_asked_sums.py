"""Round 36: sums asked after a lead-in naming a text, of a quoted text, and worked sums asked to be checked, in
users' words; near-misses that stay with the fact checker, the writer, the researcher and the code reviewer."""

import pytest

from patterns import RankingDecider
from patterns.asked_sums import sum_asked
from tests.patterns.test_routing_users import specialists

AFTER_A_LEAD = [
    "For the newsletter I need one figure: what's 240 members times £12?",
    "For my report: what's the average of 12, 18 and 30?",
    "For the summary slide: what's the percentage change from 80 to 92?",
    "Before I send the email to the team: what is 37.5 hours times 4 weeks?",
    "For a tweet: what's 1.2 million divided by 12?",
    "For our blog post I need to know: how many days are there in 6 weeks?",
    "For the invoice letter: how much is 14 hours at €38?",
]
OF_A_QUOTED_TEXT = [
    "The contract states: 'Fee £2,000 per month for 18 months.' What's the full fee?",
    "My notes say: 'Bought 3 bags of compost at £6.99.' What did I spend?",
    "The article claims: 'Prices rose from £2.50 to £3.00.' What percentage rise is that?",
    "The leaflet reads: 'Swim 40 lengths of 25 m.' How far is that in metres?",
    "The text reads: 'We drove 540 km and used 38 litres.' How many km per litre?",
    "The quote reads: 'Carpet: 18 square metres at £27 per square metre, fitting £150.' What is the total?",
]
WORKED_SUMS_TO_CHECK = [
    "Check my sums please: 1,200 + 875 + 430 = 2,505",
    "Check this for me: 3 x £12.99 = £38.97",
    "Can you double check: 480 divided by 12 is 40?",
    "Is it true that 15% of 200 is 30?",
    "Verify my sum: 456 + 789 = 1245",
    "Can you check: if I save £150 a month for 2 years, I'll have £3,600?",
    "Check this quote: 12 m of fencing at £18.50 per metre comes to £222",
    "Please check: 1.5 kg at £4.20 per kg costs £6.30",
    "Fact check my maths: 250 divided by 5 is 50",
    "Can you confirm 7.5% of £3,000 is £225?",
    "Is this correct: 3 hours 20 minutes is 200 minutes?",
    "Double check this for me: 48 hours is 2 days",
    "Check the total on this receipt: 2 x £3.50 + 1 x £6.25 = £13.25",
]


@pytest.mark.parametrize("request_text", AFTER_A_LEAD + OF_A_QUOTED_TEXT + WORKED_SUMS_TO_CHECK)
def test_the_sum_asked_goes_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert sum_asked(request_text) is not None
    assert decider.rank_now(request_text, specialists())[0].worker == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        # claims about the world with a figure: no sum on the left of the claim
        "Fact check: Mount Everest is 8,849 metres tall.",
        "Is it accurate? The Moon is about 384,000 km from Earth.",
        "Someone at work said the Titanic sank in 1915. Is that right?",
        "True or false: there are 50 states in the USA.",
        "Can you check a fact for me: the Nile is 6,650 km long. Is that right?",
        "Is it true that a marathon is 42.195 km?",
        # a text to write or shorten, with figures in it: the verb's job
        "Write an email to accounts saying the total of invoices 101 to 104 is £2,340.",
        "Draft a text to my flatmates saying the bill is £96 split 4 ways so £24 each.",
        "Summarize this: Sales were 1,240 units in March and 980 in April. How many more in March?",
        # questions about the world: no figures given
        "How many moons does Jupiter have?",
        "How far is the Moon from Earth?",
        "In 1969, how many people watched the Moon landing?",
        # code
        "Is this right?\n```python\ntotal = 3 * 4 == 12\n```",
    ],
)
def test_no_sum_is_read_into_claims_texts_world_questions_or_code(request_text: str) -> None:
    assert sum_asked(request_text) is None
