"""The readers of everyday problems tried last, after every other reading of the givens has passed.

Each reads one kind of problem in full (every number and the question) and states its convention in the answer's
notes, or returns None. They are tried after every other reading, so a request another reader answers is answered
as it was; only what was declined before can be read here.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator import (
    added_heads,
    added_lists,
    allowance_tax,
    area_units,
    bakers_percent,
    birth_ages,
    birthdays,
    commission,
    compared_before,
    conversion_stories,
    cost_per_use,
    count_rates,
    credit_weights,
    day_lists,
    dotted_times,
    double_rates,
    each_first,
    each_sums,
    electrics,
    exchange_offers,
    excluded_shares,
    fence_posts,
    flight_zones,
    free_items,
    goal_rates,
    group_parts,
    halves,
    interest_only,
    inverse,
    late_interest,
    layers,
    ledgers,
    leftovers,
    letting,
    missing_values,
    money_ratios,
    multibuy,
    named_parts,
    named_wholes,
    open_days,
    outstanding,
    owed,
    own_shares,
    paces,
    parts_for,
    payment_runs,
    percent_left,
    percent_purposes,
    percent_taken,
    period_costs,
    priced_totals,
    quotients,
    rate_sums,
    rate_versus,
    relative_ages,
    rental_yields,
    rest_split,
    revolutions,
    running_averages,
    running_costs,
    saved_shares,
    shift_rates,
    shortfall,
    strengths,
    takings,
    thick_boxes,
    total_averages,
    uneven_splits,
    uptime,
    wanted_units,
    weeks_rent,
    weighted_needed,
    whole_packs,
    whole_shares,
)
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

MAX_TOKENS = 160
"""The longest request read here, in tokens: these are a few sentences at most ('Four friends rented a cabin ...'
is 45), and a longer one is not tried, so a long request costs these readers nothing."""

READERS: tuple[Callable[[list[Token], int], Solution | None], ...] = (
    interest_only.solve_interest_only,
    inverse.solve_inverse,
    birthdays.solve_birthday_age,
    leftovers.solve_left_after_buying,
    commission.solve_commission,
    multibuy.solve_multibuy_saving,
    multibuy.solve_bogo,
    uneven_splits.solve_percent_split,
    uneven_splits.solve_split_by_nights,
    own_shares.solve_own_share,
    letting.solve_net_rent,
    shift_rates.solve_shift_pay,
    paces.solve_pace,
    takings.solve_takings,
    percent_taken.solve_percent_taken,
    percent_left.solve_percent_left,
    total_averages.solve_total_average,
    ledgers.solve_ledger,
    rest_split.solve_rest_split,
    allowance_tax.solve_allowance_tax,
    money_ratios.solve_money_ratio,
    fence_posts.solve_fence_posts,
    excluded_shares.solve_excluded_share,
    whole_packs.solve_packs_needed,
    whole_packs.solve_pieces,
    layers.solve_layer,
    owed.solve_owed,
    named_parts.solve_named_part,
    day_lists.solve_day_list,
    late_interest.solve_late_interest,
    flight_zones.solve_flight_zones,
    added_heads.solve_added_heads,
    shortfall.solve_shortfall,
    halves.solve_halves,
    weeks_rent.solve_weeks_rent,
    exchange_offers.solve_exchange_offers,
    whole_packs.solve_packs,
    strengths.solve_strength,
    wanted_units.solve_unit_wanted,
    credit_weights.solve_credit_weighted,
    whole_shares.solve_whole_shares,
    electrics.solve_electrics,
    uptime.solve_uptime,
    cost_per_use.solve_cost_per_use,
    bakers_percent.solve_bakers_percent,
    revolutions.solve_revolutions,
    goal_rates.solve_goal_rate,
    rate_versus.solve_rate_versus,
    weighted_needed.solve_weighted_needed,
    rental_yields.solve_rental_yield,
    quotients.solve_full_containers,
    payment_runs.solve_payment_run,
    parts_for.solve_part_for,
    count_rates.solve_count_rate,
    relative_ages.solve_relative_age,
    birth_ages.solve_birth_age,
    running_averages.solve_running_average,
    missing_values.solve_missing_value,
    compared_before.solve_compared_before,
    free_items.solve_free_items,
    conversion_stories.solve_conversion_story,
    running_costs.solve_running_cost,
    area_units.solve_area_conversion,
    area_units.solve_area_story,
    rate_sums.solve_rate_sum,
    saved_shares.solve_saved_share,
    named_wholes.solve_share_of_named,
    group_parts.solve_group_part,
    priced_totals.solve_priced_total,
    period_costs.solve_period_cost,
    percent_purposes.solve_percent_purpose,
    dotted_times.solve_dotted_times,
    outstanding.solve_outstanding,
    each_sums.solve_each_sum,
    each_first.solve_each_first,
    added_lists.solve_added_list,
    thick_boxes.solve_thick_box,
    open_days.solve_open_days,
    double_rates.solve_double_rate,
)


def solve_everyday(tokens: list[Token], start: int) -> Solution | None:
    """The first of ``READERS`` that reads the request in full, or None (a long request is not tried)."""
    if len(tokens) - start > MAX_TOKENS:
        return None
    for reader in READERS:
        try:
            solution = reader(tokens, start)
        except (NotUnderstood, ToolInputError):
            continue
        if solution is not None:
            return solution
    return None
