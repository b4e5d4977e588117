"""Reading an instruction handed on with an earlier step's output, the shape every later pipeline stage gets.

A pipeline hands each later stage "<instruction>:\\n\\n<the previous stage's output>": "Turn the summary into a
short announcement:\\n\\n<summary>", "Use the findings below to write a note to Omar:\\n\\n<findings>",
"Write a one-line note saying that is the discount:\\n\\n45". The instruction's words that point at the
output ("the summary", "the findings below", "from them", "about it") name the material; they are neither the
kind of text to write nor content, and read as either they would end up in the draft. ``for_material`` returns
the instruction as a plain writing instruction, and puts a short output (a number, a date) where the
instruction refers to it, so "saying that is the discount" with "45" says "45 is the discount".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.writer.bare_figures import is_bare_figure
from servers.tools.writer.styles import STYLE_PATTERN
from servers.tools.writer.values import resolve, unplaced, value_of

# Words by which an instruction refers to the material it is handed (bounded runs: linear to match).
_REFERENCE = (
    # "turn what you find into a paragraph": the earlier step's findings, named by how they were got
    r"(?:what\s+(?:you|we|they|i)\s+(?:find|found|learn|learned|learnt|discover|discovered|get|got)|"
    r"it|this|that|these|those|them|the following|"
    r"(?:the|this|that|these|those|its|their|my|our|your)(?:\s+(?!to\b|and\b|into\b|in\b|as\b)[\w-]+){1,3}?)"
    r"(?:\s+(?:below|above|here))?"
)
# "how many ...", "how much ...", "how long ...": a question in the instruction that a handed-on value answers.
_ASKS_VALUE = re.compile(r"\bhow\s+(?:many|much|long)\b", re.I)
_WRITING_VERB = r"(?:write|draft|compose|create|make|prepare|put together|send|tell|let|craft|produce|turn)\b"
# "then write ...", "and now draft ...": a stage's instruction cut from a longer request keeps its link word.
_CONNECTIVE = re.compile(r"^\W*(?:(?:and|so)\s+)?(?:then|now|next|finally|after that|afterwards|also)\b[\s,]*", re.I)
# "Use the findings below to write ...", "Based on the summary, draft ...": the material first, then the job.
_SOURCE_LEAD = re.compile(
    rf"^(?:please\s+)?(?:use|using|take|taking|with|from|based on|going by)\s+{_REFERENCE}\s*,?\s*(?:(?:to|and)\s+)?"
    rf"(?={_WRITING_VERB})",
    re.I,
)
# "Turn the summary into a short announcement", "Put the key points in an email to my manager": a new text of a
# kind (a style word within a few words), written from the material.
_CONVERT = re.compile(
    rf"^(?:please\s+)?(?:turn|make|put|convert|change|recast|rework|write(?:\s+up)?)\s+{_REFERENCE}\s+(?:up\s+)?"
    rf"(?:in|into|as)\s+"
    rf"(?=(?:an?|one|two|three|\d+)\s+(?:[\w-]+\s+){{0,3}}?(?:{STYLE_PATTERN})\b)",
    re.I,
)
# "Use the result in a one-line caption", "put that number on a sale sign", "include it in a tweet": the material
# first, then the text it goes into; a writing instruction for that text. (Not "using the result": that one names
# what the text is written from, and is read below.)
_USE_IN = re.compile(
    r"^(?:(?:please|can you|could you|would you)\s+)?(?:use|put|include|feature|mention|work|turn|make|convert)\s+"
    rf"{_REFERENCE}\s+"
    r"(?:in(?:to)?|on|for|as)\s+"
    # ("into exactly 3 bullet points", "into bullet points for the staff room": a list of them, sized or not)
    r"(?=(?:(?:exactly|just|only|precisely)\s+)?(?:an?|one|two|three|\d+|my|our|the)\s|(?:bullet|bulleted|numbered)\b)",
    re.I,
)
# "using the new price", "with the amount", "from that total": a result named by what it is. The value said as that
# ("the new price is $52.00") is the fact to write; "the result", "that number" name nothing and say the bare value.
_VALUE_HEADS = (
    r"amount|total|price|cost|sum|figure|number|result|answer|value|distance|time|temperature|date|"
    r"share|saving|savings|discount|score|count|percentage|average|tip|budget|fee|fare|rate|speed|weight|"
    r"height|length|balance|bill|pool|difference|quantity|deposit|refund|dose|dosage|salary|wage|rent|age|profit|"
    r"tax|payment|size|volume|area|mileage|duration|estimate|allowance|charge|interest|margin|width|depth|mean|"
    r"median|bmi|total cost|reading"
)
_NAMED_VALUE = re.compile(
    r"\s*,?\s*\b(?:using|with|from|including|showing|giving|featuring|mentioning|quoting|stating)\s+"
    r"(?P<np>(?:the|that|this|their|our|my|your|his|her)\s+(?P<mods>(?:[\w'-]+\s+){0,2}?)"
    rf"(?P<head>{_VALUE_HEADS})"
    # "the total including VAT", "the price before the discount": what the value is said with
    r"(?:\s+(?:including|excluding|incl\.?|inc\.?|plus|before|after|with)\s+(?:the\s+)?[\w%-]+)?)"
    r"\b(?=\s*(?:$|[,.;:!?]|and\b|in\b|for\b|as\b|to\b))",
    re.I,
)
# "telling him my weight in kg", "letting Dana know the deposit", "saying the final total": the value told to the
# reader by what it is, closing the ask; the unit it is asked in goes when the value says its own ("81.65 kilograms")
_TOLD_VALUE = re.compile(
    r",?\s+(?:(?:telling|giving|sending|letting)\s+(?P<who>him|her|them|you|everyone|everybody|(?-i:[A-Z])[\w'-]+)"
    r"(?:\s+know)?|saying|confirming|noting|reporting)\s+"
    r"(?P<np>(?:the|that|this|their|our|my|your|his|her)\s+(?P<mods>(?:[\w'-]+\s+){0,2}?)"
    rf"(?P<head>{_VALUE_HEADS}))"
    r"(?P<unit>\s+in\s+(?:[a-z]{1,3}|[a-z]+(?:grams|metres|meters|pounds|stone|miles|litres|liters|gallons|feet|"
    r"inches|minutes|hours|days|weeks|euros|dollars|celsius|fahrenheit|percent)))?\s*[.!]?$",
    re.I,
)
# "his half of that total", "each person's share of it": a part of the value handed on, pointed at, not the value
# ("her share of the rent" with "90" may say the share itself, and is written)
_SHARE_OF = re.compile(
    r"\b(?:half|a third|third|a quarter|quarter|share|split|portion|cut)\s+of\s+(?:that|this|it)\b", re.I
)
# "claiming the total", "requesting the refund", "claiming it": a sum asked for, which the value handed on is
_CLAIMED_VALUE = re.compile(
    r"\b(?:claiming|requesting|asking for|invoicing for|charging|refunding|reimbursing)\s+"
    r"(?P<np>(?:the|that|this|my|our|their|your)\s+(?:[\w'-]+\s+){0,2}?(?:total|amount|sum|cost|balance|fee|bill|"
    r"expenses|refund|deposit|fare)|it|this|that)\b(?!\s+of\b)(?=\s*(?:$|[,.;:!?]|\s(?:from|to|for|by|in)\b))",
    re.I,
)
# "with the VAT and the total", "including the deposit, the fee and the balance": values named, closing the ask
_NP = r"(?:the|their|our|my|your|his|her)\s+[\w'-]+(?:\s+[\w'-]+)?"
_LISTED_VALUES = re.compile(
    rf"\s*,?\s*\b(?:with|including|showing|giving|stating|quoting|confirming)\s+"
    rf"(?P<nps>{_NP}(?:\s*(?:,|,?\s*and)\s+{_NP})*)\s*[.!?]?$",
    re.I,
)


def _states(material: str, np: str) -> bool:
    """Whether ``material`` says what ``np`` ("the VAT") is: "The VAT is £290.00."."""
    noun = np.split()[-1]
    return re.search(rf"\b{re.escape(noun)}\s+(?:is|are|was|were|comes to|came to)\b", material, re.I) is not None


# "Email the total to the client", "text the amount to my sister": the value handed on, sent to someone.
_SENT_VALUE = re.compile(
    r"^(?:please\s+)?(?P<verb>email|e-mail|send|text|message|forward|pass on)\s+(?:the|that|this|our|my|their)\s+"
    r"(?P<mods>(?:[\w'-]+\s+){0,2}?)(?P<head>amount|total|price|cost|sum|figure|number|result|answer|balance|bill|"
    r"fee|share|"
    r"budget|difference)\s+(?P<to>to\s+\S[^\n]{0,200})$",
    re.I,
)
# "Email the client the total they owe": the reader, then the value they are sent, maybe with what it is to them.
_GIVEN_VALUE = re.compile(
    r"^(?:please\s+)?(?P<verb>email|e-mail|text|message)\s+(?P<reader>(?:the|my|our)\s+[\w'-]+|(?-i:[A-Z])[\w'-]+)\s+"
    r"(?:the|their|his|her)\s+(?P<head>amount|total|price|cost|balance|bill|fee|share|figure)"
    r"(?:\s+(?P<who>they|he|she|you)\s+(?P<does>owes?|needs? to pay|has to pay|have to pay|pays?))?\s*[.!]?$",
    re.I,
)
_YOU = {"they": "you", "he": "you", "she": "you", "you": "you"}
_BARE_HEADS = frozenset({"figure", "number", "result", "answer", "value"})
# "Tell the team about it in a short email": the kind of text named last, after whom it is for.
_TELL_IN_STYLE = re.compile(
    rf"^(?:please\s+)?(?:tell|let|inform|notify|update)\s+(?P<who>(?:[\w'-]+\s+){{0,4}}?[\w'-]+)(?:\s+know)?\s+"
    rf"(?:in|as|with|via|by)\s+(?P<style>(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{STYLE_PATTERN}))\s*[.!]?$",
    re.I,
)
# "about it", "from the summary", "using these findings": the material named inside the instruction. A bare
# pronoun counts only where it ends a phrase ("about it in a short email"), so "about this Friday" stays.
_NAMED = re.compile(
    r"\s*\b(?:about|on|from|with|using|based on|out of|regarding|covering)\s+(?:"
    r"(?:it|this|that|these|those|them)(?=\s*(?:$|[,.;:!?]|(?:in|as|for|to|and|then|with|so)\b))|"
    # "based on what you find", "using what you found": the earlier step's findings
    r"what\s+(?:you|we|they|i)\s+(?:find|found|learn|learned|learnt|discover|discovered|turn up|turned up|dig up|"
    r"dug up|come up with|came up with)\b|"
    r"(?:the|this|that|these|those|its|their|your)\s+(?:[\w-]+\s+)?(?:summary|summaries|findings|results?|outputs?|"
    r"points|key points|notes|list|figures?|numbers?|answer|review|issues|problems|text|report|update|details|"
    r"verdict|facts?|information)\b"
    r"(?:\s+(?:below|above))?)",
    re.I,
)

# "summarising what to change", "explaining the problem you found", "listing the issues": with material handed over,
# the phrase says what the text draws from it and has no content of its own. A question word's clause still names
# the topic ("about what to change"); a phrase pointing at the material goes. (No digits: a figure is content.)
_TOLD_BY_MATERIAL = re.compile(
    r",?\s+(?:summari[sz]ing|explaining|listing|outlining|detailing|describing|setting out|spelling out|"
    r"going (?:over|through)|pointing out|recapping|covering)\s+"
    r"(?:(?P<wh>(?:what|why|how|which|where)\b[^\d,;:.!?]{0,80})|"
    r"(?:the|its|their|these|those|them|it|your)\b[^\d,;:.!?]{0,60}|(?:this|that)(?:\s+(?:below|above|here))?)"
    r"\s*[.!?]?$",
    re.I,
)

# "that uses that fact", "mentioning it", "which includes the answer": the text is to say what is handed over; with
# the material as its content the words point at it and say nothing themselves.
_MENTIONING = re.compile(
    r",?\s+(?:(?:that|which)\s+(?:uses|mentions|includes|features|quotes|states|gives|names|contains)|mentioning|"
    r"including|featuring|quoting|stating|naming|citing|containing|with)\s+(?:it|this|that|them|these|those|"
    r"(?:the|that|this|these|those)\s+(?:fact|facts|answer|result|information|info|detail|details|date|name|year|"
    r"figure|number|finding|findings))(?=\s*[.!?]?$)",
    re.I,
)

_PRONOUN_ONLY = re.compile(r"\s*\b[\w ]+?\s+(?:it|this|that|these|those|them)", re.I)


def told_by_material(instruction: str) -> str:
    """``instruction`` without a closing phrase that says the text tells what the material handed over says
    ("a note to the intern summarising what to change" -> "a note to the intern about what to change")."""
    instruction = _MENTIONING.sub("", instruction, count=1)
    found = _TOLD_BY_MATERIAL.search(instruction)
    if found is None:
        return instruction
    about = f" about {found.group('wh').strip()}" if found.group("wh") else ""
    return instruction[: found.start()] + about


@dataclass(frozen=True, slots=True)
class Staged:
    """The instruction to read as a brief, and the material still to write from ("" when it went into it)."""

    instruction: str
    material: str


def for_material(instruction: str, material: str) -> Staged:
    """``instruction`` without the words that point at ``material``, reading as a plain writing instruction."""
    text = " ".join(instruction.split())
    if not material.strip():
        return Staged(text, material)
    text = _CONNECTIVE.sub("", text, count=1)
    text = told_by_material(text)
    text = _SOURCE_LEAD.sub("", text, count=1)
    text = _CONVERT.sub("Write ", text, count=1)
    text = _USE_IN.sub("Write ", text, count=1)
    value = value_of(material)
    if value and _SHARE_OF.search(text):
        # "telling him his half of that total" with "$71.30": the half is a sum nobody worked out, never the total
        raise ToolInputError(
            f"That asks for a share of '{value[:40]}', which I can't work out offline: ask the calculator for it "
            "first (e.g. 'split $71.30 two ways'), then for the text."
        )
    listed = _LISTED_VALUES.search(text) if value else None
    nps = [np for np in re.split(r"\s*(?:,|\band\b)\s*", listed["nps"]) if np] if value and listed else []
    unsaid = [np for np in nps if not _states(value or "", np)]
    if unsaid and len(unsaid) < len(nps):
        # "with the VAT and the total" over "The VAT is £290.00." alone: the total is not made up, nor left out unsaid
        said = next(np for np in nps if np not in unsaid)
        raise ToolInputError(f"What I was given says {said} but not {unsaid[0]}; send it too, or ask for it first.")
    if listed and nps and not unsaid:
        # "an email to Mrs Byrne with the VAT and the total" over "The VAT is £290.00. The total is £1,740.00.": the
        # values are said as handed over, and the words naming them go from the instruction
        return Staged(text[: listed.start()].rstrip(" ,"), material)
    claimed = _CLAIMED_VALUE.search(text) if value else None
    if value and claimed:
        # "an email to accounts claiming the total" with "£153.69": "... claiming the total of £153.69"
        np = re.sub(r"^(?:that|this)\b(?=\s)", "the", claimed.group("np"), flags=re.I)
        said = value if re.fullmatch(r"it|this|that", np, re.I) else f"{np}: {value}"  # "claiming it": the value
        return Staged(f"{text[: claimed.start('np')]}{said}{text[claimed.end('np') :]}", "")
    told = _TOLD_VALUE.search(text) if value else None
    if value and told:
        # "a message to my coach telling him my weight in kg" with "81.65 kilograms": "My weight is 81.65 kilograms"
        return Staged(" ".join(text[: told.start()].split()), told_fact(told, value))
    named = _NAMED_VALUE.search(text) if value else None
    if value and named:
        # "a sale sign using the new price" with "$52.00": the sign says "the new price is $52.00"; "stating the
        # net figure" names it too ("the figure" alone names nothing)
        text = " ".join((text[: named.start()] + " " + text[named.end() :]).split())
        if named.group("head").lower() not in _BARE_HEADS or named.group("mods").strip():
            np = re.sub(r"^(?:that|this)\b", "the", named.group("np"), flags=re.I)
            said = re.sub(r"\s+in total$", "", value) if named.group("head").lower() == "total" else value
            return Staged(text, f"{np[:1].upper()}{np[1:]} is {said}")
        return Staged(text, value)
    sent = _SENT_VALUE.match(text) if value else None
    if value and sent:
        # "Email the total to the client, Mr Hughes" with "£1,380.00 in total": an email to the client that says it
        head = sent.group("head").lower()
        kind = {"text": "a text", "message": "a message"}.get(sent.group("verb").lower(), "an email")
        said = re.sub(r"\s+in total$", "", value) if head == "total" else value
        fact = said if head in _BARE_HEADS else f"The {sent.group('mods')}{head} is {said}"
        return Staged(f"Write {kind} {sent.group('to')}", fact)
    given = _GIVEN_VALUE.match(text) if value else None
    if value and given:
        # "Email the client the total they owe" with "£2,250.00": an email to the client saying "The total you owe is
        # £2,250.00"
        kind = {"text": "a text", "message": "a message"}.get(given.group("verb").lower(), "an email")
        said = re.sub(r"\s+in total$", "", value) if given.group("head").lower() == "total" else value
        owing = f" {_YOU.get(given.group('who').lower(), 'you')} {given.group('does')}" if given.group("does") else ""
        owing = re.sub(r"\b(owe|need|pay|have)s\b", r"\1", re.sub(r"\bhas\b", "have", owing))
        return Staged(f"Write {kind} to {given.group('reader')}", f"The {given.group('head')}{owing} is {said}")
    resolved = resolve(text, value) if value else None
    if resolved is not None:
        return Staged(resolved, "")
    if value and (_ASKS_VALUE.search(text) or unplaced(text)):
        # "saying how many seats we need for the gala and the dinner", "the price they quoted": the value has no
        # place the rules can put it, and the words pasted above the number would read as a garbled text
        example = "saying we need <the value> ..." if _ASKS_VALUE.search(text) else "saying the price is <the value>"
        raise ToolInputError(
            f"I could not fit '{value[:40]}' into that sentence offline; say it as '{example}', "
            "or set ANTHROPIC_API_KEY (or point the writer at a local model)."
        )
    pointed = _NAMED.search(text)
    if pointed and _PRONOUN_ONLY.fullmatch(pointed.group()) and all(map(is_bare_figure, material.splitlines())):
        # "an email to Sam about it" with "£59.99": "it" is what the figure is of, and nobody said; kept, so the
        # text is declined as a figure with nothing said about it (``bare_figures``), never written as "£59.99."
        return Staged(text, material)
    kept = " ".join(_NAMED.sub(" ", text).split()).strip(" ,") or text
    told = _TELL_IN_STYLE.match(kept)
    if told:
        kept = f"Write {told.group('style')} to {told.group('who')}"
    return Staged(kept, material)


# "my weight in kg", "the deposit amount", "the net figure": all a text is asked to say is a value, by its name.
_VALUE_ONLY = re.compile(
    r"(?:the|that|this|their|our|my|your|his|her)\s+(?:[\w'-]+\s+){0,2}?"
    rf"(?:{_VALUE_HEADS})(?:\s+in\s+[a-z]{{1,12}})?[.!]?",
    re.I,
)


def names_value_only(content: str) -> bool:
    """Whether ``content`` only names a value ("my weight in kg"): with no value handed over, it says nothing."""
    return _VALUE_ONLY.fullmatch(content.strip()) is not None


def told_fact(told: re.Match[str], value: str) -> str:
    """The sentence a ``_TOLD_VALUE`` match says with ``value``: "Your share is £37.50", "The result is 42"."""
    np = re.sub(r"^(?:that|this)\b", "the", told.group("np"), flags=re.I)
    if told.group("who") and told.group("who").lower() not in ("everyone", "everybody"):
        np = re.sub(r"^(?:his|her|their)\b", "your", np, flags=re.I)  # "telling her her share": hers is yours
    bare = told.group("head").lower() in _BARE_HEADS and not told.group("mods").strip()
    said = re.sub(r"\s+in total$", "", value) if told.group("head").lower() == "total" else value
    unit = "" if re.search(r"[A-Za-z]", value) else (told.group("unit") or "")  # "81.65 kilograms" says its unit
    return said if bare else f"{np[:1].upper()}{np[1:]}{unit} is {said}"


def converts(instruction: str) -> bool:
    """Whether ``instruction`` asks for its material as a new kind of text ("Make it into a short announcement")."""
    return _CONVERT.match(_CONNECTIVE.sub("", " ".join(instruction.split()), count=1)) is not None
