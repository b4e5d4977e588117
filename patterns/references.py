"""References: how a part of a request says it goes on from the parts before it.

A part needs an earlier part's result only when the request says so; these are the ways it does: it names the
result ("the result", "that summary", "the total", "based on that"), it opens by working on an earlier result
with none of its own ("summarize it", "fact-check them"), it goes on about the part before ("and proofread it"),
or it is an operation with too few numbers of its own, which works on the number before it ("double 47 and add
6", "then divide by 3"). ``without_result_reference`` reads a part by what it does, without the words that name
what it works on. ``patterns.clauses`` marks the pieces it cuts with these; the planner links or joins them.
"""

from __future__ import annotations

import re

from patterns.lexical import NUMBER_WORDS
from patterns.recasts import recasts_the_result

# "the result", "that summary": the words that name an earlier part's result.
# How a part names an earlier result: by its kind ("the summary", "your findings"), or by what the earlier worker did
# to get it ("what you find", "what you learned": research's result, before it exists).
_RESULT_WORDS = (
    r"(?:(?:the|that|this|those|these|its|their|your)\s+(?:results?|answers?|outputs?|findings|outcomes?|"
    r"totals?|summary|conclusions?|calculation)"
    r"|what\s+(?:you|it|they|we)\s+(?:find|found|learn|learned|learnt|discover|discovered|dig\s+up|turn\s+up))"
)
_USES_RESULT = re.compile(
    rf"\b(?:{_RESULT_WORDS}"
    r"|based\s+on\s+(?:that|this|it|them|those|these|the\s+above)"
    # "that we'll need that much wort", "saying that amount is due": the quantity worked out before, by its size
    r"|(?:that|the\s+same)\s+(?:much|many|amount|figure|sum)|this\s+(?:amount|figure|sum)\b(?!\s*:)"
    r"|(?:use|using)\s+(?:it|that|this|them)"
    r"|the\s+above|the\s+previous\s+(?:step|result|answer|output)"
    r"|(?:step|task|part)\s+\d)\b",
    re.IGNORECASE,
)
# "How many minutes is that altogether?", "what's that in euros", "how long ago that was", "15% of that": "that"
# standing for the quantity or answer before it, as a question's subject or an operation's object. Not "that" as a
# determiner ("that year"), a conjunction ("is it true that", "the problem is that the...") or a remark on the
# answer ("is that right?": ``patterns.clauses`` keeps those with the question).
_THAT_NEXT = (
    r"(?=\s*(?:$|[?.!,;]|(?:in|per|for|each|altogether|overall|total|all|after|before|over|under|more|less|worth"
    r"|as|into|compared|then|now|exactly|roughly|approximately|about|minus|plus|times|divided|multiplied|enough"
    r"|a|an)\b))"
)
_REFERS_BACK = re.compile(
    rf"(?:\b(?:is|was|are|were|whats)|(?<=\w)'s)\s+that\b{_THAT_NEXT}"
    rf"|(?:\b(?:ago|what|much|many)|\d)\s+that\s+(?:was|is|were|would\s+be|will\s+be|comes\s+to|makes)\b{_THAT_NEXT}"
    r"|\b(?:of|to|from|off|by|on)\s+that\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
# "summarize it", "fact-check them": a part that opens by working on an earlier result, having none of its own.
_WORKS_ON_IT = re.compile(
    r"(?:summari[sz]e|condense|recap|shorten|translate|fact-check|verify|review|explain|tweet|rewrite)\s+"
    r"(?:it|them|those|these)\b",
    re.IGNORECASE,
)
# "proofread it", "make them shorter": the piece continues the one before (not "is it true that").
_CONTINUES = re.compile(r"\b(?!(?:is|was|are|were|does|did|do|isn't|wasn't)\b)[a-z]+\s+(?:it|them)\b", re.I)
# "... and add 6", "then divide by 3": an operation on two numbers that names at most one goes on from the number
# before it; "double", "halve", "square" with no number of their own ("then halve", "and round to the nearest
# ten") do the same.
_TWO_SIDED = re.compile(
    r"^(?:add|plus|subtract|minus|deduct|divide|multiply|times|take\s+(?:away|off)|knock\s+off|another|split|share|"
    r"spread)(?![\w-])",
    re.I,
)
_ONE_SIDED = re.compile(r"^(?:double|triple|halve|square|cube|round)(?![\w-])", re.I)
_A_NUMBER = re.compile(r"\d[\d,.]*%?|\b(?:" + "|".join(NUMBER_WORDS) + r"|half|dozen)\b", re.I)


# "Which is better value, A or B? Give me the price of the cheaper one": a choice among the options the part before
# weighs, named by how it compares; the same job as weighing them. A comparison before a noun of its own ("the largest
# ocean in the world") names a thing of its own, not one of the options.
_PICKS_ONE = re.compile(
    r"\b(?:the|that)\s+(?:cheaper|cheapest|better|best|worse|worst|bigger|biggest|smaller|smallest|larger|largest"
    r"|faster|fastest|slower|shorter|longer|winning|winner)"
    r"(?:\s+(?:one|ones|option|options|deal|offer|choice|value|buy|pick|plan|route|price|way)\b"
    r"|(?=\s*(?:[.,;:?!)]|$|(?:of|is|was|would|will|for|and|to|then|instead|overall|per|by|as|in total)\b)))"
    r"|\bwhichever\b",
    re.IGNORECASE,
)


def picks_from_before(instruction: str) -> bool:
    """Whether ``instruction`` picks one of the options the part before compares ("the cheaper one", "whichever
    is faster", "the better deal") rather than naming anything of its own."""
    return bool(_PICKS_ONE.search(instruction[:400]))


# "Text the result to my manager", "Send it to Sam", "Email the total to my boss": a part that only delivers an
# earlier answer somewhere makes nothing new of it.
_DELIVERS = re.compile(
    r"^(?:please\s+)?(?:send|text|e-?mail|forward|message|dm|ping|whatsapp|sms|share|post|pass)\s+"
    rf"(?:{_RESULT_WORDS}|(?:the|that|this)\s+(?:number|figure|amount|price|sum)|it|that|this|them)"
    r"\s+(?:to|with|on|over\s+to)\b",
    re.IGNORECASE,
)


# "Translate it into Polish", "and translate the email into French too": the earlier text in another language.
_TRANSLATES = re.compile(
    rf"^(?:please\s+)?(?:(?:and\s+)?then\s+|also\s+)?translate\s+(?:{_RESULT_WORDS}|it|them|that|this"
    r"|(?:the|that|this|my|your)\s+(?:message|e-?mail|note|text|letter|draft|post|notice|reply|invitation|card))"
    r"\s+(?:in)?to\b",
    re.IGNORECASE,
)


def translates_the_result(instruction: str) -> bool:
    """Whether ``instruction`` asks for the earlier part's text in another language ("then translate it into
    Polish"): a text of its own, which may be declined without costing the one it translates."""
    return bool(_TRANSLATES.match(instruction.strip()[:200]))


def only_delivers(instruction: str) -> bool:
    """Whether ``instruction`` only delivers an earlier answer somewhere ("text the result to my manager's phone",
    "send it to Sam"): the answer it delivers is what the user asked for, whatever becomes of the delivery."""
    return bool(_DELIVERS.match(instruction.strip()[:200]))


def names_a_result(text: str) -> bool:
    """Whether ``text`` names an earlier part's result ("use the result", "the total", "based on that"), stands
    for it by "that" (``refers_back``), or names all of them ("using both numbers": ``uses_every_result``)."""
    return bool(_USES_RESULT.search(text)) or refers_back(text) or uses_every_result(text)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


def back_reference(text: str) -> tuple[int, int] | None:
    """Where the "that" standing for the answer before it is in ``text`` (``refers_back``), or ``None``."""
    found = _REFERS_BACK.search(text[:400])
    that = _THAT.search(text, found.start(), found.end()) if found is not None else None
    return None if that is None else that.span()


def refers_back(text: str) -> bool:
    """Whether ``text`` stands for the answer before it by "that": "How many minutes is that altogether?", "what's
    that in euros", "how many years before 2026 that was", "take 10% off that"; not "that year", "is it true that"
    or "is that right?". Nor the "that" after a sum's figures of the text's own ("25 sacks at 1 750 FCFA each, how
    much is that?"): it stands for what they come to (one figure, "how many years before 2026 that was", is a
    figure to work the answer before it against)."""
    found = _REFERS_BACK.search(text[:400])
    return found is not None and len(_FIGURES.findall(text[: found.start()])) < 2


_FIGURES = re.compile(r"\d+")


# "using both numbers", "with both figures", "all the results": a part that works on every earlier answer, not only
# the one just before it.
_EVERY_RESULT = re.compile(
    r"\b(?:both|all)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:numbers|figures|results|answers|values|dates"
    r"|amounts|facts|findings|outputs)\b|\b(?:both|all)\s+of\s+(?:them|those|these)\b|\bboth\s+answers\b",
    re.IGNORECASE,
)


def uses_every_result(text: str) -> bool:
    """Whether ``text`` works on all the answers before it ("using both numbers", "with all the figures")."""
    return bool(_EVERY_RESULT.search(text[:400]))


def works_on_an_earlier_result(instruction: str) -> bool:
    """Whether ``instruction`` opens by working on "it"/"them" ("summarize it", "fact-check them")."""
    # ("turn them into an email": a recast of the result into a text, ``recasts``)
    return bool(_WORKS_ON_IT.match(instruction)) or recasts_the_result(instruction)


def goes_on_about_it(instruction: str) -> bool:
    """Whether ``instruction`` goes on about the part before ("proofread it", "make them shorter"; not "is it
    true that")."""
    return bool(_CONTINUES.search(instruction))


# "convert that area to square feet", "change it into pounds", "express the total in euros": the earlier answer
# converted, which a calculator does with the answer's quantity put in its place (``handoff.step_text``)
_CONVERTS_RESULT = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:please\s+)?(?:convert|change|express|put)\s+(?:that|it|this|the\s+(?:result|answer|total)"
    r"|(?:that|the)\s+[a-z]+)\s+(?:in|into|to)\s+(?:square\s+|cubic\s+)?(?:feet|foot|inch(?:es)?|yards?|miles?|met(?:re|er)s?"
    r"|centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|cm|mm|km|kg|kilo(?:gram)?s?|grams?|g|pounds?|lbs?"
    r"|stones?|ounces?|oz|litres?|liters?|gallons?|pints?|ml|celsius|fahrenheit|kelvin|euros?|dollars?|yen|mph|km/h"
    r"|hours?|minutes?|seconds?|days?|weeks?|months?|years?|acres?|hectares?)\b",
    re.IGNORECASE,
)


