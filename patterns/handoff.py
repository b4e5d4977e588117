"""Hand-off: what a later step receives of an earlier step's result.

A step that depends on another (a supervisor's dependent task, a pipeline's next stage) works on the earlier
step's *answer*, not on everything the earlier worker said. A calculator answers "126" and then shows its working
("result: 126", "problem: ...", "steps: ..."); a writer asked to "tell Jo that this amount is her bonus" needs the
126, and handed the working it writes the working into the message.

The contract, the same for every pattern:

- a worker that states its answer apart from its working does so in a structured data part with a scalar
  ``answer`` field (``{"answer": "225 minutes", "result": 225, "steps": [...]}``): that answer, as text, is what
  is handed on;
- otherwise the whole text is handed on: a summary, a review, a draft is its own answer, every line of it;
- either way without the line that cites where it came from ("Source: ..."): the source is said to the user,
  not a fact for a writer to keep nor a number for a calculator to read.

A step that works on numbers (``forms.works_on_numbers``: a calculator) and refers to the earlier result by a
name ("convert that height to feet", "double it") gets that name replaced by the one quantity the earlier answer
states ("convert 8,848.86 metres to feet"), when it states one: a passage of prose is no sum to work out. With
several quantities the one in the unit the request names is taken ("how tall ... in metres"); when that does not
settle it, the step gets the whole answer as its material, as any other.

The later step still gets the earlier result whole as structured data (``request.data``), so nothing is lost for
a worker that reads it; only the text it is asked to work on is the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from patterns.forms import works_on_material, works_on_numbers
from patterns.material import split_material, with_material
from patterns.named_results import named_values
from patterns.recasts import as_text_to_write
from patterns.references import back_reference
from patterns.told_amounts import told_how_much
from patterns.told_results import told_result
from patterns.worker import Result, Worker

ANSWER = "answer"
"""The data field in which a worker states its answer apart from its working."""
MAX_ANSWER_CHARS = 4_000
"""A stated answer longer than this is no short answer: the whole text is handed on instead."""


def handed_on(result: Result, instruction: str = "") -> str:
    """The text a step that depends on ``result`` works on: its stated answer, or else its whole text; without
    the line citing its source, nor the lines saying what was checked and found nothing. A step whose
    ``instruction`` names values of the earlier working ("with the VAT and the total") gets those, said as facts
    (``named_results``)."""
    named = named_values(instruction, result) if instruction else None
    if named is not None:
        return named
    for part in result.data:
        stated = part.get(ANSWER)
        if isinstance(stated, bool) or not isinstance(stated, str | int | float):
            continue
        text = stated.strip() if isinstance(stated, str) else _number(stated)
        if text and len(text) <= MAX_ANSWER_CHARS:
            return _unscoped(_uncited(text))
    return _unscoped(_uncited(result.text))


# A line of a report that says what it covered without finding anything ("Nothing to report from: loops, names",
# "Not checked: naming and layout"): the report's scope for the user, no finding a later step should write up.
_SCOPE_LINE = re.compile(
    r"^[ \t]*(?:nothing\s+(?:to\s+report|found)|not\s+checked|no\s+(?:issues|problems|findings)\s+(?:in|from))"
    r"\b[^\n:]{0,40}:[^\n]*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)


def _unscoped(text: str) -> str:
    """``text`` without the lines that only state its scope, when a finding is left besides them."""
    kept = _SCOPE_LINE.sub("", text[:MAX_ANSWER_CHARS]).rstrip()
    return kept + text[MAX_ANSWER_CHARS:] if kept else text


# A citation that closes an answer: "Source: Capital cities of the world (world-capitals.md, document 123)".
_CITATION = re.compile(r"(?:^|(?<=[.!?])\s|\n)\s*(?:Sources?|Cited from|From):\s[^\n]{0,400}$", re.IGNORECASE)


def _uncited(text: str) -> str:
    """``text`` without a closing citation line, when something is left besides it."""
    found = _CITATION.search(text[-MAX_ANSWER_CHARS:])
    if found is None:
        return text
    kept = text[: len(text) - len(text[-MAX_ANSWER_CHARS:]) + found.start()].rstrip()
    return kept or text


def step_text(instruction: str, worker: Worker, answers: Sequence[str], request: str = "") -> str:
    """What a step that depends on earlier ones is sent: ``instruction`` with their ``answers`` as its material;
    for a worker that works on numbers and an instruction that names the earlier result ("that height", "it"),
    the name replaced by the one quantity the answer states, when it states one (``request``, the whole request,
    names the unit to prefer)."""
    joined = "\n\n".join(answers)
    if len(answers) == 1 and works_on_numbers(worker):
        quantity = _the_quantity(answers[0], request, in_years=_IN_YEARS.search(instruction[:400]) is not None)
        since = _YEARS_AGO_FROM.search(instruction[:400])
        years = set(_YEAR_SAID.findall(answers[0][:MAX_ANSWER_CHARS])) if since is not None else set[str]()
        if since is not None and len(years) == 1:
            # "use that to work out how many years ago it was from 2026": the question the years' count asks
            return f"How many years before {since.group('year')} was {years.pop()}?"
        found = _REFERENCE.search(instruction[:MAX_ANSWER_CHARS])
        # "How many years before 2030 was that?": "that" alone stands for the answer before it, too
        reference = found.span() if found is not None else back_reference(instruction)
        if quantity is not None and reference is not None:
            before, after = instruction[: reference[0]], instruction[reference[1] :]
            verb = _TRAILING_BE.match(after)
            if verb is not None:  # "how many years before 2026 that was" -> "... before 2026 was 1912"
                return f"{before}{verb.group(1)} {quantity}{after[verb.end() :]}"
            return f"{before}{quantity}{after}"
    if len(answers) == 1 and not works_on_numbers(worker):
        # "... telling them how much each person owes" handed "$43.50": "telling them each person owes $43.50";
        # "... with the amount we can claim" handed "£910.00": "saying the amount we can claim is £910.00"
        asked, own = split_material(instruction)
        told = told_how_much(asked, answers[0]) or told_result(asked, answers[0])
        if told is not None:
            return with_material(told, own) if own else told
    # a worker that reads a given text (a summarizer) is told it is findings handed on, not a text the user wrote:
    # one sentence found is the summary of what was found, where one sentence pasted has nothing to shorten
    name = "these findings" if works_on_material(worker) else "this"
    # a step told the request's premises (``premises.told_premises``) gets them first, then the answers handed on
    instruction, own = split_material(instruction)
    if not works_on_material(worker) and not works_on_numbers(worker):
        # "Make it a notice for the pontoon gates": a notice written from the result, not its tone rewritten
        instruction = as_text_to_write(instruction) or instruction
    return with_material(as_material_named(instruction, name), f"{own}\n\n{joined}" if own else joined)


# How an instruction names the earlier result it is handed by what an earlier worker did: "the problems you
# found", "what you found". Said to the step that receives that result as its material, it is "this": a
# summarizer asked to "summarize the problems you found" reads an ask beyond a summary (it found nothing). A
# result named by its kind ("the summary", "the findings") says what the material is, and stays.
_NAMED_RESULT = re.compile(
    r"\b(?:the|that|those|these)\s+(?:[a-z]+\s+)?(?:problems?|issues?|bugs?|findings?|points?|facts?|results?|answers?"
    r"|errors?)\s+(?:you|it|they|we)\s+(?:found|gave|listed|identified|raised|spotted|got)\b"
    r"|\bwhat\s+(?:you|it|they|we)\s+(?:find|found|gave|listed|identified|spotted|got|learn|learned|learnt"
    r"|discover|discovered)\b",
    re.IGNORECASE,
)


def as_material_named(instruction: str, name: str = "this") -> str:
    """``instruction`` with its name for the earlier result it is handed, by what an earlier worker did, said as
    ``name`` ("Summarize the problems you found in two lines" → "Summarize this in two lines"); the first only."""
    return _NAMED_RESULT.sub(name, instruction[:MAX_ANSWER_CHARS], count=1) + instruction[MAX_ANSWER_CHARS:]


# How a step names an earlier result it works on: "that height", "this amount", "the figure"; "it" only as the
# object of an operation the step opens with ("convert it to feet", "double it").
_REFERENCE = re.compile(
    r"\b(?:that|this|the|its|their)\s+(?:height|amount|number|figure|total|price|cost|distance|length|weight|value"
    r"|temperature|result|answer|sum|population|area|speed|depth|width|size|count|age|year|dose|dosage|average"
    r"|mean|median|mode|quantity|volume|duration|percentage|bill|pay|rent|balance)\b"
    r"|(?<=^convert\s)(?:it|that)\b|(?<=^double\s)(?:it|that)\b|(?<=^halve\s)(?:it|that)\b"
    r"|(?<=^divide\s)(?:it|that)\b|(?<=^multiply\s)(?:it|that)\b",
    re.IGNORECASE,
)
# A quantity and the unit after it: "8,848.86 metres", "1,250 km", "37%"; with its currency: "$441.00".
# ("14.4 square meters": a unit of area or volume is two words)
# ("212 degrees Fahrenheit": a temperature's scale is part of its unit, so "in Fahrenheit" picks it from two; and
# "20.6 °C" is a temperature, its scale said by a sign)
_QUANTITY = re.compile(
    r"(?<![\w.,])([$\u20ac\u00a3\u00a5]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)"
    r"(\s?\u00b0\s?[CFK]\b|\s+(?:(?:square|cubic|sq)\s+)?[a-zA-Z]+(?:\s+(?i:celsius|fahrenheit|kelvin|centigrade)\b)?)?"
)
# The unit a request asks a quantity in: "how tall it is in metres".
_UNIT_ASKED = re.compile(r"\bin\s+([a-z]+)")
# Words after a number that are no unit of it.
_NOT_UNITS = frozenset(
    """a an and the of to in on at by for from with into over above below under is are was were as or but than
    per each which that who when where it its""".split()
)


# "that was" ending its clause: the quantity goes after the verb, as a question puts it ("... was 1912").
_TRAILING_BE = re.compile(r"\s+(was|is|were)\b(?=\s*(?:[?.!,;]|$))", re.IGNORECASE)
# A step that counts in years ("how many years before 2026", "how long ago", "how old") asks of a year.
_IN_YEARS = re.compile(r"\byears?\b|\bago\b|\bhow\s+old\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
# "(use that to work out) how many years ago it was from 2026", "how long ago that was, counting from 2025": a count
# of years back from a year the step names, to the year the earlier answer found; the step names nothing else.
_YEAR_SAID = re.compile(r"(?<![\w.,:])(?:1[0-9]|20)\d\d(?![\w]|[.,:]\d)")
_YEARS_AGO_FROM = re.compile(
    r"^(?:(?:please\s+)?(?:use|take)\s+(?:that|it|this|the\s+(?:year|date|answer|result))\s+(?:to|and)\s+)?"
    r"(?:(?:work\s+out|figure\s+out|calculate|tell\s+me|find\s+out)\s+)?"
    r"how\s+(?:many\s+years|long)\s+ago\s+(?:it|that|this)\s+(?:was|happened)\s*,?\s+"
    r"(?:from|counting\s+from|as\s+of|in)\s+(?P<year>(?:1[0-9]|20)\d\d)(?:\s+(?:in\s+years|onwards))?[\s?.!]*$",
    re.IGNORECASE,
)


_BRACKETED = re.compile(r"\([^()\n]{0,80}\)")


def _the_quantity(answer: str, request: str, *, in_years: bool = False) -> str | None:
    """The one quantity ``answer`` states; with several, the one whose unit ``request`` names ("in metres"), when
    only one has it, or for a step that counts in years (``in_years``) the one year it names ("15 April 1912");
    else ``None``."""
    found = _quantities(answer)
    if len(found) == 1:
        return found[0]
    years = [q for q in found if _YEAR.match(q)]
    if in_years and len(years) == 1:
        return years[0]
    named = set(_UNIT_ASKED.findall(request[:MAX_ANSWER_CHARS].lower()))
    with_unit = [q for q in found if q.split()[-1].lower() in named]
    if len(set(with_unit)) == 1:
        return with_unit[0]
    # "8.25 hours (8 h 15 min)": what is said again in brackets is the same quantity, not a second one
    unbracketed = _quantities(_BRACKETED.sub("", answer[:MAX_ANSWER_CHARS]))
    return unbracketed[0] if len(unbracketed) == 1 else None


def _quantities(answer: str) -> list[str]:
    """The quantities ``answer`` states, each with the unit after it (a word that is no function word)."""
    found: list[str] = []
    for match in _QUANTITY.finditer(answer[:MAX_ANSWER_CHARS]):
        number, unit = match.group(1), (match.group(2) or "").strip()
        found.append(f"{number} {unit}" if unit and unit.lower() not in _NOT_UNITS else number.strip())
    return list(dict.fromkeys(found))


def _number(value: int | float) -> str:
    """A number as a person writes it: 126, not 126.0; 0.1, not 0.1000000000000000055."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else f"{value:.10g}"
