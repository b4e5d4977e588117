"""Money word problems the calculator missed on a blind-written set (issue 9, heldout 7), read as families: pay by
the hour, tips and splits, tax backed out of a price, savings goals, interest and loans told as a story, exchange
at a given rate. And the contract under them: a request cut off anywhere is declined, never a crash.
"""

from __future__ import annotations

import pytest

from servers.tools.calculator.preambles import context_end
from servers.tools.calculator.solver import solve_request
from servers.tools.calculator.tokens import tokenize
from servers.tools.inputs import ToolInputError
from tests.tools.conftest import refused, solved

_CUT_OFF = [
    "what percentage of 250",
    "I pick up used books",
    "the product of 14",
    "the sum of",
    "How much will our house be worth in 2030?",
    "Dinner for four came to $86.40 and we want to",
    "I'm on £11.44 an hour at the",
    "Retired last spring and put $10,000 into a",
    "If the bureau gives 1.17 euros to the",
    "Rent is $2,150 a month. I pay 40% and",
]
_WHOLE = [
    "Dinner for four came to $86.40 and we want to leave an 18% tip on top. If we split everything evenly, what does "
    "each of us pay?",
    "I'm saving $250 every month for 18 months. How much will I have put aside?",
    "What is the product of 14 and 3, then the sum of that and 8?",
    "I pick up used books at $2 each and sell them for $5. What percentage of 250 books sold is profit?",
    "Thinking of a $15,000 car loan at 6% APR over 5 years, paid monthly. Roughly what would the monthly payment be?",
]


def _prefixes(request: str) -> list[str]:
    words = request.split()
    return [" ".join(words[:k]) for k in range(1, len(words) + 1)]


@pytest.mark.parametrize("request_text", [*_CUT_OFF, *(p for r in _WHOLE for p in _prefixes(r))])
def test_a_request_cut_off_anywhere_is_answered_or_declined_never_a_crash(request_text: str):
    try:
        solve_request(request_text)
    except ToolInputError:
        pass  # a decline, saying why: the contract's honest answer to a request it cannot account for


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a sentence of scene-setting before the problem, carrying nothing the sum uses
        ("Bit confused by my payslip. I'm on £11.44 an hour and did 38.5 hours this week. What should my gross pay be?",
         440.44),
        ("Quick sanity check on my wages! I'm on £11.44 an hour and did 38.5 hours this week. What's my gross pay?",
         440.44),
        ("Planning for retirement. I put $10,000 into a savings account at 5% compounded annually. What will the "
         "balance be after 3 years?", 11576.25),
        ("Shopping for a car. A $15,000 car loan at 6% APR over 5 years, paid monthly. What would the monthly payment "
         "be?", 289.99),
        ("Saving up for a holiday next summer. £3,600 over 18 months, how much per month?", 200),
        ("Retired last spring and put $10,000 into a CD at 5% compounded annually. What will the balance be after "
         "three years?", 11576.25),
        ("Moved to Leeds last year and bought 3 shirts at £12 each. What did I spend?", 36),
    ],
)  # fmt: skip
async def test_a_sentence_of_context_before_the_problem_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "opening",
    [
        "There's a service charge too.",
        "We worked Monday to Friday.",
        "The price includes VAT.",
        "We're splitting it evenly.",
        "Two of us are sharing.",
        "It's compounded monthly.",
        "What would it cost?",
        "I work full hours.",
        "My friend is covering the tip.",
        "She didn't eat.",
    ],
)
def test_an_opening_sentence_that_could_change_the_sum_is_kept(opening: str):
    tokens = tokenize(f"{opening} The bill is $80. What does each pay?")
    assert context_end(tokens, 0) is None


