"""What a knowledge base of notes written in advance cannot know: the present moment, the future, the user.

The researcher answers from reference notes. A question about what is happening right now (a price, a
score, the weather, who is aboard a station "at this moment"), about what will happen (who will win, what
the weather will be), about the user's own affairs (my dentist's phone number, our rent), or whether the user
may take a medicine (medical advice, a pharmacist's or doctor's to give) has no answer in
such notes, even when a note shares its words: a note saying a station's crew "is usually seven" does not
say who is aboard today. Such a question is declined with the reason, never answered with an old passage.

Every regex here is linear: word alternations and bounded gaps only.
"""

from __future__ import annotations

import re

_NOW = re.compile(
    r"\b(?:right now|just now|at the moment|at this moment|this very moment|as (?:we|i) speak|as of (?:today|now)"
    r"|today'?s|tonight|tomorrow|this (?:morning|afternoon|evening|weekend)|later today"
    r"|live (?:score|scores|price|prices|results?|traffic|feed)|up[- ]to[- ]the[- ]minute)\b",
    re.I,
)
_LIVE_SUBJECT = re.compile(
    r"\bweather (?:in|for|at|near|like in)\b|\bforecast (?:for|in)\b|\b(?:stock|share) price\b|\btrading at\b"
    r"|\bprice of (?:one |a )?(?:share|bitcoin|gold|oil)\b"
    r"|\b(?:current|latest|today'?s)\s+(?:\w+\s+)?(?:price|prices|rate|rates|score|scores|weather|news|headlines)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|going to)\s+(?:win|rain|snow|crash)\b"
    r"|\bnext\s+(?:week|weekend|month|year|year's|season|election|elections|world cup|olympics|president)\b"
    r"|\b(?:will|going to)\b[^?.!]{0,60}\b(?:this|next)\s+(?:week|weekend|month|year)\b",
    re.I,
)
_PERSONAL = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:phone|number|address|email|e-mail|balance|password|account|salary"
    r"|appointment|appointments|order|orders|schedule|birthday|blood type|medical records|bill|bills|rent"
    r"|mortgage|insurance|test results)\b",
    re.I,
)

# Whether the asker may take a medicine ("Can I take ibuprofen with my blood pressure tablets?", "Is it safe for
# my son to have paracetamol?", "How much aspirin should I take?"): advice for one person, which depends on them
# and is a pharmacist's or doctor's to give, whatever a note on the condition says.
_DRUG = (
    r"(?:ibuprofen|paracetamol|acetaminophen|aspirin|codeine|antibiotics?|painkillers?|statins?|antidepressants?"
    r"|antihistamines?|tablets?|pills?|medicines?|medications?|prescriptions?|doses?|dosage|supplements?)"
)
_MEDICAL_ADVICE = re.compile(
    r"\b(?:can|could|should|may|must)\s+(?:i|we|my\s+[\w'’-]+|our\s+[\w'’-]+)\s+(?:still\s+)?(?:take|have|mix|use"
    r"|combine|give|drink)\b[^?.!]{0,80}?\b" + _DRUG + r"\b"
    r"|\bis\s+it\s+(?:ok|okay|safe|fine|alright|all\s+right|dangerous)\s+(?:for\s+(?:me|us|my\s+[\w'’-]+)\s+)?to\s+"
    r"(?:take|have|mix|use|combine|give|drink)\b[^?.!]{0,80}?\b" + _DRUG + r"\b"
    r"|\bhow\s+(?:much|many)\s+(?:[\w'’-]+\s+){0,2}?(?:should|can|could|may)\s+(?:i|we|my\s+[\w'’-]+)\s+"
    r"(?:take|have|give)\b"
    r"|\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:tablets|pills|medication|medications|medicine|prescription|dosage)\b",
    re.I,
)

# What changes from day to day: asked after a situation with a time ("We're in Rome tomorrow. Will the
# Colosseum be open?"), the question is about that time, not about what notes written in advance can say.
_CHANGING = re.compile(
    r"\b(?:will|going to|gonna|weather|forecast|rain|snow|sunny|open|opening|closed|closing|price|prices|cost"
    r"|costs|tickets?|busy|crowded|queues?|traffic|score|playing|showing|happening|delayed|cancelled|running)\b",
    re.I,
)
_SOON = re.compile(r"\b(?:soon|later|upcoming|tomorrow|tonight|coming (?:week|weekend|month|year))\b", re.I)


def beyond_notes(question: str, situation: str = "") -> str | None:
    """Why notes written in advance cannot answer ``question`` ("what is happening now", ...), or None.

    ``situation`` is what the asker told before the question ("Visiting the Louvre next week."): its time
    words are the asker's plans, not the question's, unless the question asks about something that changes
    ("... Will it be busy?")."""
    if situation and _CHANGING.search(question[:2_000]):
        timed = situation[:2_000]
        if _FUTURE.search(timed) or _SOON.search(timed):
            return "what will happen"
        if _NOW.search(timed):
            return "what is happening right now"
    text = question[:2_000]
    if _PERSONAL.search(text):
        return "your own details"
    if _MEDICAL_ADVICE.search(text):
        return "whether a medicine is right for you, which a pharmacist or doctor can"
    if _FUTURE.search(text):
        return "what will happen"
    if _NOW.search(text) or _LIVE_SUBJECT.search(text):
        return "what is happening right now"
    return None


# Something to do for the user with people or messages: "Answer the buyers?", "reply to my customers", "call the
# supplier". A question opens with its asking word; these open with the order itself.
_ERRAND = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:answer|reply\s+to|respond\s+to|call|phone|ring|email|"
    r"text|message|contact)\s+(?:the|my|our|all\s+the|all\s+my)?\s*(?:buyers?|customers?|clients?|guests?|messages?|"
    r"emails?|calls?|phone|people|supplier|suppliers|landlord|boss)\b",
    re.I,
)


def asks_an_errand(question: str) -> bool:
    """Whether ``question`` asks something done for the user with people or messages (see above)."""
    return _ERRAND.match(question[:200]) is not None
