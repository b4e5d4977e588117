"""Whole packs for an amount: what is needed, over what one pack (box, table, drum, bottle) holds, rounded up — a
part pack is a whole one more. Four readings of one sum, told apart by how the amount needed is said:

* a count of things and what one container holds (``solve_containers``): '120 guests confirmed and the round tables
  seat 8 each. How many tables do I need?' → 15 tables; 125 guests need 16. The capacity is a number said of the
  container the question counts, by a verb of holding ('the tables seat 8', 'each bus holds 40') or by 'per' or 'of'
  ('8 per table', 'tables of 8'); the count is the other number, with what it counts. When the capacity names what
  it holds it is the same ('holds 12 books'), or people for a count of people; a verb of holding with nothing named
  is read only of people, or of the things the container is named by ('cupcake boxes hold 6').
* an amount said as needed (``solve_packs``): 'Back boxes come in packs of 10 and I need 37 of them, how many packs
  do I order?' → 4 packs (3 spare); 'I need 100 m of cable and it comes on 50 m drums' → 2 drums. The pack's size
  is said with the pack the question counts ('packs of 10', '50 m drums', 'bottles are 750 ml'); the amount is said
  or asked as needed ('I need 37', 'order is for 75', 'how many boxes do I need'). What is spare is said.
* what each of a group has (``solve_packs_needed``): 'each pizza is cut into 8 slices and each kid eats 3 slices.
  14 kids. how many pizzas do I order?' → 42 slices, 5.25, so 6 pizzas. How many people, what each has ('each kid
  eats 3 slices', 'each guest drinks 250 ml'), and what one pack holds ('1.5 L cartons', 'a box has 12'). What each
  has a day, over a stay said in whole days ('2 litres of water a day each for 3 people for 5 days, bottles of 1.5
  l') is worked out over the stay first: 10 litres each, 30 litres, 20 bottles.

* pieces of one size (``solve_pieces``): 'fourteen runs of cable at 6.5m each, want 10% extra for waste, cable
  comes on 50m drums' → 91 m, 100.1 m with the margin, 3 drums. A piece is cut whole from one pack, so a pack that
  gives fewer pieces than its length suggests ('2.2 m of skirting from 3 m lengths': one) needs more packs.

A third number where two are read, a price or a percentage, a word that changes the amounts ('spare', 'already',
'left', 'extra') or a question of how many can be *filled* (``quotients``: the full ones, rounded down) declines.
"""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none, read_givens
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, plural, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start, question_words
from servers.tools.calculator.tokens import Token


def rounded_up(needed: Fraction, size: Fraction) -> tuple[Fraction, int]:
    """The packs ``needed`` fills at ``size`` each, exactly and as whole packs (a part pack is one more)."""
    exact = needed / size
    return exact, math.ceil(exact)


def how_many_at(tokens: list[Token], start: int) -> int | None:
    """The index of the word 'how many' counts in the question ('how many packs'), or None."""
    for k in range(question_start(tokens, start), len(tokens) - 2):
        if tokens[k].word == "how" and tokens[k + 1].word == "many" and tokens[k + 2].kind == "word":
            return k + 2
    return None


