"""A recipe scaled to another number of people: 'My recipe serves 4 and uses 300 g of flour. I'm cooking for 10
people, how much flour do I need?', 'a cake for 8 needs 200g butter. I'm making it for 12, how much butter?', and a
recipe doubled, tripled or halved: 'I need to triple 250 ml of milk'.

Three numbers and no other: how many the recipe is for (after 'serves', 'feeds', 'makes', or 'for' after the
dish: 'a cake for 8', 'the recipe for 6 people'), one ingredient's amount (a measure, '300 g of flour', or a count
of things, '2 eggs'), and how many it is wanted for ('cooking for 10', 'for 12 people', 'how much for 6'). The
answer is the ingredient times wanted ÷ given, and says it assumes the amounts scale with the servings. Two
ingredients, a count that could be either, a time ('bake for 40 minutes'), money or a percentage decline the
reading: it is never guessed which number is which.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, lookup, plural, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_DISHES = frozenset(
    "recipe recipes cake cakes pie pies soup stew batch dish loaf batter dough curry sauce casserole lasagne lasagna "
    "bread cookies muffins pancakes brownies cupcakes salad risotto chili chilli pudding tart quiche smoothie "
    "punch lemonade".split()
)
_YIELDS = frozenset("serves serve feeds feed makes make yields yield".split())
_WANTING = frozenset(
    "cooking making baking feeding serving hosting expecting need needs want wants have having invited catering "
    "throwing order ordered".split()
)
_NEEDING = frozenset("need needs want wants".split())
_MAKING = frozenset("make bake cook do prepare produce".split())
_HOSTING = frozenset("having expecting hosting feeding serving inviting invited".split())
_SERVINGS = (
    frozenset("people serving servings portion portions guest guests person".split())
    | PEOPLE
    | frozenset(
        form
        for word in (
            "residents patients campers visitors attendees delegates customers clients teenagers teens boys girls "
            "scouts cadets athletes covers relatives pensioners volunteers".split()
        )
        for form in (word, singular(word))
    )
    | frozenset("men women folk folks staff crew troops ppl pax".split())
)
"""Who a recipe is cooked for: 'cooking for 46 residents' is for 46 people, as much as 'for 46 guests'."""
_SPOILERS = frozenset(
    "minutes minute hours hour oven degrees cost costs price per each percent more less extra left instead "
    "already but except".split()
)
_SCALES = {
    f"{stem}{ending}": factor
    for stem, factor in (
        ("doubl", Fraction(2)),
        ("tripl", Fraction(3)),
        ("quadrupl", Fraction(4)),
        ("halv", Fraction(1, 2)),
    )
    for ending in ("e", "ing")
}  # 'double a recipe', "I'm doubling a cookie recipe"
_VERB_AFTER = frozenset(
    "needs need uses use using takes take taking calls requires require with over round around coming".split()
)
"""Words after a bare count that are not what it counts: 'a cake for 8 needs', "we're having ten over"."""


def solve_recipe(tokens: list[Token], start: int) -> Solution | None:
    """An ingredient scaled from the servings a recipe makes to the servings wanted; None when it is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    words = {t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and not _but_wanting(tokens, i)}
    if words & _SPOILERS or any(t.text in ("/", "%") for t in tokens[start:]):
        return None  # '3/4 cup' is read as two numbers by the givens; a fraction is declined, not misread
    if len(givens) == 1:
        return _scaled_once(tokens, start, givens[0], words)
    if len(givens) == 2:
        return _scaled_by(tokens, start, givens, words)
    if not 3 <= len(givens) <= 5 or words & _SCALES.keys():
        return None  # 'doubling a recipe for 4 ... for 6 people': two scalings that disagree
    dish = _dish_counted(givens)
    made = [g for g in givens if _made_for(tokens, g, dish)]
    wanted = [g for g in givens if _wanted_for(tokens, start, g, dish)]
    if len(made) != 1 or len(wanted) != 1 or made[0] is wanted[0]:
        return None
    others = [g for g in givens if g is not made[0] and g is not wanted[0]]
    if dish and any(g.quantity.measure is None and g.start > wanted[0].start for g in others):
        return None  # 'I need 30 scones and 10 muffins': another count of things, not an ingredient of the scones
    served = _served(made[0].noun), _served(wanted[0].noun)
    if all(served) and served[0] != served[1]:
        return None  # 'makes 24 cookies ... for 36 people', 'makes 12 muffins ... 6 pancakes': counts of other things
    named = [(g, _ingredient(g)) for g in givens if g is not made[0] and g is not wanted[0]]
    asked = [
        (g, name) for g, name in named if name is not None and _asks(tokens, start, g, name, alone=len(named) == 1)
    ]
    if len(asked) != 1 or any(name is None for _, name in named):
        return None  # 'how much flour' of flour and eggs is one; 'how much' of both, or a number unread, is not
    ingredient, name = asked[0]
    assert name is not None
    others = {singular(n.rsplit(" ", 1)[-1]) for g, n in named if n and g is not ingredient}
    if others & {singular(w) for w in question_words(tokens, start)}:
        return None  # 'how much flour and eggs': a second ingredient asked too
    given, want = Fraction(made[0].quantity.value), Fraction(wanted[0].quantity.value)
    if given <= 0 or want <= 0 or not (numbers.is_integer(given) and numbers.is_integer(want)):
        return None
    return _answer(ingredient, name, want / given, f"× {numbers.format_number(want)} ÷ {numbers.format_number(given)}")


