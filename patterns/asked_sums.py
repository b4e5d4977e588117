"""Asked sums: a request whose ask is a sum over figures it gives, wherever its words say what the sum is for.

Two shapes of request ask for a sum while their words read like another agent's job, and the agent they read
like then completes a job it was not asked (a writer drafts "What's 1.2 million divided by 12?" as a tweet; a
fact checker calls "Check my sums: 1,200 + 875 + 430 = 2,505" unverified):

- **a sum after a lead-in**: "For my email to the team I need to know: what's 3 weeks plus 4 days in days?",
  "The email says: 'Your order of 6 chairs at £45 each has shipped.' How much did I pay?". What the sum is for
  (an email, a slide) or where its figures come from (a quoted text) is no job; the closing question asks for a
  quantity and the request gives the figures it is worked out from.
- **a worked sum to check**: "Can you check my maths: 6 hours at £11.44 an hour is £68.64", "Is it true that
  15% of 200 is 30?", "Double check this for me: 48 hours is 2 days". The claim relates figures by arithmetic (an
  operator, a rate, a share) or one measure to another; whether it holds is a sum to work out, not a fact to look
  up. A claim about the world with a figure in it ("Everest is 8,849 m tall", "the Titanic sank in 1912") names
  no sum on its left and is no such claim.

``sum_asked`` says either ask as the sum it means ("Work out ..."), so the router weighs the verb that acts.
A request that opens with its own instruction verb ("Write an email ...", "Summarize this: ...") is the verb's
job and is left alone. Bounded and linear: at most ``SCAN`` characters are read, every pattern is a plain
alternation.
"""

from __future__ import annotations

import re

from patterns.answer_forms import without_answer_form

SCAN = 600
"""Only this much of a request is read."""

