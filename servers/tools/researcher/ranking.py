"""Whether a passage ranks the question's thing the way the question does: the same superlative of the same thing
("the highest mountain" for "the tallest mountain", not "the highest free-standing mountain" nor "the smallest
bone" for "the longest bone"), among the same things ("the deepest point on Earth" is not a lake's own deepest
point, "its deepest point"; "the highest mountain in Africa" is not the highest of the world), by the measure the
question names ("base to peak") and at the place in the order it asks for ("the last person", not "the first").

Every regex here is linear: word alternations, bounded classes and no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.researcher.wording import base_form
from servers.tools.summarizer.sentences import STOPWORDS, stem, words

_SUPERLATIVE = re.compile(r"\b(?P<sup>[a-z]{3,}est)\s+(?P<noun>[a-z]{3,})\b", re.I)
_NOT_SUPERLATIVE = frozenset(
    "interest forest harvest contest protest request digest suggest honest modest earnest arrest invest conquest "
    "manifest test rest west chest guest nest pest quest vest zest latest".split()
)


def unranked(question: str, passage: str) -> str | None:
    """ "which is the tallest mountain" when the passage ranks the question's thing otherwise (a narrower kind,
    within a place the question does not name: "the highest mountain in Africa", or not by the measure the
    question names: "from base to peak"), else None."""
    for measure in MEASURED_BY.finditer(question[:2_000]):
        if re.search(rf"\b{re.escape(measure.group())}\b", passage, re.I) is None:
            return f"which it is {measure.group()}"
    for found in _ORDINAL.finditer(question[:2_000]):
        # "the last person to walk on the Moon" is not answered by "the first person to walk on the Moon"
        place, noun = found.group("ord").lower(), stem(base_form(found.group("noun").lower()))
        ranked = [
            m.group("ord").lower()
            for m in _ORDINAL.finditer(passage)
            if same_word(stem(base_form(m.group("noun").lower())), noun)
        ]
        if ranked and place not in ranked:
            return f"which is the {place} {found.group('noun').lower()}"
        if _ordinal_narrowed(place, noun, words(question[:2_000]), words(passage)):
            return f"which is the {place} {found.group('noun').lower()}"
        adjective = re.search(r"\b(?:the|its|their)\s+$", question[max(0, found.start() - 8) : found.start()], re.I)
        if adjective is not None and not _ranked_near(place, found, question, passage):
            return f"which is the {place} {found.group('noun').lower()}"
    for found in _ORDINAL_TO.finditer(question[:2_000]):
        # "the first person to orbit the Moon" is not answered by "the first crewed Moon landing": the deed ranked
        verb = stem(base_form(found.group("verb").lower()))
        said = [stem(base_form(w)) for w in words(passage)]
        place = found.group("ord").lower()
        if not any(w == place and any(same_word(t, verb) for t in said[i + 1 : i + 9]) for i, w in enumerate(said)):
            return f"which is the {place} {found.group('noun').lower()} to {found.group('verb').lower()}"
    for found in _MOST.finditer(question[:2_000]):
        # "the most moons", "the most venomous spider": said of it, and not denied ("are not the most venomous")
        phrase = found.group("what").lower()
        said_most = _most_said(phrase, passage)
        if not any(not _NEGATED.search(passage[max(0, m.start() - 16) : m.start()]) for m in said_most):
            return f"which has the most {phrase}"
    asked = words(question[:2_000])
    for found in [*_SUPERLATIVE.finditer(question[:2_000]), *_WHICH_IS_MOST.finditer(question[:2_000])]:
        sup, noun = found.group("sup").lower(), found.group("noun").lower()
        if sup in _NOT_SUPERLATIVE or noun in STOPWORDS:
            continue
        at = found.start("sup")
        if at > 0 and not _RANKING_BEFORE.search(question[max(0, at - 12) : at]):
            continue  # "where's everest located": a name that ends like a superlative, not one
        placed = at > 0 and _PLACE_BEFORE.search(question[max(0, at - 12) : at])
        if not _same_superlative(sup, noun, passage, ranked_by_place=placed is not None) or not _same_scope(
            sup, noun, asked, words(passage)
        ):
            return f"which is the {sup} {noun}"
    return None


# "the first person to orbit the Moon": a place in an order for a deed, which a passage must name after the ordinal.
_ORDINAL_TO = re.compile(r"\b(?P<ord>first|second|third|last)\s+(?P<noun>[a-z]{3,})\s+to\s+(?P<verb>[a-z]{3,})\b", re.I)
# "the most moons", "the most venomous spider": a superlative said with "most".
_MOST = re.compile(r"\bthe\s+most\s+(?P<what>[a-z]{3,})\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|no)\b[\w\s]{0,10}$", re.I)


def _most_said(phrase: str, passage: str) -> list[re.Match[str]]:
    """Where ``passage`` says "most <phrase>" (by the stem of the phrase's word)."""
    wanted = stem(base_form(phrase))
    return [
        m
        for m in re.finditer(r"\bmost\s+(?P<w>[a-z]{3,})\b", passage[:4_000], re.I)
        if same_word(stem(base_form(m.group("w").lower())), wanted)
    ]


# "Which mountain is the highest in the world?": the superlative said of the thing the question names first.
_WHICH_IS_MOST = re.compile(
    r"\b(?:which|what)\s+(?P<noun>[a-z]{3,})\s+(?:is|are|was|were)\s+the\s+(?P<sup>[a-z]{3,}est)\b", re.I
)
# What comes before a superlative: "the tallest", "its largest", "Africa's highest", "is deepest", "second longest".
_RANKING_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|my|your|and|or|is|are|was|were|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))"
    r"|['’]s)\s+$",
    re.I,
)


