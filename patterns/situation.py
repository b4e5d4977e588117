"""Situation: what a user tells of themselves before they ask, and the ask it leads to.

People often say where they stand before they ask: "I missed the standup. Give me the short version of the
notes: ...", "Travelling next week and this notice is long. Boil it down for me please: ...", "My dad spent two
weeks on Ward 7 ... Could you write a short card from our family to the nurses?". The opening statements say why
the user asks; the sentence that asks says what they want, and so who should act. ``asked_after_situation``
finds that sentence and what follows it (the text handed over, if any).

A short label before a dash or a colon introduces a question ("Anatomy revision - how many bones does an adult
skeleton have?", "For my economics revision: what is inflation?"): ``label_lead`` splits it off.

Every scan is linear and reads at most ``SCAN`` characters.
"""

from __future__ import annotations

import re

from patterns.forms import has_number, points_at_material, question_form
from patterns.jobs import states
from patterns.material import ASKING, MATERIAL_NOUNS, TEXT_KINDS, WORD, opens_instruction, split_material

SCAN = 1_200
SITUATION_SENTENCES = 3
"""At most this many statements before the ask are read as the user's situation."""

# Verbs that, with "down", make a text shorter ("boil it down", "cut this down", "trim the email down").
CUTTING = frozenset("boil cut trim pare whittle slim".split())
# Words before the verb that only ask politely ("please", "can you", "could you kindly").
_POLITE = frozenset("please kindly can could would will you just".split())
_SENTENCE = re.compile(r"[^.!?\n]{1,400}(?:[.!?]+|\n|$)")


def asks(sentence: str) -> bool:
    """Whether ``sentence`` asks: a question, or an instruction (after polite words) or an asking word first."""
    text = sentence.strip()
    if text.endswith("?"):
        return True
    words = WORD.findall(text[:200].lower())
    if words and words[0] in ASKING:
        return True
    plain = [w for w in words if w not in _POLITE][:4]
    return opens_instruction(plain[:2]) or (plain[:1] != [] and plain[0] in CUTTING and "down" in plain)


