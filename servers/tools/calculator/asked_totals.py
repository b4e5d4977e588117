"""A closing clause that asks for the whole without a question word: '..., 10 weeks, total?', '... what's that come
to'. The clause holds no figure of its own, so what it asks is the amount every given combines into."""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_PAUSES = frozenset({",", ".", "?", "!", ";", ":", "-", "—"})
_SAID = frozenset(
    "total the a what what's whats is was be that it this all come comes coming to does do will would in grand so "
    "pls please plz then ok okay and".split()
)
_WHOLES = (("total",), ("come", "to"), ("comes", "to"), ("coming", "to"))


def total_asked(tokens: list[Token], start: int) -> bool:
    """Whether the request's last clause, which holds no number, asks for a total ('total?', 'what's the total',
    'total to the nearest pound', 'what does that come to')."""
    end = len(tokens)
    while end > start and (tokens[end - 1].kind == "end" or tokens[end - 1].text in _PAUSES):
        end -= 1
    begin = end
    while begin > start and tokens[begin - 1].text not in _PAUSES:
        begin -= 1
    clause = tokens[begin:end]
    if not clause or any(t.kind in ("number", "currency") for t in clause):
        return False
    words = [t.word for t in clause]
    if not set(words) <= _SAID:
        return False  # 'total hours?', 'average total?', 'total per month?': a measure of its own, asked
    return any(words[k : k + len(w)] == list(w) for w in _WHOLES for k in range(len(words)))
