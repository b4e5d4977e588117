"""Extractive summaries: choose the input's most informative sentences and keep them in their original order.

A sentence's score is the average weight of its content words, where a word's weight is the number of the
text's sentences that use it, relative to the most used word. Words repeated across the text are what the text
is about, so sentences dense in them carry the gist. Adjustments follow common practice in extractive summarization:
an opening sentence that states something ranks first (writers lead with the point, ``leads.py``), a text where no
word recurs is ranked in reading order, a sentence that tells a particular (a figure, a day, a month) counts half as
much again, and very short sentences are penalized (a three-word sentence can be "dense" without saying much)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from servers.tools.summarizer.causes import states_cause
from servers.tools.summarizer.conclusions import concludes
from servers.tools.summarizer.leads import PARTICULAR_BONUS, in_reading_order, states, tells_particular
from servers.tools.summarizer.refutations import with_refutations
from servers.tools.summarizer.sentences import STOPWORDS, content_words, split_sentences, stem, words

_LEAD_BONUS = 0.15
_SHORT_SENTENCE_WORDS = 6
_FLAT = 2  # no word used by more sentences than this: the text has no recurring subject to rank by
# Connectives that make sense only after the sentence before them; removed when a sentence stands alone.
_LEADING_CONNECTIVE = re.compile(
    r"^(?:however|also|moreover|furthermore|in addition|additionally|therefore|thus|so|but|and|then|finally|"
    r"first|second|third|lastly|in fact|as a result|for example|for instance),\s+",
    re.I,
)


# What the writer of a message asks for ("I would like a refund for the delivery fee", "We'd appreciate a reply by
# Friday", "I want my money back"): the point of a complaint or a request, however few of the text's frequent words
# it uses. It ranks right after the best sentence, so a summary of two or more keeps it.
_ASKS_FOR = re.compile(
    r"^\W*(?:(?:so|and|but|now|therefore|overall|in short|all in all)\W+)?(?:i|we)\s*(?:(?:'d|’d|would)\s+"
    r"(?:like|prefer|appreciate)|(?:want|request|demand)|(?:'m|’m|am|'re|’re|are)\s+(?:asking|requesting))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Extract:
    """Chosen sentences, as exact sentences of the input in their original order, with their positions."""

    sentences: list[str]
    indexes: list[int]
    total_sentences: int


def score_sentences(sentences: list[str]) -> list[float]:
    """One score per sentence; higher means more central to the text."""
    bags = [content_words(s) for s in sentences]
    # How many sentences use a word, not how often: a word said twice in one sentence ("the rate limits ... before
    # changing any limits") is that sentence's detail, not what the whole text is about.
    frequency = Counter(w for bag in bags for w in set(bag))
    if not frequency:
        return [0.0] * len(sentences)
    top = max(frequency.values())
    if top <= _FLAT and len(sentences) > _FLAT:
        # No word recurs beyond a pair of sentences (handover notes, a bulletin of separate items): the counts say
        # nothing about what is central, and would only favour long sentences. Writers put what matters first.
        return in_reading_order(sentences)
    scores: list[float] = []
    for i, bag in enumerate(bags):
        if not bag:
            scores.append(0.0)
            continue
        # Average rather than sum, damped by sqrt: long sentences should not win by length alone.
        density = sum(frequency[w] / top for w in bag) / math.sqrt(len(bag))
        if len(words(sentences[i])) < _SHORT_SENTENCE_WORDS:
            density *= 0.5
        if tells_particular(sentences[i]):
            density *= PARTICULAR_BONUS  # a date, a day or a figure: what a reader acts on (``leads.py``)
        scores.append(density + (_LEAD_BONUS * density if i == 0 else 0.0))
    return scores


def _ranked(sentences: list[str]) -> list[int]:
    """Sentence indexes, most central first; a sentence saying what the writer asks for, then the text's last
    conclusion, then the cause a report gives, come next; a lead-in that ends in a colon ("1 finding, worst first
    on each line:") comes last, as it says nothing until what it introduces follows it."""
    scores = score_sentences(sentences)
    ranked = sorted(range(len(sentences)), key=lambda i: (sentences[i].rstrip().endswith(":"), -scores[i], i))
    if len(sentences) > 1 and states(sentences[0]):
        # The opening sentence states the point: it goes first, whatever its words score (``leads.py``).
        ranked = [0] + [i for i in ranked if i != 0]
    asks = [i for i in ranked[1:] if _ASKS_FOR.match(sentences[i])][:1]
    # The decision a report or a trial comes to ranks next (``conclusions.py``): its last, in its own words.
    asks += (
        [max(i for i in ranked[1:] if i not in asks and concludes(sentences[i]))]
        if any(i not in asks and concludes(sentences[i]) for i in ranked[1:])
        else []
    )
    # Why what a report tells of happened ranks after that (``causes.py``): its first statement of the cause.
    asks += [i for i in range(1, len(sentences)) if i not in asks and i != ranked[0] and states_cause(sentences[i])][:1]
    return with_refutations(ranked[:1] + asks + [i for i in ranked[1:] if i not in asks], sentences)


def extract(text: str, count: int, max_words: int | None = None) -> Extract:
    """The ``count`` best sentences of ``text`` in reading order, together at most ``max_words`` words when a
    limit is given: the best sentence and the next best that still fit, or none when the best sentence alone is
    longer than the limit (a minor sentence that happens to be short is not the gist).

    A summary must be shorter than its input: with more than one sentence, at least one is always left out.
    """
    sentences = split_sentences(text)
    if not sentences:
        return Extract([], [], 0)
    limit = min(count, len(sentences) - 1) if len(sentences) > 1 else 1
    ranked = _ranked(sentences)
    if max_words is None:
        chosen = sorted(ranked[:limit])
    else:
        chosen: list[int] = []
        used = 0
        for i in ranked:
            size = len(words(sentences[i]))
            if len(chosen) < limit and used + size <= max_words:
                chosen.append(i)
                used += size
            elif not chosen:
                break
        chosen.sort()
    return Extract([sentences[i] for i in chosen], chosen, len(sentences))


def key_points(text: str, count: int) -> list[str]:
    """The main points as short standalone statements: the best sentences, connectives removed."""
    sentences = split_sentences(text)
    ranked = _ranked(sentences)
    points: list[str] = []
    for i in sorted(ranked[:count]):
        point = _LEADING_CONNECTIVE.sub("", sentences[i])
        points.append(point[:1].upper() + point[1:])
    return points


def keywords(text: str, count: int) -> list[tuple[str, int]]:
    """The most frequent key terms with their counts, best first.

    Words are counted by stem, so "breaker" and "breakers" are one term, reported in the form the text uses
    most. Two-word phrases that recur (such as "circuit breaker") are terms too.
    """
    tokens = words(text)
    surface: dict[str, Counter[str]] = {}
    singles: Counter[str] = Counter()
    for word in tokens:
        if _is_term(word):
            key = stem(word)
            singles[key] += 1
            surface.setdefault(key, Counter())[word] += 1
    phrases: Counter[tuple[str, str]] = Counter()
    for first, second in zip(tokens, tokens[1:], strict=False):
        if _is_term(first) and _is_term(second):
            phrases[(stem(first), stem(second))] += 1

    def spelled(key: str) -> str:
        return surface[key].most_common(1)[0][0]

    terms: list[tuple[str, float, int]] = []  # (term, rank weight, count)
    covered: set[str] = set()
    for (a, b), n in phrases.most_common():
        if n >= 2 and a != b:
            terms.append((f"{spelled(a)} {spelled(b)}", n * 1.5, n))
            # A word stays a term of its own when most of its uses are outside the phrase.
            covered |= {w for w in (a, b) if n * 2 >= singles[w]}
    for key, n in singles.items():
        if key not in covered:
            # A little weight for length: "orchestration" says more than "run" at equal frequency.
            terms.append((spelled(key), n + len(key) / 100, n))
    if terms and max(n for _, _, n in terms) == 1:
        # Nothing recurs (a sentence or two): frequency says nothing, so keep the words in reading order.
        first_seen = {stem(w): i for i, w in reversed(list(enumerate(tokens)))}
        terms.sort(key=lambda t: first_seen.get(stem(t[0].split()[0]), 0))
    else:
        terms.sort(key=lambda t: (-t[1], t[0]))
    return [(term, n) for term, _, n in terms[:count]]


# Words that are frequent in any text and say nothing about what this one is about.
_GENERIC = frozenset(
    """instead million billion thousand hundred percent next last week weeks year years day days today tomorrow
    say says said new according told make made get got going went come came take took put set see seen want
    need needs thing things way ways lot lots also like just still yet even already""".split()
)


def _is_term(word: str) -> bool:
    return len(word) > 2 and word not in STOPWORDS and word not in _GENERIC and not word.isdigit() and "'" not in word
