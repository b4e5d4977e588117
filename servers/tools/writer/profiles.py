"""A profile given as notes, told in whole sentences: "Tom Reid, head chef, 15 years in kitchens, trained in Lyon,
loves seasonal British produce" asked for in three sentences.

A bio's facts often come as a name and comma-separated notes. Each note says one thing about the person, and the
shape of the note says how it reads after the name: a role is what they are ("is head chef"), a span of years is
what they have ("has 15 years in kitchens", "has been at the school 8 years"), a verb is what they do or did
("trained in Lyon", "loves seasonal British produce"), something done for a while is what they have been doing
("has been carving springstone since 2009"), and their own things are what they have ("my themes are family and
birds": "has family and birds as themes"). The notes are shared out over the sentences asked for; the
first names the person in full, the next by first name, or by "He"/"She" only when a title (Mr, Mrs, Ms) says
which. A note that fits none of these shapes leaves the text as it was: nothing is guessed.
"""

from __future__ import annotations

import re

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?"
# a person: a title and a name, or a first name and a surname ("Paris" alone names a city as well as anyone)
_NAME = re.compile(
    rf"^(?:(?P<title>{_TITLE}\s+)(?P<surname>(?-i:[A-Z])[\w'-]+)(?:\s+(?-i:[A-Z])[\w'-]+){{0,2}}|"
    rf"(?P<first>(?-i:[A-Z])[\w'-]+)(?:\s+(?-i:[A-Z])[\w'-]+){{1,2}})$"
)
# What someone does or did, said as a note ("teaches chemistry", "trained in Lyon", "grew up in Cork").
_DOES = re.compile(
    r"^(?:loves|enjoys|likes|teaches|runs|speaks|lives|works|coaches|plays|leads|manages|heads|holds|writes|"
    r"specialises|specializes|volunteers|cooks|supports|oversees|looks after|brings|has|is|was|"
    r"trained|joined|studied|worked|qualified|started|moved|spent|won|founded|led|ran|taught|grew up|learned|learnt|"
    r"carves|makes|sells|grows|paints|builds|weaves|sings|"
    r"previously|also)\b",
    re.I,
)
_YEARS = re.compile(r"^(?:over |nearly |almost |more than |about )?\d{1,2}\+? years?\b", re.I)
_BEEN = re.compile(r"^been\b", re.I)
# A role or a description: a short noun phrase with no verb of its own ("head chef", "a keen cyclist").
_ROLE = re.compile(r"^(?:(?:a|an|the|our|their)\s+)?[a-z][\w'-]*(?:\s+(?:of\s+)?[\w'-]+){0,4}$", re.I)
# ... that ends on a word for someone who does something ("chef", "teacher", "cyclist", "GP"), not "great food"
_ROLE_END = re.compile(
    r"(?:er|or|ist|ian|ant|ent|eer|ess|man|woman|person|chef|nurse|head|lead|coach|cook|medic|clerk|analyst|"
    r"surgeon|vet|judge|poet|barista|nanny|pilot|mum|dad|mother|father|midwife|GP|MP)s?$"
)
_NOT_ROLE = re.compile(r"\b(?:[a-z]+ing|[a-z]+ed|and|but|who|which|that)\b|\d", re.I)


def profile_sentences(text: str, most: int) -> list[str]:
    """``text`` ("Name, note, note, ...") as up to ``most`` sentences about the person named; ``[text]`` when it
    is no such list of notes."""
    notes = [n.strip() for n in re.split(r",\s*(?:and\s+)?", text.strip().rstrip(".!")) if n.strip()]
    if len(notes) < 3 or most < 2:
        return [text]
    name = _NAME.match(notes[0])
    if name is None:
        return [text]
    said = [_predicate(note) for note in notes[1:]]
    predicates = [p for p in said if p is not None]
    if len(predicates) != len(said):
        return [text]
    count = min(most, len(predicates))
    sizes = [len(predicates) // count + (i < len(predicates) % count) for i in range(count)]
    again = _again(notes[0], name)
    sentences: list[str] = []
    start = 0
    for i, size in enumerate(sizes):
        group = predicates[start : start + size]
        start += size
        sentences.append(f"{notes[0] if i == 0 else again} {_joined(group)}.")
    return sentences


# A role where it is held: "stone sculptor at Chitungwiza Arts Centre", "nurse in Leeds General Infirmary".
_ROLE_AT = re.compile(
    r"^(?P<role>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s+(?:at|in|with|for)\s+(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,4}$",
    re.I,
)
# Something done for a while, said with its -ing form: "carving springstone and serpentine since 2009".
_DOING = re.compile(r"^[a-z]{3,}ing\b.*\b(?:since\s+\d{4}|for\s+\d{1,2}\s+years?)$", re.I)
# The person's own things, said as theirs: "my themes are family and birds".
_FIRST_PERSON = re.compile(r"\b(?:my|me|mine|i|i'm|i've)\b", re.I)
_OWN = re.compile(r"^(?:my|his|her|their)\s+(?P<what>[a-z]+s)\s+are\s+(?P<said>.+)$", re.I)


def _predicate(note: str) -> str | None:
    """What ``note`` says of the person, as it reads after their name; None when its shape is unknown."""
    if (at := _ROLE_AT.match(note)) is not None and _ROLE_END.search(at["role"].split()[-1]):
        return f"is {_with_article(note)}"  # "is a stone sculptor at Chitungwiza Arts Centre"
    if _DOING.match(note):
        return f"has been {note[:1].lower()}{note[1:]}"  # "has been carving springstone since 2009"
    if (own := _OWN.match(note)) is not None:
        return f"has {own['said']} as {own['what'].lower()}"  # "has family and birds as themes"
    if _FIRST_PERSON.search(note):
        return (
            None  # "learned from my uncle": said of someone else's uncle, it would be wrong, and no pronoun is guessed
        )
    if _DOES.match(note):
        return note[:1].lower() + note[1:] if not note[1:2].isupper() else note
    if _YEARS.match(note):
        return f"has {note}"
    if _BEEN.match(note):
        return f"has {note}"
    last = note.split()[-1]
    if _ROLE.match(note) and not _NOT_ROLE.search(note) and (_ROLE_END.search(last) or last.isupper()):
        return f"is {_with_article(note)}"
    return None


def _with_article(role: str) -> str:
    """ "head chef" -> "a head chef", "GP" -> "a GP", "MP" -> "an MP"; "our head chef" stays as it is."""
    if re.match(r"(?:a|an|the|our|their|my)\s", role, re.I):
        return role
    first = role.split()[0]
    vowel = first[0] in "AEFHILMNORSX" if first.isupper() else first[0].lower() in "aeiou"
    return f"{'an' if vowel else 'a'} {role}"


def _again(full: str, name: re.Match[str]) -> str:
    title = (name.group("title") or "").strip().rstrip(".").lower()
    if title == "mr":
        return "He"
    if title in ("mrs", "ms", "miss"):
        return "She"
    return full if title else name.group("first") or full


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