_SPEAKERS = frozenset("i i'm im we we're were".split())


def _but_wanting(tokens: list[Token], i: int) -> bool:
    """'... needs 300g of flour but I'm cooking for 10': a 'but' that only turns to how many it is wanted for."""
    if tokens[i].word != "but":
        return False
    at = i + 1 + (tokens[i + 1].word in _SPEAKERS)
    if at > i + 1 and tokens[at].word in _WANTING:
        return True  # 'but we need 7 loaves'
    at += tokens[at].word in ("am", "are", "will", "need", "'ll")
    return at > i + 1 and tokens[at].word in _WANTING | _HOSTING


def _dish_counted(givens: list[Given]) -> str:
    """'makes 12 scones ... I need 30 scones': what the recipe makes, counted after a verb of yield and counted
    again; '' when no count is said twice of one thing."""
    made = [g for g in givens if g.quantity.measure is None and g.noun and _yielded(g.before)]
    if len(made) != 1:
        return ""
    noun = singular(made[0].noun)
    again = [g for g in givens if g is not made[0] and g.quantity.measure is None and singular(g.noun) == noun]
    return noun if len(again) == 1 else ""


def _yielded(before: tuple[str, ...]) -> bool:
    """'makes 6 jars', 'brownie recipe 16 pieces': a count said as what the recipe yields, not 'to make 15'."""
    if before[-1:] and before[-1] in ("recipe", "recipes"):
        return True
    return bool(before[-1:]) and before[-1] in _YIELDS and before[-2:-1] != ("to",)


def _made_for(tokens: list[Token], g: Given, dish: str = "") -> bool:
    """'serves 4', 'feeds six', 'a cake for 8', 'the recipe for 6 people': how many the recipe is for."""
    if not _servings(tokens, g, dish):
        return False
    before = g.before
    if before[-1:] and before[-1] in _YIELDS and before[-2:-1] != ("to",):
        return True  # 'serves 4', not 'to feed 9'
    if len(before) >= 2 and before[-1] == "for" and (before[-2] in _DISHES or before[-2] == "enough"):
        return True
    if before[-1:] in (("recipe",), ("recipes",)) and g.noun:
        return True  # 'brownie recipe 16 pieces', 'recipe 4 ppl': terse, the count straight after the recipe
    return before[-1:] == ("for",) and _after_ingredient(tokens, g.start - 1)


def _after_ingredient(tokens: list[Token], at: int) -> bool:
    """'350g of flour for 4 people', 'the pasta recipe uses 350 g for four people': the 'for' at ``at`` follows an
    amount of an ingredient (and its name, when it is not the dish's own), so the count after it is how many the
    amount (and the recipe) is for."""
    k = at - 1
    while k > at - 4 and tokens[k].kind == "word" and lookup(tokens[k].word) is None:
        k -= 1  # 'of plain flour'
    unit = lookup(tokens[k].word) if tokens[k].kind == "word" else None
    return tokens[k - 1].kind == "number" and unit is not None and unit.dimension in ("mass", "volume")


