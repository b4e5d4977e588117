"""Shortening asked by its product: "give me the gist", "can I get a tl;dr of this", "I'd like a quick recap".

A light verb ("give", "get", "send", "want") says nothing of who acts (``reading.verb_head`` reads none), and the
words after it are few: "gist" and "recap" carry the request alone, and a sentence encoder weighs "give me" as much
as them, so a writer's card ("give me a tagline") can outrank a summarizer's. Where the user gives a text, points at
one or names one ("the article I was reading"), asking for its gist is asking for it shortened: ``shortening_head``
reads the ask as the verb phrase it means ("Summarize this notice"), which the router then weighs as any opening
verb.

A version of the text sized smaller than it ("a two-sentence version of our newsletter piece: ...", "a shorter
version") is asked for the same way; "a version" alone, or a version in another tone, is a rewrite.

Only the opening is read: a light verb (after polite words and "me"/"us"), at most a sizing word, and the name of a
shortened text. "Give me a summary of the French Revolution" names no text: it is a question about the world.
"""

from __future__ import annotations

import re

from patterns.material import MATERIAL_NOUNS, WORD

_SHORTENING_ASKED = re.compile(
    r"^(?:(?:please|pls|kindly|just|ok|okay|so)[\s,]+)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+|(?:can|could|may)\s+i\s+(?:get|have|see)\s+|"
    r"i(?:'d|\s+would)\s+(?:like|love)\s+|i\s+(?:need|want)\s+|(?:let\s+me\s+(?:have|see|get))\s+)?"
    r"(?:(?:give|get|send|write|do|make|show|tell)\s+(?:me|us)\s+)?"
    r"(?:the|a|an|your)?\s*(?:quick|short|brief|rough|fast|one-line|two-line)?\s*"
    r"(?P<product>gist|tl;?\s?dr|tldr|recap|synopsis|rundown|run-down|summary|short\s+version|cliff\s*notes"
    # "a two-sentence version of our newsletter piece: ...", "a 50-word version": a version sized smaller
    r"|(?:one|two|three|four|five|\d+)[- ](?:line|sentence|paragraph|word)\s+version"
    r"|(?:shorter|condensed|cut-down|trimmed|abridged)\s+version"
    r"|main\s+points|key\s+points|highlights|takeaways|key\s+takeaways)\b"
    r"(?P<rest>[^.!?\n]{0,80})",
    re.IGNORECASE,
)
# words by which the rest names a text ("of this notice", "on the email below"), kept as the verb's object
_OF = re.compile(r"^\s*(?:of|on|from|for)\s+(?P<object>(?:this|these|that|the|my|our)\b[^,;:]{0,60})", re.IGNORECASE)


# The shortening said anywhere in an ask that hands over a text, after the user's situation or inside a request
# ("I need this gallery label cut down, ...: <text>", "can you pull out what matters for me as a driver? <text>",
# "what's the upshot?"): the words say the text is to be made shorter, whoever the text is for.
_SHORTENING_SAID = re.compile(
    r"\bcut\s+(?:it|this|that|them|these|(?:the|this|that|my|our|their)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+down\b"
    r"|\b(?:cut|trimmed|chopped)\s+down\b|\bboil(?:ed)?\s+(?:it|this|that|them\s+)?down\b"
    r"|\bpull\s+out\s+(?:what\s+matters|the\s+(?:key|main|important)\s+(?:points|bits|things))"
    r"|\bwhat\s+(?:actually\s+|really\s+)?matters\b|\bthe\s+upshot\b|\bin\s+a\s+nutshell\b"
    r"|\b(?:key|main|important)\s+(?:points|bits)\b|\bgist\b|\btl;?\s?dr\b|\bshort\s+version\b"
    # "squash tonight's handover into something short for the morning team: <text>"
    r"|\binto\s+(?:something|a\s+few\s+lines)\s+(?:short|shorter|brief|briefer|smaller)\b"
    # "whats it actually saying?", "what does this letter really say?": what a text handed over comes down to
    r"|\bwhat(?:'s|\u2019s|s|\s+is)\s+(?:it|this|that)\s+(?:actually\s+|really\s+|even\s+)?saying\b"
    r"|\bwhat\s+(?:does|do)\s+(?:it|this|that|they|(?:this|that|the)\s+[\w'-]+)\s+(?:actually\s+|really\s+|even\s+)?say\b"
    # "put this in plain English for me: <text>", "in layman's terms": what it says, said simply (not "reword ...")
    r"|\b(?:in|into)\s+(?:plain|simple|everyday)\s+english\b|\bin\s+lay(?:man'?s|person'?s|\s+)\s*terms\b"
    # "this one from the city, in plain words please: <text>", "in simple language": the same in other words
    r"|\b(?:in|into)\s+(?:plain|simple|everyday|easy)\s+(?:words|language|terms)\b",
    re.IGNORECASE,
)


# "Can you please make this report from our supplier shorter for my staff?", "make it more concise": a text pointed
# at, made smaller than it is (not "make this sound friendlier", a rewrite)
_MADE_SHORTER = re.compile(
    r"^(?:(?:please|pls|kindly|just|can|could|would|will|you|u)[\s,]+)*make\s+(?P<object>(?:it|this|that|these|them"
    r"|(?:this|that|these|my|our|the)\s+[\w'-]+)(?:\s+(?!shorter|briefer|more|less)[\w'-]+){0,6}?)\s+(?:a\s+(?:bit|lot)\s+"
    r"|much\s+)?(?:shorter|briefer|more\s+(?:concise|compact|brief)|less\s+(?:long|wordy))\b",
    re.IGNORECASE,
)


def shorter_head(instruction: str) -> str | None:
    """ "Make this report from our supplier shorter" read as the shortening it asks for ("Shorten this report from
    our supplier"); ``None`` unless the instruction opens (after polite words) with "make", a text pointed at, and
    a word that sizes it smaller."""
    found = _MADE_SHORTER.match(instruction.strip()[:300])
    return f"Shorten {found.group('object')}" if found is not None else None


_REWRITING = frozenset("reword rewrite rephrase redraft write draft translate edit simplify".split())


def shortening_head(instruction: str, gives_text: bool) -> str | None:
    """The shortening a light ask names by its product, as the verb phrase it means: "give me the gist of this
    notice" -> "Summarize this notice", "tl;dr please" -> "Summarize"; ``None`` when the instruction opens
    otherwise, or when the request gives no text (``gives_text``: after a colon, in a block, or pointed at) and the
    ask names none ("a recap of the 2022 final" asks about the world; "of the article I read" names a text)."""
    found = _SHORTENING_ASKED.match(instruction.strip()[:200])
    if found is None:
        # a text handed over and its shortening asked further in ("I need this label cut down, ...: <text>")
        # (not a text reworded in plain words: "Reword this in plain English for a leaflet" is a rewrite)
        said = _SHORTENING_SAID.search(instruction[:300]) if gives_text else None
        plainly = said is not None and said.group(0).lower().endswith(("english", "terms", "words", "language"))
        if said is None or (plainly and _REWRITING & set(WORD.findall(instruction[:300].lower()))):
            return None
        return "Summarize"
    named = _OF.match(found.group("rest"))
    if not gives_text and not MATERIAL_NOUNS & set(WORD.findall(found.group("rest").lower())):
        return None
    return f"Summarize {named.group('object').strip()}" if named else "Summarize"


__all__ = ["shorter_head", "shortening_head"]
