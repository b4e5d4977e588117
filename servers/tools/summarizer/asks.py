"""What a summary request asks beyond "the text's main sentences": a focus, a part, a form or new words.

An extract is the text's most central sentences, whole and in order. It answers "summarize this", "the gist",
"in two sentences", "under 40 words". It does not answer, and must not pretend to answer:

- **a focus** — "focusing on the costs", "what this means for tenants", "summarize the deadlines in this",
  "I only care about the dates": the central sentences may leave out exactly what was asked for;
- **a question** in a sentence of its own ("Summarize this. Who pays for it?");
- **a part** — "the second half", "paragraph by paragraph", "each section";
- **a written form** — a headline, a title, a tweet, a table, a timeline, a numbered list, several paragraphs;
- **new words** — "in plain English", "in a friendly tone", "in the first person", "for a ten-year-old".

``beyond_extract`` names the first such ask (the gate declines with it); ``share_asked`` and ``chars_asked`` read
the length limits an extract can meet by choosing fewer sentences ("half its length", "under 200 characters").
Every pattern is a flat alternation, bounded repeats of whole words at most: linear on any input.
"""

from __future__ import annotations

import re

from servers.tools.summarizer import occasion, plain

_GENERAL = re.compile(
    r"^\W*(?:the |its |on |the most |most )?(?:main|key|important|essential|overall|central|core|big|general|"
    r"gist|essence|essentials|highlights?|takeaways?|summary|point|points|ideas?|message|picture|basics|"
    r"headlines|upshot|bottom line)\b",
    re.I,
)
_FOCUS = re.compile(
    r"\b(?:focus(?:ed|ing|es)?|emphasi[sz](?:e|es|ing)|concentrat(?:e|es|ing)|zoom(?:ing)? in)\s+on\b|"
    r"\bwith (?:an? |the |special |more )?(?:focus|emphasis|eye) on\b|"
    r"\b(?:paying|pay) (?:special |particular |close |more )?attention to\b|"
    r"\b(?:in particular|particularly|especially|specifically|primarily)\b|"
    r"\b(?:only|just|mainly|mostly) (?:the )?(?:parts?|sections?|bits?|paragraphs?|things?|stuff|info|"
    r"information|details?|points?|lines?|sentences?) (?:about|on|regarding|concerning|that|which|relevant|"
    r"related|to do with|for|where)\b|"
    r"\b(?:i|we)(?:'m| am|'re| are)? (?:only |mostly |mainly |really |just |particularly )?(?:care|caring|"
    r"interested|want to know|need to know|wondering|worried|curious) (?:about|in|whether|if|how|what|when)\b|"
    r"\b(?:as it (?:relates|applies) to|with (?:regard|respect) to|in terms of|relevant to|when it comes to)\b|"
    r"\bfrom (?:the|a|an|my|our|their) (?:\w+ )?(?:point of view|perspective|viewpoint|angle|standpoint|side)\b|"
    r"\b(?:what|how) (?:this|it|that|the \w+) (?:says|said|means|mean|say) (?:about|for|on|regarding)\b|"
    r"\b(?:what|anything|everything) (?:that )?(?:changes|matters|applies|is relevant|affects \w+) (?:for|to)\b|"
    r"\b(?:affects?|impacts?|means for) (?:me|us|you|them|my|our|the)\b|"
    r"\b(?:needs?|wants?|has|have|got) to (?:know|hear) about\b|"
    r"\b(?:is|are|'s|'re) (?:worried|concerned|anxious) about\b|\bcares? (?:most |only |mainly )?about\b",
    re.I,
)
# "Summarize the deadlines in this", "list the costs from the email": an aspect of the text, not all of it.
_ASPECT = re.compile(
    r"\b(?:summar(?:i[sz]e|y of)|sum up|recap|condense|list|give me|pull out|extract|what are|need|want|"
    r"send me|show me|tell me)\s+"
    # ("want to show the lads in the brewhouse": what the asker will do with the summary, not a side of the text)
    # ("summarise this for the whiteboard in the staff room": the text sent, and where its summary will go)
    rf"(?!to {occasion.PASSING_ON}\b|(?:this|it|these|them) for\b)"
    r"(?:the |all (?:of )?(?:the )?|any |its |their )?(?P<what>(?:[\w'-]+ ){0,3}[\w'-]+)\s+(?:in|from|of|within|"
    r"out of|mentioned in|described in|discussed in|covered in|raised in|listed in|given in)\s+"
    r"(?P<whose>this|that|these|those|it|the|my|our|his|her|their|your)\b",
    re.I,
)
# The text sent, pointed at and named by who sent it, whatever its kind is called: "this advance from the venue",
# "these figures from the co-op". ("that complaint in the letter" may be one part of the letter: not read so.)
_SENT = frozenset({"this", "these"})
_FROM_SENDER = re.compile(r"\s(?:from|sent by|written by)\s+\w+$", re.I)
_KEY_WORDS = re.compile(r"\bkey words\b", re.I)
_WHOLE_HEADS = frozenset(
    """point points idea ideas gist essence highlights highlight takeaways takeaway arguments argument content
    contents message messages summary info information facts details stuff things bits parts essentials basics
    following above below text article post email emails letter letters report reports notes note document
    documents passage story news update updates message minutes memo notice newsletter abstract paper chapter
    thread transcript review reviews blog piece writeup write-up version all everything whole rest discussion
    conversation chat meeting call plot talk speech lecture episode book novel film movie this that these those
    it them overview recap synopsis rundown tldr digest précis precis
    keywords keyword keyphrases keyphrase phrases terms tags topics themes
    spec specs specification specifications sheet datasheet factsheet rider""".split()
)
"""What a request may name as the whole text's gist: "the main points in this", and the keywords job's own words
("pull out 5 keywords from this", "list the key terms in this") — not an aspect of the text but the job itself."""
# "this bit of the newsletter:", "the gist of this extract from the report", "the following excerpt of our lease":
# the part of a document that was sent, pointed at, is the text itself.
_POINTING = frozenset("this that these those following above below attached enclosed pasted quoted".split())
_EXCERPTS = frozenset(
    "bit bits part parts section sections extract extracts excerpt excerpts passage passages piece chunk snippet "
    "portion paragraph paragraphs page pages clause clauses lines intro introduction opening conclusion ending".split()
)
# Parts a document has one of: named before the text ("the intro to my recipe card: ..."), the text is that part. A
# section or a bit named by its topic ("the history section from the leaflet: ...") is one of several, which a long
# or headed text sent may hold all of, as may a document pointed at ("the costs part of this email"); a short one
# without headings, named by its heading's word ("the history section") of a document not sent ("from the
# leaflet"), is the part the asker cut out.
_ONE_OF_A_KIND = frozenset("intro introduction opening conclusion ending".split())
_SECTIONS = frozenset("section paragraph passage part bit".split())
SECTION_WORDS = 300
"""A text named as the one part of a document ("the intro to my recipe card: ...") is that part only when it is
about this long at most and has no headings of its own; a longer or headed text is the whole document."""
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+\S[^\n]*|(?:[^\s.!?]+[ \t]+){0,5}[^\s.!?]+[ \t]*:?)[ \t]*$", re.M)
_PART = re.compile(
    r"\b(?:first|second|third|last|final|opening|closing|middle|top|bottom|latter|former)\s+(?:half|part|"
    r"paragraph|section|chapter|page|bit|sentence|few (?:lines|paragraphs|sentences)|two|three|\d{1,2})\b"
    # "the top 5 keywords" ranks the keywords asked for; it names no part of the text
    r"(?! (?:keywords?|key ?words?|key (?:terms|phrases)|tags|topics|themes)\b)|"
    r"\b(?:paragraph|section|chapter|page|part|point|slide|item)[- ](?:by|per)[- ](?:paragraph|section|chapter|"
    r"page|part|point|slide|item)\b|\b(?:each|every|per) (?:paragraph|section|chapter|page|slide|speaker|person|"
    r"attendee|topic)\b",
    re.I,
)
# "In plain terms", "a plain-English summary": no jargon. A text that already reads plain (``reads_plain``) gives
# a plain extract, so the ask is met by one when it names no reader to adapt the text to ("for parents").
_PLAIN_WORDS = re.compile(
    r"\bin (?:plain|simple|easy|everyday|layman'?s|lay)(?: \w+)? (?:english|language|terms|words)\b|"
    r"\bin layman'?s\b|\b(?:plain|simple)[- ](?:english|language|words|terms)\b",
    re.I,
)
_READER = re.compile(r"\bfor (?!(?:me|us|myself|ourselves|now|later|today|tomorrow)\b)(?:[\w'’-]+ ){0,2}[\w'’-]+", re.I)
_NEW_WORDS = re.compile(
    r"\bin (?:simpler|non-?technical|your own|my own|other|different)"
    r"(?: \w+)? (?:english|language|terms|words)\b|\b(?:first|second|third)[- ]person\b|"
    r"\b(?:friendly|formal|informal|casual|professional|polite|upbeat|neutral|funny|humou?rous|positive|"
    r"persuasive|sarcastic|warm|cheerful)(?:ly)? (?:tone|way|style|voice|manner)\b|\bin (?:a|an) \w+ "
    r"(?:tone|voice|style|manner)\b|\btone\b|\blike (?:i'?m|i am) (?:five|5|a (?:child|kid|beginner))\b|\beli5\b|"
    r"\bfor (?:a |an )?(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]olds?\b|\bfor (?:kids|"
    r"children|a child|a kid|beginners|non-?experts|a layperson|laypeople|a lay audience)\b|"
    r"\b(?:without|no|free of|avoid(?:ing)?|skip(?:ping)? the) (?:the |any )?(?:jargon|technical (?:terms|words|"
    r"language))\b|\bjargon[- ]free\b|\bnon-?technical\b|\bless technical\b|\bsimpler\b|\bsimplified\b|"
    r"\b(?:so|such) (?:that )?(?:a |my |an |any |the )?(?:\w+ ){0,2}(?:can|could|will|would) understand\b|"
    r"\b(?:past|present|future) tense\b|\b(?:passive|active) voice\b",
    re.I,
)
_WRITTEN_FORM = re.compile(
    r"\b(?:as|into|in|to|like|for) (?:a|an|one|the form of an?|some)\s+(?:(?:short|quick|single|catchy|brief|"
    r"little|small|simple) )?(?:headline|title|subject line|slogan|tagline|caption|hashtags?|haiku|poem|rhyme|"
    r"limerick|song|story|joke|tweet|text message|sms|telegram|table|chart|graph|diagram|timeline|mind ?map|"
    r"flowchart|flash ?cards?|quiz|faq|q ?& ?a|outline|numbered list|checklist|to-?do list|action plan|script|"
    r"dialogue|press release|memo|email|letter|essay|one-pager|slides?|presentation|elevator pitch|pitch)\b|"
    r"\bnumbered\b|\b(?:headline|title|subject line|tweet)\b|\btable\b",
    re.I,
)
_PARAGRAPHS = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|a couple of|a few|several|multiple) paragraphs\b", re.I)
# A question in a sentence of its own: a question word, or a verb before its subject ("Is it", "Do I need").
_QUESTION = re.compile(
    r"^\W*(?:(?:and|but|also|so|then|plus|oh|ok|okay|btw)\W+)*(?:who|whom|whose|what|when|where|why|which|how|"
    r"(?:is|are|was|were|does|do|did|has|have|had|should|must|may|might|can|could|will|would|shall)"
    # ("can you ...", and so in other Englishes: "can ye ...", "could u ...": a polite order, not a question)
    r"(?! (?:you|ye|u|ya|yous|youse)\b)(?= \w))\b",
    re.I,
)
_ASKS_SUMMARY = re.compile(
    r"\b(?:summar\w*|sum (?:\w+ ){0,3}up|tl;?dr|gist|recap|overview|synopsis|digest|nutshell|short version|"
    r"key ?points?|main points?|main ideas?|main message|takeaways?|highlights|bullets?|bullet points?|keywords?|"
    r"key ?(?:terms|phrases|words)|"
    r"(?:boil|cut|trim|pare|whittle) (?:\w+ ){0,3}down|condens\w*|shorten\w*|recap\w*|in brief|briefly|in short|"
    r"make (?:\w+ ){1,3}?(?:(?:a )?(?:bit|lot|little|much) )?(?:shorter|briefer|more concise|less wordy)|"
    # "make this water notice short for my staff", "Please make short for me": a shorter text of it
    r"make (?:\w+ ){0,3}?(?:short|brief)(?! (?:and|but|story|film|list|video|note|message|text|post))|"
    r"about|saying|"
    r"(?:short|shorter|one[- ]line|one[- ]sentence|quick|brief) version|"
    r"(?:overall|big|general) (?:picture|impression|sense)|upshot|bottom line|"
    r"what (?:does|do|did) (?:this|it|that|they|the \w+|these \w+|this \w+)"
    r"(?: (?:of|from) (?:the|my|our|your|his|her|their|this|that)(?: [\w'’-]+){1,3})?(?: [\w'’-]+){0,2} say)\b",
    re.I,
)
# Help with one unnamed thing in the text ("could you help me with one thing from the letter?"): with no summary
# asked anywhere, the ask is something the text's main sentences may not answer.
_SOMETHING_ELSE = re.compile(
    r"\bhelp (?:me |us )?(?:out )?with\b|\b(?:a|one|two|some|another|a quick|one quick) (?:thing|question|detail|"
    r"part|bit|point)s? (?:from|in|about|on|of|regarding)\b|\b(?:a|one|another) question\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")
