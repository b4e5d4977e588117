"""Chat slang, swearing and words typed without their apostrophe, taken out of a line before it is made polite.

Slang interjections ("lol", "ugh"), insulting vocatives ("dude", "you idiot"), swearing ("bloody", "what the
hell") and dismissals spliced onto a statement ("..., deal with it") go; chat abbreviations ("u", "pls", "tmrw")
and contractions typed without their apostrophe ("im", "ive", "didnt") are written out, so the rules that follow
(``politeness``) read "I'm sick of it" however it was typed. None of these spans two sentences, so a whole line is
done at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.writer.harsh_judgements import softened_judgements

Log = Callable[[str, str], None]

SLANG_INTERJECTIONS = re.compile(
    r"[ \t]*\b(?:lol|lmao|lmfao|rofl|smh|ugh+|omg|wtf|ffs|jeez|geez|sheesh|meh|duh|fml)\b,?", re.I
)
_VOCATIVES = re.compile(
    r",?[ \t]*\b(?:dude|bro|man|mate|buddy|pal|you(?:[ \t]+(?:absolute|total|complete|utter|stupid|lazy|useless))?"
    r"[ \t]+(?:idiot|moron|fool|clown|muppet|imbecile|genius)s?)\b(?=[,.!?]|$)",
    re.I,
)
_CHAT = {
    "u": "you",
    "ur": "your",
    "ya": "you",
    "pls": "please",
    "plz": "please",
    "plox": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "ty": "thank you",
    "b4": "before",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "idk": "I don't know",
    "dunno": "don't know",
    "gimme": "give me",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "can't be bothered to": "am not able to",
    "cant be bothered to": "am not able to",
    # Contractions typed without their apostrophe ("im sick of it", "ive asked"), so the rules below read them;
    # "its", "were", "ill", "id", "cant" and "wont" are words of their own and stay as typed.
    "im": "I'm",
    "ive": "I've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "theyre": "they're",
    "weve": "we've",
    "thats": "that's",
    "theres": "there's",
    **{f"{verb}nt": f"{verb}n't" for verb in "do does did is are was were has have had could would should".split()},
}
# Days typed short before the part of the day ("down sat night", "fri morning"); "sat" alone may be the verb.
_SHORT_DAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday"} | {
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"
}  # fmt: skip
_SHORT_DAY = re.compile(
    rf"\b(?:{'|'.join(_SHORT_DAYS)})\b(?=[ \t]+(?:night|morning|afternoon|evening|lunchtime|am|pm|\d))", re.I
)
# "prob till 2am": "probably" before the words it qualifies; "no prob" is "no problem".
_PROB = re.compile(r"\b(?<!no )prob\b(?=[ \t]+[a-z])", re.I)
_CHAT_WORDS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _CHAT), key=len, reverse=True)) + r")\b", re.I)
SWEARING = re.compile(
    r"\b(?:damn(?:ed|it)?|dammit|goddamn|freaking|frickin[g']?|friggin[g']?|bloody|effing|fucking|fuckin[g']?|"
    r"shitty|crappy|stupid|idiotic|dumb|pathetic|useless|incompetent|lazy|moronic|ridiculous|sloppy|lousy|"
    r"worthless)[ \t]+(?=[a-z])",
    re.I,
)
SWEAR_PHRASES = re.compile(
    r"[ \t]*\b(?:what the (?:hell|heck|fuck)|the hell|the heck|for (?:god'?s|heaven'?s|pete'?s) sake|"
    r"for crying out loud|for once(?: in your life)?|already(?=[.!?]))\b,?|"
    # A dismissal spliced onto a statement ("..., deal with it."): it goes, the statement stays.
    r",?[ \t]*\b(?:and[ \t]+)?(?:so[ \t]+)?(?:deal with it|get over it|live with it|suck it up|tough luck|"
    r"(?:honestly[ \t]+)?(?:nobody|no one) cares|who cares)\b",
    re.I,
)


def chat_and_slang(line: str, log: Log) -> str:
    """Slang, chat abbreviations and swearing out of a whole line at once (they never span sentences)."""
    line = softened_judgements(line, log)  # "Is it ridiculous to ask ...?": the question's own word, said mildly
    for pattern in (SLANG_INTERJECTIONS, _VOCATIVES, SWEAR_PHRASES, SWEARING):
        for found in pattern.finditer(line):
            log(found.group().strip(" ,"), "(removed)")
        line = pattern.sub("", line)

    def expand(match: re.Match[str]) -> str:
        word = match.group()
        new = _CHAT[word.lower()]
        log(word, new)
        return new[:1].upper() + new[1:] if word[:1].isupper() else new

    def day(match: re.Match[str]) -> str:
        log(match.group(), _SHORT_DAYS[match.group().lower()])
        return _SHORT_DAYS[match.group().lower()]

    def probably(match: re.Match[str]) -> str:
        log(match.group(), "probably")
        return "probably"

    line = _PROB.sub(probably, _SHORT_DAY.sub(day, line))
    return _CHAT_WORDS.sub(expand, line)
