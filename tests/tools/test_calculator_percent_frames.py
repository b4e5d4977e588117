"""One amount and one percentage in a story of any words: the part, the amount raised or lowered, the part inside it
or the amount without it — told by closed words, or declined when they point two ways, nowhere, or the amount may
already be the changed one."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

FRAME = "an amount and a percentage"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # the part, named by the question
        ("the chimney sweep wants a 25% deposit on his £380 quote, how much is the deposit?", 95),
        ("Our harbour pilot asks a 12% commission on the €4,600 charter. What's the commission?", 552),
        ("grooming parlour client tipping 15% on a $72 poodle groom - how much is the tip", 10.8),
        ("The raffle winner takes 40% of the £235 kitty. How big is the prize?", 94),
        ("My plumber's bill is £420 before VAT and VAT is 20%. How much is the VAT?", 84),
        # the part, asked bare of 'x% of' the amount, with a verb of handing it over
        ("The choir pledges 3% of its €12,500 concert takings to the hospice. How much do we give?", 375),
        ("the quilting circle gives 15% of the £640 from the fair to the library. how much is that", 96),
        # raised
        ("harbour dues go up by 8% next month. they are £125 a month at the moment. what's the new monthly due?", 135),
        ("Window-cleaning invoice £360 ex VAT, what is it inc VAT @ 20%?", 432),
        ("Add 15% to £1,240 for the tent hire and tell me the new figure?", 1426),
        ("Fixed fee for the mural is £2,900 before VAT. What's the total with VAT at 20%?", 3480),
        # lowered
        ("The bike shop is knocking 15% off the £680 touring bike for members. What does it come to?", 578),
        ("Please take 30% off £1,150 for the end-of-season canoe and give me the new total?", 805),
        ("gross wage £2,300 a month, 5% pension comes off, how much left?", 2185),
        # the part inside the amount, and the amount without it
        ("Boat repair invoice R5,750 which includes VAT at 15%. What's the amount before VAT?", 5000),
        ("Kayak rental €96 incl. 20% TVA. How much of that is TVA?", 16),
        ("Museum ticket ¥1,650 including 10% consumption tax. What is the price before tax?", 1500),
        # a full stop after an abbreviation does not end the question ('incl. moms?')
        ("Bike hire is 600 kr. excl. moms. Moms is 25%. What is the price incl. moms?", 750),
    ],
)
async def test_the_words_around_one_amount_and_one_percentage_tell_what_is_asked(request_text: str, result: float):
    answer = await solved(request_text)  # by this frame, or by a narrower reader that takes it first
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_the_working_shows_the_part_and_the_change():
    answer = await solved("Please take 30% off £1,150 for the end-of-season canoe and give me the new total?")
    assert answer["problem"] == FRAME
    assert answer["answer"] == "£805.00"
    assert answer["steps"] == ["30% of £1,150.00 = £345.00", "£1,150.00 − £345.00 = £805.00"]
    inside = await solved("Harbour shop receipt says 1.200 kr. incl. 25% moms. How much of that is moms?")
    assert inside["problem"] == FRAME
    assert inside["answer"] == "kr 240.00"
    assert inside["steps"] == [
        "kr 1,200.00 includes 25%: without it kr 1,200.00 ÷ 1.25 = kr 960.00",
        "the 25% inside it: kr 1,200.00 − kr 960.00 = kr 240.00",
    ]  # noqa: E501


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # the amount may already be the changed one
        "I paid £480 for the kayak with 25% off. How much was the discount?",
        "Harbour dues rose 8% to £135. What were they before?",
        # a tax the amount may or may not include
        "Takings at the stall were £1,800 and VAT is 20%. How much VAT is that?",
        "the boat invoice is Rp 11.100.000 termasuk PPN 11%, berapa PPN?",
        # no question, a yes-or-no question, or one naming nothing this frame reads
        "The harbour master wants a 10% rise on the £950 mooring fee. Is that fair?",
        "The harbour master wants a 10% rise on the £950 mooring fee.",
        "Will the £40 mooring fee go up 5% next year?",
        "The agent's fee is 15% of the £2,000 rent. How much do I get?",
        # both ways at once, or a word that changes the arithmetic another way
        "The £80 lamp is 20% off but VAT is added on top at 20%. What do I pay?",
        "I earn £2,000 a month and put 15% of it aside. How much is that a year?",
        "Split the 12% tip on our £150 dinner between us. How much is the tip each?",
        "The £480 kayak was 25% off in the sale. What did it cost before the sale?",  # £480 itself, or £640?
        # a count of things: 'how many boys' asks the rest, which only meaning tells
        "Our rowing club has 120 members and 45% of them are women. How many men are there?",
    ],
)
async def test_what_the_frame_cannot_account_for_is_declined(request_text: str):
    await refused(request_text)