_HOW_SHORT = re.compile(r"\b(?:in short|in brief|briefly|in a nutshell|quickly)\b", re.I)
_YES_OR_NO = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have|must|may)\s+(?:it|this|that|they|we|i)\b",
    re.I,
)
# Clauses: at sentence ends, commas, "; " (not the one in "tl;dr"), line breaks and dashes between words.
_CLAUSE_END = re.compile(r"[.?!,]+(?:\s|$)|;\s|\n|\s[-–—]+\s")
_JOINED = re.compile(r"^\W*(?:and|but|also|plus|then|so)\b", re.I)
_EXACT_WORDS = re.compile(r"\bexactly \w+ words?\b", re.I)
# A clause of its own led by the verb of another job, or its -ing form ("bold the key numbers", "comparing it to
# last year"); what follows it decides, as "keep it short" asks for a summary's own form.
_OTHER_VERBS = (
    "compare contrast include exclude highlight mention list explain focus ignore leave keep start begin end use "
    "avoid quote add emphasise emphasize stress bold underline italicise italicize order sort organise organize "
    "translate rewrite put format capitalise capitalize link cite"
).split()
_OTHER_CLAUSE = re.compile(
    r"^\W*(?:(?:and|but|then|also|plus|please|just|while|by)\s+)*(?P<verb>"
    + "|".join(f"{v}|{v[:-1] if v.endswith('e') else v}ing|{v[:-1] if v.endswith('e') else v}ed" for v in _OTHER_VERBS)
    + "|putting|beginning|getting|setting|cutting"
    + r")\b(?P<rest>.*)$",
    re.I | re.S,
)
_CHARS = re.compile(r"\b(\d{1,5})[ -]?(?:characters|chars|letters)\b", re.I)
_SHARE = re.compile(
    r"\b(?:(?P<half>half|a half)|(?P<third>a third|one third|1/3)|(?P<quarter>a quarter|one quarter|1/4)|"
    r"(?P<pct>\d{1,2})\s*(?:%|percent|per cent))\s+(?:of\s+)?(?:its|the|their|that|this|his|her)?\s*"
    r"(?:original\s+)?(?:length|size|word count|words)\b|\b(?P<halve>halve|by half|half as long)\b",
    re.I,
)