def _served(noun: str) -> str:
    """What a count of servings counts: people (guests, portions, servings), the dish itself ('cookies'), or ''
    when it names neither ('a curry for six needs': the count's next word is a verb)."""
    if noun in _SERVINGS:
        return "people"
    return singular(noun) if noun and (noun in _DISHES or plural(noun) in _DISHES) else ""


def _wanted_for(tokens: list[Token], start: int, g: Given, dish: str = "") -> bool:
    """'cooking for 10', "I'm making it for 12", 'how much for 6', 'to feed 9', 'I need 30 scones' (of a recipe
    that makes scones): how many it is wanted for."""
    if not _servings(tokens, g, dish) or _made_for(tokens, g, dish):
        return False
    before = g.before
    if dish and singular(g.noun) == dish and before[-1:] and before[-1] in _WANTING:
        return True
    if before[-2:-1] == ("to",) and before[-1] in _MAKING:
        return True  # 'I want to make 30', 'need to bake 7 loaves'

    if before[-2:] in (("to", "feed"), ("to", "serve")) or before[-1:] and before[-1] in _HOSTING:
        return True  # 'to feed 9', "we're having ten over", 'expecting 12'
    if before[-1:] and before[-1] in _NEEDING and g.noun in _SERVINGS:
        return True  # 'need 10 servings', 'we want 12 portions': servings are only ever wanted
    if before[-1:] != ("for",):
        return False
    if bool(set(before) & _WANTING) or g.start >= question_start(tokens, start) and "how" in before:
        return True
    asked = question_start(tokens, start)
    if g.start >= asked and any(t.word == "how" for t in tokens[asked : g.start]):
        return True  # 'How many grams of flour for 10?': the question's 'for', however far from its 'how'
    return _opens_question(tokens, start, g.start - 1)


def _opens_question(tokens: list[Token], start: int, at: int) -> bool:
    """'For 6 people, how much flour?': 'for' and the count open the sentence the question ends."""
    if at > start and tokens[at - 1].text not in (".", "!", ";"):
        return False
    return not any(t.text in (".", "!", ";", "?") for t in tokens[at : len(tokens) - 1])


def _servings(tokens: list[Token], g: Given, dish: str = "") -> bool:
    """A plain count of people or servings ('10 people', '6 servings', a bare '12'), or of the ``dish`` the
    recipe makes, not of things."""
    q = g.quantity
    if q.measure is not None or q.percent:
        return False
    if dish and g.noun and singular(g.noun) == dish:
        return True
    if g.noun and (g.noun in _DISHES or plural(g.noun) in _DISHES):
        return True  # 'makes 24 cookies', 'for 36 cookies': a count of the dish itself
    return g.noun in _SERVINGS or not g.noun or tokens[g.start + 1].word in _VERB_AFTER


def _ingredient(g: Given) -> str | None:
    """What the amount is of: 'flour' in '300 g of flour' or '200g butter', 'egg' in '2 eggs'."""
    q = g.quantity
    if q.percent or q.value <= 0:
        return None
    if q.measure is None:
        return g.noun if g.noun and g.noun not in _SERVINGS else None
    if (
        q.measure.per is not None
        or q.measure.dimension not in ("mass", "volume")
        and not q.measure.dimension.startswith("count")
    ):
        return None
    names = [w for w in g.after[:2] if w.isalpha()]
    names = names[: next((k for k, w in enumerate(names) if w in _NOT_NAMES or lookup(w) is not None), len(names))]
    if g.goods:  # '300g of plain flour': the kind, then the ingredient
        return " ".join([g.goods, *names[:1]])
    return " ".join(names)  # '200g butter', '400 ml whole milk'


_QUESTION_FILLERS = frozenset("do does i we you will would should is are that it then needed need for in".split())
_NOT_NAMES = frozenset({"and", "for", "to", "of", "in", "is", "are", "or", "but", "so", "then"}) | _VERB_AFTER | _YIELDS
"""Words that end an ingredient's name: '250g flour makes 12 cookies' is of flour."""


