"""Correcting a learner's English: "Please correct my English in this: Yesterday I have went to the bank and they
was closed."

Offline there is no parser, so only slips a rule can be sure of are fixed: a verb that does not agree with its
pronoun ("they was", "he don't"), a past form after "have" ("have went": "went" when the sentence says when, as
"yesterday" does, else "have gone"), a past form after "didn't" ("didn't went"), "could of", "more better", and nouns
English does not count ("informations"). Every other word stays the user's. A text none of the rules touch is
declined, saying so, rather than handed back as if it were correct; a corrected text says which slips were fixed
and that only those kinds were looked for, since other mistakes may remain. A verb after an auxiliary or "to"
("Does she have", "let it have") is no disagreement and is left alone.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.requests import split_request
from servers.tools.writer.tone import Rewrite

_ASKED = re.compile(
    r"\b(?:correct|fix|check|improve|proofread|proof-read|tidy\s+up)\s+(?:the\s+|my\s+)?(?:english|grammar|"
    r"spelling\s+and\s+grammar|grammar\s+and\s+spelling)\b|\b(?:correct|proofread)\s+(?:this|it|my\s+(?:text|"
    r"sentence|message|email|writing))\b|\bgrammar\s+(?:check|fix|mistakes?|errors?)\b",
    re.I,
)
# Past form -> (simple past kept, participle after "have")
_PAST = {
    "went": ("went", "gone"), "came": ("came", "come"), "saw": ("saw", "seen"), "did": ("did", "done"),
    "ate": ("ate", "eaten"), "wrote": ("wrote", "written"), "took": ("took", "taken"), "gave": ("gave", "given"),
    "ran": ("ran", "run"), "broke": ("broke", "broken"), "spoke": ("spoke", "spoken"), "drank": ("drank", "drunk"),
    "began": ("began", "begun"), "forgot": ("forgot", "forgotten"), "knew": ("knew", "known"),
    "drove": ("drove", "driven"),
}  # fmt: skip
_BASE = {
    "went": "go", "came": "come", "saw": "see", "did": "do", "ate": "eat", "wrote": "write", "took": "take",
    "gave": "give", "ran": "run", "broke": "break", "spoke": "speak", "bought": "buy", "made": "make", "had": "have",
    "said": "say", "got": "get", "told": "tell", "found": "find", "left": "leave", "paid": "pay",
}  # fmt: skip
_PAST_TIME = re.compile(
    r"\b(?:yesterday|last\s+(?:night|week|month|year|\w+day)|ago|in\s+\d{4}|this\s+morning)\b", re.I
)
_HAVE_PAST = re.compile(rf"\b(?P<have>have|has)\s+(?P<verb>{'|'.join(_PAST)})\b", re.I)
_DIDNT_PAST = re.compile(
    rf"\b(?P<did>didn't|did\s+not|don't|doesn't|do\s+not|does\s+not)\s+(?P<verb>{'|'.join(_BASE)})\b", re.I
)
_FIXES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(they|we|you)\s+was\b", re.I), r"\1 were"),
    (re.compile(r"\b(they|we|you)\s+wasn't\b", re.I), r"\1 weren't"),
    (re.compile(r"\b(he|she|it)\s+don't\b", re.I), r"\1 doesn't"),
    (re.compile(r"\b(he|she|it)\s+have\b(?!\s+to\b)", re.I), r"\1 has"),
    (re.compile(r"\bI\s+has\b"), "I have"),
    (re.compile(r"\bI\s+(?:is|are)\b"), "I am"),
    (re.compile(r"\b(people|children)\s+is\b", re.I), r"\1 are"),
    (re.compile(r"\b(could|should|would|must|might)\s+of\b", re.I), r"\1 have"),
    (re.compile(r"\bmore\s+(better|worse|bigger|smaller|easier|harder|faster|cheaper)\b", re.I), r"\1"),
    (re.compile(r"\b(informations|advices|furnitures|equipments|homeworks|luggages)\b", re.I), "_uncount"),
    (re.compile(r"\bI\s+am\s+agree\b"), "I agree"),
]


# Words after which a pronoun's verb is a bare infinitive ("Does she have a car?", "let it have"), never a slip
_AUXILIARIES = frozenset(
    "do does did don't doesn't didn't will would won't wouldn't can could can't couldn't shall should shouldn't may "
    "might must mustn't let lets make makes made help helps to".split()
)
_WORD_BEFORE = re.compile(r"([\w']+)\W*$")
# What a corrected text is sent with: which rules looked, so a text they leave alone is not taken as checked
_LOOKED_FOR = (
    "Offline I fix only these kinds of slip (verbs that don't agree, a past form after 'have' or 'didn't', 'of' for "
    "'have', uncountable nouns); other mistakes may remain. Set ANTHROPIC_API_KEY for a full check."
)


def grammar_asked(text: str) -> bool:
    """Whether ``text`` asks for its material's English or grammar corrected."""
    parts = split_request(text)
    return bool(parts.material.strip()) and _ASKED.search(" ".join(parts.instruction.split())[:300]) is not None


def corrected(text: str) -> Rewrite:
    """The material with the slips this module's rules know fixed. ToolInputError when no rule applies."""
    material = split_request(text).material.strip()[:20_000]
    changes: list[str] = []
    fixed = material
    for pattern, replacement in _FIXES:
        fixed = pattern.sub(lambda m, r=replacement: _replaced(m, r, changes), fixed)
    fixed = _HAVE_PAST.sub(lambda m: _past_after_have(m, fixed, changes), fixed)
    fixed = _DIDNT_PAST.sub(lambda m: _base_after_didnt(m, changes), fixed)
    if fixed == material:
        raise ToolInputError(
            "I found no slip my grammar rules fix offline (verbs that don't agree, 'have went', 'could of', "
            "uncountable nouns), so I can't say the text is correct or correct it; set ANTHROPIC_API_KEY for a full "
            "check."
        )
    # the note names each fix as it now reads, never the slip again: the corrected answer repeats no mistake
    now = "; ".join(dict.fromkeys(f"'{change.partition(' → ')[2]}'" for change in changes))
    return Rewrite(f"{fixed}\n\n(Fixed, now reading {now}. {_LOOKED_FOR})", changes)


def _replaced(found: re.Match[str], replacement: str, changes: list[str]) -> str:
    before = _WORD_BEFORE.search(found.string[max(0, found.start() - 40) : found.start()])
    if before is not None and before.group(1).lower() in _AUXILIARIES:
        return found.group()
    if replacement == "_uncount":
        new = found.group()[:-1]
    else:
        new = found.expand(replacement)
    changes.append(f"{found.group()} → {new}")
    return new


def _past_after_have(found: re.Match[str], text: str, changes: list[str]) -> str:
    simple, participle = _PAST[found.group("verb").lower()]
    # "Yesterday I have went": the time said makes it the simple past; with no time said, "have gone"
    dated = _PAST_TIME.search(_sentence_around(text, found.start())) is not None
    new = simple if dated else f"{found.group('have')} {participle}"
    changes.append(f"{found.group()} → {new}")
    return new


def _base_after_didnt(found: re.Match[str], changes: list[str]) -> str:
    new = f"{found.group('did')} {_BASE[found.group('verb').lower()]}"
    changes.append(f"{found.group()} → {new}")
    return new


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at)) + 1
    ends = [i for i in (text.find(c, at) for c in ".!?") if i >= 0]
    return text[start : min(ends) if ends else len(text)]
