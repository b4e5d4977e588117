"""The forms a request asks its text to take besides a style: bullet points, a subject line, a signature, and an
exact number of sentences.

"Write a product description in three bullet points for a bamboo board: ...", "an email to Professor Lin with the
subject line 'Thesis draft', saying ...", "... and sign it from Rosa", "a two-sentence description": each names a
shape the answer must have, and an answer without it does not account for the request. ``read_forms`` takes the
words that ask for a form out of the instruction (so they never become content) and returns what they asked.

Fitting a count never invents and never drops: given points are regrouped (merged with semicolons, split where a
sentence already holds two clauses or lists what its subject has), a closing that claims nothing may fill a
sentence, and when the facts still cannot make the number asked the writer says so instead of answering short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.writer import sentence_splits as splits
from servers.tools.writer.lengths import amount
from servers.tools.writer.profiles import profile_sentences
from servers.tools.writer.senders import sent_from

_COUNT = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "in three bullet points", "as a bulleted list", "a 3 bullet point summary", "a checklist": the words asking for
# bullets, with the preposition and article that lead into them (taken out with them).
_BULLETS = re.compile(
    rf",?\s*\b(?:(?:as|in|with|using)\s+)?(?:(?:a|an|some)\s+)?(?:(?:exactly|just|only|no more than|at most)\s+)?"
    rf"(?:{_COUNT}[\s-]+)?"
    r"(?:bullet(?:ed)?[\s-]?(?:points?|list|form)|bullets|bulleted|numbered list|check-?list)\b|"
    # a bare "list" only as the thing asked for ("a list of", "a packing list"), not "the mailing list"
    r",?\s*\b(?:(?:as|in)\s+)?(?:a|an)\s+(?:[\w-]+\s+)?list\b",
    re.I,
)
# "Bullet list of 3 points for the governors", "a list of five key points": the list and its count, said together
_LIST_OF_COUNT = re.compile(
    rf",?\s*\b(?:(?:as|in)\s+)?(?:(?:a|an)\s+)?(?:bullet(?:ed)?[\s-]?list|numbered\s+list|list)\s+of\s+{_COUNT}\s+"
    r"(?:bullet\s+|key\s+|main\s+)?points?\b",
    re.I,
)
_BULLET_WORDS = 12  # a list asked for is asked for early: "saying the list of winners is up" is content
# ... unless it is counted: "a reminder for the night shift nurses as exactly 3 bullet points" asks for bullets
# however late it says so; content never counts its own bullet points.
# (a count before "bullet" sizes the list whatever noun follows: "a 3-bullet handover note", "a 4 bullet summary")
_COUNTED_BULLETS = re.compile(
    rf",?\s*\b(?:(?:as|in|with|using)\s+)?(?:(?:exactly|just|only|no more than|at most)\s+)?{_COUNT}[\s-]+"
    r"(?:bullet(?:ed)?(?:[\s-]?points?)?|bullets)\b",
    re.I,
)
# ... or laid out so: "as bullet points", "in bullet form", "as a numbered list" say how the text is set out wherever
# they come ("an email to the letting agent setting out these three faults as bullet points").
_LAID_OUT_AS_LIST = re.compile(
    rf",?\s*\b(?:as|in|using)\s+(?:(?:a|an|some)\s+)?(?:{_COUNT}[\s-]+)?(?:(?:short|simple|neat|quick|clear)\s+)?"
    r"(?:bullet(?:ed)?[\s-]?(?:points?|list|form)|bullets|numbered list|numbered points)\b",
    re.I,
)
_SUBJECT_LINE = re.compile(
    r",?\s*\b(?:(?:with|and|using|under)\s+)?(?:(?:the|a)\s+)?subject(?:\s+line)?\s*(?:of\s+|as\s+|:\s*)?"
    r"[\"'\u201c\u2018](?P<line>[^\"\u201d\u2019\n]{1,100}?)[\"'\u201d\u2019](?=\s|[,.;]|$)",
    re.I,
)
_SIGNATURE = re.compile(
    r",?\s*\b(?:and\s+)?sign(?:ed)?(?:\s+(?:it|this|off|the \w+))?(?:\s+(?:from|as|with|by))?\s+"
    # "... and sign it from the Building Office", "sign it from the coordinators": a group signs with "the"
    r"(?P<name>(?:(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2}|"
    r"(?:(?<=from )|(?<=by ))(?:the|all the)\s+[\w'-]+(?:\s+[\w'-]+)?))"
    r"(?=\s*[,.;!]?\s*$|\s*,)",
    re.I,
)
_PRONOUNS = r"(?:i|he|she|it|we|they|you)"
# Where one sentence holds two clauses: "he is a carpenter, he has built boats", "..., and we'll be closed on
# Sundays"; "opens at 9; closes at 5".
# Or "..., and the reading club starts in April": a new subject with a verb of its own after ", and"/", but".
_CLAUSE_VERB = r"(?:is|are|was|were|will|starts|opens|closes|begins|ends|runs|moves|takes|has|have)\b"
_CLAUSE_BREAK = re.compile(
    rf";\s+|,\s+(?:and\s+|but\s+)?(?={_PRONOUNS}(?:'(?:m|re|ll|ve|d|s))?\s)|"
    # "... accepts contactless payments and that the minimum spend has gone": a second "that" clause of one verb
    rf"\s+and\s+that\s+(?=(?:the|our|a|an|my|their|this|these|we|i|you|they|it|there)\s)|,\s+(?:and|but)\s+(?=(?:the|our|a|an|my|their|this|these)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{_CLAUSE_VERB})|"
    # "closed until 3 June, but online orders are still being shipped": "but" turns to a new subject of its own
    rf",\s+but\s+(?=(?:[\w'-]+\s+){{1,3}}?{_CLAUSE_VERB})",
    re.I,
)
# "Tokyo is the capital of Japan, Beijing is the capital of China": clauses with named subjects spliced by commas;
# a break only after a clause of its own ("In Asia, Tokyo is ..." has none before its comma).
_NAMED_CLAUSE_BREAK = re.compile(
    r",\s+(?:and\s+)?(?=(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+(?:is|are|was|were)\s)"
)
# "the fire drill is on Wednesday and everyone should meet in the car park": a second clause after a bare "and",
# with a subject of its own and a verb that says what someone must, should or will do; a break only after a clause
# of its own ("Tea and the cake will be served" has none before its "and").
_MODAL = r"(?:should|must|will|need\s+to|needs\s+to|has\s+to|have\s+to|can)\s"
_AND_CLAUSE_BREAK = re.compile(
    rf"\s+and\s+(?=(?:[\w'-]+\s+){{1,3}}?{_MODAL})|"
    # "the jumble sale raised £412 and we thank every volunteer": "we" (or "I", "they") begins a clause of its own
    r"\s+and\s+(?=(?-i:we|I|they)\s+(?-i:[a-z]{2,})\b(?<!ing))|"
    # "flat 3 is vacant from 1 May and the asking rent is £875": a subject of its own, then what it is or has
    r"\s+and\s+(?=(?:the|our|its|their|your|his|her|this|these)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|was|were|has|have)\s)|"
    # "the trip is on 9 October, the coach leaves at 8.30am and we're back by 4pm": clauses run on with a comma, or
    # with "and" before a contracted "we're", each with a subject and a verb of its own
    rf",\s+(?=(?:the|our|its|their|your|this|these)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_CLAUSE_VERB}|"
    r"(?:leaves|arrives|departs|meets|finishes)\b))|\s+and\s+(?=(?-i:we're|we'll|we've|I'm|I'll|I've|they're|they'll)\s)|"
    # "ATM is out of order until thursday, nearest ATM is at the GS25": a notice's terse subject with no "the"
    r",\s+(?=(?!(?:which|who|whom|whose|where|when|what|why|how|that|as|so|because|if|unless|except|although|though|"
    r"while|since|but|and|or|then|it|there|this|that)\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?\s+(?:is|are)\s)",
    re.I,
)
_CLAUSE_BEFORE = re.compile(
    # ("I'm away until 22 August and ...": a contracted "am" or "are" is the verb of a clause too)
    r"\b(?:is|are|am|was|were|will|has|have|had|starts|opens|closes|begins|ends|runs|moves|meets|goes|takes|"
    r"(?<=\bi['’])m|(?<=\bwe['’])re|(?<=\byou['’])re|(?<=\bthey['’])re|"
    r"(?:the|our|my|their|your)\s+(?:[\w'-]+\s+){0,2}?[a-z]{2,}\s+[a-z]{3,}ed)\s+\S",
    re.I,
)
_BEFORE_IS_CLAUSE = re.compile(r"\b(?:is|are|was|were)\s+\S", re.I)
# "the children go free": a determiner, a noun and a third word that is no preposition, likely a verb; a list's item
# after "and" seldom reads so, and when one does, leaving the sentence whole only costs a decline.
_SUBJECT_AND_VERB = re.compile(
    r"^(?:the|our|their|all|some|most|many|kids|children)\s+[\w'-]+\s+(?!(?:of|in|on|at|for|with|from|to|and|or|by|"
    r"near|under|over|per|a|an|the)\b)(?-i:[a-z]{2,})\b",
    re.I,
)
# "X has A, B and C": a subject, a verb that distributes over a list, and the list.
_LISTING = re.compile(
    r"^(?P<subject>[^,;:]{2,80}?)\s+(?P<verb>has|have|is|are|offers|offer|includes|include|comes with|come with|"
    r"features|feature)\s+(?P<objects>[^;]+?)[.!]?$",
    re.I,
)
# "This bottle keeps drinks cold and weighs 300 grams": one subject, two verb phrases joined by "and".
_TWO_VERBS = re.compile(
    # (no colon in the subject: "The quiz night: tickets are £5 and teams of six" is a label and a list)
    r"^(?P<subject>(?:this|the|our|my|its|it)\b[^,;:]{0,80}?)\s+(?P<first>[a-z]+s\b[^;]*?),?\s+and\s+"
    r"(?P<second>(?:also\s+)?[a-z]+s\b[^;]*?)[.!]?$",
    re.I,
)
# Where one sentence ends and the next starts ("Welcome! The club meets ..."), but not after "Mr." or "Dr.".
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)\s+(?=[A-Z\d])")
_MAX_SPLIT_CHARS = 400  # a sentence is split only when it is a sentence's length: the patterns stay cheap
# "X is a Y who/which/that does Z": one subject, a description, and what it does.
_RELATIVE = re.compile(
    r"^(?P<subject>[^,;]{2,60}?)\s+(?P<verb>is|was)\s+(?P<what>(?:an?|the|one of)\s+[^;]{2,120}?),?\s+"
    r"(?:who|which|that)\s+(?P<rest>[a-z]+\b[^;]{2,160}?)[.!]?$",
    re.I,
)
# "The telephone was invented by Alexander Graham Bell, who patented it in 1876": a clause set off after a name.
_NAMED_RELATIVE = re.compile(
    r"^(?P<head>[^;]{2,160}?\b(?P<name>(?:(?-i:the)\s+)?(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.&-]*){0,3})),\s+"
    r"(?:who|which)\s+(?P<rest>(?-i:[a-z])+\b[^;]{2,160}?)[.!]?$"
)
_PLURAL_VERBS = frozenset({"have", "are", "offer", "include", "come with", "feature"})
_CALENDAR_NAME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|"
    r"October|November|December"
)


@dataclass(frozen=True, slots=True)
class Forms:
    """What shape the request asks for beyond its style; ``None``/``False`` where it asks for none."""

    bullets: bool = False
    bullet_count: int | None = None
    numbered: bool = False  # "as a numbered list": the items numbered, not bulleted
    subject_line: str | None = None
    signature: str | None = None


def read_forms(instruction: str) -> tuple[Forms, str]:
    """The forms ``instruction`` asks for, and the instruction without the words that asked for them."""
    subject_line = signature = None
    found = _SUBJECT_LINE.search(instruction)
    if found:
        subject_line = found.group("line").strip()
        instruction = instruction[: found.start()] + instruction[found.end() :]
    found = _SIGNATURE.search(instruction)
    if found:
        signature = found.group("name").strip()
        signature = signature[:1].upper() + signature[1:]  # "the coordinators" signs as "The coordinators"
        instruction = instruction[: found.start()] + instruction[found.end() :]
    else:  # "..., from Haruka at the front desk": who signs it, said as whom it is from
        signature, instruction = sent_from(instruction)
    bullets, count = False, None
    joined = " ".join(instruction.split())
    lead = len(" ".join(joined.split()[:_BULLET_WORDS]))
    # (a list asked for from within the lead, in words that may run past it: "... these three problems as bullet
    # points" has "bullet" as its twelfth word)
    found = _LIST_OF_COUNT.search(joined) or next((m for m in _BULLETS.finditer(joined) if m.start() < lead), None)
    found = found or _COUNTED_BULLETS.search(joined) or _LAID_OUT_AS_LIST.search(joined)
    if found:
        bullets, count = True, amount(found.group("n")) if found.group("n") else None
        joined = joined[: found.start()] + " " + joined[found.end() :]
    numbered = bool(found and re.search(r"\bnumbered\b", found.group(), re.I))
    forms = Forms(bullets, count, subject_line=subject_line, signature=signature, numbered=numbered)
    return forms, " ".join(joined.split())


def list_items(points: list[str], count: int | None) -> list[str]:
    """The points as list items: one point of comma-separated items is split into them ("water, sun cream and a
    packed lunch"). ToolInputError when ``count`` is asked and the items are another number."""
    items = points
    if len(points) == 1 or (count is not None and len(points) < count):
        items = [part for point in points for part in _comma_parts(point)]
    if count is not None and len(items) != count:
        raise ToolInputError(
            f"You asked for {count} bullet point{'s' * (count != 1)} and gave {len(items)} point"
            f"{'s' * (len(items) != 1)}; I won't merge, drop or invent points offline: ask for {len(items)}, "
            f"or give {count}."
        )
    return items


_ITEM_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))\s*(?:and\s+|or\s+)?")