def converts_the_result(instruction: str) -> bool:
    """Whether ``instruction`` converts the answer before it to another unit ("then convert that area to square
    feet", "change the total to pounds"): a sum of its own on that answer, for whoever worked it out."""
    return _CONVERTS_RESULT.match(instruction.strip()[:200]) is not None


def goes_on_from_a_number(instruction: str) -> bool:
    """Whether ``instruction`` is an operation that works on the number before it, having too few of its own:
    "Add 6" (after "double 47"), "divide by 3", "then halve", "split it between the 4 of us"; not "add 5 to 12"
    or "double 47". So is saying which answer is wanted ("I want the total"): it is the same question's."""
    head = instruction.strip()[:200]
    numbers = len(_A_NUMBER.findall(head))
    wanted = _WANTED.match(head) is not None and numbers == 0
    return bool(_TWO_SIDED.match(head) and numbers <= 1 or _ONE_SIDED.match(head) and numbers == 0 or wanted)


# "I want the total", "I just need the final amount": which answer the question before it should give.
_WANTED = re.compile(
    r"^i\s+(?:just\s+|only\s+|really\s+)?(?:want|need|'d\s+like|would\s+like)\s+(?:the|just\s+the|it|that)\b", re.I
)


# "Use the result to write...", "Based on that, draft...": the lead that names the result, before the part's verb.
_SOURCE_LEAD = re.compile(
    rf"^(?:please\s+)?(?:use|using|take|taking|with|from|going\s+by)\s+(?:{_RESULT_WORDS}|it|that|this|them)"
    r"(?!\s+(?:in|into)\s+(?:an?|one|two|three|\d+)\b)\s*,?\s*(?:(?:to|and)\s+)?"
    rf"|^(?:please\s+)?based\s+on\s+(?:{_RESULT_WORDS}|that|this|it|them|the\s+above)\s*,?\s*",
    re.IGNORECASE,
)
# "Turn the summary into a short email", "Use the result in a caption": a new text made from the result, the way
# "write a short email" asks.
_CONVERT_LEAD = re.compile(
    rf"^(?:please\s+)?(?:turn|make|convert|change|rework|recast|put|use|include)\s+(?:{_RESULT_WORDS}|it|that|this|them)\s+"
    r"(?:into|in|as)\s+(?=(?:an?|one|two|three|\d+)\b)",
    re.IGNORECASE,
)


