"""A story told of someone other than the speaker, a period sized by its count, a group counted by 'of', 'the other
three' of a party, and where a shared amount came from: each read, or declined when it could mean more."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_story_told_of_an_animal_over_a_sized_month():
    solution = await solved("The giraffe gets 4.5 kg of browse a day. How much is that over a 31-day month?")
    assert solution["result"] == pytest.approx(139.5)


@pytest.mark.anyio
async def test_a_story_told_of_one_pupil():
    solution = await solved("One pupil attended 152 out of 178 sessions this term. What's that as a percentage?")
    assert solution["result"] == pytest.approx(85.393258427)


@pytest.mark.anyio
async def test_a_crew_counted_by_of_works_its_hours():
    solution = await solved("Get-in crew of 7, each working 9 hours at £16.50 an hour. What's the labour cost?")
    assert solution["result"] == pytest.approx(1039.5)


@pytest.mark.anyio
async def test_me_and_the_other_three_share_a_pot():
    solution = await solved("Split the £1,260 bonus pot evenly between me and the other three mechanics")
    assert solution["result"] == pytest.approx(315)


@pytest.mark.anyio
async def test_where_a_split_amount_came_from_is_set_aside():
    solution = await solved("Split the £2,340 we made at the beer festival equally between the four of us partners")
    assert solution["result"] == pytest.approx(585)


@pytest.mark.anyio
async def test_a_plural_subject_is_not_read_as_one():
    await refused("The kids eat 2 slices each. How many slices?")


@pytest.mark.anyio
async def test_rent_each_over_a_sized_year_is_not_shared_out():
    await refused("14 drivers pay £95 a week rent each. How much is that over a 52-week year?")


@pytest.mark.anyio
async def test_a_rate_converted_in_its_top_unit_keeps_its_period():
    solution = await solved("An elephant drinks roughly 150 litres a day. How many US gallons is that?")
    assert solution["result"] == pytest.approx(39.6258078537)
    assert solution["unit"] == "gallons per day"


@pytest.mark.anyio
async def test_show_the_steps_is_already_met():
    assert (await solved("Can you solve 5(x - 2) = 3x + 8 and show the steps?"))["result"] == 9


@pytest.mark.anyio
async def test_a_clock_time_in_words_then_in_figures():
    request = (
        "My night shift runs from half seven in the evening (19.30) until quarter to eight the next morning (07.45). "
        "How long is that shift in hours and minutes?"
    )
    assert (await solved(request))["result"] == pytest.approx(12.25)


@pytest.mark.anyio
async def test_a_clock_time_said_twice_differently_is_declined():
    await refused("My shift runs from half seven in the evening (19.45) until eight in the morning (08.00). How long?")


@pytest.mark.anyio
async def test_each_before_the_period_is_each_ones_amount():
    request = "We've got 28 penguins on 0.6 kg of fish each a day. How much fish is that a week?"
    assert (await solved(request))["result"] == pytest.approx(117.6)


@pytest.mark.anyio
async def test_a_number_word_spelt_as_people_spell_it():
    assert (await solved("cut fourty-two keys on saturday at £4.50 a go, how much is that"))["result"] == 189


@pytest.mark.anyio
async def test_a_discount_then_a_tax_after_a_price_each():
    request = "5 chairs at £40 each, 10% off then 20% VAT on top. What's the total?"
    assert (await solved(request))["result"] == pytest.approx(216)


@pytest.mark.anyio
async def test_a_count_asked_each_over_the_group_that_did_it():
    request = "Our team of 6 community midwives covered 143 births this quarter. How many is that each, on average?"
    assert (await solved(request))["result"] == pytest.approx(23.8333333333)


@pytest.mark.anyio
async def test_the_point_after_a_story_told_first():
    request = "The queue was mad and I ran out of change twice. Anyway, I sold 86 jars at £7.50 each. Total?"
    assert (await solved(request))["result"] == pytest.approx(645)


@pytest.mark.anyio
async def test_a_yield_asked_per_hectare_in_kg():
    request = "We picked 38,400 kg of Chardonnay off 6.4 hectares this year. What's the yield per hectare in kg?"
    assert (await solved(request))["result"] == pytest.approx(6000)


@pytest.mark.anyio
async def test_a_second_weight_dated_by_its_day():
    request = "She was 3,420 g at birth and 3,180 g on day 5. What percentage of her birth weight has she lost?"
    assert (await solved(request))["result"] == pytest.approx(7.01754385965)


@pytest.mark.anyio
async def test_a_percentage_of_the_amount_named_cap():
    request = "A mailbox is 48.6 GB and the new plan caps it at 50 GB. What percentage of the cap are they using?"
    assert (await solved(request))["result"] == pytest.approx(97.2)


@pytest.mark.anyio
async def test_busy_one_today_counts_nothing():
    request = "Busy one today. Did 3 lock changes at £85 each and two emergency call-outs at £120 each. Total?"
    assert (await solved(request))["result"] == pytest.approx(495)


@pytest.mark.anyio
async def test_a_recipe_cooked_for_residents():
    request = "The recipe serves 8 and uses 1.2 kg of mince. I'm cooking for 46 residents. How much mince do I need?"
    assert (await solved(request))["result"] == pytest.approx(6.9)


@pytest.mark.anyio
async def test_the_saving_asked_as_a_task_is_the_saving():
    solution = await solved("We get 15% off a 300 euro kit order. Work out the saving for us")
    assert solution["result"] == pytest.approx(45)


@pytest.mark.anyio
async def test_an_amount_each_said_after_its_purpose_is_not_shared_among_the_group():
    await refused("14 drivers pay £95 a week in radio rent each. How much is that over 52 weeks?")