# A figure: digits with thousands and decimals, after a currency sign; a year alone ("in 1912") is no figure.
# ("R45", "HK$68", "C$1,280": a rand or a dollar of another country is as much a figure)
_FIGURE = r"(?:[$£€]|R(?=\d)|[A-Z]{1,2}\$)?\d[\d,]*(?:\.\d+)?%?"
_FIGURES = re.compile(rf"(?<![\w.]){_FIGURE}")
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
# A word that says which amount of a sum is meant: "the final bill", "the annual cost", "the grand total".
_SIZED = r"(?:final|annual|yearly|monthly|weekly|daily|nightly|overall|grand|new|full|whole|actual|combined|total|net)"
# The quantity a closing question asks for, after at most a short lead clause ("Over 12 months, which is cheaper?").
_QUANTITY_ASKED = re.compile(
    r"^(?:[^,?]{1,40},\s+)?(?:so\s+|and\s+|then\s+)?(?:"
    r"how\s+(?:much|many|far|long|heavy|big)\b"
    r"|what(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be|\s+would\s+be)?\s+(?:the\s+|my\s+|our\s+)?"
    rf"(?:{_SIZED}\s+)?(?:total|sum|average|mean|difference|full|whole|overall|grand|percentage|percent|cost|price"
    r"|fee|bill|rate|change|share|damage|amount|charge|deposit|saving|savings|balance|profit|takings|earnings|wages?"
    r"|pay|hours|mileage|expenses)\b"
    r"|what\s+(?:percentage|percent|fraction)\b"
    r"|what\s+(?:did|do|does|will|would|should)\s+(?:i|we|they|he|she|it|each|(?:the|my|our|each|every)\s+\w+)\s+"
    r"(?:\w+\s+){0,2}(?:spend|pay|owe|cost|earn|make|get|save|use|invoice|bill|charge|claim|put|quote|take)\b"
    r"|which\s+(?:\w+\s+)?(?:is|are|comes?\s+out|works?\s+out)\s+(?:the\s+)?(?:cheaper|dearer|better\s+value"
    r"|more\s+expensive|less\s+expensive|better\s+deal)\b"
    r"|what(?:'s|\s+is)\s+[$£€]?\d"
    r"|(?:what\s+)?does\s+(?:that|it|this)\s+come\s+to\b"
    r")",
    re.IGNORECASE,
)
# A closing sentence that names the sum alone, after the figures it is of: "Total please!", "Grand total?",
# "Total spend?", "Annual cost?", "Total including 10% GST?".
_BARE_SUM = re.compile(
    rf"^(?:and\s+|so\s+|then\s+)?(?:the\s+)?(?:{_SIZED}\s+)?(?:total|sum|cost|bill|amount)"
    r"(?:\s+(?:spend|spent|cost|price|due|owed|owing|amount|bill|to\s+pay))?"
    # "total how much?", "total is how much?": the sum named, then asked in the user's own order
    r"(?:\s+(?:is\s+|comes?\s+to\s+)?how\s+much)?"
    r"(?:\s+(?:including|incl|inc|with|after|before|plus)\b[^.?!]{0,40})?"
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|cheers))?\s*[?!.]*$",
    re.IGNORECASE,
)
_ASKING_WHAT = re.compile(r"^what(?:'s|s|\s+is|\s+was)\s+(?=(?:the|my|our)\s)", re.IGNORECASE)
_LAST_PAUSE = re.compile(r",\s+|\s[-\u2013\u2014]\s+")
# A closing clause that names a measured sum alone, after the figures it is of: "total hours?", "avg speed in km/h",
# "average goals per game to 2dp?", "avg speed if I did 36 miles in 54 mins" (with no verb that states: "Average
# rainfall is 600 mm" is a claim).
_MEASURED_SUM = re.compile(
    r"^(?:and\s+|so\s+|then\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:total|avg|average|mean)\s+[a-z]+"
    r"(?:\s+(?:per|a|an|each|in)\s+[a-z/]+){0,2}(?:\s+to\s+\d\s*(?:dp|d\.p\.|decimal\s+places?))?"
    r"(?:\s+if\s+(?:i|we|he|she|they)\s+(?!(?:is|are|was|were)\b)[^.?!]{1,80})?"
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|cheers))?\s*[?!.]*$",
    re.IGNORECASE,
)
# Arithmetic between the figures of a claim: an operator, a rate ("at £4.20 per kg"), a share, a count of packs.
_ARITHMETIC = re.compile(
    r"\d\s*[x×*/÷+]\s*[$£€]?\d|\d\s+[-−]\s+[$£€]?\d"
    r"|\b(?:times|plus|minus|divided|multiplied|squared|cubed|less|off|split|shared|between|ways)\b"
    r"|%\s*of\b|\bper\s*cent\s+of\b|\bpercent\s+of\b"
    r"|(?:\bat|@)\s+[$£€]?\d[\d,.]*\s*(?:/|per\b|an\b|a\b|each\b|every\b)"
    r"|\d\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s+[a-z-]+)?\s+(?:at|@)\s+[$£€₹¥]?\d"
    r"|\d\s+(?:a|an|per|each|every)\s+(?:month|week|day|year|hour|night|minute|person|head)\b"
    r"|\d\s+(?:packs?|boxes|bags|lots|sets|rows|crates|cases)\s+of\s+\d",
    re.IGNORECASE,
)
_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ms|millimetres?|millimeters?|mm|cm"
    r"|centimetres?|centimeters?|metres?|meters?|m|km|kilometres?|kilometers?|miles?|inches|inch|feet|foot|ft|yards?"
    r"|grams?|g|kg|kilograms?|kilos?|pounds|lbs?|ounces?|oz|stone|litres?|liters?|l|ml|millilitres?|pints?"
    r"|gallons?)"
)
# "48 hours is 2 days", "3 hours 20 minutes is 200 minutes", "2.5 litres is 2500 ml": one measure said in another.
_MEASURE_IS_MEASURE = re.compile(
    rf"\d[\d,.]*\s*{_UNITS}\b(?:\s+(?:and\s+)?\d[\d,.]*\s*{_UNITS}\b)?\s+(?:is|are|equals|makes|=)\s+"
    rf"(?:about\s+|roughly\s+|around\s+|exactly\s+)?\d[\d,.]*\s*{_UNITS}\b",
    re.IGNORECASE,
)
_MEASURE_IN_MEASURE = re.compile(rf"how\s+many\s+{_UNITS}\b[^?]{{0,30}}?\bin\s+\d[\d,.]*\s*{_UNITS}\b", re.IGNORECASE)
# The verb by which a worked sum says its result.
_RESULT = re.compile(
    r"\s(?:=|==|is|are|equals|makes|make|gives|comes\s+to|come\s+to|leaves|costs|cost|totals|works\s+out\s+(?:at|to)"
    r"|will\s+(?:be|cost|come\s+to)|I'll\s+have|I\s+will\s+have|takes|take)\s+(?:about\s+|roughly\s+|exactly\s+|only\s+)?"
    r"(?P<figure>[$£€]?\d)",
    re.IGNORECASE,
)
# A closing question whether the figures before come to a figure: "Is that £579?", "Does that come to $660?".
_RESULT_ASKED = re.compile(
    r"^(?:so\s+|and\s+)?(?:is|does|would|will|do)\s+(?:that|it|this|they|the\s+total)\s+(?:really\s+)?"
    r"(?:be\s+|come\s+to\s+|make\s+|cost\s+|total\s+|add\s+up\s+to\s+|work\s+out\s+(?:at|to)\s+)?"
    r"(?:about\s+|roughly\s+|exactly\s+|right\s+at\s+)?[$£€]?\d",
    re.IGNORECASE,
)
# An equation: figures, one-letter unknowns and operators either side of one "=" ("4(2x - 1) = 3x + 11").
_EQ_CHAR = r"(?:[\d.()+\-*/^×÷ ]|(?<![a-z])[a-z](?![a-z]))"
_EQUATION = re.compile(rf"{_EQ_CHAR}{{1,40}}(?<!=)=(?!=){_EQ_CHAR}{{1,40}}", re.IGNORECASE)
_UNKNOWN = re.compile(r"(?<![a-z])[a-z](?![a-z])", re.IGNORECASE)
_SOLVE_ASKED = re.compile(
    r"\bsolve\b|\b(?:find|work\s+out|calculate)\s+[a-z]\b|\bwhat(?:'s|\s+is)\s+[a-z]\b|\bfor\s+[a-z]\b|\bvalue\s+of\s+[a-z]\b",
    re.IGNORECASE,
)
# An ask whether something holds: a check verb, "is it true/right", a tag question.
_CHECKING = re.compile(
    r"\b(?:check|checks|checking|double[\s-]check|sanity[\s-]check|verify|confirm|correct|right|true|accurate"
    r"|wrong|ok|okay|yes)\b",
    re.IGNORECASE,
)
# An opening that is an instruction of its own kind: the request is that verb's job, whatever its figures.
_OWN_INSTRUCTION = re.compile(
    r"^(?:(?:please|pls|kindly|hi|hey|hello|ok|okay|so)[\s,!.]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+"
    r"(?:please\s+)?)?(?:write|draft|compose|summari[sz]e|sum\s+up|shorten|condense|rewrite|reword|review|translate"
    r"|proofread|edit|create|prepare|make|tell\s+me\s+about|explain|describe|look\s+up|research)\b",
    re.IGNORECASE,
)
# a sentence ends at a stop before a space, not at a decimal point ("£12.99")
_SENTENCES = re.compile(r"(?:[^.?!\n]|\.(?=\S))+(?:[.?!]+|$)")
_CLAUSE_END = re.compile(r"[:;!?\n]|\.(?=\s)|\s[-\u2013\u2014](?=\s)")
# (an apostrophe, "I've", "what's", opens and closes no quote)
_QUOTED = re.compile(
    r"(?<!\w)'[^'\n]{3,300}'(?!\w)|\"[^\"\n]{3,300}\"|\u2018[^\u2019\n]{3,300}\u2019|\u201c[^\u201d\n]{3,300}\u201d"
)