def asked_after_situation(text: str) -> tuple[str, str] | None:
    """The sentence that asks after one to ``SITUATION_SENTENCES`` statements of the user's situation, and the
    text after it (empty when the ask ends the request); ``None`` when the request opens with its ask, or with
    something that neither states nor asks."""
    head = text[:SCAN]
    position, told = 0, 0
    while told <= SITUATION_SENTENCES:
        found = _SENTENCE.match(head, position)
        if found is None:
            return None
        sentence = found.group(0).strip()
        end = found.end()
        while end < len(head) and head[end].isspace():
            end += 1
        if told and asks(sentence):
            # "Boil it down for me please: Drivers will strike ...": what follows a colon is the text handed over
            colon = sentence.find(":")
            if colon > 0 and found.start() + colon < len(head):
                return sentence[:colon].strip(), text[found.start() + colon + 1 :].lstrip()
            return sentence, text[end:]
        if not states(sentence) or end >= len(head):
            return None
        told, position = told + 1, end
    return None


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (empty for none)."""
    found = _SENTENCE.match(text.lstrip()[:SCAN])
    return found.group(0).strip() if found is not None else ""


# "Quick favour before my train leaves, could you give me ...": the polite ask after a comma, the situation before.
_POLITE_ASK = re.compile(r",\s+(?=(?:please\s+)?(?:could|can|would|will)\s+you\b)", re.IGNORECASE)
_COMMA = re.compile(r",\s+")
# "I would be obliged if you could summarise ...", "I'd be grateful if you would ...", "would you be so kind as to
# ...": a formal lead before the ask, which asks for nothing itself
_FORMAL_LEAD = re.compile(
    r"(?:^|,\s+)(?:i\s+would|i'd|we\s+would|we'd)\s+(?:be\s+(?:very\s+|most\s+)?(?:grateful|obliged|thankful|glad)"
    r"|(?:really\s+)?appreciate\s+it)\s+if\s+you\s+(?:could|would|can|will)\s+(?:please\s+|kindly\s+)?"
    r"|(?:^|,\s+)would\s+you\s+be\s+so\s+kind\s+as\s+to\s+",
    re.IGNORECASE,
)


def polite_ask(sentence: str) -> str:
    """``sentence`` from its ask on, when what comes before the ask's comma asks for nothing itself: a polite ask
    ("..., could you give me the short version of this email?") or an order ("My landlord sent me this, summarise
    it", "Got this from the school, give me the gist"); otherwise ``sentence`` unchanged."""
    head = sentence[:SCAN]
    formal = _FORMAL_LEAD.search(head)
    if formal is not None:
        return sentence[formal.end() :]  # "Dear assistant, I would be obliged if you could summarise ...": the ask
    found = _POLITE_ASK.search(head)
    start = found.end() if found is not None else None
    if start is None:
        # the first comma after which an order opens: the user's situation is said before it
        for comma in _COMMA.finditer(head):
            words = [w for w in WORD.findall(head[comma.end() : comma.end() + 80].lower()) if w not in _POLITE]
            if opens_instruction(words[:2]) or (words[:1] != [] and words[0] in CUTTING and "down" in words[:4]):
                found, start = comma, comma.end()
                break
    if found is None or start is None or asks(sentence[: found.start()]):
        return sentence
    return sentence[start:]


DATA_QUANTITIES = 2
"""Statements giving at least this many quantities before a last question are the data it asks about."""
_QUANTITY = re.compile(r"(?<![\w.,])[$\u20ac\u00a3]?\d[\d,.]*%?")
_OPEN_ASKING = frozenset("what what's whats how".split())


def asks_of_data(text: str) -> bool:
    """Whether ``text`` states quantities and then asks what they come to: "My phone plan is $35 a month plus 10
    cents for every text. I sent 240 texts last month. What's the bill?", "A sail has a base of 9 cm and a height of
    14 cm. What's its area?". The answer is worked out from the figures given, whatever they are figures of."""
    situation = asked_after_situation(text)
    if situation is None or situation[1].strip() or not situation[0].endswith("?"):
        return False
    words = WORD.findall(situation[0][:200].lower())
    told = text[: text.find(situation[0])] if situation[0] in text else ""
    return words[:1] != [] and words[0] in _OPEN_ASKING and len(_QUANTITY.findall(told[:SCAN])) >= DATA_QUANTITIES


# "Anatomy revision - how many bones ...", "For my economics revision: what is inflation?": a label of a few
# words, a spaced dash or a colon, then the question; no brackets or signs: "def avg(xs):" opens code, not a label.
# After a colon the question opens with a word: "Time: 3 pm, how long until 5?" labels its data, not a question.
_LABEL_LEAD = re.compile(r"^([^\n:\-\u2013\u2014()\[\]{}=<>`]{1,60}?)(?::\s+(?=[A-Za-z])|\s+[-\u2013\u2014]\s+(?=\S))")


def label_lead(text: str) -> tuple[str, str] | None:
    """The label before a colon or a spaced dash at the opening of ``text`` and the rest, or ``None``; whether the
    label only introduces what follows is the caller's reading (``reading._introduces``)."""
    found = _LABEL_LEAD.match(text)
    if found is None:
        return None
    return found.group(1).strip(), text[found.end() :]


# "my nephew wants to know how far...", "I was wondering when...", "I'm curious how...", "My son keeps asking me
# what...": a few words of who asks, a verb of wanting to know, then the question, told without its own mark.
_WONDERING = re.compile(
    r"^(?:[\w']+[\s,]+){0,4}?(?:wants?|wanted|like|love|wonder(?:s|ed|ing)?|curious|keeps?\s+asking|asking|asked)"
    r"(?:\s+(?:me|us))?\s+(?:to\s+(?:know|find\s+out)\s+)?(?=(?:what|who|when|where|why|how|which)\b)",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"[.?!](?:\s|$)")


def wondered(text: str) -> str | None:
    """The question ``text`` tells as what someone wants to know ("my nephew wants to know how far away the Moon
    is" → "how far away the Moon is?"), up to the end of its sentence; ``None`` when it tells none, or when it
    opens with an order ("Tell my boss I want to know when ..." asks for a message)."""
    found = _WONDERING.match(text[:SCAN])
    # "Tell my boss I want to know when ...": an order, whose message the question is
    if found is None or opens_instruction(WORD.findall(text[: found.end()].lower())[:2]):
        return None
    rest = text[found.end() : SCAN]
    end = _QUESTION_END.search(rest)
    question = rest[: end.start()] if end is not None else rest
    return f"{question.strip()}?"


def question_after_situation(text: str) -> str:
    """The question that ends ``text`` when all before it is the user's situation ("My students are arguing at the
    bar... who wrote Don Quixote?" -> "Who wrote Don Quixote?"): the opening says why the user asks, and its words
    ("students", "arguing") are nobody's topic. Otherwise ``text`` unchanged: when the statements give a figure (a
    sum asked after them works on it: "We paid £84 for dinner. What's 15% of it?"), or the question points at a text
    ("My boss sent the minutes. What are the action items in them?"), or something follows the question."""
    if len(text) > SCAN or "`" in text:
        return text
    found = asked_after_situation(text)
    if found is None or found[1].strip():
        return text
    question = found[0].strip()
    situation = text[: text.rfind(question)] if question in text else ""
    words = WORD.findall(question.lower())
    # a question of its own ("who wrote Don Quixote?"), not one about what the opening tells ("Do you know?")
    if not situation.strip() or not question.endswith("?") or question_form(question) != "open" or len(words) < 3:
        return text
    if wondered(situation) is not None:  # "I was wondering when the Titanic sank. Any idea how?"
        return text
    if (MATERIAL_NOUNS | TEXT_KINDS) & set(WORD.findall(situation.lower())):
        return text  # "I've got a long email from my boss. What are the main points?": asked of the text it names
    if has_number(situation) or points_at_material(question) or split_material(text)[1]:
        return text
    return question[:1].upper() + question[1:]