def _ranked_near(place: str, found: re.Match[str], question: str, passage: str) -> bool:
    """Does the passage put the question's thing ("the first emperor"; not "who first discovered", an adverb) in
    the order it asks for, the ordinal a few words before it?
    "the first Roman emperor" is not answered by "the Colosseum, first called the Flavian Amphitheatre, was begun
    by the Roman emperor Vespasian": "first" there is said of a name, not of an emperor."""
    # "the first Roman emperor", "the first person to reach the South Pole": the thing may be named after it
    after = [w for w in words(question[found.end() : found.end() + 80]) if w not in STOPWORDS][:3]
    things = {stem(base_form(w)) for w in [found.group("noun").lower(), *after] if w not in STOPWORDS}
    said = [stem(base_form(w)) for w in words(passage)]
    if any(
        w == place and any(same_word(t, x) for t in said[i + 1 : i + 7] for x in things) for i, w in enumerate(said)
    ):
        return True
    # a passage that never names the thing speaks of the note's topic: "Mendeleev published the first widely
    # recognised version" in a note on the periodic table
    return not any(same_word(t, x) for t in said for x in things)


def _ordinal_narrowed(place: str, noun: str, asked: list[str], passage: list[str]) -> bool:
    """Does the passage put the question's thing in the order only as a narrower kind of it? "the first X-ray
    photograph" does not say which was the first photograph, as "the highest free-standing mountain" does not say
    which is the highest: a word between the ordinal and the thing that the question does not use narrows it.
    A passage that never orders the thing leaves the question to the other checks."""
    wanted = {stem(base_form(w)) for w in asked}
    said = [stem(base_form(w)) for w in passage]
    order = stem(base_form(place))
    between: list[list[str]] = []
    for i, word in enumerate(said):
        if word != order:
            continue
        at = next((j for j in range(i + 1, min(i + 4, len(said))) if same_word(said[j], noun)), None)
        if at is not None:
            between.append([w for w in said[i + 1 : at] if w not in STOPWORDS and w not in wanted])
    return bool(between) and all(between)


# A place in an order said of a thing: "the first person", "the second largest", "the last mission".
_ORDINAL = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|last|final)\s+(?P<noun>[a-z]{3,})\b", re.I)
# A ranking by a stated measure: a passage ranking the same thing answers it only if it names the measure too.
MEASURED_BY = re.compile(
    r"\bbase to (?:peak|summit|top)\b|\bby (?:volume|area|mass|population|weight|length|height|land area)\b", re.I
)
_SCOPE_WORDS = frozenset({"in", "on", "of", "within", "among", "across"})
_DETERMINERS = frozenset({"the", "our", "this", "a", "an"})
_EVERYWHERE = frozenset({"world", "earth", "planet", "globe", "history", "universe", "solar", "time", "ever"})
_OWNERS = frozenset({"its", "their", "his", "her"})
_OWNED = "<its own>"


def _scopes(sup: str, noun: str, said: list[str]) -> set[str]:
    """Where ``said`` ranks its "<sup> <noun>": the place after it ("in Africa" gives "africa"); "" when it
    ranks among everything (no place, or the world, the Earth, the Solar System); ``_OWNED`` when it ranks
    within the thing it belongs to ("its deepest point" is the deepest point of a lake, not of the Earth)."""
    target, thing = stem(base_form(sup)), stem(base_form(noun))
    found: set[str] = set()
    for i, word in enumerate(said):
        if stem(base_form(word)) != target:
            continue
        at = next((j for j in range(i + 1, min(i + 5, len(said))) if same_word(stem(base_form(said[j])), thing)), None)
        if at is None:
            continue
        if i > 0 and said[i - 1] in _OWNERS:
            found.add(_OWNED)
            continue
        rest = [w for w in said[at + 1 : at + 5] if w not in _DETERMINERS][:3]  # "in our solar system"
        place = rest[1] if len(rest) > 1 and rest[0] in _SCOPE_WORDS else ""
        if not place and len(rest) > 2 and rest[1] in _SCOPE_WORDS and rest[0] not in _SCOPE_WORDS:
            place = rest[2]  # "the highest mountain peak in Romania": a second noun before the place
        # a place that owns the ranking, before it: "Africa's second longest river", "the world's largest ocean"
        before = said[i - 2] if i > 1 and _placed(said[i - 1]) else said[i - 1] if i > 0 else ""
        if not place and before.endswith(("'s", "’s")):
            place = before[:-2]
        found.add("" if place in _EVERYWHERE else place)
    return found


