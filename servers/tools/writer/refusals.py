"""Bad news said politely: a refusal with a word of regret, and no pointing the reader at the rules.

"We're not refunding you because you opened the box, read the policy." is rude twice, though it has no insult,
threat or shouting: it refuses flatly and it tells the reader to go and read the rules. A polite text keeps the
news and says it with regret ("Unfortunately, we're not refunding you ..."), and points to where the details
are ("You can find the details in the policy."). The final gate declines a polite text that still refuses flatly.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"')\]]*|$)\s*")
# A refusal or bad news said flatly ("we're not refunding you", "I can't attend"): a polite text says it with regret.
_REFUSAL = re.compile(
    r"^\W*(?:(?:so|and|but|sorry)\W+)?(?:we|i)(?:(?:'re|'m|\s+are|\s+am)\s+(?:not|unable to)|\s+(?:won'?t|will not|"
    r"can'?t|cannot|could not|couldn'?t|do not|don'?t))\s+(?:(?:be able to|be|going to|able to)\s+)?"
    r"(?:refund|accept|offer|give|provid|approv|allow|permit|replac|exchang|extend|attend|come\b|coming\b|join|"
    r"cover|pay|process|ship|deliver|honou?r|help(?!\s+(?:but|notic|think|feel|wonder))|issu|grant|reimburs|"
    r"repair|fix|support|guarante|lend|waiv|discount|make it|tak|return|swap|switch|send|hold|reserv|book|renew|"
    r"upgrad|sell|cancel|chang|postpon|do\s+(?:any\s+)?(?:[a-z-]+\s+)?[a-z-]+s\b)",
    re.I,
)
# "The refund is not happening.", "that's not going to happen": a refusal said of the thing, not of who refuses.
_NOT_HAPPENING = re.compile(
    r"^\W*(?:(?:so|and|but)\W+)?(?P<thing>(?:the|a|an|your|any|this|that)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|that|this|it)"
    r"(?:'s|\s+is|\s+are)\s*(?:not|n't)\s+(?:happening|going\s+to\s+happen|gonna\s+happen|an\s+option)\b"
    r"(?:\s+(?:now|either|anytime soon|any time soon))?\W*$",
    re.I,
)
_REGRET = re.compile(r"\b(?:unfortunately|sorry|afraid|regret(?:tably)?|apolog\w*|sadly)\b", re.I)
# "Read the policy.", "check the FAQ": pointing the reader at the rules they should have read, a reproach.
_READ_THE_RULES = re.compile(
    r"^\W*(?:(?:just|please|so|and)\s+)?(?:go\s+(?:and\s+)?)?(?:read|re-?read|check|see|look at|consult)\s+"
    r"(?P<doc>(?:the|our|my)\s+(?:[\w&'-]+\s+){0,3}?(?:policy|policies|terms|conditions|t&cs|manual|instructions|"
    r"guide|guidelines|faqs?|documentation|docs|rules|handbook|small print|fine print|contract|readme))"
    r"(?:\s+(?:first|again|properly|carefully|next time))?[.!]*\s*$",
    re.I,
)


def blunt_refusals(text: str) -> list[str]:
    """The sentences of ``text`` that refuse or give bad news with no word of regret ("We won't replace it.")."""
    found = [
        raw.strip()
        for raw in _SENTENCE.findall(text)
        if _REFUSAL.match(raw.strip()) or _NOT_HAPPENING.match(raw.strip())
    ]
    return [sentence for sentence in found if not _REGRET.search(sentence)]


def flatly_refused(sentence: str) -> bool:
    """Whether ``sentence`` refuses by saying of the thing that it is not happening ("the refund is not happening")."""
    return _NOT_HAPPENING.match(sentence) is not None and not _REGRET.search(sentence)


def regretted(sentence: str) -> str:
    """ "We're not refunding you." -> "Unfortunately, we're not refunding you.": the news stays, said with regret.
    "The refund is not happening." -> "Unfortunately, the refund isn't possible.": a refusal said of the thing
    keeps the thing and loses the flat "not happening". Any other sentence, or a refusal already said with regret,
    comes back as it was."""
    flat = _NOT_HAPPENING.match(sentence)
    if flat and not _REGRET.search(sentence):
        thing = flat.group("thing")
        thing = thing[:1].lower() + thing[1:]
        plural = re.search(r"\bare\b", flat.group(), re.I) is not None
        return f"Unfortunately, {thing} {'are' if plural else 'is'}n't possible."
    if not _REFUSAL.match(sentence) or _REGRET.search(sentence):
        return sentence
    body = re.sub(r"^\W*(?:(?:so|and|but)\W+)?", "", sentence)
    first = body.split(" ", 1)[0]
    body = body if first in ("I", "I'm") or first.startswith("I'") else body[:1].lower() + body[1:]
    return f"Unfortunately, {body}"


def pointed_at_rules(sentence: str) -> str | None:
    """ "Read the policy." -> "You can find the details in the policy."; ``None`` for any other sentence."""
    found = _READ_THE_RULES.match(sentence)
    return f"You can find the details in {found.group('doc')}." if found else None


def regrets(text: str) -> bool:
    """Whether ``text`` says something with regret ("unfortunately", "I'm sorry", "I'm afraid")."""
    return _REGRET.search(text) is not None
