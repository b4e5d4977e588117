"""A step of a longer task, said in the order a user writes it rather than the order the readers take it.

When a request is split into steps, the calculator is sent the first clause alone, in the user's own wording:
'Our annual licence is $4,188 - work out the monthly cost', 'Calculate the per-pupil cost if ...', 'Calculate a
28 day supply at 3 tablets daily'. Each rewrite here restates one such wording in the words the readers already
take, keeping every number and every word of the question; the restated request is then read again in full, so a
rewrite can only turn a decline into an answer the whole request accounts for, never change one that was given.
"""

from __future__ import annotations

import re

_MAX = 400  # a step is a clause or two; longer text is left as written
_LEAD = r"(?:work\s+out|calculate|figure\s+out|find|compute|tell\s+me|what(?:'s|\s+is|\s+are)|how\s+(?:much|many))"
# 'Our annual licence is $4,188 - work out the monthly cost': a spaced dash between a statement and its ask reads
# as the full stop it stands for; an unspaced '-' stays a minus or a hyphen.
_DASHED_ASK = re.compile(rf"(?<=\S)\s+[-–—]\s+(?={_LEAD}\b)", re.IGNORECASE)
# 'the per-pupil cost': the cost per pupil
_PER_HYPHEN = re.compile(r"\bper-([a-z]+)\s+(cost|price|share|amount|charge|fee|bill|contribution)\b", re.IGNORECASE)
# 'a 28 day supply at 3 tablets daily': 3 tablets a day for 28 days (the supply's period and the rate's must agree)
_PERIODS = {"day": "daily", "week": "weekly", "month": "monthly"}
_SUPPLY = re.compile(
    r"\b(?:an?\s+)?(\d+)[\s-](day|week|month)s?\s+supply\s+(?:at|of|taking)\s+(\d+(?:\.\d+)?)\s+([a-z]+)\s+"
    r"(daily|weekly|monthly|a\s+day|a\s+week|a\s+month|per\s+day|per\s+week|per\s+month|each\s+day)\b",
    re.IGNORECASE,
)
# '143 guests times $4.75': 143 guests at $4.75 each
_TIMES_PRICE = re.compile(
    r"\b(\d[\d,]*)\s+([a-z]+)\s+(?:times|x|×)\s+([$£€]\d[\d,]*(?:\.\d+)?)(?![\d.,])(?!\s*(?:each|a\b|per\b))"
)
# 'US$4.20 × 250 cigars': 250 cigars at US$4.20 each (a price times a count of things, said price first)
_PRICE_TIMES_COUNT = re.compile(
    r"(?P<price>\b(?:[A-Z]{1,3})?[$£€¥₹₩]\s?\d[\d,]*(?:\.\d+)?)(?![\d.,])\s*(?:×|\*|times)\s*(?P<n>\d[\d,]*)\s+"
    r"(?P<noun>[a-z]{3,20})\b(?!\s+(?:at|each|per|a|an|of|for)\b)"
)
# 'Work out the bill for 3 nights at £145 a night plus 20% VAT': the givens, then the question they answer
_NAMED_ASK = re.compile(
    rf"^\s*(?:{_LEAD})\s+(?:the|my|our|his|her|their)\s+(bill|total|cost|price|charge|amount|takings)\s+(?:for|of)\s+"
    r"(?=\d|[$£€]|an?\s)(.+)$",
    re.IGNORECASE,
)
# '12 months of £875 rent': 12 months at £875 (a month). Only a payment that is made every period is read so:
# '3 years of £500 savings' is a sum saved once, not £500 a year.
_RECURRING = r"(?:rent|wages?|pay|salary|subscriptions?|payments?|instalments?|installments?|premiums?|childcare|fees)"
_PERIODS_OF = re.compile(
    rf"\b(\d+)\s+(days|nights|weeks|months|years)\s+of\s+([$£€]\d[\d,]*(?:\.\d+)?)(?![\d.,])\s+{_RECURRING}\b",
    re.IGNORECASE,
)
# 'Convert 220 milligrams to mL using a 120 mg/5 mL suspension': how many mL is 220 mg of a 120 mg/5 mL suspension
_MASS = r"mg|milligrams?|mcg|micrograms?|g|grams?"
_VOLUME = r"ml|millilitres?|milliliters?"
_CONCENTRATION = re.compile(
    rf"^\s*(?:convert|change|turn)\s+(\d+(?:\.\d+)?)\s*({_MASS})\s+(?:in)?to\s+({_VOLUME})\s+(?:using|with|of|from|for)\s+"
    rf"(an?|the)\s+(\d+(?:\.\d+)?\s*(?:{_MASS})\s*(?:/|per|in)\s*(?:\d+(?:\.\d+)?\s*)?(?:{_VOLUME})\s+[a-z]+)\s*[.?!]?\s*$",
    re.IGNORECASE,
)

