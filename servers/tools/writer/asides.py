"""Asides: what a request says about the drafting itself, not what the text should say.

"Write a short blurb for our lunchbox: leak-proof, holds 1.2 litres. Keep refining it until it's good.",
"Draft a polite reply declining ..., and keep improving it until a reviewer is happy", "... Have it reviewed and
improved.", "..., and keep it friendly": the last clause is addressed to whoever writes (or reviews) the text and
points at the text itself ("it", "the draft"). Read as content it would be pasted into the draft, which is the
worst answer a writer can give; so ``without_asides`` takes such clauses out of the instruction and the material,
and hands them back apart, where a tone or a length they ask for can still be read.

An aside is never the first clause of a request (that is the instruction itself), it refers to the text being
written, and it asks for a drafting step (improve, refine, review, revise, polish, proofread, edit, iterate) or
for a size or tone ("keep it short", "make it friendlier", "keep it under 80 words"). A clause that asks the
readers to act ("ask everyone to review it", "please review it and send feedback") is content, not an aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where an aside may start inside a sentence: after a semicolon, "and", "then" or a comma before them.
# One whitespace character each side: a run of spaces must not make the search backtrack.
_CLAUSE_BREAK = re.compile(r";\s|,?\s(?:and then|and|then)\s|,\s", re.I)
_SENTENCE_END = re.compile(r"((?<=[.!?])[ \t]+(?=[A-Za-z0-9])|\n\s*)")
# The text being written, named by a pronoun or a noun ("it", "it's", "the draft", "the wording").
_THE_TEXT = r"(?:it|it's|itself|the (?:draft|text|copy|wording|result|writing))"
_DRAFTING = (
    r"(?:improv\w*|refin\w*|review\w*|revis\w*|polish\w*|proofread\w*|iterat\w*|re-?draft\w*|re-?work\w*|"
    r"edit(?:s|ed|ing)?|critiqu\w*|feedback|tweak\w*|fine-tun\w*|evaluat\w*|assess\w*|judg\w*|"
    r"re-?writ\w*|tighten\w*)"
)
_SIZE_OR_TONE = (
    r"(?:short|shorter|brief|briefer|concise|simple|simpler|tight|crisp|punchy|snappy|friendly|friendlier|warm|"
    r"warmer|formal|informal|casual|polite|professional|upbeat|light|better|stronger|tighter|clearer|sharper|"
    r"crisper|fun|cheerful|chatty|relaxed|playful|gentle|kind|nice|light-?hearted|sweet|positive|humble|modest|"
    r"low-?key|understated|heartfelt|sincere|genuine|personal|enthusiastic|lively|respectful|grateful|"
    r"(?:under|below|within|to|at)\s+(?:about\s+)?"
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)[\s-]+"
    r"(?:words?|sentences?|lines?))"
)
_SIZE_SAID = (
    r"(?:(?:no more than|not more than|under|below|less than|fewer than|at most|max(?:imum)?|up to|within|in|"
    r"about|around|exactly)\s+)?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"twenty|thirty|fifty)[\s-]+(?:words?|sentences?|lines?)(?:,?\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer)))?"
)
_SIZE_ONLY = rf"{_SIZE_SAID}(?:,?\s+please)?$"
# a word the text must say, with its size or alone: "Under 25 words and it must say free.", "It must say FREE."
_MUST_SAY = (
    rf"(?:{_SIZE_SAID}\s+and\s+)?{_THE_TEXT}\s+(?:has to|have to|must|should|needs to|need to)\s+"
    r"(?:say|include|mention|contain|have|use)\s+(?:the\s+word\s+)?[\"'\u2018\u201c]?[\w-]+[\"'\u2019\u201d]?"
    r"(?:\s+in\s+it)?(?:,?\s+please)?$"
)
# How a text should feel, beyond a tone: "funny", "moving", "not too cheesy". Said alone ("Something funny and
# heartfelt.") it describes the writing and gives no fact to write.
_MANNER = (
    rf"(?:{_SIZE_OR_TONE}|funny|humorous|witty|moving|touching|emotional|sentimental|heart-?warming|uplifting|"
    r"inspiring|memorable|catchy|cheeky|silly|serious|classy|elegant|original|creative|meaningful|thoughtful|"
    r"lovely|cute|soppy|cheesy|long|over the top|too much|corny|formal)"
)
_DEGREE = r"(?:a\s+(?:bit|little)|quite|very|really|fairly|too|overly|not\s+(?:too|overly|very))"
# "keep improving it", "have it reviewed", "ask a reviewer to check it", "until a reviewer is happy"
_ASIDE = re.compile(
    rf"^(?:(?:please|also|just|then|and|but)\s+)*(?:"
    rf"[a-z]+\s+(?:[a-z]+ing\s+)?{_THE_TEXT}\b.{{0,80}}?\b{_DRAFTING}\b|"
    rf"{_DRAFTING}\s+(?:[a-z]+\s+){{0,2}}?{_THE_TEXT}\b|"
    rf"[a-z]+\s+(?:[a-z]+\s+){{0,3}}?{_DRAFTING}\b.{{0,60}}?\b{_THE_TEXT}\b|"
    rf"(?:keep|make|get)\s+{_THE_TEXT}\s+(?:sound\s+|feel\s+|read\s+)?(?:nice\s+and\s+|a\s+bit\s+|fairly\s+|quite\s+|"
    rf"very\s+)?{_SIZE_OR_TONE}\b|"
    # "I'd like it to sound warm", "I want it to be short"
    rf"(?:i'?d like|i would like|i want|i need)\s+{_THE_TEXT}\s+to\s+(?:sound|be|feel|read)\s+(?:a\s+bit\s+|quite\s+|"
    rf"very\s+|more\s+)?{_SIZE_OR_TONE}\b|"
    rf"(?:until|till)\s+(?:a|the|my|our)\s+(?:reviewer|editor|judge|critic)\b|"
    # what the text must hold to: "it has to include the name and be under 12 words", "it must be short"
    rf"{_THE_TEXT}\s+(?:has to|have to|must|should|needs to|need to)\s+(?:(?:include|use|have|mention|feature|keep)\s+"
    rf"(?:the|our|my)\s+(?:(?:business|company|shop|brand|firm)\s+)?name(?:\s+and\s+be\s+{_SIZE_OR_TONE})?|"
    rf"be\s+{_SIZE_OR_TONE}(?:\s+and\s+(?:include|use|mention)\s+(?:the|our|my)\s+name)?)\b|"
    # what the text should leave out of its form: "no hashtags overload", "No emojis please.", "go easy on the jargon"
    r"(?:no|without|avoid|skip|(?:don'?t|do not)\s+use|go\s+easy\s+on)\s+(?:the\s+|any\s+|too\s+many\s+)?"
    r"(?:hashtags?|emojis?|emoticons?|exclamation\s+marks?|jargon|buzzwords?|clich[eé]s?|fluff)\b|"
    # a sentence that is only a size: "No more than 8 words please.", "Max 10 words.", "7 words or less."
    rf"{_SIZE_ONLY}|{_MUST_SAY}|"
    # a sentence that is only how the text should feel: "Something funny and heartfelt.", "Nothing too soppy."
    rf"(?:something|anything|nothing)\s+(?:{_DEGREE}\s+)?{_MANNER}"
    rf"(?:(?:\s*,\s*|\s+(?:and|but|yet|or)\s+|\s*,\s*(?:and|but|yet)\s+)(?:{_DEGREE}\s+)?{_MANNER}){{0,3}}"
    # a word to the reader after it: "Something punchy, eh.", "something short please mate"
    r"(?:,?\s+(?:please|pls|eh|mate|bro|brah|bud|ok|okay|thanks|cheers)){0,2}$)",
    re.I,
)
# A clause about someone or something named ("ask Sam to review it by Friday", "ask him to check it") is content.
_SPECIFIC = re.compile(
    r"(?<!^)\b(?!I\b|I')(?-i:[A-Z])|\b(?:him|her|them)\b|\d(?!\d*\s+(?:words?|sentences?|lines?)\b)", re.I
)
# "ask everyone to review it", "tell the team to check it": the text asks its readers to act; that is content. Only
# a reviewer, an editor or someone unnamed asked to look at the text is the drafting being spoken of.
_ASKS_READER = re.compile(
    r"^(?:(?:please|also|just|then|and|but)\s+)*(?:ask|tell|remind|get|invite|encourage|want)\s+"
    r"(?!(?:(?:a|an|the|my|our|some)\s+)?(?:reviewers?|editors?|proofreaders?|critics?|judges?|someone|somebody|"
    r"anyone|me|you)\b)(?:[\w'-]+\s+){1,3}?to\b",
    re.I,
)
# "please review it and send feedback", "review it and let me know": a reply asked of the readers; a writer sends
# no feedback on its own draft.
_READER_ACTS = re.compile(
    r"\b(?:send\s+(?:me\s+|us\s+)?(?:your\s+|any\s+)?(?:feedback|comments|notes|thoughts|changes)|let\s+(?:me|us)\s+know|"
    r"get\s+back\s+to|reply|respond|sign\s+(?:it|and)|return\s+it|forward\s+it|share\s+it\s+with|print\s+it|"
    r"bring\s+it)\b",
    re.I,
)
_MAX_ASIDE_CHARS = 200
# An ask of someone running up to a clause break ("asking her to look over my plan"): what follows "and" is more of
# what they are asked to do. No comma or semicolon between the ask and the break.
_ASKED_OF_SOMEONE = re.compile(
    r"\b(?:ask|asks|asking|tell|tells|telling|remind|reminding|invite|inviting|want|wants|get|getting)\s+"
    r"(?!(?:(?:a|an|the|my|our|some)\s+)?(?:reviewers?|editors?|proofreaders?|critics?|judges?|someone|somebody|"
    r"anyone|me|you)\b)(?:[\w'-]+\s+){1,3}?to\s+[^,;]*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Asides:
    """``text`` without its asides, and the asides taken out (each a clause as the request wrote it)."""

    text: str
    asides: tuple[str, ...] = ()


def without_asides(text: str) -> Asides:
    """``text`` without its asides: a whole sentence or line after the first, or the end of a sentence from a
    clause break on (see the module docstring). The rest keeps its own words, punctuation and line breaks."""
    pieces = _SENTENCE_END.split(text.strip())  # sentences, with the space or line break after each between
    kept: list[str] = []
    asides: list[str] = []
    for index in range(0, len(pieces), 2):
        sentence = pieces[index]
        bare = sentence.strip().rstrip(".!?")
        if index > 0 and is_aside(bare):
            asides.append(bare)
            continue
        for found in _CLAUSE_BREAK.finditer(bare, max(0, len(bare) - _MAX_ASIDE_CHARS - 4)):
            if _ASKED_OF_SOMEONE.search(bare, max(0, found.start() - 200), found.start()) and "and" in found.group():
                continue  # "asking her to look over my plan and give feedback on it": the second verb of the ask
            if is_aside(bare[found.end() :]):
                asides.append(bare[found.end() :])
                end = sentence.rstrip()[-1:]
                sentence = bare[: found.start()].rstrip(" ,;") + (end if end in ".!?" else "")
                break
        kept += [pieces[index - 1] if index > 0 and kept else "", sentence]
    if not asides:
        return Asides(text)
    return Asides("".join(kept).strip(), tuple(asides))


def is_aside(clause: str) -> bool:
    """Whether ``clause`` speaks about drafting the text rather than saying what the text says."""
    if len(clause) > 2 * _MAX_ASIDE_CHARS:
        return False
    clause = " ".join(clause.split()).strip(" ,.")
    if not clause or len(clause) > _MAX_ASIDE_CHARS or _SPECIFIC.search(clause):
        return False
    if _ASKS_READER.match(clause) or _READER_ACTS.search(clause):
        return False
    return _ASIDE.match(clause) is not None


def contains_aside(draft: str) -> bool:
    """Whether a sentence of ``draft`` is an aside: a request's drafting instruction pasted into the text."""
    sentences = re.split(r"(?<=[.!?])\s+|\n+|;\s+|,\s+and\s+", draft)
    return any(is_aside(s.strip().rstrip(".!?")) for s in sentences if len(s) <= _MAX_ASIDE_CHARS)
