"""Courtesy: a request asked as whether the assistant would mind doing it.

"Would you mind drafting an email to my supervisor ...?" asks for the email as "Could you draft an email ...?"
does: the courtesy ("would you mind", "do you mind") is followed by the verb in its -ing form, so a reader that
looks for the order's verb after "could you" found "mind" and no verb, and read the question as no job at all.
``courteous_order`` gives the words of the order with its verb in its plain form ("draft an email ..."), so the
readers of an order read it as they read any other.
"""

from __future__ import annotations

from collections.abc import Sequence

_COURTESY = (("would", "you", "mind"), ("do", "you", "mind"), ("would", "u", "mind"), ("if", "you", "don't", "mind"))
# -ing forms whose plain form is not found by taking off "ing" (and an "e"): "putting" -> "put".
_DOUBLED = frozenset("putting setting getting cutting".split())


def plain_verb(gerund: str, verbs: frozenset[str]) -> str | None:
    """The plain form among ``verbs`` of ``gerund`` ("drafting" -> "draft", "writing" -> "write", "putting" ->
    "put"); ``None`` when it is no -ing form of one of them."""
    if not gerund.endswith("ing") or len(gerund) < 5:
        return None
    stem = gerund[:-3]
    candidates = [stem, f"{stem}e"] + ([stem[:-1]] if gerund in _DOUBLED else [])
    return next((c for c in candidates if c in verbs), None)


def courteous_order(words: Sequence[str], verbs: frozenset[str]) -> list[str] | None:
    """``words`` (lower case, in order) without a courtesy they open with, the -ing verb after it in its plain
    form: ["would", "you", "mind", "drafting", "an", "email"] -> ["draft", "an", "email"]. ``None`` when they do
    not open with a courtesy followed by one of ``verbs``; "Would you mind if I sent it later?" asks no order."""
    for opening in _COURTESY:
        if tuple(words[: len(opening)]) == opening and len(words) > len(opening):
            verb = plain_verb(words[len(opening)], verbs)
            return None if verb is None else [verb, *words[len(opening) + 1 :]]
    return None


__all__ = ["courteous_order", "plain_verb"]