def names_whole(text: str) -> bool:
    """Whether ``text`` names the text's gist as a whole ("the main points", "the key ideas"), no side of it."""
    return _GENERAL.match(text) is not None


def beyond_extract(instruction: str, material: str = "") -> str | None:
    """The first ask in ``instruction`` that an extract of whole sentences cannot account for, said in one line
    as a decline; None when a plain extract answers all of it. ``material`` is the text, when known: an ask for
    plain words is met by the sentences of a text that already reads plain."""
    instruction = _KEY_WORDS.sub("keywords", " ".join(instruction[:4000].split()))
    if plainly := _PLAIN_WORDS.search(instruction):
        if _READER.search(instruction) or not reads_plain(material):
            return _decline(f"asks for the text in new words ({_quote(plainly.group())})")
        instruction = f"{instruction[: plainly.start()]} {instruction[plainly.end() :]}"
    for found in _FOCUS.finditer(instruction):
        if not _GENERAL.match(instruction[found.end() :]):
            return _decline(f"asks for one side of the text ({_quote(found.group())} ...)")
    for found in _ASPECT.finditer(instruction):
        what = found.group("what").lower().split()
        if what[-1] in _EXCERPTS and _POINTING & {what[0], *what[-3:-1]}:
            continue  # "summarize this bit of the newsletter: ...": the bit is the text that follows
        if what[0] in _SENT and _FROM_SENDER.search(found.group()):
            continue  # "summarise this advance from the venue: ...": the text sent, named by who sent it
        # the history section of "the leaflet" is what was sent; of "this leaflet", the leaflet was sent; "the
        # section of the contract about termination" picks one by what it says, which the text may hold among others
        cut_out = what[-1] in _SECTIONS and len(what) > 1 and found.group("whose").lower() not in _POINTING
        if (what[-1] in _ONE_OF_A_KIND or cut_out) and _one_section(material):
            continue  # "summarize the intro to my recipe card: ...": a document has one, and this is it
        # "the coach's email that came in this morning": the "in" is the clause's, and the text it names is the one
        named = _before_relative(what)
        if len(named) < len(what) and (named[-1] in _WHOLE_HEADS or plain.is_document(named[-1])):
            continue
        # "my manager's feedback from my annual review": a text named by where it came from, not pointed at inside
        # the text sent, is that text when it is one short section
        # (a section or a part named so is one of several: read above, by its heading's word)
        whose = found.group("whose").lower()
        if (
            plain.is_document(what[-1])
            and what[-1] not in _EXCERPTS
            and whose not in _POINTING
            and _one_section(material)
        ):
            continue
        if what[-1] not in _WHOLE_HEADS:
            return _decline(f"asks for the {' '.join(what)} in the text, not a summary of all of it")
    if part := _PART.search(instruction):
        return _decline(f"asks for part of the text ({_quote(part.group())})")
    if form := (_WRITTEN_FORM.search(instruction) or _PARAGRAPHS.search(instruction)):
        return _decline(f"asks for a form I can't give by picking sentences ({_quote(form.group())})")
    if reword := _NEW_WORDS.search(instruction):
        return _decline(f"asks for the text in new words ({_quote(reword.group())})")
    # A question in a sentence of its own, or joined on after a comma ("tl;dr, and should we sign it?").
    joined = [c for c in _CLAUSE_END.split(instruction) if _JOINED.match(c)]
    for sentence in [*_SENTENCE.findall(instruction), *joined]:
        # ("Is it legal, in short?": how short a yes or no is asks no summary of the question)
        asked = _HOW_SHORT.sub(" ", sentence) if _YES_OR_NO.match(sentence) else sentence
        if _QUESTION.match(sentence) and not _ASKS_SUMMARY.search(asked):
            return _decline(f"asks a question about it ({_quote(sentence.strip())})")
    if exact := _EXACT_WORDS.search(instruction):
        return _decline(f"asks for an exact length ({_quote(exact.group())}), and whole sentences rarely fit one")
    clauses = _CLAUSE_END.split(instruction)
    # (a clause that only says who wrote the text and what about, "One of the parents wrote this about the weekend",
    # is not the ask, though its "about" could be one: "what's it about")
    ask = next((c for c in clauses if _ASKS_SUMMARY.search(c) and occasion.drop_occasion(c)), "")
    if not ask and (other := _SOMETHING_ELSE.search(instruction)):
        return _decline(f"asks for help with something in it ({_quote(other.group())}), not for a summary")
    for clause in clauses if ask else ():  # with no summary asked, the words are a title, not an instruction
        other = _OTHER_CLAUSE.match(clause) if clause is not ask else None
        if other is not None and plain.unaccounted(other.group("rest")):
            return _decline(f"also asks me to {_quote(clause.strip())}")
    if len(kinds := plain.forms_asked(instruction)) > 1:
        return _decline(f"asks for {' and '.join(sorted(kinds))} at once")
    if left := plain.unaccounted(ask):
        return _decline(f"also asks for '{' '.join(left[:8])}', which a summary of whole sentences does not give")
    return None