# "Use that to work out my average speed if I finished in 4 hours 15 minutes": the answer before it handed to a sum
# of the part's own.
_NEW_SUM = re.compile(
    rf"^(?:please\s+)?(?:use|take)\s+(?:it|that|this|{_RESULT_WORDS})\s+(?:to|and)\s+"
    r"(?:work\s+out|figure\s+out|calculate|find|get|convert|estimate)\b",
    re.IGNORECASE,
)


_CONDITION = re.compile(r"\b(?:if|when|given\s+that)\b", re.IGNORECASE)
# "Tell me how long that takes at 12 km/h", "how much that costs at £1.60 a litre": the answer before it, as the
# subject of a question set at a rate of the part's own.
_AT_A_RATE = re.compile(
    r"^(?:and\s+)?(?:(?:please\s+)?(?:tell|show|let)\s+me\s+(?:know\s+)?|(?:work|figure)\s+out\s+|calculate\s+)?"
    r"how\s+(?:long|far|much|many\s+[a-z]+)\s+(?:(?:will|would|does)\s+)?(?:that|it|this)\s+(?:(?:will|would)\s+)?"
    r"(?:takes?|lasts?|costs?|is|comes?\s+to)\b[^?.!]{0,60}?\b(?:at|with)\s+(?=[£$€]?\d)",
    re.IGNORECASE,
)


