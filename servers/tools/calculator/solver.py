"""A whole request in, a Solution out — or a ToolInputError saying what was not understood.

The request is tokenized and the question around it ("what is", "can you calculate", "please", "?") set aside;
then each kind of problem the calculator knows tries to account for *every* remaining token, plain arithmetic last.
When none can, a story of a known kind is read by its figures (``story_kinds``), each of them accounted for; else
the request is declined with the words that could not be placed, never answered from whichever numbers it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from servers.tools.calculator import (
    ages,
    asides,
    asked_measures,
    average_each,
    averaged_prices,
    averages,
    bill_inclusions,
    bill_words,
    bmi,
    both_asked,
    bracketed_amounts,
    carried_periods,
    chains,
    chances,
    change_bases,
    clock_extents,
    closing_brackets,
    comings_back,
    conditional_questions,
    continuous,
    contracted_is,
    conversions,
    corrections,
    counted_bundles,
    counted_products,
    counting,
    counts,
    cut_and_tax,
    day_part_clocks,
    defined_periods,
    described_labels,
    designators,
    dialect_words,
    duration_forms,
    each_asked,
    each_placed,
    elided_nouns,
    equations,
    exclamations,
    explained_sums,
    figure_order,
    first_then,
    form_remarks,
    fuel,
    fuel_words,
    further_questions,
    gallon_systems,
    gallons,
    geometry,
    given_each,
    group_counts,
    honorifics,
    hour_marks,
    imperative_steps,
    inch_marks,
    inert,
    inner_rounding,
    interest,
    labelled_pay,
    labelled_things,
    labels,
    later_sentences,
    leftover_remarks,
    line_totals,
    lines_less,
    list_labels,
    listed_counts,
    listed_periods,
    lone_figures,
    margins,
    measure_forms,
    measures,
    measures_asked,
    missing_stretch,
    money,
    motion,
    named_conversions,
    named_measures,
    named_periods,
    named_rates,
    needed_counts,
    one_unit_rates,
    other_tongues,
    overtime,
    own_factors,
    parties,
    parts_only,
    party_scenes,
    party_subjects,
    per_asked,
    per_counted,
    per_diems,
    percent_below,
    percent_frames,
    percent_names,
    percent_of_named,
    percentages,
    potting,
    pound_amounts,
    preambles,
    price_after_cut,
    price_figures,
    prices,
    pronoun_ones,
    proportions,
    purpose_tails,
    qualifiers,
    question_first,
    quotients,
    races,
    range_bounds,
    ranked_splits,
    rate_nouns,
    readings,
    rectangle_totals,
    relayed_asks,
    remarks,
    restated_clocks,
    reverse,
    rough_figures,
    rounded_steps,
    rounding,
    scaled_amounts,
    schedules,
    shaped,
    shares,
    signs_first,
    sized_asks,
    sized_periods,
    sources,
    split_earnings,
    split_purposes,
    split_wholes,
    spoken_money,
    stated_factors,
    stated_rates,
    stated_totals,
    stay_extras,
    story_kinds,
    story_returns,
    story_subjects,
    table_parties,
    taken_off,
    tax_names,
    taxed_parts,
    tellers,
    terse_units,
    they_priced,
    thousands,
    time_points,
    timespans,
    told_after,
    told_conversions,
    told_per_units,
    two_units,
    uncounted_crews,
    unit_fractions,
    unit_remarks,
    untold_returns,
    what_in_units,
    whole_paybacks,
    whole_remarks,
    whole_units_asked,
    working_asked,
    year_labels,
    years,
    zones,
)
from servers.tools.calculator.arithmetic import solve_arithmetic
from servers.tools.calculator.asked_units import in_units_asked
from servers.tools.calculator.charges import unpriced_charge
from servers.tools.calculator.given_problems import solve_by_givens
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.question_frame import strip_question
from servers.tools.calculator.solution import CAPABILITIES, Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.calculator.unplaced import not_understood, quoted
from servers.tools.inputs import ToolInputError, require_text

Production = Callable[[list[Token], int], Solution | None]

READINGS = 40
"""The most readings of one request, every re-reading of it however nested: a long request would otherwise try
their combinations (thousands, a minute of work) before declining; an ordinary one takes fewer than ten."""
READ_CHARS = 12_000
"""The most characters read over all readings of one request, so one of many idle sentences is not read forty times
in full; an ordinary one (under 300 characters, 700 over all its readings) is bounded by ``READINGS`` alone."""
_readings_left: ContextVar[list[int] | None] = ContextVar("calculator_readings_left", default=None)

PRODUCTIONS: tuple[Production, ...] = (
    quotients.solve_division_remainder,  # '250 divided by 3 with remainder': 83 remainder 1, not 83.33
    parts_only.solve_parts_only,  # '10% off parts only, not labour': the labour at its full price
    equations.solve_equation,
    averages.solve_needed_score,
    bmi.solve_bmi,
    chances.solve_chance,
    measures.solve_statistics,
    conversions.solve_conversion,
    geometry.solve_geometry,
    rectangle_totals.solve_rectangle_total,  # '24 tables, each 30 m long and 1.2 m wide. Total area?'
    zones.solve_zone,
    timespans.solve_timespan,
    ages.solve_age,
    years.solve_years_between,
    counting.solve_counting,
    interest.solve_interest,
    interest.solve_loan,
    overtime.solve_overtime,
    fuel.solve_fuel,
    motion.solve_motion,
    prices.solve_unit_price,
    prices.solve_rate_total,
    counts.solve_count_rate,
    reverse.solve_reverse,
    shares.solve_ratio_split,
    proportions.solve_proportion,
    scaled_amounts.solve_scaled_amount,  # 'waakye for 10 people uses 1.5 kg rice ... 45 people. how many kg?'
    percentages.solve_percentage,
    money.solve_bill,
    missing_stretch.refuse_missing_stretch,  # '€3.20 per metre per night' with no nights: ask for them
)


def solve_request(request: str) -> Solution:
    """Solve ``request`` (the user's own words) completely, or raise a ToolInputError naming what is not understood.
    At most ``READINGS`` readings are tried."""
    token = _readings_left.set([READINGS, READ_CHARS])
    try:
        with readings.noting_missing():
            return _solve_request(request)
    finally:
        _readings_left.reset(token)


def _solve_request(request: str) -> Solution:
    written = tokenize(request)  # as the user wrote it, read by every check below and never changed
    lone_figures.refuse_lone_figure(request, written)  # 'Hours: 42' cut from its form reaches us as '42'
    try:
        solution = corrections.read_corrected(request, _solve_step) or _solve(request, chained=True)  # 'no wait, ...'
    except _Unplaced:  # no reading placed it, at any depth: one amount and one percentage, or a story of a known kind
        solution = percent_frames.solve_unrounded(request, written) or story_kinds.solve_story(request, solve_request)
        if solution is None:
            raise
    try:
        solution = two_units.answer_both(request, solution)  # 'in square metres and in acres': both
        solution = in_units_asked(request, solution)  # not '¥64,500' for 'in dollars', nor mph for 'in km/h'
        solution = both_asked.answer_both(written, solution)  # 'the tip and the total': both, or neither
        solution = rounding.as_asked(written, solution)  # 'average speed to the nearest km/h': 52, not 51.53
        solution = whole_paybacks.settle_whole(request, written, solution)  # 'paid for itself? whole days': up
        further_questions.refuse_unanswered(written, solution)  # '..., and what did the scaffolder charge?'
        untold_returns.refuse_untold_return(written, solution)  # '..., and we come back the same way': how long?
        uncounted_crews.refuse_uncounted_crew(request, written)  # 'the porters ... the wage bill?': how many?
        gallon_systems.refuse_unsettled_gallon(written, solution)  # 'the vessel holds 2 gallons': whose?
        price_figures.show_price_of_one(written, solution)  # '£0.084 per cup', not '£0.08'
        later_sentences.refuse_later_changes(written, solution)  # '... How much each? Dave didn't eat.'
        ranked_splits.refuse_ranked_split(written, solution)  # 'between the top three teams': evenly, or by place?
        first_then.refuse_unread_first(written, solution)  # '$2 an hour after the first 3 hours': not 3 × $2
        stay_extras.refuse_unplaced_extra(written, solution)  # 'Two nights at £95 plus breakfast at £12.50'
        rounded_steps.refuse_unrounded(written, solution)  # 'a 10% tip, then round up to the next hundred'
        measures_asked.refuse_price_for_measure(written, solution)  # 'shirts at $20 each. how much do they weigh?'
        named_periods.refuse_unlisted_periods(written, solution)  # 'every month ... For June, July and August'
    except ToolInputError as error:
        raise ToolInputError(f"I can't work out {quoted(request)}: {error}") from None
    parties.show_party(request, solution)  # 'me and 3 mates: 3 + 1 = 4 people'
    return solution


def _solve_step(request: str) -> Solution:
    """One step of a chain: the same reading, with no chain inside it."""
    return _solve(request, chained=False)


def _solve(request: str, *, chained: bool) -> Solution:
    left = _readings_left.get()
    if left is not None:
        if left[0] <= 0 or left[1] < len(request):
            raise ToolInputError(f"I can't work out {quoted(request)}: it can be read too many ways to be sure")
        left[0] -= 1
        left[1] -= len(request)
    text = dialect_words.in_english(gallons.qualified(require_text(request, "request")))  # 'de cent': the cent
    tokens = tokenize(text)
    charge = unpriced_charge(tokens)
    if charge is not None:  # an answer without it would be short by a charge the user told us about
        raise ToolInputError(
            f"I can't work out {quoted(text)} in full: it names the {charge} without its amount. Say how much "
            f"it is (an amount or a percentage) and ask again."
        )
    parties.count_party(tokens)  # 'me and 3 mates': four people
    races.name_races(tokens)  # 'ran a 10k in 52 minutes': a distance, not ten thousand
    honorifics.name_people(tokens)  # 'Customer Mrs Lee gets': 'She gets'
    other_tongues.ask_in_english(tokens)  # 'total berapa?': 'total how much?'
    bill_words.say_in_english(tokens)  # '8% popust': an 8% discount; '10% bakshish': a 10% tip
    pound_amounts.name_pounds(tokens)  # 'a 480 pound order': £480
    spoken_money.join_spoken(tokens)  # 'one pound fifty each': £1.50
    unit_fractions.join_fractions(tokens)  # '3/4 cup of sugar': three quarters of a cup
    thousands.scale_thousands(tokens)  # 'from 1.2k to 1,530': twelve hundred, not kelvin
    thousands.name_pence(tokens)  # '45p a mile': pence
    qualifiers.drop_qualifiers(tokens)  # '1,236 business miles' at '45p a mile' are miles
    qualifiers.drop_working_days(tokens)  # 'how many working days' at '2,300 words a day': the days worked
    named_rates.name_rates(tokens)  # 'day rate is 375': 375 a day
    per_diems.name_per_diems(tokens)  # 'total per diem spend': the allowance, not a share per one
    continuous.day_of_hours(tokens)  # before the asides: 'a full day' says the day is 24 hours
    asides.drop_asides(tokens)
    split_purposes.drop_split_purposes(tokens)  # 'the $2,850 pitch fee for the summer series': a label
    split_earnings.drop_split_earnings(tokens)  # 'the £2,340 we made at the beer festival': its source
    start = strip_question(tokens)
    given_each.refuse_given_price(tokens, start, quoted(text))  # '40 jars at £6.50 each, how much each?'
    stated_totals.refuse_stated_total(tokens, start, quoted(text))  # '$1,850, $2,240, $6,065 in all': the mean?
    bracketed_amounts.refuse_bracketed_amount(tokens, quoted(text))  # 'the tombola £95 (£59 after the float)'
    # 'after 20% off it was $48': never taken off again
    price_after_cut.refuse_price_after_cut(tokens, start, quoted(text))
    if tokens[start].kind == "end":
        raise ToolInputError(f"there is no calculation in {quoted(text)}; {CAPABILITIES}")
    failures: list[NotUnderstood] = []
    for production in (*PRODUCTIONS, solve_arithmetic):
        try:
            solution = production(tokens, start)
        except NotUnderstood as failure:
            failures.append(failure)
            continue
        except ToolInputError as error:  # understood, but it has no answer (or needs something said)
            solution = _read_again(text, tokens, start, chained=chained)
            if solution is not None:  # read a phrase at a time it was refused; read by its quantities it is not
                return solution
            raise ToolInputError(f"I can't work out {quoted(text)}: {error}") from None
        if solution is not None:
            return solution
    solution = _read_again(text, tokens, start, chained=chained)
    if solution is not None:
        return solution
    if (lacking := readings.missing()) is not None:  # read in full, but a figure it needs is not said
        raise ToolInputError(f"I can't work out {quoted(text)}: {lacking}")
    furthest = max(failures, key=lambda f: f.position)
    raise _Unplaced(not_understood(text, tokens, furthest))


class _Unplaced(ToolInputError):
    """No reading placed the request; a reading that understood it and refused says why in a ToolInputError."""


def _read_again(text: str, tokens: list[Token], start: int, *, chained: bool) -> Solution | None:
    """The request not understood as written, read by its quantities or again without what can be set aside."""
    solution = (
        solve_by_givens(tokens, start)
        or (chains.solve_chain(text, tokens, _solve_step) if chained else None)
        or labels.after_label(text, tokens, start, lambda shorter: _solve(shorter, chained=chained))
        or _after_context(text, tokens, start, chained=chained)
    )
    if solution is not None:
        return solution
    written = tokenize(text)  # as written: ``tokens`` has lost its asides and question words
    return (
        _again(sources.without_sources(text, written), chained=chained)
        or _again(designators.without_designators(text, written), chained=chained)
        or _again(tax_names.in_english(text, written), chained=chained)  # 'TVA at 20%' is VAT at 20%
        or _again(fuel_words.as_plain(text), chained=chained)  # '110 km with one gallon': 110 km per gallon
        or _again(signs_first.as_signs_first(text, written), chained=chained)  # '18.50 euros': EUR 18.50
        or _again(per_counted.priced_each(text, written), chained=chained)  # '60 cases at €84 per case': each
        or _again(counted_products.as_product(text, written), chained=chained)  # '14 trucks × 2,350 miles each'
        or _again(percent_names.as_part(text, written), chained=chained)  # '25% Gift Aid on £3,640': the part
        or _again(year_labels.without_years(text, written), chained=chained)  # 'our 2023 harvest was 40 tonnes'
        or _again(stated_factors.without_factor(text, written), chained=chained)  # 'using 1 TB = 1,000 GB'
        or own_factors.with_own_factor(text, written, lambda said: _solve(said, chained=chained))  # 1 lb = 0.4536 kg
        or _again(party_subjects.as_we(text, written), chained=chained)  # 'My wife and I are driving ...'
        or _again(story_subjects.as_pronoun(text, written), chained=chained)  # 'The giraffe gets 4.5 kg a day'
        or _again(sized_periods.as_counted(text), chained=chained)  # 'over a 31-day month': over 31 days
        or _again(group_counts.as_counted(text), chained=chained)  # 'crew of 7, each working 9 hours'
        or _again(rough_figures.as_exact(text), chained=chained)  # 'drinks roughly 150 litres a day'
        or _again(working_asked.without_working(text), chained=chained)  # '... and show the steps'
        or _again(restated_clocks.as_figures(text), chained=chained)  # 'half seven in the evening (19.30)'
        or _again(day_part_clocks.as_am_pm(text), chained=chained)  # 'at 6.45 in the morning': 6:45am
        or _again(hour_marks.as_colon(text), chained=chained)  # 'I light the fire 16h30 and close 23h45': 16:30
        or _again(each_placed.each_after_period(text), chained=chained)  # '9 kg of hay each a day'
        or _again(cut_and_tax.listed(text), chained=chained)  # '£40 each, 10% off then 20% VAT on top'
        or _again(each_asked.per_one(text), chained=chained)  # '6 midwives covered 143 births. How many each?'
        or _again(story_returns.after_turn(text), chained=chained)  # '... I ran out of change twice. Anyway, I sold'
        or _again(per_asked.named_top(text), chained=chained)  # '38,400 kg off 6.4 hectares. The yield per hectare?'
        or _again(time_points.as_now(text), chained=chained)  # '3,420 g at birth and 3,180 g on day 5'
        or _again(percent_of_named.with_amounts(text), chained=chained)  # 'caps it at 50 GB. What % of the cap ...'
        or _again(change_bases.without_base(text), chained=chained)  # 'Percent up from the old price?'
        # 'Busy one today.', 'each one 25 m long'
        or _again(pronoun_ones.without_pronoun_one(text) or pronoun_ones.each_one(text), chained=chained)
        or _again(line_totals.as_amount(text, written), chained=chained)  # 'sold 14 prints at €180 each': €2,520
        or _again(they_priced.as_priced(text), chained=chained)  # 'Bought 12 tents. They were £89.99 each'
        or _again(named_conversions.as_that(text, written), chained=chained)  # 'our vineyard size in acres'
        or _again(listed_counts.without_count(text, written), chained=chained)  # '£875 and £2,310 from the two events'
        or _again(sources.setting_asked(text, written), chained=chained)
        or _again(question_first.question_last(text), chained=chained)
        or _again(conditional_questions.as_statement(text), chained=chained)  # 'How much does Ben get if ...?'
        or _again(imperative_steps.restated(text), chained=chained)  # '$4,188 - work out the monthly cost'
        or labels.topic_label(text, tokens, start, lambda shorter: _solve(shorter, chained=chained))
        or labels.listed_label(text, tokens, start, lambda shorter: _solve(shorter, chained=chained))
        or labels.addressed(text, tokens, start, lambda shorter: _solve(shorter, chained=chained))
        or rounding.to_places(text, lambda shorter: _solve(shorter, chained=chained))
        or whole_units_asked.in_whole_units(text, lambda said: _solve(said, chained=chained))  # 'how many full weeks'
        or _again(form_remarks.without_remark(text, written), chained=chained)
        or _again(explained_sums.without_explanation(text, written), chained=chained)  # '...? It's the deposit cap'
        or carried_periods.solve_carried(text, lambda said: _solve(said, chained=chained))  # '£1,150 a month ... each?'
        or _again(counted_bundles.spelled_out(text, written), chained=chained)  # 'a 10-class pass': of 10 classes
        or duration_forms.in_hours_and_minutes(text, lambda said: _solve(said, chained=chained))  # '12 h 15 min'
        or percent_below.solve_percent_below(text, lambda said: _solve(said, chained=chained))  # 'below asking'
        or _again(year_labels.without_year(text, written), chained=chained)  # 'sold in 2019 for £198,000 ... now'
        or _again(party_scenes.without_scene(text, written), chained=chained)  # 'Six of us went out ... and'
        or _again(table_parties.as_they(text, written), chained=chained)  # 'Table of six just had ...'
        or _again(averaged_prices.at_each(text, written), chained=chained)  # '38 lambs, averaged £97.50 a head'
        or _again(taken_off.without_off(text, written), chained=chained)  # 'they take 4% commission off'
        or _again(told_after.amount_in_place(text, written), chained=chained)  # 'split the profit. It was £900.'
        or taxed_parts.solve_taxed_part(text, written, lambda said: _solve(said, chained=chained))  # 'fee plus VAT'
        or _again(inert.without_inert(text, written), chained=chained)
        or _again(unit_remarks.without_unit_remark(text, written), chained=chained)  # 'the limit is in kilos'
        or _again(list_labels.without_list_label(text, written), chained=chained)  # 'yields per plant were 3.2, ...'
        or _again(listed_periods.as_plain_mean(text), chained=chained)  # 'takings mon-fri were ... - average per day'
        or _again(needed_counts.asked_for_count(text), chained=chained)  # 'We need 1,140 shells. How many hours?'
        or _again(elided_nouns.with_noun(text), chained=chained)  # '12 rosquillas a bag. We baked 500.'
        or _again(labelled_pay.as_sentence(text), chained=chained)  # 'Hours: 42. Rate: £15.75. Gross pay?'
        or margins.with_margin(text, written, lambda rest: _solve(rest, chained=chained))
        or range_bounds.at_bound(text, lambda said: _solve(said, chained=chained))
        or _again(told_conversions.as_plain(text, written) or schedules.as_sum(text, written), chained=chained)
        or _again(inch_marks.as_inches(text), chained=chained)  # 'what's 42 in in centimetres?': inches
        or _again(clock_extents.as_extent(text, written), chained=chained)  # '... an hour from 8:30 to 4:00'
        or _again(what_in_units.as_how_many(text, written), chained=chained)  # 'what delay in ms'
        or _again(defined_periods.as_total(text), chained=chained)  # 'School year is 39 weeks ... hours a year'
        or _again(leftover_remarks.without_leftover_remark(text), chained=chained)  # '... Whatever's left over is mine'
        or _again(closing_brackets.before_question(text), chained=chained)  # '... do I need? (not counting doors)'
        or _again(contracted_is.as_is(text), chained=chained)  # "Pool's 25 metres": the pool is 25 metres
        or _again(average_each.without_average(text), chained=chained)  # 'on average each took 212 litres. Total?'
        or _again(rate_nouns.as_counted(text, written), chained=chained)  # 'picked 14,380 units ... picks per hour'
        or _again(exclamations.as_sentence_end(text), chained=chained)  # 'to 32.9!! What's the ...'
        or _again(asked_measures.as_unit(text, written), chained=chained)  # last: every other reading went first
        or _again(terse_units.as_asked(text, written), chained=chained)  # '18 mi in 36 mins, avg mph'
        or _again(named_measures.with_is(text, written), chained=chained)  # 'ceiling 5.5m x 3.8m': it is
        or _again(measure_forms.as_plain(text), chained=chained)  # 'the 38-mile run', 'at a speed of 48 km/h'
        or _again(figure_order.sides_first(text), chained=chained)  # 'an office measuring 12.5 m by 8.4 m'
        or _again(described_labels.without_described(text, written), chained=chained)  # 'Walker: a postman.'
        or inner_rounding.to_places(text, lambda said: _solve(said, chained=chained))  # 'weights, to 1dp: 2.35, ...'
        or _again(remarks.without_remarks(text, written), chained=chained)  # 'Eish, ... Kind regards, Sunil'
        or _again(comings_back.as_returned(text), chained=chained)  # 'the hirer came back having used 62 litres'
        or _again(split_wholes.as_total(text), chained=chained)  # 'if they split the whole lot evenly'
        or _again(bill_inclusions.without_inclusion(text), chained=chained)  # 'bill ₡81 900 with service included'
        or _again(relayed_asks.as_question(text), chained=chained)  # 'Customer wants the length in yards. ...'
        or lines_less.solve_lines_less(text, lambda said: _solve(said, chained=chained))  # '... She paid ₦100,000'
        or _again(purpose_tails.without_purpose(text, written), chained=chained)  # 'in cm for his buddies'
        or sized_asks.in_sized_containers(text, lambda said: _solve(said, chained=chained))  # 'how many 50 litre bags'
        or _again(potting.one_to_a_pot(text), chained=chained)  # 'potting on 360 plugs into 2 litre pots'
        or _again(one_unit_rates.as_per(text), chained=chained)  # '28 km for one litre', '€1.89 the litre'
        or _again(told_per_units.as_equation(text), chained=chained)  # 'use 1.609 km per mile'
        or _again(stated_rates.joined(text), chained=chained)  # '£6,480 inc VAT. VAT's 20%': inc VAT at 20%
        or _again(whole_remarks.without_whole_remark(text, written), chained=chained)  # '? Can't order half box.'
        or _again(labelled_things.without_label(text, written), chained=chained)  # 'the 5-star hotel': a kind
        or next(filter(None, (_again(said, chained=chained) for said in shaped.restated(text, written))), None)
    )


def _again(shorter: str | None, *, chained: bool) -> Solution | None:
    """The request read again as ``shorter`` (without its ``sources``, its ``inert`` words), when that reads in full."""
    if shorter is None:
        return None
    try:
        return _solve(shorter, chained=chained)
    except ToolInputError:
        return None


def _after_context(text: str, tokens: list[Token], start: int, *, chained: bool) -> Solution | None:
    """'Going to Spain next month. If the bureau gives ...': a sentence of context that carries nothing the
    arithmetic could use (``preambles``) is set aside, and the rest answered only when it accounts for itself."""
    for end in (preambles.context_end, preambles.clause_end, preambles.doing_end, tellers.role_end, tellers.one_of_end):
        after = end(tokens, start)  # a sentence, a clause before a pause, what the user is doing to the thing
        if after is None:
            continue
        try:
            return _solve(text[tokens[after].start :], chained=chained)
        except ToolInputError:
            continue
    return None


def evaluate_expression(expression: str) -> Solution:
    """Only arithmetic (symbols or words, no word problems): what the ``calculate`` tool evaluates."""
    text = require_text(expression, "expression")
    tokens = tokenize(text)
    start = strip_question(tokens)
    try:
        return solve_arithmetic(tokens, start, strict_angles=False)
    except NotUnderstood as failure:
        raise ToolInputError(not_understood(text, tokens, failure)) from None