def _figures(text: str) -> list[str]:
    """The figures ``text`` gives, without years standing alone."""
    return [f for f in _FIGURES.findall(text) if not _YEAR.match(f)]


def _closing_sentence(text: str) -> str | None:
    """The request's last sentence, taken after a lead-in colon or a quoted text: "what's 240 members times £12?"
    from "For the newsletter I need one figure: what's 240 members times £12?"."""
    head = text.strip()[:SCAN]
    unquoted = _QUOTED.sub(lambda found: "Q" * len(found.group(0)), head)  # a quote's own stops end nothing
    sentences = [(m.start(), m.end()) for m in _SENTENCES.finditer(unquoted) if m.group(0).strip()]
    if not sentences:
        return None
    start, end = sentences[-1]
    quoted = [found.end() for found in _QUOTED.finditer(head, start, end)]
    start = max(start, head.rfind(":", start, end) + 1, *quoted)  # after a lead-in, after the text quoted
    return head[start:end].strip()


# "Please total it.", "Add them all up please": the figures given ordered summed, never "sum it up" (a summary)
_TOTAL_IT = re.compile(
    r"^(?:(?:please|pls|kindly|now)\s+|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:(?:total|tot\s+up|add\s+up)\s+(?:it|them|that|these|those|this|everything)(?:\s+(?:all\s+)?up)?"
    r"|add\s+(?:it|them|these|those|everything)(?:\s+all)?\s+up)"
    r"(?:[\s,]+(?:please|pls|plz|for\s+me|thanks|thank\s+you|cheers))?\s*[?!.]*$",
    re.IGNORECASE,
)


