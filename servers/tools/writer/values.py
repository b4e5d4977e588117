"""A value handed on from an earlier step, put where the instruction refers to it.

"Work out 15% of 840, then draft a short message to Jo telling her that this amount is her bonus" reaches the
writer as "draft a short message to Jo telling her that this amount is her bonus:\\n\\n126". The words "this
amount" stand for the earlier step's answer; written as they are, the message would say "this amount is her
bonus" and never give the number. ``resolve`` puts the value in their place and says the sentence the way a
person would: "her bonus is 126" (the value last, where news goes), "that many minutes" -> "16 minutes", "how
many minutes the workshop lasts" -> "the workshop lasts 225 minutes", "announcing that figure as our snack
budget" -> "announcing that our snack budget is 250".

The earlier output may be the bare answer ("126", "16 minutes") or the answer followed by its working
("126\\n15% of 840 = 126", "result: 126"): ``value_of`` takes the answer line and leaves the working.
"""

from __future__ import annotations

import re

SHORT_VALUE_WORDS = 8
"""Longest value that can stand in for a reference: a number, an amount, a date; not a paragraph."""

# "that amount", "the result", "that is the discount": a reference a short output can stand in for.
_REFERENCE = re.compile(
    r"\b(?:(?:that|this|the)\s+(?:amount|number|figure|total|result|value|answer|sum|price|cost|saving|savings|"
    r"date|time|score|percentage|average|count)\b|(?:that|it|this)\b(?=\s+(?:is|was|will be|would be|comes to)\b))",
    re.I,
)
# "that many minutes", "this much", "so many hours": the value, with the unit the instruction names.
_SO_MANY = re.compile(
    r"\b(?:that|this)\s+(?:many|much|long)\b(?:\s+(?!(?:for|to|in|on|at|of|and|or|with|by|from|as|per|each|every|"
    r"the|a|an|more|less|time|of)\b)(?P<unit>[a-z]+)\b)?",
    re.I,
)
# "how many minutes the workshop lasts": an indirect question whose answer is the value; its clause (at most
# seven words, ending the sentence) is said with the value at its end.
_HOW_MANY = re.compile(
    r"\b(?:(?:that|this|it)(?:'s|\s+is|\s+was)\s+)?how\s+(?:many|much|long)\b(?:\s+(?P<unit>[a-z]+))??\s+"
    r"(?P<clause>(?:the|our|my|your|their|his|her|this|that|these|we|you|they|it|i|he|she|each|every|everyone|"
    r"everybody)\b(?:'(?:ve|ll|d|m|re|s)\b)?"
    r"(?:\s+[\w'-]+){1,6})"
    r"\s*(?=$|[,.;:!?])",
    re.I,
)
# A question's verb before its subject ("how long is the meeting"): not a unit, it goes after the subject.
_AUXILIARY = re.compile(r"is|are|was|were|will|would", re.I)
# "how much does the ticket cost": the verb would have to change form ("costs"), which no rule here does.
_OTHER_AUXILIARY = re.compile(r"do|does|did|can|could|should|must|has|have|had|shall|may|might", re.I)
# "we need for the dinner": a pronoun, its verb (maybe after "will", "can"), and the rest; the value goes after it.
_PRONOUN_VERB = re.compile(
    r"^(?P<head>(?:we|you|they|i|he|she|it)(?:'(?:ve|ll|d|m|re|s)\b)?\s+(?:(?:will|would|can|could|should|must|might|"
    r"may)\s+)?[\w'-]+)"
    r"(?P<rest>\s.*)?$",
    re.I,
)
# What may come before a clause that says the value: "saying", "that", "telling them", "to say".
_SAYING_BEFORE = re.compile(
    r"\b(?:saying|stating|that|explaining|confirming|announcing|to say|telling\s+[\w'-]+(?:\s+[\w'-]+)?|"
    r"letting\s+[\w'-]+(?:\s+[\w'-]+)?\s+know|about|on|of)\s*$",
    re.I,
)
# "what the average wait was", "what our new budget is": the value asked by what it is.
_WHAT_IT_WAS = re.compile(
    r"\bwhat\s+(?P<np>(?:the|our|my|your|their|this|that)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?P<verb>was|is|were|are|will be|came to|comes to)(?=\s*$|\s*[,.;:!?])",
    re.I,
)
# "how many people signed up": the value is the subject.
_HOW_MANY_SUBJECT = re.compile(r"\bhow\s+many\s+(?P<unit>[a-z]+)\s+(?=[a-z]+ed\b|will\b|have\b|are\b|were\b)", re.I)
# "the hall hire costs in total", "the trip takes each way": the clause's verb, then what the value is counted over,
# which follows the value.
_COUNTED_OVER = re.compile(
    r"^(?P<head>.+\s[a-z]+(?:s|ed))\s+(?P<over>in total|altogether|overall|in all|each way|each|per [a-z]+|"
    r"a (?:day|week|month|year)|every (?:day|week|month|year))$",
    re.I,
)
_PREPOSITION = re.compile(r"\s(?:on|in|at|for|from|by|with|during|before|after|until|to|of)\s", re.I)
# "<value> as our new budget": the thing the value is named as.
_NAMED_AS = re.compile(
    r"^\s+as\s+(?P<np>(?:the|our|my|your|their|his|her|its|a|an)\s+[^,.;:!?]{1,80}?)\s*(?=$|[,.;:!?])", re.I
)
# "<value> is her bonus": the thing the value is, to say first.
_IS_THING = re.compile(
    r"^\s+(?P<verb>is|was|will be|would be)\s+(?P<np>(?:the|our|my|your|their|his|her|its|this)\s+[^,.;:!?]{1,60}?)"
    r"\s*(?=$|[,.;:!?])",
    re.I,
)
_SOURCE_WORD = re.compile(r"\b(?:with|from|using|on|of|about|based on|out of|regarding)\s*$", re.I)
# A line of working under an answer: a sum ("48 ÷ 3 = 16"), a field ("problem: statistics"), a step ("- ...").
_WORKING = re.compile(r"[=÷×]|^\s*-\s|^[a-z][a-z ]{0,30}:", re.I)
# A value with a subject and a verb of its own is a sentence, not an amount, a date or a name.
_CLAUSE = re.compile(
    r"^(?:we|i|you|they|he|she|it|there|this|that|these|those|please)\b|\b(?:is|are|was|were|will|would|has|have|"
    r"had|can|could|should|must|isn't|aren't|won't|don't|doesn't)\b",
    re.I,
)
_RESULT_LINE = re.compile(r"^\s*(?:result|answer|total)\s*:\s*(?P<value>\S.{0,80})$", re.I)