def starts_a_new_sum(instruction: str) -> bool:
    """Whether ``instruction`` hands the answer before it to a sum set in a situation with numbers of its own ("use
    that to work out my average speed if I finished in 4 hours 15 minutes", "how long that takes at 12 km/h"): a
    step of its own, worked on that answer, whose answer is shown as well, not more of the sum before ("then take
    another 10% off the new price", "then use the result to work out the weekly amount over 6 weeks")."""
    head = instruction.strip()[:200]
    if converts_the_result(head):
        return True  # "then convert that area to square feet": the answer in another unit, a sum of its own
    if asks_at_a_rate(head):
        return True  # "convert 5 miles to km, then how long that takes at 12 km/h": the distance is asked for too
    if works_on_the_named_result(head):
        return True  # "then take the 2.5% card fee off that total": a sum of its own on the total, shown as well
    found = _NEW_SUM.match(head)
    # the new sum is set in a situation of its own ("if I finished in 4 hours"); "over 6 weeks" only divides
    condition = _CONDITION.search(head, found.end()) if found is not None else None
    return condition is not None and _A_NUMBER.search(head, condition.end()) is not None


# The earlier answer named by its kind after "that" or "this" ("that total", "this average"): a quantity the hand-off
# says in its place (``patterns.handoff``). "The total", "it" and "that" alone are left out: "then a 15% tip on the
# total" and "then add that to 1,200" go on with one sum, which the calculator answers or declines whole.
_NAMED_RESULT = re.compile(
    r"\b(?:that|this)\s+(?:area|total|average|mean|median|mode|range|figure|amount|number|price|cost|bill|distance"
    r"|length|weight|sum|result|answer|temperature|volume|speed|time|duration|count|quantity|value|dose|pay|wage"
    r"|rent|balance|height|width|depth|perimeter|difference|saving|savings|profit)\b",
    re.IGNORECASE,
)
# A unit asked of the named result, the new sum's own: "what is that average in km?".
_UNIT_OF_ITS_OWN = re.compile(
    r"\b(?:in|into|to)\s+(?:square\s+|cubic\s+)?(?:feet|foot|inch(?:es)?|yards?|miles?|met(?:re|er)s?|centimet(?:re|er)s?"
    r"|millimet(?:re|er)s?|kilomet(?:re|er)s?|cm|mm|km|kg|kilo(?:gram)?s?|grams?|pounds?|lbs?|stones?|ounces?|oz"
    r"|litres?|liters?|gallons?|pints?|ml|celsius|fahrenheit|kelvin|euros?|dollars?|yen|mph|km/h|hours?|minutes?)\b",
    re.IGNORECASE,
)