@pytest.mark.parametrize(
    "opening",
    ["Going to Spain next month.", "Bit confused by my payslip.", "Planning ahead for the wedding!", "Hi there, long "
     "story short."],
)  # fmt: skip
def test_an_opening_sentence_of_scene_setting_is_set_aside(opening: str):
    tokens = tokenize(f"{opening} The bill is $80. What does each pay?")
    after = context_end(tokens, 0)
    assert after is not None and tokens[after].text == "The"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a loan someone is thinking of, considering or looking at; 'roughly' before the question
        ("Thinking of a $15,000 car loan at 6% APR over 5 years, paid monthly. Roughly what would the monthly payment "
         "be?", 289.99),
        ("I'm considering a $15,000 loan at 6% over 5 years. What's the monthly payment?", 289.99),
        ("Looking at a $15,000 car loan at 6% for 5 years. Approximately how much would I pay each month?", 289.99),
        ("If I take out a $15,000 loan at 6% APR over 5 years, what's the monthly payment?", 289.99),
        ("Thinking about a $12,000 loan at 7.5% APR over 4 years. What's the monthly repayment?", 290.15),
        ("About how much is 15% of 80?", 12),
        # where the money sits and who put it there change nothing once the rate is given
        ("I put $10,000 into a CD at 5% compounded annually. What will the balance be after three years?", 11576.25),
        ("I have $10,000 in a certificate of deposit paying 5% compounded annually. What will it be worth after 3 "
         "years?", 11576.25),
        ("Put $10,000 in an ISA at 5% compounded annually. How much will I have after 3 years?", 11576.25),
        ("My parents put $10,000 into a bond at 5% compounded annually. What will it be worth in 3 years?", 11576.25),
    ],
)  # fmt: skip
async def test_loans_and_savings_told_with_their_setting_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I put $10,000 into a CD at 5%. What will the balance be after three years?",  # simple or compound: not said
        "Thinking of a $15,000 car loan over 5 years. Roughly what would the monthly payment be?",  # no rate
        "My parents put $10,000 into a bond compounded annually. What will it be worth?",
    ],
)
async def test_loans_and_savings_missing_a_term_are_still_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the tax named before its rate ('VAT at 20%'), the paper that states the amount, and the price asked for
        # by leaving the tax out ('without VAT', 'excluding VAT')
        ("An invoice says £54 including VAT at 20%. What was the price before VAT?", 45),
        ("The receipt shows £54 inc. VAT at 20%. What's the price without VAT?", 45),
        ("A phone costs €119 including 19% VAT. What is the price excluding VAT?", 100),
        ("$108 including tax of 8%. What was it before tax?", 100),
        ("Price is £90 with VAT included at 20%. What's the price without VAT?", 75),
        ("£54 including VAT at 20%. How much VAT is that?", 9),
    ],
)
async def test_a_price_with_its_tax_in_it_is_worked_back(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "£54 with VAT at 20%. What was the price before VAT?",  # with: is the £54 before the VAT or after it?
        "A shirt costs £54 including VAT. What was the price before VAT?",  # no rate
    ],
)
async def test_a_price_whose_tax_is_unclear_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the tip left, tipped or named, on the bill it was left on, asked as a percentage
        ("I left $9 on a $60 lunch bill. What percent tip is that?", 15),
        ("I tipped $9 on a $60 bill. What percentage is that?", 15),
        ("We left a $12 tip on an $60 dinner. What percent did we tip?", 20),
        ("My lunch was £60 and I left £9 as a tip. What percentage tip was that?", 15),
        ("The bill was $60 and the tip $9. What percent did I tip?", 15),
        ("What percent tip is $9 on a $60 bill?", 15),
        ("I paid a £5 tip on a £40 meal. What percentage was that?", 12.5),
        ("I gave the driver $4 on a $25 fare. What percent tip is that?", 16),
        ("I left 9 on a 60 bill. What percent tip?", 15),
    ],
)
async def test_a_tip_left_on_a_bill_is_given_as_a_percentage(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I left $9 on a $60 bill and $5 for parking. What percent tip is that?",  # a third amount
        "I left €9 on a $60 bill. What percent tip is that?",  # two currencies
        "I tipped $9. What percent tip is that?",  # no bill
        "I left a $9 tip on a $60 bill. What percent of the total with tip is that?",  # another whole
        "I left $9 tip on a $60 bill, what percent tip was that, and what's the total?",  # two questions
    ],
)
async def test_a_tip_percentage_the_request_does_not_pin_down_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a sum to have saved by a time, asked as what to put by each month
        ("We need £3,600 saved for the wedding in 18 months' time. How much do we need to put away each month?", 200),
        ("We need to save £3,600 in 18 months. How much per month?", 200),
        ("I want to have $3,000 saved in 12 months. How much should I save each month?", 250),
        ("I need to save $600 over the next 12 months. How much a month is that?", 50),
    ],
)
async def test_a_savings_goal_is_spread_over_the_months_to_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_an_amount_saved_every_month_is_not_divided_again():
    await refused("I save $250 each month. How much a month is that in 18 months?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # money changed at a rate the request quotes, in the ways people quote one, either way across it
        ("Going to Spain next month. If the bureau gives 1.17 euros to the pound, how many euros will I get for £350?",
         409.5),
        ("The exchange rate is 1.17 euros to the pound. How many euros is £350?", 409.5),
        ("How many euros is £350 at 1.17 euros per pound?", 409.5),
        ("Convert £350 to euros at a rate of 1.17", 409.5),
        ("If 1 dollar is 0.85 euros, how much is $160 in euros?", 136),
        ("At 80 rupees to the dollar, how many rupees do I get for $15?", 1200),
        ("One pound buys 1.17 euros. How much is £350 in euros?", 409.5),
        ("How many pounds will I get for €409.50 at 1.17 euros to the pound?", 350),
        ("How much is 100 pounds in rupees if 1 pound = 117 rupees?", 11700),
    ],
)  # fmt: skip
async def test_money_is_changed_at_the_rate_the_request_gives(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How many euros will I get for £350?",  # no rate: the calculator knows none offline
        "If the bureau gives 1.17 euros to the pound and charges a £3 fee, how many euros will I get for £350?",
        "If the bureau gives 1.17 euros to the pound, how many euros will I get for £350 after 2% commission?",
        "How many dollars is £350 at 1.17 euros to the pound?",  # a third currency
        "Convert €409.50 to pounds at 1.17",  # which way the bare rate runs is not said
        "Apples are 2 dollars a pound. How many dollars for 3 pounds?",  # a pound of apples is no currency
    ],
)
async def test_an_exchange_the_request_does_not_pin_down_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the base rate said 'for the first 40 hours', overtime 'after that'
        ("Base rate is $18/hr for the first 40 hours and time-and-a-half after that. I did 46 hours last week. What "
         "should my gross pay be?", 882),
        ("I get $18 an hour for the first 40 hours and time and a half after that. I worked 46 hours. What's my pay?",
         882),
        ("I get $18 an hour for the first 40 hours and double time after that. I worked 46 hours. What's my pay?",
         936),
    ],
)  # fmt: skip
async def test_overtime_after_the_first_hours_is_paid_at_its_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # one share taken first, the rest split equally among the others, asked as one of theirs
        ("Three of us share a flat. Rent is $2,150 a month. I've got the big room so I pay 40% and the other two split "
         "the rest equally. How much do each of the other two pay?", 645),
        ("The rent is $2,150 a month. I pay 40% and my two flatmates split the rest evenly. What does each of them "
         "pay?", 645),
        ("A $1,000 bill: I cover 40% and the other three share the rest equally. How much does each of the others "
         "pay?", 200),
        ("Of the $2,150 rent, I pay 40% and the other two split what's left equally. How much does each of them pay?",
         645),
        ("Rent is $2,150. I pay $850 and the other two split the rest. How much does each of them pay?", 650),
        ("Rent is $1,400. I pay half and my two roommates split the rest. How much does each roommate pay?", 350),
        ("Total bill is $2,700. I cover a third and my two friends split the rest. How much does each friend pay?",
         900),
    ],
)  # fmt: skip
async def test_the_rest_after_one_share_is_split_among_the_others(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Rent is $2,150. I pay 40% and the other two split the rest equally. How much do I pay?",  # another share
        "Rent is $2,150. I pay 40% and the other two split the rest. How much does each of us pay?",  # not equal
        "Four of us share a flat. Rent is $2,150. I pay 40% and the other two split the rest. How much does each of "
        "them pay?",  # four is not one and two
        "Rent is $2,150. I pay 40% and the other two split the rest plus bills. How much does each of them pay?",
        "Rent is $2,150 and bills are $300. I pay 40% and the other two split the rest. How much does each pay?",
        "Rent is $1,400. I pay half and my two roommates split the rest, then half again. How much does each pay?",
    ],
)
async def test_a_rest_shared_that_does_not_add_up_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # pay said to leave out what it never had ('no overtime, no bonuses') and asked before a tax never given
        ("Bit confused by my payslip. I'm on £11.44 an hour at the garden centre and the rota says I did 38.5 hours "
         "this week, no overtime, no bonuses. Before tax and NI, what should my gross pay be?", 440.44),
        ("I'm on £11.44 an hour and did 38.5 hours this week, no overtime. Before tax, what's my pay?", 440.44),
        ("I'm on £11.44 an hour and did 38.5 hours this week. What should my gross pay be before tax?", 440.44),
        ("I'm on £11.44 an hour and the rota says I did 38.5 hours this week. Before tax and NI, what should my gross "
         "pay be?", 440.44),
    ],
)  # fmt: skip
async def test_pay_told_with_what_it_leaves_out_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I'm on £11.44 an hour and did 38.5 hours this week. Tax is 20%. Before tax, what's my pay?",
        "I'm on £11.44 an hour and did 38.5 hours this week with 5 hours of overtime, no bonuses. What should my "
        "gross pay be?",
    ],
)
async def test_pay_with_a_rate_or_overtime_the_reading_would_drop_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_story_that_leaves_someone_out_of_the_split_is_declined():
    await refused("She didn't eat. Dinner was $80 split 4 ways. How much each?")


