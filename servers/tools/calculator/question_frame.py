"""The words around a question: the lead-ins before it ("please", "can you work out", "quick one -") and the
endings after it ("thanks", "roughly", "what is it?"), which say how it is asked, not what is asked.

``strip_question`` reads past the lead-ins and cuts the endings off, so every reader sees the question alone.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_LEADS = [
    tuple(phrase.split())
    for phrase in (
        "please", "pls", "plz", "kindly", "can you do", "could you do", "can u do", "can you", "could you",
        "would you", "will you", "can u", "could u",
        "would you mind", "do you mind", "would you mind working out", "would you mind figuring out",
        "help me", "tell me", "show me", "give me", "let me know", "tell me what", "let me know what",
        "i wonder what", "do you know what", "i'm thinking of", "im thinking of", "i am thinking of", "thinking of",
        "thinking about", "i'm considering", "i am considering", "considering", "i'm looking at", "looking at",
        "i need to know", "i want to know", "i'd like to know", "quick question", "quick one", "quick q", "question",
        "hey", "hi", "hiya", "i want to", "i'd like to", "we want to", "i plan to", "i'm planning to",
        "good morning !", "good morning", "morning !", "morning ,", "good afternoon !", "good afternoon",
        "afternoon !", "good evening !", "good evening", "evening !", "work out", "the answer to", "value of",
        "ugh", "urgh", "argh", "oh", "hmm", "um", "erm", "oof", "sigh", "gosh", "blimey", "jeez", "result of",
        "hello", "ok", "okay", "so", "what is", "what's", "whats", "what are", "what does", "what do",
        "what would be", "how much is", "how much are", "how many is", "calculate", "calc", "compute", "evaluate",
        "figure out", "figure", "find out", "find", "determine", "simplify", "the value of", "the result of",
        "what do you get if you", "what do you get when you", "what do i get if i", "what do i get when i",
        "what would you get if you", "what would i get if i", "what do we get if we", "what happens if you",
        "what happens when you", "what's the result if you", "what is the result if you", "what do you get if",
    )
]  # fmt: skip
_LEADS.sort(key=len, reverse=True)  # "tell me what" before "tell me"
_LEADS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}  # a lead-in is looked for only where its first word is
for _lead in _LEADS:
    _LEADS_BY_FIRST.setdefault(_lead[0], []).append(_lead)
PARTICLES = frozenset("lah leh lor meh hor sia yaar yani abeg po kak".split()) | frozenset(
    "tanpri souple lutem bitte porfa porfavor prosim prosím molim lütfen lutfen parakalo mesi mèsi mersi ndatenda "
    "hvala dakujem ďakujem dekuji děkuji rabwa faleminderit".split()
)
"""The particles of other Englishes and languages that end a question and add only its tone ('how much lah',
'average per day yani', 'round to the nearest pound po'), and 'please' or 'thanks' in the languages users mix into
their English ('tanpri', 'ju lutem', 'bitte', 'prosím', 'lütfen'): none is a word an English sum uses."""
_ENDINGS = [
    tuple(phrase.split())
    for phrase in ("?", ".", "please", "pls", "plz", "thanks", "thank you", "for me", "equal", "thanks in advance",
                   "cheers", "thx")
] + [(particle,) for particle in PARTICLES] + [
    ("=",), ("equals",), ("come", "to"), ("exactly",), ("is",), ("would", "be"), ("will", "be"),
    ("roughly",), ("approximately",),  # 'how many acres is that roughly': an exact answer is a fine rough one
    ("what", "is", "it"), ("what's", "it"), ("what", "is", "that"), ("what's", "that"),  # '30 °C in °F. What is it?'
]  # fmt: skip
_TAXED = [(said, tax) for said in ("incl", "inc", "including") for tax in ("vat", "tax", "gst")] + [("added",)]


def strip_question(tokens: list[Token]) -> int:
    """Index of the first token after the lead-ins; trailing endings are replaced by the end token in place."""
    start = 0
    moved = True
    asked_what = False  # the last lead-in ended with 'what': 'tell me what', 'do you know what'
    while moved:
        moved = False
        for phrase in _leads_at(tokens, start):
            if _matches(tokens, start, phrase):
                start += len(phrase)
                moved = True
                asked_what = phrase[-1] == "what"
                break
        if not moved and start > 0 and _unembed(tokens, start, asked_what=asked_what):
            moved = True  # 'tell me what 5 metres is in feet' is now 'tell me what 5 metres in feet'
        if tokens[start].word in _STEPS and _led(tokens, start + 1 + (tokens[start + 1].text == ",")):
            start += 1  # 'First work out ...', 'Now, calculate ...': a step of a longer task, then the ask
            moved = True
        while _pause(tokens, start) and start < len(tokens) - 1:
            start += 1
            moved = True
    end = len(tokens) - 1
    moved = True
    endings = _ENDINGS + _TAXED if _rated_tax(tokens) else _ENDINGS
    while moved and end > start:
        moved = False
        for phrase in endings:
            if end - len(phrase) >= start and _matches(tokens, end - len(phrase), phrase):
                end -= len(phrase)
                moved = True
        bangs = end
        while bangs - 1 > start and tokens[bangs - 1].text == "!":
            bangs -= 1
        if bangs < end and bangs - 1 > start and tokens[bangs - 1].kind == "word":
            end = bangs  # "thanks!!" ends a sentence; "10!" is a factorial
            moved = True
    if end < len(tokens) - 1:
        tokens[end:] = [Token("end", "", tokens[end].start)]
    return start


def _rated_tax(tokens: list[Token]) -> bool:
    """A tax at a rate ('add 20% VAT'), named again or 'added': 'incl VAT', 'with 20% VAT added' end the question."""
    said = [k for k, t in enumerate(tokens) if t.word in ("vat", "tax", "gst")] + [-1]  # [-1]: none said yet
    again = len(said) > 2 or len(said) == 2 and tokens[said[0] + 1].word == "added"  # '20% VAT added'
    return again and any(t.text == "%" or t.word == "percent" for t in tokens[: said[-2]])


_EMBEDDED_VERBS = frozenset({"is", "are"})
_CLAUSE_ENDS = frozenset({"?", ".", "!", ";", ","})


def _unembed(tokens: list[Token], start: int, *, asked_what: bool) -> bool:
    """'Tell me what 5 metres is in feet', 'work out how much 3 stone is in kg': a question asked inside a request
    puts its verb after the quantity. The verb is put back before it ('what is 5 metres in feet') — or dropped when
    the lead-in already took the 'what' — so the inner question reads as it would asked directly. Only a clause
    that opens with its quantity and has one such verb is turned round, and not where the verb ending it already
    reads ('tell me what 5 + 3 is'); True when the tokens changed."""
    at = asked_at = start
    if not asked_what:
        if tokens[at].word == "what":
            at += 1
        elif tokens[at].word == "how" and tokens[at + 1].word in ("much", "many"):
            at += 2
        else:
            return False
        asked_at = at
        while at < start + 4 and tokens[at].kind == "word" and tokens[at].word not in _EMBEDDED_VERBS:
            at += 1  # 'how many feet 5 metres is': the thing counted comes before the quantity
    if tokens[at].kind not in ("number", "currency"):
        return False
    verbs: list[int] = []
    k = at
    while tokens[k].kind != "end" and tokens[k].text not in _CLAUSE_ENDS:
        if tokens[k].word in _EMBEDDED_VERBS:
            verbs.append(k)
        k += 1
    if len(verbs) != 1 or verbs[0] == k - 1 and at == asked_at:
        return False  # 'what 5 + 3 is' reads with its verb at the end; 'how many feet 5 metres is' does not
    verb = tokens.pop(verbs[0])
    if not asked_what:
        tokens.insert(at, verb)
    return True


def _pause(tokens: list[Token], at: int) -> bool:
    """A pause after a lead-in: a comma, colon or dash ('quick one - what's ...'); a '-' before a number is a sign."""
    here = tokens[at].text
    return here in (",", ":", "—") or here == "-" and at > 0 and tokens[at + 1].kind == "word"


_STEPS = frozenset("first firstly now next then also".split())


def _led(tokens: list[Token], at: int) -> bool:
    return any(_matches(tokens, at, phrase) for phrase in _leads_at(tokens, at))


def _leads_at(tokens: list[Token], at: int) -> list[tuple[str, ...]]:
    """The lead-ins that open with the token at ``at``, longest first (a word's lowercase, or a symbol as written)."""
    return _LEADS_BY_FIRST.get(tokens[at].word or tokens[at].text, []) if at < len(tokens) else []


def _matches(tokens: list[Token], at: int, phrase: tuple[str, ...]) -> bool:
    if at + len(phrase) > len(tokens):
        return False
    return all(tokens[at + k].word == w or tokens[at + k].text == w for k, w in enumerate(phrase))