# 'Work out what 34 people at £4.20 each comes to', 'How much do 11 lessons at £22 each come to?': the sum told
_COMES_TO = re.compile(
    r"^\s*(?:(?:work\s+out|calculate|figure\s+out|tell\s+me)\s+what|how\s+much\s+(?:do|does|will|would))\s+"
    r"(?=\d|[$£€]|an?\s)(.+?)\s+comes?\s+to\s*[.?!]?\s*$",
    re.IGNORECASE,
)
# 'Make the invoice sum: 3.200 shingles at 1,25 lei plus 350 lei for transport', 'Figure the export price: 40 boxes
# of 20 cigars at US$3.75 per cigar', 'Add up what the farm owes me: ...': the figures, then their total
_HEADED_SUM = re.compile(
    rf"^\s*(?:please\s+)?(?:make|do|add\s+up|tot\s+up|figure(?:\s+out)?|{_LEAD})\s+(?P<label>[^:.?!\d]{{2,60}}?)\s*:\s*"
    r"(?=\d|[$£€])(?P<givens>[^?:]{1,360}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_SUM_NOUNS = re.compile(
    r"\b(?:sum|total|bill|invoice|order|price|cost|money|wages|pay|owe|owes|takings|amount)\b", re.IGNORECASE
)
# 'Total up 4 inner tubes at €7.99 and a track pump at €29': work them out
_TOTAL_UP = re.compile(r"^\s*(?:total|tot)\s+up\s+(?=\d|[$£€]|an?\s)", re.IGNORECASE)
# '40 bottles at €8 and 10 bottles at €6. Add it up please.': an order to total the figures, closing them
_ADD_IT_UP = re.compile(
    r"(?<=[.!?])\s+(?:please\s+)?(?:add\s+(?:it|them|these|everything)(?:\s+all)?\s+up|total\s+(?:it|them)(?:\s+up)?)"
    r"(?:,?\s*(?:please|pls|for\s+me|thanks))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# 'My two karigars worked 26 days each at ₹850 per day. Calculate the total wages.': the last sentence orders what
# the story comes to, as a question would ask it
_CLOSING_ORDER = re.compile(
    r"(?<=[.!?])\s+(?:please\s+)?(?:calculate|work\s+out|figure\s+out|compute|find)\s+"
    r"(?P<asked>the\s+[a-z][a-z ]{2,40}?)(?:,?\s+please)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# 'Work out 46 portions of salmon at 150 g each in kg': how many kg the givens come to
_IN_UNIT = re.compile(
    r"^\s*(?:work\s+out|calculate|figure\s+out|compute)\s+(\d[^?]*?)\s*,?\s+in\s+([a-z]{1,12})\s*[.?!]?\s*$",
    re.IGNORECASE,
)

# 'One basket holds 120 oysters. First calculate how many baskets we need for 205,000 oysters.': the question it asks
_STEP_ASK = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:first|then|next|now)\b,?\s+)?(?:please\s+)?"
    r"(?:calculate|work\s+out|figure\s+out|compute|find\s+out|tell\s+me)\s+(?P<ask>how\s+(?:many|much)\b[^.?!]{1,300})"
    r"[.!]?\s*$",
    re.IGNORECASE,
)

