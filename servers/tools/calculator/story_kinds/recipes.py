"""A recipe scaled to what is wanted: 'domoda: 1 kg rice, 500 g peanut paste and 750 g beef for 6 people. We expect
45 people. How many kg of peanut paste?' → 3.75 kg; 'My house mukhallat: 12 ml oud oil, 30 ml rose oil and 8 ml
white musk make 50 ml. A hotel wants 1.5 litres. How many ml of rose oil?' → 900 ml.

The recipe is its amounts and what they make ('for 6 people', 'make 50 ml', 'feed 4 people'); what is wanted is the
one later figure of the same ('45 people', 'We will be 14', '1.5 litres'); the ingredient asked is the one whose
name the question says. Every amount grows in step with what is made.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import convert, lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Figure, Story, unit_label

_MAKES = frozenset("for feed feeds make makes made serve serves gives give yields yield".split())
_PEOPLE = frozenset(
    "people person persons guest guests tourist tourists kid kids child children adult adults pax man men woman "
    "women worker workers student students visitor visitors".split()
)
_WE_ARE = frozenset("we are be were is".split())
_NOT_NAMES = frozenset(
    "how much many of the a an in for i my we she he you need needs do does is it grams gram kg ml litres liters "
    "what".split()
)
_READS = frozenset({"and"})
_WANTED_AFTER = frozenset(
    "for are be expect expecting want wants need needs make making cook cooking frying fry bake baking feed feeding "
    "serve serving have with of is".split()
)
_CHANGED = frozenset("vegetarian vegan doubling halving halve don't".split())
PROBLEM = "recipe scaled to what is wanted"


def solve_recipe(story: Story) -> Solution | None:
    """The ingredient asked, for what is wanted; None unless the story is exactly a recipe, a want and a question."""
    if story.clocks or story.stretches or story.shifts(_READS) or story.words & _CHANGED or story.asks_unsaid():
        return None
    figures = story.figures
    if any(f.currency or f.percent for f in figures) or len(figures) < 3:
        return None
    yields = [f for f in figures if f.at > 0 and story.tokens[f.at - 1].word in _MAKES]
    if not yields:
        return None
    made = yields[0]
    sentence = story.sentence(made.at)
    amounts = [f for f in figures if f is not made and story.sentence(f.at) <= sentence]
    wanted = [f for f in figures if story.sentence(f.at) > sentence]
    if len(yields) > 1 and yields[1:] != wanted:
        return None
    if len(wanted) != 1 or not amounts or any(not f.unit for f in amounts):
        return None
    if story.tokens[wanted[0].at - 1].word not in _WANTED_AFTER:
        return None  # '2 people are vegetarian': a figure said of the recipe, not what is wanted of it
    ratio = _ratio(story, made, wanted[0])
    if ratio is None:
        return None
    names = {id(f): _name(story, f) for f in amounts}
    asked_words = _question_words(story)
    earlier = {singular(t.word) for k, t in enumerate(story.tokens) if t.word and story.sentence(k) < story.question}
    if asked_words - earlier - {singular(w) for w in (made.unit, wanted[0].unit)}:
        return None  # 'how many gram powder, sugar?': a thing the recipe does not name
    shared = {w for f in amounts for g in amounts if f is not g for w in names[id(f)] & names[id(g)]}
    picked = [f for f in amounts if (names[id(f)] - shared) & asked_words]  # 'rose oil', not the oud oil
    if len(picked) != 1:
        return None
    amount = picked[0]
    value = Fraction(numbers.checked(amount.value * ratio))
    unit = amount.unit
    target = _asked_unit(story, unit)
    if target is None:
        return None
    n = numbers.format_number
    steps = [f"{n(amount.value)} {unit_label(unit, amount.value)} × {n(wanted[0].value)} ÷ {n(made.value)} = "
             f"{n(value)} {unit_label(unit, value)}"]  # fmt: skip
    source, goal = lookup(unit), lookup(target)
    if source is not None and goal is not None and source.name != goal.name:
        converted = Fraction(convert(value, source, goal))
        steps.append(f"{n(value)} {unit_label(unit, value)} = {n(converted)} {unit_label(target, converted)}")
        value, unit = converted, target
    label = unit_label(unit, value)
    solution = Solution(f"{n(value)} {label}", value, PROBLEM, f"{n(amount.value)} × {n(ratio)}", steps, label)
    solution.notes.append(f"every amount of the recipe grows in step with what it makes ({n(made.value)} to "
                          f"{n(wanted[0].value)})")  # fmt: skip
    return solution


def _ratio(story: Story, made: Figure, wanted: Figure) -> Fraction | None:
    """How many times the recipe is wanted: 45 people of 6; 1.5 litres of 50 ml; 'We will be 14' of 4 people."""
    if made.value <= 0 or wanted.value <= 0:
        return None
    if made.unit and singular(made.unit) == singular(wanted.unit):
        return wanted.value / made.value
    if made.unit in _PEOPLE and (wanted.unit in _PEOPLE or _said_of_us(story, wanted)):
        return wanted.value / made.value
    source, goal = lookup(made.unit), lookup(wanted.unit)
    if source is None or goal is None or source.dimension != goal.dimension or source.per or goal.per:
        return None
    return Fraction(convert(wanted.value, goal, source)) / made.value


def _said_of_us(story: Story, wanted: Figure) -> bool:
    """'We are 11.', 'We will be 14.': the people wanted, with no noun after them."""
    return not wanted.unit and story.tokens[wanted.at - 1].word in _WE_ARE


def _name(story: Story, amount: Figure) -> frozenset[str]:
    """The words naming an amount's ingredient: 'rose oil' of '30 ml rose oil', 'peanut paste'."""
    words = [] if lookup(amount.unit) is not None else [amount.unit]  # '2 eggs': the eggs
    k = amount.end
    if story.tokens[k].word == "of":
        k += 1
    while story.tokens[k].kind == "word" and story.tokens[k].word not in _MAKES | {"and"}:
        words.append(singular(story.tokens[k].word))
        k += 1
    return frozenset(words) - _NOT_NAMES


def _question_words(story: Story) -> frozenset[str]:
    """The words of the question, the story's last sentence."""
    tokens = story.tokens
    return (
        frozenset(singular(t.word) for k, t in enumerate(tokens) if t.word and story.sentence(k) == story.question)
        - _NOT_NAMES
    )


def _asked_unit(story: Story, unit: str) -> str | None:
    """The unit the question asks the ingredient in ('How many kg of', 'in grams'), or the ingredient's own; None
    when it asks one of another kind ('how many grams' of cups of flour)."""
    known = lookup(unit)
    tokens = story.tokens
    for k in range(len(tokens) - 1):
        if tokens[k].word in ("many", "in") and tokens[k + 1].kind == "word" and story.sentence(k) == story.question:
            asked = lookup(tokens[k + 1].word)
            if asked is None or asked.per:
                continue
            if known is None or asked.dimension != known.dimension:
                return None
            return tokens[k + 1].word
    return unit
