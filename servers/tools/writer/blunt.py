"""Blunt asks said politely: "Stop emailing us.", "Where's my money?" and "I want a replacement by next week.".

Made into "Could you please stop emailing us?", an order to stop contacting someone still reads as one; the polite
thing is to say there is no need ("There's no need to email us again."), which asks the same. "Where's my money?"
asks when the reader will pay or where a thing has got to; said as that question ("Could you let me know when I'll
receive my money?") it keeps what is asked and loses the jab. "I want a replacement by next week." (or "I demand",
"I expect") is a demand said as a wish; the polite wish is "I would like a replacement by next week, please.".
"need the timesheets by noon Friday or payroll misses them" asks for them: "Could you please send the timesheets
by noon Friday? Otherwise, payroll misses them."
Each rule reads one sentence and keeps its words.
"""

from __future__ import annotations

import re

# "Stop emailing us.", "Please stop calling me about it.": how the reader keeps getting in touch, and with whom.
_STOP_CONTACT = re.compile(
    r"^\W*(?:(?:please|just|and|so)\s+)*stop\s+(?P<verb>emailing|e-mailing|calling|ringing|phoning|messaging|texting|"
    r"chasing|contacting|writing to)\s+(?P<who>us|me)\b(?P<rest>[^.!?]{0,120}?)[.!?]*\s*$",
    re.I,
)
_PLAIN = {"emailing": "email", "e-mailing": "email", "calling": "call", "ringing": "ring", "phoning": "phone"} | {
    "messaging": "message", "texting": "text", "chasing": "chase", "contacting": "contact", "writing to": "write to"
}  # fmt: skip
# "Where's my money?", "Where is our refund??": a thing owed or sent, asked after.
_WHERE_IS = re.compile(
    r"^\W*where(?:'s|\u2019s|\s+is)\s+(?P<owner>my|our)\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+)?)\s*[?!.]*\s*$", re.I
)
# "I want a replacement by next week.", "We expect our deposit back by Friday!": a thing, or "to" and a verb, wanted
# (never "I want you to ...": an order, made a request elsewhere)
_WANTED = re.compile(
    r"^\W*(?P<who>I|we)\s+(?:(?:really|just|now|also)\s+)?(?:want|demand|expect|insist on)\s+"
    r"(?P<what>(?:a|an|the|my|our|some|your|this|that|it|them|to\s+(?!you\b))\b[^.!?]{1,160}?)\s*[.!]*\s*$",
    re.I,
)
# "need the signed timesheets for week 32 by noon Friday or payroll misses them": a thing needed by a time, and
# what happens if it is late; asked for, with the consequence said as a plain statement
_NEEDED_BY = re.compile(
    r"^\W*(?:(?:I|we)\s+)?(?:really\s+|still\s+)?need\s+(?P<what>(?:the|your|my|our|all|those|these|that|this)\s+"
    r"[^.!?]{1,160}?\bby\s+[^.!?]{2,60}?)(?:,?\s+(?:or|otherwise|or else)\s+(?P<then>[^.!?]{3,120}?))?\s*[.!]*\s*$",
    re.I,
)
# "I need an extension on the essay cos I was ill", "I need Friday off", "we need to leave early": a thing or a leave
# asked for as a need, maybe with why; said as a request ("Could I please have ..., as ...?"). "I need you to ..." is
# an order (``politeness``), and a need with a deadline is asked of the reader above.
_NEED = re.compile(
    r"^\W*(?P<who>I|we)\s+(?:really\s+|just\s+|urgently\s+|now\s+)?need\s+(?!you\b|yours?\b|it\b|them\b)"
    r"(?P<what>[^.!?,]{2,120}?)"
    r"(?:,?\s+(?P<why>because|cos|coz|cuz|'cause|as|since)\s+(?P<reason>[^.!?]{2,160}?))?\s*[.!]*\s*$",
    re.I,
)
# What someone is given or let do when asked: "an extension", "Friday off", "more chairs", "to leave early". "We need a
# new approach to hiring" states a need in an essay, and is no ask to make polite.
_GRANTED = re.compile(
    r"^(?:[\w'-]+\s+){0,3}?(?:extension|refund|replacement|off|leave|break|lift|hand|help|favou?r|time|receipt|copy|"
    r"reference|appointment|advance|loan|discount|chairs?|desks?|keys?|access|password|pass|tickets?|room|space|slot|"
    r"signature|approval|permission|day|days|week)\b|"
    r"^to\s+(?:leave|go|take|finish|swap|change|move|borrow|book|miss|reschedule|rearrange|postpone|cancel|start|"
    r"come in|work from home|pick up|drop off)\b",
    re.I,
)
# Things owed in money: asked after by when they arrive, not where they are.
_MONEY = re.compile(r"\b(?:money|refund|deposit|payment|cash|wages|pay|salary|change|reimbursement)$", re.I)


def said_politely(sentence: str) -> str | None:
    """``sentence`` as the polite way of asking the same, or None when it is neither blunt ask."""
    sentence = sentence.strip()
    if len(sentence) > 200:
        return None
    stop = _STOP_CONTACT.match(sentence)
    if stop:
        verb = _PLAIN[" ".join(stop.group("verb").lower().split())]
        return f"There's no need to {verb} {stop.group('who').lower()} again{stop.group('rest').rstrip()}."
    wanted = _WANTED.match(sentence)
    if wanted and not re.search(r"\b(?:or|otherwise|else)\b", wanted.group("what"), re.I):  # ultimatums are threats
        who = "We" if wanted.group("who").lower() == "we" else "I"
        return f"{who} would like {wanted.group('what')}, please."
    needed = _NEEDED_BY.match(sentence)
    if needed and not re.search(r"\byou\b", needed.group("what"), re.I):
        then = needed.group("then")
        later = f" Otherwise, {then.strip()}." if then else ""
        return f"Could you please send {needed.group('what')}?{later}"
    need = _NEED.match(sentence)
    what = need.group("what").strip() if need else ""
    if need and _GRANTED.match(what) and not re.search(r"\b(?:or|otherwise|else)\b", what, re.I):
        me = "I" if need.group("who").lower() == "i" else "we"
        reason = f", as {need.group('reason').strip()}" if need.group("reason") else ""
        if re.match(r"to\s", what, re.I):  # "I need to leave early on Friday"
            return f"Would it be possible for {'me' if me == 'I' else 'us'} {what}{reason}?"
        return f"Could {me} please have {what}{reason}?"
    where = _WHERE_IS.match(sentence)
    if where:
        owner, thing = where.group("owner").lower(), where.group("thing")
        if _MONEY.search(thing):
            return f"Could you let me know when {'I' if owner == 'my' else 'we'}'ll receive {owner} {thing}?"
        return f"Could you let me know where {owner} {thing} {'are' if thing.endswith('s') else 'is'}?"
    return None