# 'Calculate my harvest for August, 26 days at 38 kg a day': a step that commands the figures worked out and asks
# nothing, as a compound request hands it over; what it asks is what they come to
_COMMANDED = re.compile(
    r"^\s*(?:please\s+)?(?:calculate|work\s+out|figure\s+out|compute)\s+(?P<rest>[^?]{1,360}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ASKING = re.compile(r"\b(?:how|what|what's|whats|which|when|why|who|whether|if)\b", re.IGNORECASE)
# one line of goods or work at a rate: a count, what it counts, and 'at' ('26 days at 38 kg a day', '30 small sheets
# at 4 500 Ar', '15 m of linen thread at 0,85 €'); with nothing added or taken but a percentage off or on
_ONE_LINE = re.compile(r"\b\d[\d,.]*(?:\s\d{3})*\s*(?:[a-z][\w'-]*\s+){1,4}?at\s+", re.IGNORECASE)
_AT_PERCENT = re.compile(r"\bat\s+\d[\d,.]*\s*(?:%|per\s?cent)", re.IGNORECASE)
_MORE = re.compile(
    r"\b(?:plus|minus|less|add|added|subtract|take|taken|then)\b|\band\s+(?:an?\s+)?[£$€\d]", re.IGNORECASE
)


def _commanded(found: re.Match[str]) -> str:
    """'Calculate my harvest for August, 26 days at 38 kg a day' as '... What is the total?': only one line of
    goods or work at a rate, where what the figures come to is all there is to ask ('the nights at £145 a night'
    says no count, '... and £12 for the stall' not whether it is added or taken: those are left to decline)."""
    rest = found["rest"]
    if _ASKING.search(rest) or len(_ONE_LINE.findall(rest)) != 1 or _MORE.search(rest) or _AT_PERCENT.search(rest):
        return found.group(0)  # ('3 people at 20% off': a cut with nothing it is taken off)
    return f"{rest[:1].upper()}{rest[1:]}. What is the total?"


def restated(text: str) -> str | None:
    """``text`` in the wording the readers take, or None when no rewrite applies (or ``text`` is too long)."""
    if len(text) > _MAX:
        return None
    said = text
    if any(ch.isdigit() for ch in said.split(" -", 1)[0]):
        said = _DASHED_ASK.sub(". ", said, count=1)
    said = _PER_HYPHEN.sub(lambda m: f"{m.group(2)} per {m.group(1)}", said)
    said = _SUPPLY.sub(_supply, said)
    said = _TIMES_PRICE.sub(lambda m: f"{m.group(1)} {m.group(2)} at {m.group(3)} each", said)
    said = _PRICE_TIMES_COUNT.sub(lambda m: f"{m['n']} {m['noun']} at {m['price']} each", said)
    said = _CONCENTRATION.sub(_concentration, said)
    said = _PERIODS_OF.sub(lambda m: f"{m.group(1)} {m.group(2)} at {m.group(3)}", said)
    said = _NAMED_ASK.sub(_named_ask, said)
    said = _COMES_TO.sub(lambda m: f"Work out {m.group(1)}", said)
    said = _HEADED_SUM.sub(_headed, said)
    said = _TOTAL_UP.sub("Work out ", said)
    said = _ADD_IT_UP.sub(" What is the total?", said)
    said = _CLOSING_ORDER.sub(lambda m: f" What is {m['asked']}?", said)
    said = _IN_UNIT.sub(lambda m: f"How many {m.group(2)} is {m.group(1)}?", said)
    said = _STEP_ASK.sub(lambda m: f"{m['ask'][0].upper()}{m['ask'][1:].rstrip()}?", said)
    said = _COMMANDED.sub(_commanded, said) if said == text else said
    return said if said != text else None


def _supply(found: re.Match[str]) -> str:
    days, period, amount, unit, rate = found.groups()
    rated = rate.lower().split()[-1]
    if _PERIODS[period.lower()] != rated and rated != period.lower():
        return found.group(0)  # 'a 28 day supply at 2 tablets weekly': the periods differ, left to be declined
    return f"{amount} {unit} a {period.lower()} for {days} {period.lower()}s"


def _concentration(found: re.Match[str]) -> str:
    dose, mass, volume, article, strength = found.groups()
    return f"How many {volume} is {dose} {mass} of {article} {strength}?"


def _named_ask(found: re.Match[str]) -> str:
    asked, givens = found.groups()
    return f"{givens.rstrip(' .?!')}. What's the {asked.lower()}?"


def _headed(found: re.Match[str]) -> str:
    """'Figure the export price: <figures>' as '<figures>. What is the total?' when its label names an amount of
    money ('the export price', 'what the farm owes me'); any other label ('the average') is left as written."""
    if _SUM_NOUNS.search(found["label"]) is None:
        return found.group(0)
    return f"{found['givens']}. What is the total?"
