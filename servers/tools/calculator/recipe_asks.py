"""One ingredient of a recipe asked for another number of people: 'the recipe for 6 people uses 750 g of semolina and
1.2 kg of lamb. We are 22 at lunch. How many kg of lamb do I buy?', 'Kaiserschmarrn for 4 portions: 200 g flour, 4
eggs, 300 ml milk, 40 g sugar. Saturday we need 30 portions. How many litres of milk?'.

The other ingredients change nothing in the one asked: the amount asked scales with the count alone. So the list of
ingredients is read by its shape and said again with only the ingredient the question names ('... uses 1.2 kg of
lamb. We are 22 at lunch. How many kg of lamb do I buy?'), which the readers of scaled amounts then read in full,
with every figure of it accounted for:

* one run of two or more ingredients, each a figure with its unit (or a count of things: '4 eggs') and what it is
  of in up to three words, each a different thing, joined by commas or 'and', after the count the recipe is for
  in its sentence ('the recipe for 6 people uses', 'for 4 portions:'); no word that shares or adds ('each', 'more');
* the question, the last sentence, names one of them by its last word ('how many kg of lamb', 'how many limes');
  exactly one ingredient of the run ends in that word;
* nothing else of the request is changed: the count for the recipe and the count wanted are read by those readers.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.tokens import Token

_JOINS = frozenset({",", "and"})
_FOR = frozenset("for serves serve feeds feed makes make".split())
_SERVINGS = frozenset("people persons portions servings pieces guests".split())
_SPOILERS = frozenset("each per every more less extra left already spare plus minus except".split())
"""Words that say the amounts do more than make the dish: shared out, added to, some left."""
_STUFF_WORDS = 3
_STOPS = frozenset({".", ",", ";", ":", "?", "!"})


def as_one(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its list of ingredients said as the one the question asks for, or None (see above)."""
    question = last_sentence(tokens)
    asked = _asked(tokens[question:])
    if asked is None:
        return None
    if any(t.word in _SPOILERS for t in tokens):
        return None
    items = _items(tokens, question)
    runs = _runs(tokens, items)
    if len(runs) != 1 or len(runs[0]) < 2 or not _for_so_many(tokens, runs[0][0][0]):
        return None
    heads = [_head(tokens, item) for item in runs[0]]
    named = [item for item, head in zip(runs[0], heads, strict=True) if head == asked]
    if len(named) != 1 or len(set(heads)) != len(heads):
        return None  # '3 sweets from me and 2 sweets': amounts of one thing, added, never one of them alone
    begin, end = runs[0][0][0], runs[0][-1][1]
    one = text[tokens[named[0][0]].start : _end_of(tokens, named[0][1])]
    return text[: tokens[begin].start] + one + text[_end_of(tokens, end) :]


def _for_so_many(tokens: list[Token], begin: int) -> bool:
    """Whether the sentence of the list tells, before it, how many the recipe is for: 'the recipe for 6 people uses',
    'Kaiserschmarrn for 4 portions:', 'serves 8:'."""
    k = begin - 1
    while k > 0 and tokens[k - 1].text not in (".", "!", "?"):
        k -= 1
    for j in range(k, begin):
        if tokens[j].kind != "number":
            continue
        if tokens[j - 1].word in _FOR or tokens[j + 1].word in _SERVINGS:
            return True
    return False


def _asked(question: list[Token]) -> str | None:
    """The ingredient the question names, by its last word, singular: 'how many kg of lamb' -> 'lamb', 'how many
    grams of ground peanuts' -> 'peanut', 'How many limes' -> 'lime'."""
    words = [t.word for t in question]
    for k in range(len(words) - 2):
        if words[k : k + 2] not in (["how", "many"], ["how", "much"]):
            continue
        j = k + 2
        if lookup(question[j].text) is not None:
            j += 1
            if words[j] != "of":
                return None
            j += 1
        stuff: list[str] = []
        while j < len(question) and question[j].kind == "word" and len(stuff) < _STUFF_WORDS:
            if lookup(question[j].text) is not None or words[j] in ("do", "does", "did", "i", "we", "should", "must"):
                break
            stuff.append(words[j])
            j += 1
        return singular(stuff[-1]) if stuff else None
    return None


def _items(tokens: list[Token], question: int) -> list[tuple[int, int]]:
    """Every ingredient told before the question, as the span of its tokens: a figure, its unit or none, 'of' or
    none, and what it is of in up to three words."""
    items: list[tuple[int, int]] = []
    for k in range(question):
        if tokens[k].kind != "number":
            continue
        j = k + 1
        unit = lookup(tokens[j].text) is not None and tokens[j].kind == "word"
        j += unit
        j += unit and tokens[j].word == "of"
        stuff = 0
        while tokens[j].kind == "word" and tokens[j].word not in _JOINS and stuff < _STUFF_WORDS:
            if lookup(tokens[j].text) is not None:
                break
            j += 1
            stuff += 1
        if stuff and (tokens[j].text in _STOPS or tokens[j].word == "and"):
            items.append((k, j))
    return items


def _runs(tokens: list[Token], items: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The items joined by commas or 'and' into runs."""
    runs: list[list[tuple[int, int]]] = []
    for item in items:
        if runs:
            between = [t.text if t.kind == "symbol" else t.word for t in tokens[runs[-1][-1][1] : item[0]]]
            if between and all(b in _JOINS for b in between):
                runs[-1].append(item)
                continue
        runs.append([item])
    return [run for run in runs if len(run) > 1]


def _head(tokens: list[Token], item: tuple[int, int]) -> str:
    return singular(tokens[item[1] - 1].word)


def _end_of(tokens: list[Token], end: int) -> int:
    """Where the text of the token before ``end`` stops."""
    last = tokens[end - 1]
    return last.start + len(last.text)