def _sum_after_lead(text: str) -> str | None:
    """A closing question asking for a quantity whose figures the request gives (two or more, in the question or
    before it), or a closing sentence that names the sum alone ("Total please!"); ``None`` for a question about
    the world ("How long is the Amazon?")."""
    asked = _closing_sentence(text)
    if asked is None:
        return None
    # ("did 7 grooms at £48 and 5 clips at £10 today, what's my takings": the ask after the figures' clause)
    clause = _LAST_PAUSE.split(asked)[-1]
    bare = any(_BARE_SUM.match(a) is not None or _TOTAL_IT.match(a) is not None for a in (asked, clause))
    measured = next((a for a in (asked, clause) if _MEASURED_SUM.match(a) is not None), None)
    # a question asked without its mark ("what do I put on the expenses") still opens with its asking words
    quantity = next((a for a in (asked, clause) if _QUANTITY_ASKED.match(a) is not None), None)
    if not bare and quantity is None and measured is None:
        return None
    asked = quantity or measured or asked
    if len(_figures(text[:SCAN])) < 2 and (bare or _MEASURE_IN_MEASURE.match(asked) is None):
        return None  # one figure is enough to count one unit in another ("how many days are there in 6 weeks?")
    # ("what's my overall mark" is worked out as "my overall mark": the asking words name nobody's work)
    asked = _ASKING_WHAT.sub("", asked.rstrip("?").strip())
    return "Work out the total cost" if bare else f"Work out {asked}"


def _worked_sum_to_check(text: str) -> str | None:
    """A claim that relates figures by arithmetic, asked to be checked; ``None`` for a claim about the world."""
    head = text[:SCAN]
    if not _CHECKING.search(head) and not head.rstrip().endswith("?"):
        return None
    measures = _MEASURE_IS_MEASURE.search(head)
    if measures is not None:
        return f"Work out {measures.group(0)}"
    for result in _RESULT.finditer(head):
        ends = [found.end() for found in _CLAUSE_END.finditer(head, 0, result.start())]
        left = head[ends[-1] if ends else 0 : result.start()]
        if len(_figures(left)) >= 2 and _ARITHMETIC.search(left) is not None:
            return f"Work out {left.strip()}"
    return None


