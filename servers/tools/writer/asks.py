"""What a text asks of its readers, when the request says it as an instruction to the writer.

(A question put the same way, "..., ask if a late self check-in is ok", is asked of the reader: "Could you let me
know if a late self check-in is ok?".)

"Write a note to Ben saying the contract is on his desk and ask him to review it by Thursday": the last clause is
what the note asks Ben to do. Pasted in as written ("... and ask him to review it by Thursday.") the note would
speak to its writer, not to Ben; dropped, the note would lose a given fact. ``asked_of_reader`` says it to the
reader: "The contract is on your desk. Please review it by Thursday." The one asked must be the reader (a
pronoun, "everyone", the audience named): "ask the caterers to confirm" in a note to the team is left as written.
"""

from __future__ import annotations

import re

from servers.tools.writer.persons import second_person

_GROUP = r"(?:everyone|everybody|all|all of them|people|them|him|her|you)"
# ", and ask everyone to review it", "and please tell them to bring a dish": the ask that ends a content clause.
_ASK = re.compile(
    r"(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:please\s+)?(?:ask|tell|remind|get)\s+"
    r"(?P<who>[\w'.-]+(?:\s+[\w'.-]+)?)"
    r"\s+(?:to|if they can|whether they can)\s+(?P<act>[^.;!?]{2,200})$",
    re.I,
)
# ", ask if a late check-in is ok", "and ask her when she can come": a question the text puts to its reader.
_QUESTION = re.compile(
    r"(?:^|,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:please\s+)?ask(?:ing)?\s+"
    r"(?:(?P<who>him|her|them|everyone|everybody|you)\s+)?"
    r"(?P<how>if|whether|when|what time|where|how long|how much|how many)\s+(?P<question>[^.;!?]{2,200})$",
    re.I,
)
# Readers who are many: "the team", "the neighbours", "everyone", "my parents".
_MANY = re.compile(r"(?:s|\bteam|\bstaff|\bclub|\bclass|\bgroup|\bfamily|\bcommittee|\beveryone|\ball)$", re.I)
# "the new rota is attached": the thing the clause is about, which an "it" in the ask refers to.
_THING = re.compile(
    r"^(?P<np>(?:the|our|my|your|this|that)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:is|are|was|were|has|have|will)\b",
    re.I,
)
_MAX_CONTENT_CHARS = 600


def asked_of_reader(content: str, audience: str | None) -> str:
    """``content`` with a trailing "and ask <the reader> to <act>" said to the reader as "Please <act>"."""
    if len(content) > _MAX_CONTENT_CHARS:
        return content
    found = _ASK.search(content)
    if found is None:
        return _question_put(_group_asked(content, audience), audience)
    who = found.group("who").lower()
    reader = (audience or "").lower().removeprefix("the ").strip()
    before = content[: found.start()].strip(" ,;")
    act = found.group("act").strip()
    if not (re.fullmatch(_GROUP, who) or (reader and who.removeprefix("the ").strip() == reader)):
        # "... and ask the caterers to use the side door", in a note to the team: the readers are to pass it on
        return f"{before}. Please ask {found.group('who')} to {act}" if before else content
    if who in ("him", "her"):  # "the contract is on his desk" in a note to Ben: his desk is the reader's
        before = second_person(before)
    thing = _THING.match(before)
    if thing:  # "please review it" would read as said about the note itself: name what "it" is
        act = re.sub(r"\bit\b", thing.group("np").lower(), act, count=1)
    return f"{before}. Please {act}" if before else f"Please {act}"


def _question_put(content: str, audience: str | None) -> str:
    """``content`` with a trailing "ask if <question>" put to the reader: "Could you let me know if ...?"."""
    found = _QUESTION.search(content)
    if found is None:
        return content
    question = found.group("question").strip()
    who = (found.group("who") or "").lower()
    # "a text to my brother ..., ask if he can bring the cake": he is the one reader
    one_reader = not who and audience is not None and not _MANY.search(audience)
    if who in ("him", "her", "them") or one_reader:
        question = second_person(question)  # "ask her if she can feed the cat": "if you can feed the cat"
    before = content[: found.start()].strip(" ,;")
    asked = f"Could you let me know {found.group('how').lower()} {question}?"
    return f"{before}. {asked}" if before else asked


# "about Thursday's zoo trip and tell them to pack a lunch": a topic, then what the text asks of its readers about it.
_TOPIC_THEN_ASK = re.compile(
    r"^(?:about|regarding|re|concerning|on)\s+(?P<topic>[^,.;:!?]{3,120}?),?\s+and\s+(?:please\s+)?"
    r"(?:ask|tell|remind)\s+(?P<who>them|everyone|everybody|all|people|him|her)\s+to\s+(?P<act>[^.;!?]{2,200})$",
    re.I,
)


def topic_with_ask(rest: str) -> str | None:
    """ "about Thursday's zoo trip and tell them to pack a lunch" as the text's content ("regarding Thursday's zoo
    trip, please pack a lunch"); None when ``rest`` is no topic with an ask."""
    found = _TOPIC_THEN_ASK.match(rest.strip()[:400])
    if found is None:
        return None
    act = found.group("act").strip()
    if found.group("who").lower() in ("him", "her"):
        act = second_person(act)
    else:  # "tell them to bring their kit": "please bring your kit"
        act = re.sub(r"\btheir\b", "your", re.sub(r"\bthemselves\b", "yourselves", act, flags=re.I), flags=re.I)
    return f"regarding {found.group('topic').strip()}, please {act}"


# "asking if they can cover Friday" in a text to the team: "they" are the readers asked
_ASKED_THEY = re.compile(r"^(?P<how>if|whether)\s+they\b", re.I)


def _group_asked(content: str, audience: str | None) -> str:
    """``content`` asked of many readers said to them: "if they can cover Friday" -> "if you can cover Friday"."""
    found = _ASKED_THEY.match(content)
    if found is None or not audience or not _MANY.search(audience.strip()):
        return content
    rest = content[found.end() :]
    rest = re.sub(r"\btheir\b", "your", re.sub(r"\bthemselves\b", "yourselves", rest, flags=re.I), flags=re.I)
    return f"{found.group('how')} you{rest}"