def _asks(tokens: list[Token], start: int, ingredient: Given, name: str, *, alone: bool) -> bool:
    """The question asks for the ingredient: 'how much flour', 'how many eggs', or just 'how much' when it is the
    ``alone`` ingredient given."""
    asked = question_words(tokens, start)
    if sum(word in ("how", "what", "what's", "whats", "when") for word in asked) > 1:
        return False  # '... how much choc and how long to bake': a second question
    for k, word in enumerate(asked[:-1]):
        if word == "how" and asked[k + 1] in ("much", "many"):
            after = asked[k + 2].removesuffix("'s") if k + 2 < len(asked) else ""
            unit = ingredient.quantity.measure
            if not after or after in ("for", "do", "does", "will", "would", "should", "is", "of", "to"):
                return alone
            if not name:
                return alone  # 'how much flour ... the recipe for 4 uses 300 g': the one amount, named by the question
            head = name.rsplit(" ", 1)[-1]  # 'how much flour' of '300g of plain flour'
            if singular(after) in (head, singular(head)):
                return True
            if unit is None or lookup(after) != unit:
                return False
            named = [w for w in asked[k + 3 : k + 5] if w != "of"][:1]  # 'how many g of apples', not 'g sugar'
            return not named or named[0] in _QUESTION_FILLERS or singular(named[0]) in (head, singular(head))
    return alone and (has_phrase(asked, "how much") or has_phrase(asked, "how many"))


def _scaled_once(tokens: list[Token], start: int, g: Given, words: set[str]) -> Solution | None:
    """'triple 250 ml of milk', 'double a recipe that needs 200 g of sugar': one amount, one scaling verb."""
    verbs = [w for w in words if w in _SCALES]
    name = _ingredient(g)
    if len(verbs) != 1 or name is None or g.quantity.measure is None:
        return None
    verb_at = next(i for i in range(start, len(tokens)) if tokens[i].word == verbs[0])
    if verb_at > g.start:
        return None  # '250 ml, doubled' reads the other way; only the verb said first is read
    factor = _SCALES[verbs[0]]
    return _answer(g, name, factor, f"× {numbers.format_number(factor)}")


_ASKED = frozenset("how much many do does i we will would need is that it what what's whats of in the total".split())


def _scaled_by(tokens: list[Token], start: int, givens: list[Given], words: set[str]) -> Solution | None:
    """'scaling up by 2.5 and the recipe says 3/4 cup of sugar. how many cups?': one amount, scaled by a factor
    said as a number after 'scale (up) by' or 'multiply by'; scaling down, a scaling verb too, or a question about
    anything but the amount declines."""
    factors = [g for g in givens if _factor(g)]
    amounts = [g for g in givens if g.quantity.measure is not None]
    if len(factors) != 1 or len(amounts) != 1 or words & _SCALES.keys() or "down" in words:
        return None
    amount, factor = amounts[0], Fraction(factors[0].quantity.value)
    name = _ingredient(amount)
    if name is None or factor <= 0 or question_start(tokens, start) <= amount.start:
        return None
    unit = amount.quantity.measure
    for word in question_words(tokens, start):
        if word not in _ASKED and word != name and (unit is None or lookup(word) != unit):
            return None  # 'how much flour': another ingredient than the one given
    return _answer(amount, name, factor, f"× {numbers.format_number(factor)}")


def _factor(g: Given) -> bool:
    """A plain number said after 'scale (up) by' or 'multiply (it) by': the factor, not an amount."""
    before = [w for w in g.before if w not in ("up", "it", "everything")]
    q = g.quantity
    return (
        q.measure is None
        and not q.percent
        and not g.noun
        and before[-2:]
        in (
            ["scale", "by"],
            ["scales", "by"],
            ["scaled", "by"],
            ["scaling", "by"],
            ["multiply", "by"],
            ["multiplied", "by"],
            ["multiplying", "by"],
        )
    )


def _answer(g: Given, name: str, factor: Fraction, working: str) -> Solution:
    q = g.quantity
    value = numbers.checked(Fraction(q.value) * factor)
    result = Quantity(value, q.measure)
    step = f"{show(q, exact=True)} {working} = {show(result, exact=True)}"
    if q.measure is None:
        label = name if value == 1 else plural(name)
        solution = Solution(f"{numbers.format_number(value)} {label}", value, "recipe scaling", step, [step], label)
    else:
        solution = answer_for(result, "recipe scaling", f"{numbers.format_number(q.value)} {working}", [step])
        if name:
            solution.answer += f" of {name}"
    solution.notes.insert(0, "assuming every ingredient scales with the number of servings")
    return solution