_TERM = re.compile(r"\b(?:[A-Z]{2,}s?|[A-Za-z]{13,})\b")
_COMMON_CAPS = frozenset({"OK", "TV", "AM", "PM", "UK", "US", "USA", "EU", "UN"})
PLAIN_SENTENCE_WORDS = 25
"""A text whose sentences average more words than this reads dense, whatever its vocabulary."""


def _one_section(material: str) -> bool:
    """Is ``material`` one section as sent, not a document of several: short, and without a heading line?"""
    text = material[:20_000].strip()
    return bool(text) and len(text.split()) <= SECTION_WORDS and _HEADING.search(text) is None


def reads_plain(material: str) -> bool:
    """Whether ``material`` already reads plain: no acronyms (ICU, GDPR), no long technical words (13 letters
    or more: "catheterization", "pharmacokinetic"), sentences of everyday length. Its own sentences are then a
    summary in plain words; anything else needs rewording, which an extract cannot do."""
    text = material[:20_000]
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    if not sentences or len(text.split()) > PLAIN_SENTENCE_WORDS * len(sentences):
        return False
    return not any(t not in _COMMON_CAPS for t in _TERM.findall(text))


def share_asked(instruction: str) -> float | None:
    """The largest share of the text's words a summary may keep when the instruction names one ("half its
    length", "a third of the size", "20% of the words"), or None."""
    found = _SHARE.search(instruction[:4000])
    if found is None:
        return None
    if found.group("third"):
        return 1 / 3
    if found.group("quarter"):
        return 0.25
    if found.group("pct"):
        return int(found.group("pct")) / 100
    return 0.5


def chars_asked(instruction: str) -> int | None:
    """A length limit in characters the instruction names ("under 200 characters"), or None."""
    found = _CHARS.search(instruction[:4000])
    return int(found.group(1)) if found else None


_RELATIVE_START = frozenset("that which who i we you they he she".split())


def _before_relative(what: list[str]) -> list[str]:
    """The words naming a thing before a clause about it ("email that came" gives "email")."""
    cut = next((i for i, word in enumerate(what) if i and word in _RELATIVE_START), len(what))
    return what[:cut]


def _decline(what: str) -> str:
    return (
        f"The request {what}; offline I can only pick the text's main sentences as they stand, which may not be "
        "what you asked for. Ask for a plain summary, or set ANTHROPIC_API_KEY to answer with a model."
    )


def _quote(words: str) -> str:
    return "'" + " ".join(words.split()[:10]).strip(" ,;:") + "'"
