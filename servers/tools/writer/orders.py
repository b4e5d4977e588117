"""What to say to the reader, given as orders to the writer in the sentences after the ask.

"Write a thank you note to the Moreau family. Thank them for the dinner on Friday and tell them I'll be home late
on Tuesday." names the text in its first sentence and says what it says in the next, as orders: thank them for
this, tell them that, remind them to, ask them to. Each order is a sentence of the text said to its reader ("Thank
you for the dinner on Friday.", "I'll be home late on Tuesday."); pasted in as written, the note would speak to
its writer ("Tell them I'll be home late"), and read as an instruction, the request would have no material at all.

``said_to_reader`` reads only that shape: every clause is an order to thank, tell, let know, remind or ask the
reader, who is named by a pronoun or "everyone", or to say sorry ("Say sorry for the hassle"). Anything else (an
order about the writing, "Keep it short", or about someone other than the reader, "ask the caterers to confirm")
leaves the sentences as they were: None.
"""

from __future__ import annotations

import re

from servers.tools.writer.forms import sentence
from servers.tools.writer.negated_asks import negated_request
from servers.tools.writer.persons import names_another, second_person

MAX_ORDERS_CHARS = 600
# ("tell am say ...": him or her, and "that", in the pidgin of West Africa)
_READER = r"(?:them|him|her|everyone|everybody|all of them|am)"
# Where one order ends and the next begins: "... on Friday and tell them ...", "...; remind them ...".
_NEXT_ORDER = re.compile(
    # (never between "please" and its order: "Please ask her to ..." is one order)
    rf"(?<!please)(?:,\s*|;\s*|\s+)(?:and\s+)?(?:also\s+)?(?=(?:please\s+)?(?:thank|tell|remind|ask|let)\s+{_READER}\b)",
    re.I,
)
_THANK = re.compile(rf"^(?:please\s+)?thank\s+{_READER}\s+(?:(?:so|very)\s+much\s+)?for\s+(?P<what>\S.*)$", re.I)
_TELL = re.compile(
    rf"^(?:please\s+)?(?:tell\s+{_READER}|let\s+{_READER}\s+know)\s+"
    r"(?!(?:to|not|never|about|if|whether|what|why|how|where|when|who|whom|which)\b)(?:that\s+|say\s+(?:that\s+)?)?"
    r"(?P<what>\S.*)$",
    re.I,
)
# ("Say sorry for the hassle.", "Apologise to them for the delay."): an apology said to the reader
_SORRY = re.compile(
    rf"^(?:please\s+)?(?:say\s+(?:sorry|(?:we|i)(?:'re|'m|\s+are|\s+am)\s+sorry)|apologi[sz]e)(?:\s+to\s+{_READER})?"
    r"\s+for\s+(?P<what>\S.*)$",
    re.I,
)
_REMIND_TO = re.compile(rf"^(?:please\s+)?remind\s+{_READER}\s+(?P<neg>(?:not|never)\s+)?to\s+(?P<what>\S.*)$", re.I)
_REMIND_THAT = re.compile(rf"^(?:please\s+)?remind\s+{_READER}\s+that\s+(?P<what>\S.*)$", re.I)
# ("tell them not to slam the door": an order, asked of them, and never its opposite)
_ASK_TO = re.compile(rf"^(?:please\s+)?(?:ask|tell)\s+{_READER}\s+(?P<neg>(?:not|never)\s+)?to\s+(?P<what>\S.*)$", re.I)
_ASK_IF = re.compile(rf"^(?:please\s+)?ask\s+{_READER}\s+(?P<how>if|whether)\s+(?P<what>\S.*)$", re.I)
# "Tell them everything", "tell him the news": what to say, named and not said; no sentence of the text.
_UNSAID = re.compile(
    r"(?:nothing|everything|something|anything|all|it|this|that|more|the (?:news|details|story|truth|plan|reason|"
    r"situation|problem|answer))\W*",
    re.I,
)
# The reader spoken of in the third person ("their room", "he left"), said to them.
_THEY = {"they": "you", "them": "you", "their": "your", "theirs": "yours", "themselves": "yourselves"}


def said_to_reader(sentences: list[str]) -> list[str] | None:
    """The text's own sentences for orders of what to say to its reader ("Thank them for the dinner" -> "Thank you
    for the dinner."), or None unless every clause of ``sentences`` is such an order."""
    if not sentences or sum(len(s) for s in sentences) > MAX_ORDERS_CHARS:
        return None
    said: list[str] = []
    for whole in sentences:
        for clause in _NEXT_ORDER.split(whole.strip().rstrip(".!")):
            line = _said(clause.strip(" ,"))
            if line is None:
                return None
            said.append(line)
    return said


def _said(order: str) -> str | None:
    if found := _THANK.match(order):
        return f"Thank you for {_to_you(found.group('what'))}."
    if found := _SORRY.match(order):
        return f"Sorry for {_to_you(found.group('what'))}."
    if found := _TELL.match(order):
        if _UNSAID.fullmatch(found.group("what")):
            return None
        said = _to_you(found.group("what"))
        # ("tell him say the rent go reach him on Monday": the one told is the "him" of what he is told)
        one = re.match(r"\S+\s+(?:him|her|am)\b", found.group(), re.I) and not names_another(said)
        return sentence(re.sub(r"\bhim\b", "you", said, flags=re.I) if one else said)
    if found := _REMIND_TO.match(order):
        if found.group("neg"):
            return negated_request(f"{found.group('neg')}{_to_you(found.group('what'))}", "remind")
        return f"Please remember to {_to_you(found.group('what'))}."
    if found := _REMIND_THAT.match(order):
        return f"Please remember that {_to_you(found.group('what'))}."
    if found := _ASK_TO.match(order):
        if found.group("neg"):
            return negated_request(f"{found.group('neg')}{_to_you(found.group('what'))}", "ask")
        return f"Could you please {_to_you(found.group('what'))}?"
    if found := _ASK_IF.match(order):
        return f"Could you let me know {found.group('how').lower()} {_to_you(found.group('what'))}?"
    return None


def _to_you(clause: str) -> str:
    """``clause`` about the reader said to them: "their room is ready" -> "your room is ready"."""
    clause = re.sub(
        r"\b(?:they|them|their|theirs|themselves)\b", lambda m: _THEY[m.group().lower()], clause, flags=re.I
    )
    return second_person(clause)
