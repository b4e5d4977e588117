"""Word problems read by their givens: the fallback before a decline.

Each reader takes the request's given quantities and the measure its question asks for, and answers only when it
accounts for every figure; the first that does answers. The order matters only where two kinds of problem could
read the same givens (a saving goal before the units, a tip asked as a percentage before a total of purchases),
and the newest kinds come last, so a request an earlier reader answers is answered as it was.
"""

from __future__ import annotations

from servers.tools.calculator import (
    allowances,
    balances,
    billed_hours,
    breaks,
    bundles,
    changes,
    codes,
    complements,
    counted_parts,
    courses,
    coverage,
    defined_units,
    dimensions,
    doses,
    each_rates,
    every_parts,
    everyday,
    exchange,
    first_then,
    floors,
    goals,
    groups,
    growth,
    infusions,
    ingredient_lists,
    instalments,
    intervals,
    kept,
    leftovers,
    legs,
    marks,
    markups,
    mixes,
    named_cuts,
    named_shares,
    net_profits,
    offers,
    packs,
    paybacks,
    period_paybacks,
    portions,
    price_lists,
    profit_lines,
    profits,
    prorating,
    purchase_stories,
    recipes,
    records,
    remainders,
    repeats,
    round_trips,
    share_rates,
    sized_lots,
    spare_places,
    supplies,
    temperatures,
    tendered,
    tiling,
    tip_shares,
    tipping,
    weighted,
    whole_packs,
)
from servers.tools.calculator.readings import Reader, first_reading
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

READERS: tuple[Reader, ...] = (
    goals.solve_saving_goal,  # before the units: 12.5 months of saving is 13 before there is enough
    markups.solve_markup,
    profits.solve_profit,
    growth.solve_growth,
    weighted.solve_weighted,
    changes.solve_change,
    offers.solve_cheaper,
    groups.solve_group_share,
    groups.solve_share_percent,
    share_rates.solve_named_rate,  # 'what is the mortality rate in percent' of '23 of 500 died'
    complements.solve_complement,
    doses.solve_dose,
    tipping.solve_tip_percent,  # before purchases: '$9 on a $60 bill' asked as a percentage is no total
    purchase_stories.solve_purchase_story,  # a sum of lines, one amount set aside, or a price on two counts
    tendered.solve_change_due,
    temperatures.solve_temperature_change,
    coverage.solve_coverage,
    portions.solve_portions,
    floors.solve_floor_cost,
    named_shares.solve_named_share,
    named_cuts.solve_named_cut,  # a deposit or fee at a percentage, or what is left after it
    remainders.solve_rest_shared,
    leftovers.solve_leftover,
    kept.solve_kept,  # a count left after some of it is given away, eaten or lost
    balances.solve_balance,
    instalments.solve_instalments,
    prorating.solve_prorated,
    allowances.solve_allowance,
    each_rates.solve_rate_each,
    marks.solve_marks,
    records.solve_record,
    infusions.solve_infusion,  # before the units reading: a drip rate is given to the whole drop too
    every_parts.solve_every_parts,  # '1 basket of husk for every 4 baskets of earth': before units add them
    sized_lots.solve_sized_lots,  # '14 sacks of 25 kg plus 6 sacks of 10 kg'
    dimensions.solve_by_units,
    legs.solve_legs,
    breaks.solve_paid_hours,
    billed_hours.solve_billed_hours,  # a span of clock times at an hourly rate
    intervals.solve_clock_story,
    intervals.solve_date_story,
    recipes.solve_recipe,
    ingredient_lists.solve_ingredient_list,
    defined_units.solve_defined_unit,
    bundles.solve_bundle_price,
    packs.solve_pack_price,  # the price of one item of a named pack, of two
    exchange.solve_exchange,
    tiling.solve_tiling,
    supplies.solve_supply,
    whole_packs.solve_containers,  # whole containers for a count, rounded up
    courses.solve_course,  # the whole of a course of doses, where a supply's question asks how long it lasts
    repeats.solve_repeats,  # an amount done so many times a period, over so many periods
    round_trips.solve_round_trip,
    mixes.solve_mix,
    codes.solve_code_count,  # 'a 4 wheel lock with the digits 0 to 9': 10^4 codes
    everyday.solve_everyday,  # new kinds of everyday problem, after every reading before them
    profit_lines.solve_profit_lines,  # several lines sold, less the costs told
    price_lists.solve_price_list,  # prices told first, then how many of each
    first_then.solve_first_then,  # a first hour's charge, then every half hour after
    paybacks.solve_payback,  # how many uses at a charge each pay back what a thing cost
    period_paybacks.solve_period_payback,  # how many months of profit pay back what a thing cost
    spare_places.solve_spare_places,  # rows of chairs, less the people coming
    net_profits.solve_net_profit,  # takings less the costs told, laid out any way
    tip_shares.solve_tip_share,  # a bill and its tip, shared evenly
    counted_parts.solve_counted_part,  # a percentage of a count, asked as how many things
)


def solve_by_givens(tokens: list[Token], start: int) -> Solution | None:
    """The first reading of the problem by its given quantities and the measure it asks for, or None."""
    return first_reading(READERS, tokens, start)