def _comma_parts(point: str, pair: bool = False) -> list[str]:
    """ "a, b and c" as its items; "a and b" too when ``pair`` (a list a verb distributes over)."""
    # (never inside a figure: "₩5,000 each" is one item)
    parts = [p.strip(" .") for p in _ITEM_COMMA.split(point.strip()) if p.strip(" .")]
    if (len(parts) >= 2 or pair) and len(re.findall(r"\s(?:and|or)\s", parts[-1])) == 1:
        parts[-1:] = [p.strip() for p in re.split(r"\s(?:and|or)\s", parts[-1])]  # "a, b and c"
    return parts


def bullet(item: str, number: int | None = None) -> str:
    """A list line, numbered when ``number`` is given: capitalised; a full stop only on an item long enough to be a
    sentence."""
    item = item.strip()
    item = item[:1].upper() + item[1:]
    if len(item.split()) >= 4 and not item.endswith((".", "!", "?")):
        item += "."
    return f"{number}. {item}" if number is not None else f"- {item}"


def fit_sentences(
    body: list[str], count: int, closing: str | None, *, at_most: bool = False, profile: bool = False
) -> list[str]:
    """``body`` as exactly ``count`` sentences (``at_most``: as at most ``count``), or ToolInputError saying why
    it cannot be.

    Too many: neighbours are joined with semicolons. Too few: a sentence holding two clauses is split at the
    break, a sentence listing what its subject has is split into one sentence per item ("It also has ..."), then
    the closing (a line that claims nothing) may fill one more. Nothing is invented to make up the rest. With
    ``profile`` (a bio), a name and notes about the person are told as sentences first (``profiles``).
    """
    body = [s for part in body for s in _SENTENCE_END.split(part.strip()) if s]
    if at_most and len(body) <= count:
        return body  # "two sentences max" from one fact: one sentence meets it, and nothing is padded
    if len(body) > count:
        size = -(-len(body) // count)
        body = [_sentence("; ".join(s.rstrip(".!?") for s in body[i : i + size])) for i in range(0, len(body), size)]
    # a person's notes ("Tom Reid, head chef, trained in Lyon") are read as a profile only in a bio: "Lisbon, sunny,
    # great food" is no person
    profiled = (profile_sentences,) if profile else ()
    for split in (
        *profiled,
        # (the narrow breaks first: "caused by A, about 23.4 degrees, not by B" is no list of what it is)
        splits.split_contrast,
        splits.split_role,
        splits.split_and_subject,
        splits.split_invitation,
        splits.split_plea,
        splits.split_thanks,
        _split_clauses,
        _split_participles,
        _split_verbs,
        _split_listing,
        _split_relative,
        _split_named_relative,
        _split_reason,
        _split_where,
        splits.split_listed_facts,  # "grown in the lagoon, colours from silver to green, ...": a fact each
        splits.split_comma_clauses,  # "a set goes from $165 to $180, trims stay at $55": two sentences
    ):
        while len(body) < count:
            longest = max(range(len(body)), key=lambda i: len(body[i]))
            if len(body[longest]) > _MAX_SPLIT_CHARS:
                break
            parts = split(body[longest], count - len(body) + 1)
            if len(parts) < 2:
                break
            body[longest : longest + 1] = parts
    if len(body) < count and closing:
        body.append(closing)
    if len(body) != count:
        raise ToolInputError(
            f"The points you gave make {len(body)} sentence{'s' * (len(body) != 1)}, not the {count} you asked "
            "for, and I won't pad the text with claims you did not make offline: add points, or ask for "
            f"{len(body)}."
        )
    return body


def _split_clauses(text: str, most: int) -> list[str]:
    found = list(_CLAUSE_BREAK.finditer(text))
    if not found:
        found = [m for m in _NAMED_CLAUSE_BREAK.finditer(text) if _BEFORE_IS_CLAUSE.search(text[: m.start()])]
    if not found:
        found = [m for m in _AND_CLAUSE_BREAK.finditer(text) if _CLAUSE_BEFORE.search(text[: m.start()])]
    if not found:
        return [text]
    cuts = found[: most - 1]
    if len(found) > len(cuts):
        # more breaks than cuts wanted: those nearest the even shares, so no sentence is left a stub ("I'm Tomás.")
        shares = [len(text) * i // (len(cuts) + 1) for i in range(1, len(cuts) + 1)]
        chosen = {min(found, key=lambda m, at=at: abs(m.start() - at)).start(): None for at in shares}
        cuts = [m for m in found if m.start() in chosen]
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    return [_sentence(text[a:b].strip(" ,;.")) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]


def _split_listing(text: str, most: int) -> list[str]:
    found = _LISTING.match(text.strip())
    if not found:
        return [text]
    objects = _comma_parts(found.group("objects"), pair=True)
    if len(objects) < 2 or found.group("objects").split(" ", 1)[0].lower().endswith("ing"):
        return [text]  # "is extending its hours, and ...": a verb in -ing, not a list of what it is
    if any(re.search(rf"\b(?:{_CLAUSE_VERB}|{_MODAL})", o, re.I) for o in objects[1:]):
        return [text]  # "..., and the club starts again": a clause with its own verb, not an item
    if any(_SUBJECT_AND_VERB.match(o) for o in objects[1:]):
        return [text]  # "£5 for adults and the children go free": a subject with a verb of its own, no item
    if any(re.match(r"(?:[a-z]+ed|known|seen|given|made|built|held|found|kept)\b", o) for o in objects[1:]):
        return [text]  # "the highest mountain on Earth, measured by height": a participle on it, not an item
    if any(
        re.match(
            r"(?:with|without|by|from|through|via|due|thanks|because|as|after|before|under|so|then|yet|since|while|"
            r"although|though|until|unless|if|when|please|not|on|in|at)\b",
            o,
            re.I,
        )
        for o in objects[1:]
    ):
        # "caused by the Moon, with a smaller pull from the Sun": how, not a second thing it is; "out of order, so
        # please use the stairs": what follows from it; "caused by the Moon, not by the wind": what it is not; "in
        # Room 12, the big one, on Friday": a when or where of the same thing
        return [text]
    if len(objects) > most:  # the last sentence keeps the rest of the list
        objects = [*objects[: most - 1], _joined(objects[most - 1 :])]
    subject, verb = found.group("subject"), found.group("verb")
    pronoun = subject if subject.lower() in ("i", "we", "you") else "They" if verb.lower() in _PLURAL_VERBS else "It"
    also = f"{verb} also" if verb.lower() in ("is", "are") else f"also {verb}"
    return [_sentence(f"{subject} {verb} {objects[0]}")] + [_sentence(f"{pronoun} {also} {o}") for o in objects[1:]]


# "My fleur de sel: raked by hand ..., harvested on summer evenings, sold in a 250 g jar": what is done to the thing
_PARTICIPLES = re.compile(r"^(?P<subject>[^:;.!?]{2,60}):\s+(?P<done>.+?)\.?$")
_PARTICIPLE = re.compile(
    r"(?:[a-z]+ed|made|sold|grown|kept|built|found|held|given|known|seen|woven|spun|sewn|cut|set|caught|taken|worn|"
    r"drawn|shown|written|ground|brought|bought|dug|hung|spread|shorn|sown|baked|dried)\b",
    re.I,
)


def _split_participles(text: str, most: int) -> list[str]:
    """ "My fleur de sel: raked by hand ..., harvested on summer evenings, sold in a 250 g jar" -> "My fleur de sel is
    raked by hand .... It is harvested on summer evenings. It is sold in a 250 g jar.": each thing done to it a
    sentence of its own, said of it; a list with any part that is not such a deed is left as it is."""
    found = _PARTICIPLES.match(text.strip())
    if not found or most < 2:
        return [text]
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?", found.group("done")) if p.strip()]
    if len(parts) < 2 or not all(_PARTICIPLE.match(p) for p in parts):
        return [text]
    if len(parts) > most:  # as many sentences as are wanted: the last deeds said together, in one
        parts = [*parts[: most - 1], f"{', '.join(parts[most - 1 : -1])} and {parts[-1]}"]
    subject = found.group("subject").strip()
    plural = subject.lower().endswith("s") and not subject.lower().endswith("ss")
    be, again = ("are", "They") if plural else ("is", "It")
    return [_sentence(f"{subject} {be} {parts[0]}"), *(_sentence(f"{again} {be} {p}") for p in parts[1:])]


def _split_verbs(text: str, most: int) -> list[str]:
    found = _TWO_VERBS.match(text.strip())
    if found and re.search(rf"\b{_MODAL}", found.group("second"), re.I):
        return [text]  # "... and deliveries will go to the back door": a clause of its own, not a second verb
    if not found or most < 2:
        return [text]
    if re.match(r"(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])", found.group("second")):
        return [text]  # "..., and Louis Blériot crossed the Channel": a subject of its own, never "It Louis ..."
    subject = found.group("subject")
    return [_sentence(f"{subject} {found.group('first')}"), _sentence(f"It {found.group('second')}")]


def _split_relative(text: str, most: int) -> list[str]:
    """ "Tomas Reyes is a pastry chef who runs a café" -> "Tomas Reyes is a pastry chef. Tomas Reyes runs a café."
    A named subject is named again (a pronoun would guess a gender); a thing becomes "It"."""
    found = _RELATIVE.match(text.strip())
    if not found or most < 2:
        return [text]
    subject = found.group("subject")
    again = subject if re.match(r"^(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*)*$", subject) else "It"
    return [
        _sentence(f"{subject} {found.group('verb')} {found.group('what')}"),
        _sentence(f"{again} {found.group('rest')}"),
    ]


def _split_named_relative(text: str, most: int) -> list[str]:
    """ "The telephone was invented by Alexander Graham Bell, who patented it in 1876" -> "... by Alexander Graham
    Bell. Alexander Graham Bell patented it in 1876." The name is said again: a pronoun would guess a gender."""
    found = _NAMED_RELATIVE.match(text.strip())
    if not found or most < 2:
        return [text]
    name = found.group("name")
    return [_sentence(found.group("head")), _sentence(f"{name[:1].upper() + name[1:]} {found.group('rest')}")]


# "closed on Saturday for resurfacing", "... because the boiler is being replaced", "..., so please use the stairs":
# what happens, then why or what follows from it, which may be said as a sentence of its own ("This is for
# resurfacing."): "this" is what the first sentence says, and nothing is added. A noun in -ing is no reason said
# ("open for the evening", "closed for the morning").
_REASON = re.compile(
    r"^(?P<what>[^;]{8,300}?)(?:\s+(?P<for>for)\s+(?=(?-i:[a-z])\w+ing\b)(?!(?:morning|evening|everything|something|"
    r"anything|nothing|building|wedding|meeting|ceiling|clothing|spring|king|ring|string|thing|lightning)\b)|"
    r",?\s+(?P<link>because|so that|due to)\s+|,\s+(?P<so>so)\s+(?!that\b))(?P<why>[^;]{3,200}?)[.!]?$",
    re.I,
)


def _split_reason(text: str, most: int) -> list[str]:
    found = _REASON.match(text.strip())
    if not found or most < 2 or not _CLAUSE_BEFORE.search(found.group("what")):
        return [text]
    why = found.group("why")
    if found.group("so"):
        return [_sentence(found.group("what")), _sentence(f"So {why}")]
    link = "for" if found.group("for") else found.group("link").lower()
    return [_sentence(found.group("what")), _sentence(f"This is {link} {why}")]


# "The summer fete is on 12 July on the vicarage lawn": when it is, then where, which may be a sentence of its own
# ("It is on the vicarage lawn."); only after a day, a date or a time, so "on the table in the kitchen" stays whole.
_WHEN_THEN_WHERE = re.compile(
    r"^(?P<head>[^;]{3,200}?\s(?P<verb>is|are|will be)\s+(?:on|at|from|this|next)\s+[^;]{0,60}?(?:\d|"
    rf"{_CALENDAR_NAME.pattern}|today|tonight|tomorrow)[^;]{{0,40}}?)\s+(?P<where>(?:on|at|in)\s+(?:the|our|a|an|"
    r"St)\s[^;]{2,100}?)[.!]?$",
    re.I,
)


def _split_where(text: str, most: int) -> list[str]:
    found = _WHEN_THEN_WHERE.match(text.strip())
    if not found or most < 2:
        return [text]
    it = "They" if found.group("verb").lower() == "are" else "It"
    return [_sentence(found.group("head")), _sentence(f"{it} {found.group('verb')} {found.group('where')}")]


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_AND_THAT = re.compile(r"\s+and\s+that\s+(?=[a-z]+\s+(?:is|are|was|were|will|has|have|can|must)\s)")


def sentence(point: str) -> str:
    """A point as a sentence: first letter capitalised, ending in punctuation; a second reported clause said as one
    ("the bill is ₹50,700.00 and that payment is on the 1st": "... and payment is on the 1st")."""
    point = _AND_THAT.sub(" and ", point.strip())
    first = point.split(None, 1)[0] if point else ""
    if not re.search(r"[_()\[\]./]|[a-z][A-Z]", first):  # an identifier ("parse_date", "getUser()") keeps its case
        point = point[:1].upper() + point[1:]
    return point if point.endswith((".", "!", "?", "…")) else point + "."


def title_case(text: str) -> str:
    small = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from"}
    out: list[str] = []
    for i, word in enumerate(text.split()):
        keep = word.lower() in small and i > 0 or any(c.isupper() for c in word[1:]) or "'" in word[1:]
        out.append(word if keep else word[:1].upper() + word[1:])
    return " ".join(out)


def lowered(text: str) -> str:
    """``text`` with its first letter in lower case, to follow a label ("The Aria lamp: three levels"), unless
    its first word is a name ("Lena Park trained in Lyon", "I", "IT"): a name keeps its capital."""
    first, _, rest = text.partition(" ")
    # a capital after a first word that ends a sentence ("Leak-proof. Holds 1.2 litres.") starts the next one
    # ("Added CSV export": an acronym after the first word makes it no name)
    following = rest.split(" ", 1)[0].strip(".,;:!?")
    acronym = len(following) > 1 and following.isupper()
    named_on = rest[:1].isupper() and not acronym and not first.endswith((".", "!", "?", ",", ";", ":"))
    name = first == "I" or first.startswith("I'") or first[1:2].isupper() or named_on
    name = name or _CALENDAR_NAME.match(first) is not None  # "Saturday 3 June": a day's name keeps its capital
    return text if name else text[:1].lower() + text[1:]