def works_on_the_named_result(instruction: str) -> bool:
    """Whether ``instruction`` is a sum of its own on the answer before it, named by its kind ("add 10% to that area
    for waste", "work out 20% of that total", "what percentage that median is of 50", "what is that average in
    km?"): a figure or unit of its own is applied to that answer, which the
    hand-off says in its place; not "then double it" nor "then a 15% tip on the total", which go on with one sum."""
    head = instruction.strip()[:200]
    found = _NAMED_RESULT.search(head)
    if found is None:
        return False
    rest = head[: found.start()] + " " + head[found.end() :]
    return _A_NUMBER.search(rest) is not None or _UNIT_OF_ITS_OWN.search(rest) is not None


# "work out the cost at R650 per square metre", "what's the price at £4.50 a metre": what the answer before comes to
# at a rate per unit, the rate its only figure
_PRICED_AT_A_RATE = re.compile(
    r"^(?:and\s+)?(?:please\s+)?(?:(?:work|figure)\s+out|calculate|find|give\s+me|tell\s+me|what(?:'s|\s+is|\s+would\s+be))"
    r"\s+(?:the\s+|my\s+|our\s+)?(?:total\s+)?(?:cost|price|charge|bill|total|amount)\s+(?:of\s+(?:it|that|this|them)\s+)?"
    r"at\s+(?:[$£€]|R|[A-Z]{1,2}\$)?\s?\d[\d,]*(?:\.\d+)?\s*(?:k\s+)?(?:per|a|an|each|/)\s*[a-z]",
    re.IGNORECASE,
)


def asks_at_a_rate(instruction: str) -> bool:
    """Whether ``instruction`` asks how long, far or much the answer before it comes to at a rate of its own ("tell me
    how long that takes at 12 km/h", "how much would it cost at £0.60 a pint?", "work out the cost at R650 per
    square metre"): a sum on that answer, for whoever worked it out."""
    head = instruction.strip()[:200]
    priced = _PRICED_AT_A_RATE.match(head) is not None and len(_A_NUMBER.findall(head)) == 1
    return _AT_A_RATE.match(head) is not None or priced


def without_result_reference(text: str) -> str:
    """``text`` without the words that point at an earlier result ("the summary", "based on that").

    They name what a part works on, not what it does: "Write a tweet from the summary" is a writer's job, though
    "summary" is the summarizer's word. A lead that only says where the content comes from goes with them ("Use
    the result to write a price tag" → "write a price tag"), and one that turns the result into a new text reads
    as writing it ("Turn the summary into a short email" → "write a short email").
    """
    led = _CONVERT_LEAD.sub("write ", _SOURCE_LEAD.sub("", text.strip(), count=1), count=1)
    stripped = " ".join(_USES_RESULT.sub(" ", led).split())
    return stripped if len(stripped.split()) >= 2 else text