def _said_at(tokens: list[Token], at: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first of ``phrases`` said at ``at``, or 0."""
    return next((len(p) for p in phrases if all(tokens[at + n].word == w for n, w in enumerate(p))), 0)


# --- a count of things, and what one container holds ---------------------------------------------------------------

_SEATING = frozenset("seat seats sit sits hold holds take takes carry carries fit fits sleep sleeps".split())
_CONTAINER_PER = (("per",), ("to", "a"), ("to", "each"), ("at", "each"), ("in", "each"), ("on", "each"), ("a",),
                  ("into", "each"), ("in", "a"), ("into", "a"))  # fmt: skip
_PEOPLE = frozenset(
    "people person persons guests guest adults children kids students pupils passengers players visitors diners "
    "attendees delegates staff members campers scouts".split()
)
_CONTAINER_SPOILERS = frozenset(
    "already left remaining spare extra more less fewer except plus minus half twice double empty full down "
    "reserved only but without besides another other cost costs price each's fill filled".split()
)
"""Words that change the count or the capacity: some already placed, spare places, rounding down ('how many boxes
can I fill' asks for the full ones, not all that are needed)."""
_MAX_BEFORE = 3  # 'the round tables seat 8': up to two words between the container and its verb


def solve_containers(tokens: list[Token], start: int) -> Solution | None:
    """The containers a count needs, rounded up to whole ones; None when the request is not that."""
    asked = _container_asked(tokens, start)
    if asked is None:
        return None
    if any(t.kind in ("currency", "date", "clock", "ordinal") or t.text in ("%", "/") for t in tokens[start:]):
        return None  # money, a percentage, a clock time: not a count of things
    counts = [k for k in range(start, len(tokens)) if tokens[k].kind == "number" and not _one_of(tokens, k, asked)]
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(counts) != 2 or words & _CONTAINER_SPOILERS:
        return None
    capacity = [k for k in counts if _holds(tokens, k, asked)]
    if len(capacity) != 1:
        return None
    size_at = capacity[0]
    count_at = counts[0] if counts[1] == size_at else counts[1]
    counted = _count_noun(tokens, count_at)
    held = _held(tokens, size_at)
    if counted is None or held not in ("", counted) and not (held in _PEOPLE and counted in _PEOPLE):
        return None
    if held == "" and tokens[size_at - 1].word in _SEATING and counted not in _PEOPLE:
        if not any(singular(t.word) == singular(counted) for t in tokens[max(size_at - 4, 0) : size_at - 1]):
            return None  # 'each bus holds 40' of '6 classes': what a bus holds is not said ('cupcake boxes hold 6')
    total, size = Fraction(tokens[count_at].value), Fraction(tokens[size_at].value)
    if size.denominator != 1 or total.denominator != 1 or size <= 0 or total <= 0:
        return None
    exact, needed = rounded_up(total, size)
    label = asked if needed == 1 else plural(asked)
    working = f"{numbers.format_number(total)} {counted} ÷ {numbers.format_number(size)} per {asked}"
    steps = [f"{working} = {numbers.format_number(exact)}"]
    solution = Solution(f"{needed} {label}", needed, "containers needed", f"ceil({total} / {size})", steps, label)
    if needed != exact:
        steps.append(f"{numbers.format_number(exact)} rounded up to {needed} whole {plural(asked)}")
        solution.notes.append(f"rounded up to whole {plural(asked)}: the last one is partly filled")
    return solution


def _one_of(tokens: list[Token], k: int, container: str) -> bool:
    """'in one box': the one container a capacity is said of, no count of its own."""
    if k + 1 >= len(tokens):
        return False
    one = tokens[k].kind == "number" and tokens[k].value == 1 and tokens[k - 1].word in ("in", "into")
    return one and singular(tokens[k + 1].word) == container


def _container_asked(tokens: list[Token], start: int) -> str | None:
    """The container the question counts ('how many tables'), as one of it."""
    at = how_many_at(tokens, start)
    if at is None:
        return None
    noun = tokens[at].word
    if not noun.isalpha() or lookup(noun, short=False) is not None:
        return None  # 'how many hours', 'how many litres': a measure, not a container
    return singular(noun)


def _holds(tokens: list[Token], at: int, container: str) -> bool:
    """Whether the number at ``at`` is what one container holds: 'tables seat 8', '8 per table'."""
    if tokens[at - 1].word in _SEATING:
        for k in range(at - 2, max(at - 2 - _MAX_BEFORE, -1), -1):
            if tokens[k].kind != "word":
                return False
            if singular(tokens[k].word) == container:
                return True
        return False
    if tokens[at - 1].word == "of" and at >= 2 and tokens[at - 2].word.endswith("s"):
        return singular(tokens[at - 2].word) == container  # 'tables of 8', 'in packs of 6'
    j = at + 1 + (_held(tokens, at) != "")  # '8 people per table'
    if _one_of(tokens, j + 1, container):
        return True  # 'I pack 4 masks in one box'
    width = _said_at(tokens, j, _CONTAINER_PER)
    return bool(width) and singular(tokens[j + width].word) == container


def _held(tokens: list[Token], at: int) -> str:
    """What the capacity names it holds ('holds 12 books', '8 people per table'), '' when unsaid."""
    after = tokens[at + 1]
    if after.kind == "word" and after.word.isalpha() and after.word not in ("each", "per", "to", "at", "in", "on", "a"):
        if lookup(after.word, short=False) is None and after.word not in ("and", "or", "so", "but", "how"):
            return after.word if after.word.endswith("s") else plural(after.word)
    return ""


def _count_noun(tokens: list[Token], at: int) -> str | None:
    """What the count counts ('120 guests'); None when a measure or nothing follows the number."""
    after = tokens[at + 1]
    if after.kind != "word" or not after.word.isalpha() or lookup(after.word, short=False) is not None:
        return None
    return after.word


# --- an amount said as needed, and the size of one pack -----------------------------------------------------------

_HOLDS = frozenset("hold holds take takes fit fits seat seats contain contains carry carries are is have has".split())
_PACK_PER = (("per",), ("to", "a"), ("in", "a"), ("in", "each"), ("in", "every"), ("a",), ("each",))
_NEEDS = frozenset("need needs needed order ordered ordering require requires required want wants for".split())
_ASK_TAIL = frozenset(
    "do does should shall will would i we you they need to buy order get require have use must make up give him her "
    "them".split()
)
_ASK_NEEDS = frozenset("need buy order get require use must".split())
_BUY_SPOILERS = frozenset(
    "spare extra more less left remaining already except plus minus half twice double triple dozen pair couple "
    "cost costs price prices each fill filled full can could without broken lose lost waste percent".split()
)
"""Words that change the amounts or ask another question: the reading leaves them to other rules."""


def solve_packs(tokens: list[Token], start: int) -> Solution | None:
    """The whole packs needed for an amount, rounded up; None when the request is not that."""
    asked = how_many_at(tokens, start)
    if asked is None:
        return None
    container = singular(tokens[asked].word)
    tail = [t.word for t in tokens[asked + 1 :] if t.kind == "word"]
    if any(t.kind not in ("word", "end") and t.text != "?" for t in tokens[asked + 1 :]) or set(tail) - _ASK_TAIL:
        return None
    if any(tokens[k].word in _BUY_SPOILERS and not _sizing_each(tokens, k) for k in range(start, asked)):
        return None
    givens = read_givens(tokens, start)
    if len(givens) != 2 or any(g.quantity.percent or is_money(g.quantity.measure) for g in givens):
        return None
    packs = [g for g in givens if _sizes(tokens, g, container)]
    if len(packs) != 1:
        return None
    pack = packs[0]
    need = next(g for g in givens if g is not pack)
    between = tokens[need.end : pack.start]
    if len(between) <= 3 and all(t.kind == "word" for t in between) and any(t.word == "of" for t in between):
        return None  # 'I need 3 boxes of 12 eggs': the size is of the packs needed, not a pack of what is needed
    held, counted = _counted(tokens, pack), _counted(tokens, need)
    if held and counted and held != counted:
        return None  # 'egg boxes hold 6 eggs. order is for 75 cupcakes': the packs hold something else
    if not (_NEEDS & set(need.before) or _ASK_NEEDS & set(tail)):
        return None  # '75 cupcakes, boxes hold 6, how many boxes': filled or needed, it does not say
    size, amount = pack.quantity, need.quantity
    if (size.measure is None) != (amount.measure is None) or size.value <= 0 or amount.value <= 0:
        return None
    if size.measure is not None and amount.measure is not None:
        if size.measure.per is not None or amount.measure.per is not None:
            return None
        if size.measure.dimension != amount.measure.dimension:
            return None
        needed = Fraction(convert(amount.value, amount.measure, size.measure))
    else:
        needed = Fraction(amount.value)
    exact, count = rounded_up(needed, Fraction(size.value))
    label = tokens[asked].word if count != 1 else container
    spare = count * Fraction(size.value) - needed
    working = f"{_shown_amount(amount)} ÷ {_shown_amount(size)}"
    steps = [f"{working} = {numbers.format_number(exact)}"]
    answer = f"{count} {label}"
    if spare:
        left = _shown_amount(Quantity(spare, size.measure))
        steps.append(f"rounded up to {count} whole {label}, with {left} spare")
        answer += f" ({left} spare)"
    solution = Solution(answer, count, "whole packs", working, steps, label)
    solution.notes = ["a part pack is bought whole, so the count is rounded up"] if spare else []
    return solution


def _sizing_each(tokens: list[Token], k: int) -> bool:
    """'each box holds 6', 'the balls are 50 g each': the 'each' of one pack's size, not a count of each."""
    if tokens[k].word != "each":
        return False
    if tokens[k + 2].word in _HOLDS and tokens[k + 3].kind == "number":
        return True
    size = k - 1 - (tokens[k - 1].kind == "word")  # '50 g each', '12 each'
    if size < 1 or tokens[size].kind != "number" or tokens[size - 1].word not in _HOLDS:
        return False
    return singular(tokens[size - 2].word) not in _DOSES  # 'the tablets are 250 mg each': a dose is not cut to fit


_DOSES = frozenset("tablet capsule pill dose vial ampoule ampule sachet".split())


def _counted(tokens: list[Token], given: Given) -> str | None:
    """What a count counts, said right after its number ('6 eggs', '75 cupcakes'), singular; None for a measure."""
    if given.quantity.measure is not None:
        return None
    numbers_at = [k for k in range(given.start, min(given.end + 1, len(tokens))) if tokens[k].kind == "number"]
    after = numbers_at[-1] + 1 if numbers_at else given.end
    return singular(tokens[after].word) if after < len(tokens) and tokens[after].kind == "word" else None


def _sizes(tokens: list[Token], given: Given, container: str) -> bool:
    """The number is one pack's size: 'packs of 10', 'boxes hold 6', 'each box holds 6', 'bottles are 750 ml',
    '6 per box', '12 to a box', '50 m drums', '40 litre bags'."""
    before = [t.word for t in tokens[max(0, given.start - 3) : given.start]]
    if len(before) >= 2 and singular(before[-2]) == container and before[-1] in ("of", *_HOLDS):
        return True
    after = given.end
    if tokens[after].kind == "word" and singular(tokens[after].word) == container:
        return True
    width = _said_at(tokens, after, _PACK_PER)
    return bool(width) and singular(tokens[after + width].word) == container


def _shown_amount(quantity: Quantity) -> str:
    return show(quantity) if quantity.measure is not None else numbers.format_number(quantity.value)


# --- what each of a group has, and what one pack holds -------------------------------------------------------------

_GROUP_SPOILERS = frozenset(
    "already have has got left spare extra more plus minus except half double twice adults also besides leftover "
    "some only share shared split between per total".split()
)
_CLAUSE = frozenset({",", ".", ";", "—", "-", "and"})


def solve_packs_needed(tokens: list[Token], start: int) -> Solution | None:
    """The whole packs that cover what each of a group has; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = [t.word for k, t in enumerate(tokens[start:], start) if t.kind == "word" and not _daily_per(tokens, k)]
    asked = question_words(tokens, start)
    if set(words) & _GROUP_SPOILERS or "how" not in asked or "many" not in asked:
        return None
    pack_noun = singular(asked[asked.index("many") + 1]) if asked.index("many") + 1 < len(asked) else ""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    stays = [g for g in givens if _duration(g)]
    if len(givens) != 3 + len(stays) or len(stays) > 1 or any(g.quantity.percent for g in givens):
        return None
    people = [g for g in givens if g.quantity.measure is None and g.noun == "people"]
    each = [g for g in givens if g not in people and g not in stays and _each_one(tokens, g)]
    if len(people) != 1 or len(each) != 1:
        return None
    pack = next(g for g in givens if g not in people and g not in each and g not in stays)
    if not pack_noun or not names_pack(pack, pack_noun) or pack_noun in (singular(each[0].noun), singular(pack.noun)):
        return None  # '2 presents from us and 4 presents from grandparents': more of the things, never a pack of them
    n = Fraction(people[0].quantity.value)
    steps: list[str] = []
    if stays:  # '2 litres of water a day each ... for 5 days': what each has over the stay, before the packs
        over = _over_the_stay(each[0], stays[0])
        if over is None:
            return None
        steps.append(f"{_shown_each(each[0])} × {show(stays[0].quantity)} = {_shown_each(over)}")
        each = [over]
    need, size = _in_one_unit(each[0], pack)
    if need is None or size is None or size <= 0 or need <= 0 or not numbers.is_integer(n) or n <= 0:
        return None
    total = n * need
    exact, packs = rounded_up(total, size)
    steps += [
        f"{numbers.format_number(n)} × {_shown_each(each[0])} = {numbers.format_number(total)} {_unit(each[0])}",
        f"{numbers.format_number(total)} ÷ {numbers.format_number(size)} = {numbers.format_number(exact)}",
    ]
    if packs != exact:
        steps.append(f"rounded up to {packs} whole {plural(pack_noun)}")
    expression = f"ceil({numbers.format_number(n)} * {numbers.format_number(need)} / {numbers.format_number(size)})"
    named = pack_noun if packs == 1 else plural(pack_noun)
    solution = Solution(f"{packs} {named}", packs, "packs needed", expression, steps)
    solution.notes.append("a part pack is one more to buy")
    return solution


def _duration(g: Given) -> bool:
    """'for 5 days', 'a 3 day trip': how long the group stays, a length of time that is no rate."""
    m = g.quantity.measure
    return m is not None and m.dimension == "time" and m.per is None and g.noun == ""


_EACH_A = (("each", "per"), ("each", "a"), ("each", "every"))


def _daily_per(tokens: list[Token], k: int) -> bool:
    """'2.5 litres of water each per day': the 'per' of what each has a day, not a spoiler."""
    return tokens[k].word == "per" and tokens[k - 1].word == "each" and _time_unit(tokens[k + 1].word) is not None


def _time_unit(word: str) -> Measure | None:
    unit = lookup(word, short=False) if word.isalpha() else None
    return unit if unit is not None and unit.dimension == "time" and unit.per is None else None


def _over_the_stay(each: Given, stay: Given) -> Given | None:
    """'2 litres a day' (or '2.5 litres each per day') over '5 days': what one has over the whole stay (10 litres),
    a whole number of the amount's periods; None when the amount is no rate of time or the stay is not whole
    periods of it."""
    m, days = each.quantity.measure, stay.quantity.measure
    per = m.per if m is not None else None
    if m is not None and per is None and each.after[:2] in _EACH_A and len(each.after) > 2:
        per = _time_unit(each.after[2])  # 'each per day', 'each a day'
    if m is None or per is None or per.dimension != "time" or days is None:
        return None
    periods = Fraction(stay.quantity.value) * days.factor / per.factor
    plain = lookup(m.name, short=False)
    if periods.denominator != 1 or periods <= 0 or plain is None or plain.per is not None:
        return None
    return replace(each, quantity=Quantity(Fraction(each.quantity.value) * periods, plain))


def _each_one(tokens: list[Token], g: Given) -> bool:
    """'each kid eats 3 slices', 'each guest will drink around 300 ml', '2 litres a day each for 3 people': the
    amount one of the people has."""
    if (
        g.after[:1] == ("each",)
        and any(w in PEOPLE for w in g.after[1:3])
        or g.after[:2] in (("each", "for"), *_EACH_A)
    ):
        return True
    k = g.start - 1
    seen: set[str] = set()
    while k >= 0 and k > g.start - 8 and tokens[k].text not in _CLAUSE and tokens[k].word not in _CLAUSE:
        seen.add(tokens[k].word)
        k -= 1
    return "each" in seen and any(singular(w) in PEOPLE or w in PEOPLE for w in seen)


def names_pack(pack: Given, noun: str) -> bool:
    """'each pizza is cut into 8 slices', '1.5 L cartons', 'a box has 12': the pack the question counts, said with
    the number of what it holds."""
    said = {singular(w) for w in (*pack.before, *pack.after[:1])} | {singular(pack.goods)}
    return noun in said


def _in_one_unit(each: Given, pack: Given) -> tuple[Fraction | None, Fraction | None]:
    """What each has and what a pack holds, as numbers of one unit (slices and slices, ml and litres)."""
    a, b = each.quantity, pack.quantity
    if a.measure is None and b.measure is None:
        same = each.noun and (not pack.noun or singular(each.noun) == singular(pack.noun))  # 'boxes of 12'
        return (Fraction(a.value), Fraction(b.value)) if same else (None, None)
    if a.measure is None or b.measure is None or a.measure.dimension != b.measure.dimension:
        return None, None
    if a.measure.per is not None or b.measure.per is not None:
        return None, None
    return Fraction(a.value), Fraction(convert(b.value, b.measure, a.measure))


def _shown_each(g: Given) -> str:
    return f"{numbers.format_number(g.quantity.value)} {_unit(g)}"


def _unit(g: Given) -> str:
    m = g.quantity.measure
    return m.label(2) if m is not None else plural(g.noun)


# --- pieces of one size, with a margin, and the size of one pack ---------------------------------------------------

_MARGINS = frozenset("extra spare waste wastage margin buffer".split())
_PIECE_SPOILERS = frozenset(
    "already left remaining except minus less fewer half double twice cost costs price each's per off discount "
    "more".split()
)


def solve_pieces(tokens: list[Token], start: int) -> Solution | None:
    """'fourteen runs of cable at 6.5m each, want 10% extra for waste, cable comes on 50m drums. how many drums' →
    14 × 6.5 m = 91 m, plus 10% = 100.1 m, ÷ 50 m = 2.002, so 3 drums: the pieces' total (and a margin said as
    extra or for waste) over one pack's size, rounded up; None unless the request is exactly that."""
    at = how_many_at(tokens, start)
    givens = givens_or_none(tokens, start)
    if at is None or givens is None or not 3 <= len(givens) <= 4:
        return None
    pack_noun = singular(tokens[at].word)
    margins = [g for g in givens if g.quantity.percent]
    rest = [g for g in givens if not g.quantity.percent]
    if len(rest) != 3 or len(margins) > 1 or margins and not _is_margin(margins[0]):
        return None
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _PIECE_SPOILERS or words & _MARGINS and not margins:
        return None
    counts = [g for g in rest if g.quantity.measure is None and g.noun and g.noun != "people"]
    measured = [g for g in rest if g.quantity.measure is not None and g.quantity.measure.per is None]
    each = [g for g in measured if g.after[:1] == ("each",)]
    packs = [g for g in measured if g not in each and names_pack(g, pack_noun)]
    if len(counts) != 1 or len(each) != 1 or len(packs) != 1 or is_money(each[0].quantity.measure):
        return None
    count, piece, pack = counts[0], each[0], packs[0]
    if not 0 <= piece.start - count.end <= 4 or any(t.kind != "word" for t in tokens[count.end : piece.start]):
        return None  # 'fourteen runs of cable at 6.5m each': the size is said of the pieces counted
    n = Fraction(count.quantity.value)
    one, size = _in_one_unit(piece, pack)
    if one is None or size is None or one <= 0 or size <= 0 or n <= 0 or n.denominator != 1:
        return None
    total = n * one
    unit = _unit(piece)
    steps = [f"{numbers.format_number(n)} × {_shown_each(piece)} = {numbers.format_number(total)} {unit}"]
    if margins:
        share = Fraction(margins[0].quantity.value)
        steps.append(f"{numbers.format_number(total)} {unit} + {show(margins[0].quantity)} = "
                     f"{numbers.format_number(total * (1 + share))} {unit}")  # fmt: skip
        total *= 1 + share
    exact, whole = rounded_up(total, size)
    steps.append(f"{numbers.format_number(total)} ÷ {numbers.format_number(size)} = {numbers.format_number(exact)}")
    if whole != exact:
        steps.append(f"rounded up to {whole} whole {plural(pack_noun)}")
    fit = size // one  # a piece is cut whole from one pack: what a pack gives may be less than its length says
    if fit < 1:
        return None
    cut = math.ceil(n / fit)
    if cut > whole:
        whole = cut
        steps.append(f"each {pack_noun} gives only {fit} whole {count.noun if fit == 1 else plural(count.noun)}: "
                     f"{numbers.format_number(n)} ÷ {fit} rounded up is {cut} {plural(pack_noun)}")  # fmt: skip
    named = pack_noun if whole == 1 else plural(pack_noun)
    solution = Solution(f"{whole} {named}", whole, "packs needed", f"ceil({numbers.format_number(total)} / "
                        f"{numbers.format_number(size)})", steps)  # fmt: skip
    solution.notes.append("a part pack is one more to buy")
    return solution


def _is_margin(g: Given) -> bool:
    """'want 10% extra for waste', 'plus 10% spare': a percentage said as more to have, not a discount or a tax."""
    said = {*g.before[-2:], *g.after[:3]}
    return bool(said & _MARGINS) and not said & {"off", "discount", "less", "tax", "vat", "fee"}