def _figures_then_asked_result(text: str) -> str | None:
    """Figures related by arithmetic, then a closing question whether they come to a figure: "4.2 m at £95 per metre
    plus £180 fitting. Is that £579?"."""
    asked = _closing_sentence(text)
    head = text.strip()[:SCAN]
    if asked is None or not head.endswith("?") or _RESULT_ASKED.match(asked) is None:
        return None
    before = head[: head.rfind(asked)]
    if len(_figures(before)) < 2 or _ARITHMETIC.search(before) is None:
        return None
    return f"Work out {before[before.rfind(':') + 1 :].strip()}"  # the figures, not what their label names


def _equation_to_solve(text: str) -> str | None:
    """An equation in an unknown given with an ask to solve it ("Find x: 7x - 4 = 3x + 16")."""
    if _SOLVE_ASKED.search(text) is None:
        return None
    for found in _EQUATION.finditer(text):
        equation = found.group(0).strip()
        if _UNKNOWN.search(equation) is not None and re.search(r"\d", equation) is not None:
            return f"Solve the equation {equation}"
    return None


# "Figure the export price: 40 boxes of 20 cigars at US$3.75 per cigar", "Add up what the farm owes me: 9 sets at
# $180 ...", "Make the invoice sum: 3.200 shingles at 1,25 lei plus ...": a verb of working out, a label naming an
# amount of money, then the figures after a colon
_HEADED_SUM = re.compile(
    r"^(?:(?:please|pls|kindly)\s+)?(?:work\s+out|calculate|figure(?:\s+out)?|add\s+up|tot\s+up|total\s+up|find|make|do)"
    r"\s+(?P<label>[^:.?!\n\d]{2,60}?)\s*:\s*(?P<givens>[^?\n]{3,300}?)\s*(?:[.!](?=\s)|[.!]?$)",
    re.IGNORECASE,
)
_SUM_NOUNS = re.compile(
    r"\b(?:price|prices|cost|costs|total|sum|bill|invoice|order|money|wages|pay|owe|owes|takings|amount)\b", re.I
)


def headed_sum(text: str) -> str | None:
    """The figures of a sum headed by what they come to ("Figure the export price: <figures>"), or None."""
    found = _HEADED_SUM.match(text.strip()[:SCAN])
    if found is None or _SUM_NOUNS.search(found["label"]) is None or len(_figures(found["givens"])) < 2:
        return None
    return found["givens"].strip()


def sum_asked(text: str) -> str | None:
    """The sum ``text`` asks for, said as the verb phrase that works it out ("Work out 240 members times £12");
    ``None`` when the request opens with an instruction of its own or asks no sum over figures it gives."""
    head = without_answer_form(text.strip())[:SCAN]  # "... What is the average? Give one decimal please."
    if (headed := headed_sum(head)) is not None:
        return f"Work out {headed}"
    if _OWN_INSTRUCTION.match(head) is not None or "```" in head:
        return None
    return (
        _worked_sum_to_check(head)
        or _figures_then_asked_result(head)
        or _sum_after_lead(head)
        or (_equation_to_solve(head))
    )


# The end of a label: a colon or a dash after a few words that name what follows ("Paint order:").
_LABEL_END = re.compile(r":|\s[-\u2013\u2014]\s")
_STOP = re.compile(r"[.?!]")
LABEL_WORDS = 6
"""A label is at most this many words."""


def labelled_sum(text: str) -> bool:
    """Whether ``text`` opens with a label, a few words ended by a colon or a dash ("Paint order:", "Book fair order
    -"), and asks a sum of the figures after it: the label's first word orders nothing even when it reads as a verb
    ("Order 6 pizzas at £12. How much?" asks for an order as well as a sum, and is no label)."""
    end = _LABEL_END.search(text, 0, 80)
    label = text[: end.start()] if end is not None else ""
    if not label.strip() or len(label.split()) > LABEL_WORDS or _STOP.search(label) is not None:
        return False
    return sum_asked(text) is not None


__all__ = ["labelled_sum", "sum_asked"]