def _same_scope(sup: str, noun: str, asked: list[str], said: list[str]) -> bool:
    """Does the passage rank the thing where the question does? Its ranking "in Africa" does not answer "the
    highest mountain" asked of the whole world; a passage that never ranks it passes (other checks decide)."""
    wanted = _scopes(sup, noun, asked) or _scope_after(sup, asked) or {""}
    given = _scopes(sup, noun, said)
    # "its deepest point" answers "the deepest point of Lake Baikal", never "the deepest point on Earth"
    return not given or bool(given & wanted) or _OWNED in given and bool(wanted - {""})


def _scope_after(sup: str, asked: list[str]) -> set[str]:
    """Where a question that names its thing before the superlative ranks it: "Which river is the longest in
    Nigeria?" ranks rivers in Nigeria, "Which mountain is the highest on Earth?" among everything."""
    target = stem(base_form(sup))
    found: set[str] = set()
    for i, word in enumerate(asked[:-1]):
        if stem(base_form(word)) == target and asked[i + 1] in _SCOPE_WORDS:
            rest = [w for w in asked[i + 2 : i + 5] if w not in _DETERMINERS]
            if rest:
                found.add("" if rest[0] in _EVERYWHERE else rest[0])
    return found


# A place in the order ("the second highest") or a group ranked together ("its four largest moons").
_PLACE_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+$",
    re.I,
)
_PLACES = frozenset(
    "second third fourth fifth sixth 2nd 3rd 4th 5th 6th two three four five six seven eight nine ten".split()
)


def _same_superlative(sup: str, noun: str, passage: str, ranked_by_place: bool = False) -> bool:
    """Where the passage uses the question's superlative of the question's thing, it says it of that thing:
    "the highest mountain" for "the tallest mountain", not "the highest free-standing mountain" (words put
    between them narrow the claim to a smaller class) nor, unless the question asks for a place in the order,
    "the second highest mountain" or "its four largest moons"."""
    target, thing = stem(base_form(sup)), stem(base_form(noun))
    said = [stem(base_form(w)) for w in words(passage)]
    uses = [i for i, w in enumerate(said) if w == target and (ranked_by_place or i == 0 or not _placed(said[i - 1]))]
    if not uses and any(w == target for w in said):
        return False  # every use is "the second highest ..." or "the four largest ...": not the one asked for
    if not uses and any(_other_superlative(w, target) and _ranks(said, i + 1, thing) for i, w in enumerate(said)):
        return False  # "the smallest bone" ranks the question's thing by another measure than "the longest"
    direct = any(_ranks(said, i + 1, thing) for i in uses)
    narrowed = any(same_word(w, thing) for i in uses for w in said[i + 2 : i + 4])
    # A passage that never names the thing ranked ranks something else: "the highest mountain" is no answer
    # to "the tallest building".
    named = any(same_word(w, thing) for w in said)
    # "Ganymede is the largest moon ..., bigger than the planet Mercury" ranks a moon, not a planet: every use
    # of the superlative is said of another thing named right after it.
    elsewhere = bool(uses) and all(i + 1 < len(said) and _other_thing(said[i + 1], thing) for i in uses)
    # A passage that never uses the superlative ("The four inner planets are small and rocky", "Mars has two small
    # moons") does not say which one is the smallest, however much it says about the things.
    return direct or (bool(uses) and named and not narrowed and not elsewhere)


def _other_superlative(word: str, target: str) -> bool:
    return word != target and len(word) > 4 and word.endswith("est") and word not in _NOT_SUPERLATIVE


def _placed(word: str) -> bool:
    return word in _PLACES or word.isdigit() and len(word) <= 2


def _other_thing(word: str, thing: str) -> bool:
    return word not in STOPWORDS and word.isalpha() and not word.endswith("est") and not same_word(word, thing)


def _ranks(said: list[str], at: int, thing: str) -> bool:
    """Does the superlative before ``said[at]`` rank ``thing`` itself? "the largest ocean" and, with other
    superlatives joined to it, "the largest and deepest ocean" do; "the highest free-standing mountain" does not."""
    while at + 1 < len(said) and said[at] in ("and", "or", "most"):
        at += 1
        if said[at].endswith("est") and said[at] not in _NOT_SUPERLATIVE and at + 1 < len(said):
            at += 1
    return at < len(said) and same_word(said[at], thing)


def same_word(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))