@pytest.mark.anyio
async def test_take_home_pay_is_not_read_as_a_purchase_with_tax_added():
    await refused("I'm paid $18 an hour and worked 40 hours this week. Tax is 20%. What's my take-home pay?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a year of pay from an hourly rate and weekly hours: the calendar said again, the period as an adverb or
        # an adjective, and 'before tax' with no tax given
        ("If I'm paid $24.50 an hour for 37.5 hours a week, 52 weeks a year, what's that annually before tax?", 47775),
        ("I earn $24.50 an hour and work 37.5 hours a week, 52 weeks a year. What is my annual salary?", 47775),
        ("At $24.50 per hour, 37.5 hours per week, 52 weeks per year, what do I make in a year?", 47775),
        ("I make $52,000 a year. What's that monthly?", 4333.33),
        ("My hourly wage is $25 and I work 40 hours a week. What's my annual salary?", 52000),
        ("My monthly rent is $1,200. What's that a year?", 14400),
        ("I earn $20 an hour and work 37.5 hours a week, 52 weeks a year. What's my gross annual pay?", 39000),
        ("$24.50 an hour for 37.5 hours a week. What do I earn weekly?", 918.75),
    ],
)
async def test_a_year_of_pay_is_worked_out_from_the_hourly_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I earn $24.50 an hour. What is my annual salary?",  # no hours
        "$24.50 an hour for 37.5 hours a week, 48 weeks a year. What's my annual salary?",  # not the usual calendar
    ],
)
async def test_a_year_of_pay_missing_its_hours_or_weeks_is_declined(request_text: str):
    await refused(request_text)