def value_of(material: str) -> str | None:
    """The answer an earlier step handed on, when it is one short value (with or without its working lines)."""
    lines = [line.strip() for line in material.strip().splitlines()[:40] if line.strip()]
    if not lines:
        return None
    if len(lines) > 1 and not all(_WORKING.search(line) for line in lines[1:]):
        return None
    value = lines[0]
    labelled = _RESULT_LINE.match(value)
    if labelled:
        value = labelled.group("value").strip()
    return value.rstrip(".") if len(value.split()) <= SHORT_VALUE_WORDS else None


def resolve(text: str, value: str) -> str | None:
    """``text`` with ``value`` where it refers to the earlier step's answer; None when it does not refer to it,
    or when the value is a clause ("We meet at noon"), which cannot stand where a noun phrase goes."""
    if _CLAUSE.search(value):
        return None
    text = re.sub(r"\b(that|this|it)['\u2019]s\b", r"\1 is", text, flags=re.I)  # "saying that's her share"
    has_unit = re.search(r"[A-Za-z]", value) is not None
    what = _WHAT_IT_WAS.search(text)
    if what:  # "saying what the average wait was" -> "saying the average wait was 39 minutes"
        return f"{text[: what.start()]}{what.group('np')} {what.group('verb')} {value}{text[what.end() :]}"
    how = _HOW_MANY.search(text)
    # the value goes last, so the clause must end at its verb: "the trip to Leeds takes", not "we spent on food"
    if how:
        clause = how.group("clause")
        if how.group("unit") and _AUXILIARY.fullmatch(how.group("unit")):  # "how long is the meeting"
            return f"{text[: how.start()]}{clause} {how.group('unit')} {value}{text[how.end() :]}"
        if how.group("unit") and _OTHER_AUXILIARY.fullmatch(how.group("unit")):  # "how much does it cost"
            return None
        unit = "" if has_unit or not how.group("unit") else f" {how.group('unit')}"
        said = _PRONOUN_VERB.match(clause)
        if said:  # "we need for the dinner" -> "we need 216 chairs for the dinner"
            before = text[: how.start()]
            # "Text my sister how many euros I've got": told straight after the reader, the clause is what is said
            before += "" if _SAYING_BEFORE.search(before) else "that "
            return f"{before}{said.group('head')} {value}{unit}{said.group('rest') or ''}{text[how.end() :]}"
        counted = _COUNTED_OVER.match(clause)
        if counted and not _PREPOSITION.search(f" {counted.group('head')} "):
            # "how much the hall hire costs in total" -> "the hall hire costs £380 in total"
            return (
                f"{text[: how.start()]}{counted.group('head')} {value}{unit} {counted.group('over')}{text[how.end() :]}"
            )
        if not _PREPOSITION.search(f" {clause} ") or re.search(r"\s[a-z]+(?:s|ed)$", clause):
            return f"{text[: how.start()]}{clause} {value}{unit}{text[how.end() :]}"
    subject = _HOW_MANY_SUBJECT.search(text)
    if subject:
        unit = "" if has_unit else f" {subject.group('unit')}"
        return f"{text[: subject.start()]}{value}{unit} {text[subject.end() :]}"
    many = _SO_MANY.search(text)
    if many:
        unit = "" if has_unit or not many.group("unit") else f" {many.group('unit')}"
        return f"{text[: many.start()]}{value}{unit}{text[many.end() :]}"
    referred = _REFERENCE.search(text)
    # "with the result" names where the content comes from (it goes below); "saying that is ..." uses it
    if referred is None or _SOURCE_WORD.search(text[: referred.start()]):
        return None
    before, after = text[: referred.start()], text[referred.end() :]
    named = _NAMED_AS.match(after)
    if named:  # "announcing that figure as our new budget" -> "announcing that our new budget is 250"
        link = "" if re.search(r"\bthat\s*$", before, re.I) else "that "
        return f"{before}{link}{named.group('np')} is {value}{after[named.end() :]}"
    thing = _IS_THING.match(after)
    if thing:  # "that this amount is her bonus" -> "that her bonus is 126"
        np = thing.group("np")
        np = np[:1].upper() + np[1:] if not before.strip() else np
        return f"{before}{np} {thing.group('verb')} {value}{after[thing.end() :]}"
    owed = _WHOSE.match(after)
    if owed and owed.group("who").lower() == "they" and _TO_READER.search(before):
        # "a complaint to the builder giving the amount they charged": "they" may be the reader, who is "you"
        return None
    if owed and not referred.group().lower().startswith(("it", "that is", "this is")):
        # "giving the amount they charged": what is given is now a sentence, so it is said
        before = _GIVING.sub("saying ", before)
        # "confirming the amount I'm owed for Saturday" -> "... the amount I'm owed for Saturday is £100.80": the
        # clause after says whose amount it is, so the value is said of the whole, not put in front of the clause
        return f"{before}{referred.group()}{owed.group('clause')} is {value}{after[owed.end() :]}"
    if _SOMEONE_DOES.match(after) and not owed:
        # "the amount she spent on the trip": put before the clause the value reads "£240 she spent on the trip"
        return None
    return before + value + after


