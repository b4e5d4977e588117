"""Where a sentence stands: the lead, and reading order when the words give nothing to rank by.

News items, bulletins, handover notes and reports put the main point first ("Night shift was busy with 61 jobs in
total.", "From April, roadside checks will focus on tachograph manipulation."), and the sentences after it add
detail. Word frequency cannot see that: in notes where hardly a word recurs, every sentence scores about the same,
and the longest wins. A summary that drops the lead leaves out what the text is about, so the lead always ranks
first.

In a text where no word recurs beyond a pair of sentences (handover notes, a bulletin of separate items), the
counts say nothing about what is central, so the statements rank in reading order: writers put what matters first.
A statement that tells a particular — a figure, a day of the week, a month — counts half as much again as one that
tells none: in a notice the particulars are what its reader acts on ("Meetings take place every first Saturday of
the month"), where a sentence between them often restates or softens ("They receive training in making butter and
soap."); the bonus lifts it past its neighbour, not past every earlier statement, as a finding may tell none.

The opening sentence is **not** a lead when it only opens the text without saying anything about its subject: a
greeting or sign-off ("Hi all,", "Dear Sam", "Hope you're well", "Thanks for your email") unless it names facts of its
own ("Thank you for signing up to marshal at the Fun Run on Sunday 11 May"), a question, a lead-in
ending in a colon ("The audit found these problems:"), or a fragment of a few words (a heading such as "Update").
Then the sentences are ranked by their words alone. Such sentences rank after every statement in reading order.

Every regex here is linear: word alternations and bounded classes, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.summarizer.sentences import words

_LEAST_WORDS = 5  # fewer words than this is a heading or a greeting, not a statement of the point
_SPECIFIC_WORDS = 8  # a courtesy this long that names a name, a date or a number says something too
_OPENING_ONLY = re.compile(
    r"^\W*(?:hi|hey|hello|dear|good\s+(?:morning|afternoon|evening)|greetings|hope\s+(?:you|this|all|everyone)|"
    r"i\s+hope\b|thanks?\b|thank\s+you|many\s+thanks|apologies\s+for\s+the\s+(?:delay|late)|"
    r"sorry\s+for\s+the\s+(?:delay|late)|re\b|fwd?\b|subject\b|to\s+whom|as\s+promised|"
    r"just\s+a\s+(?:quick\s+)?(?:note|reminder|heads[\s-]up)\s*[,.!:]?\s*$|"
    r"(?:here\s+(?:is|are)|below\s+(?:is|are)|please\s+find)\b)",
    re.I,
)


def states(sentence: str) -> bool:
    """Whether ``sentence`` states something: as a text's opening sentence, its point (see the module docstring);
    not a greeting, a heading, a question or a lead-in."""
    stripped = sentence.strip()
    if not stripped or stripped.endswith((":", "?")):
        return False
    if len(words(stripped)) < _LEAST_WORDS:
        return False
    return _OPENING_ONLY.match(stripped[:200]) is None or _specific(stripped)


def _specific(sentence: str) -> bool:
    """Whether a courtesy carries facts of its own: "Thank you for signing up to marshal at the Fun Run on Sunday 11
    May" names the event and its date; "Thanks for your patience" names nothing."""
    said = sentence[:300].split()
    return len(said) >= _SPECIFIC_WORDS and any(w[:1].isdigit() or w[:1].isupper() for w in said[2:])


def in_reading_order(sentences: list[str]) -> list[float]:
    """Scores that rank the statements that tell a particular in reading order, then the other statements, then
    everything else (greetings, headings, questions)."""
    return [
        (1.0 if states(s) else 0.01) * (PARTICULAR_BONUS if tells_particular(s) else 1.0) / (1 + i)
        for i, s in enumerate(sentences)
    ]


def tells_particular(sentence: str) -> bool:
    """Whether ``sentence`` tells a particular: a figure, a day of the week or a month."""
    return _PARTICULAR.search(sentence[:500]) is not None


_PARTICULAR = re.compile(
    r"\d|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)days?\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
"""A figure, a weekday, or a month (capitalised: 'may' is also a verb)."""
PARTICULAR_BONUS = 1.5
"""How much more a sentence that tells a particular counts: ahead of the statement just before it, not of every
statement before it ('The boiler is leaking' in an inspection report tells none, and is its finding)."""