# "the amount I'm owed for Saturday", "the total we spent on food": whose amount, told by the sender and a verb.
_WHOSE = re.compile(
    r"^(?P<clause>\s+(?P<who>i|we|they)(?:'m|'re|'ve|'d|\s+am|\s+are|\s+is|\s+was|\s+were|\s+have|\s+has|"
    r"\s+had|\s+will)?\s+(?:be\s+)?(?:owed|owe|owes|paid|pay|spent|spend|earned|earn|made|saved|raised|need|needs|"
    r"got|get|due|charged|billed)\b[^,.;:!?\n]{0,40}?)(?=\s*(?:$|[,.;:!?]))",
    re.I,
)
# "they charged", "she spent": a clause of someone's own after the reference.
_SOMEONE_DOES = re.compile(r"^\s+(?:i|we|they|he|she|you)\b", re.I)
# "to the builder", "to Priya", "to my landlord": a reader the text is sent to.
_TO_READER = re.compile(r"\bto\s+(?:the|my|our|his|her|their|(?-i:[A-Z]))", re.I)
# "giving", "stating", "including": verbs that take the value as a noun, and a sentence only after "saying".
_GIVING = re.compile(r"\b(?:giving|stating|including|quoting|showing|with)\s+$", re.I)


def unplaced(text: str) -> bool:
    """Whether ``text`` names a value by someone's clause ("the price they quoted for the roof", "the total she
    spent") that ``resolve`` could not say: the value put before the clause would read as a fragment."""
    return any(_SOMEONE_DOES.match(text[found.end() :]) for found in _REFERENCE.finditer(text))
