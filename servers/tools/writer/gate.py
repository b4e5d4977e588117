"""The final gate every writer text passes before it is returned: right or honest, checked once, at the end.

Each writing job (a draft, a rewrite, a revision, an outline) has its own rules for what to write; the gate does
not trust any of them. It reads the request again and the finished text, and the text goes out only when it
accounts for the whole request:

- **facts** — every fact the request gives is in the text: the rubric's own facts check (``rubric.judge``: its
  numbers, names, dates, quoted phrases and key content words, with the rewrite's known drops excused);
- **echo** — the text does not repeat the instruction: no run of ``ECHO_RUN`` words of the instruction's own
  wording (the content it gives, its quotes and its material aside), nor the instruction's opening, nor where the
  text goes ("for my etsy listing") as its heading or label;
- **forms** — the size asked (words, sentences, paragraphs: the rubric's length check), the bullet count, the
  subject line, and an email's or letter's greeting and sign-off;
- **changed** — a rewrite is not the original handed back; notes written up are not the notes pasted back;
- **polite** — a rewrite asked to be polite (professional, formal) has nothing rude left and says a refusal with
  regret ("Unfortunately, we can't ..."); a polite version of quoted words does not paste them in unchanged
  (``quoted_versions``);
- **plain** — a rewrite asked to be confident (firmer, more direct) has no hedge left ("I guess", "maybe");
- **spoken to** — a text for one named person speaks to them ("You watered"), never of them ("She watered"), and
  says what the request names it for (thanks, congratulations, an apology);
- **nothing invented** — every number and capitalised name in the text comes from the request or is one of the
  writer's fixed words (greetings, sign-offs, headings, ``[placeholders]``).

A text that fails is not returned: ``ToolInputError`` says in one line which rule it failed, and the offline
model declines with it. A confident wrong text is the worst answer; an honest decline costs one retry.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer.sentences import STOPWORDS, stem, words
from servers.tools.writer.asides import without_asides
from servers.tools.writer.briefs import INTENT_LABELS, read_brief
from servers.tools.writer.clarity import clearer
from servers.tools.writer.code_material import code_referred
from servers.tools.writer.forms import read_forms
from servers.tools.writer.hedges import hedge_markers
from servers.tools.writer.informal import informal_markers
from servers.tools.writer.jobs import SIZE_NOUN
from servers.tools.writer.lengths import character_limit, length_ask
from servers.tools.writer.named_subjects import excused_reader_words
from servers.tools.writer.outlines import PLAN
from servers.tools.writer.persons import you_verb
from servers.tools.writer.plainly import material_read, plain_asked, without_plain
from servers.tools.writer.politeness import rude_markers
from servers.tools.writer.quoted_versions import pasted_quote
from servers.tools.writer.refusals import blunt_refusals, regrets
from servers.tools.writer.replies import frame_words, reporters
from servers.tools.writer.requests import (
    MATERIAL_LABEL,
    Job,
    after_dash,
    facts_of_rendered,
    read_sections,
    split_request,
    stated_material,
)
from servers.tools.writer.results import occasion_of
from servers.tools.writer.rubric import (
    Requirements,
    contains,
    judge,
    names_in,
    numbers_in,
    repeats_original,
    requirements,
    said,
)
from servers.tools.writer.shortening import cut_away, shortening_asked
from servers.tools.writer.slogans import slogan_parts
from servers.tools.writer.speeches import nothing_to_say
from servers.tools.writer.stages import converts, for_material
from servers.tools.writer.styles import STYLE_WORDS
from servers.tools.writer.tone import rewrite, tone_asked
from servers.tools.writer.venues import venue_words

ECHO_RUN = 4
_COURTEOUS = ("polite", "professional", "formal")
# What a text says when its request names its purpose: thanks are said, an apology is made.
_INTENT_SAID = {
    "thank": r"\b(?:thank|thanks|grateful|appreciat)",
    "congratulate": r"\b(?:congratulat|well done)",
    "apologize": r"\b(?:sorry|apolog)",
    "welcome": r"\bwelcome",
}
TERM_SHARE = 0.75  # the rubric's own bar for key words: a rewording may drop a few, never most
MAX_GATED_CHARS = 40_000  # longer texts are not gated word by word (the request cap keeps texts well under this)
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # a word in any alphabet: "café" is one word, not "caf"
_QUOTED = re.compile(r"[\"“‘]([^\"“”‘’\n]{1,200})[\"”’]")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+\S", re.M)
_SUBJECT = re.compile(r"^\s*subject\s*:\s*(?P<line>.+)$", re.I | re.M)
_GREETING = re.compile(r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to)\b[^\n]{0,60}[,:!]?\s*$", re.I)
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:kind|best|warm|warmest)\s+regards|regards|best(?: wishes)?|thanks(?: again)?|thank you|cheers|"
    r"sincerely|yours(?: sincerely| faithfully| truly)?|all the best|many thanks|love|see you(?: soon| there)?|"
    r"\[your name\]|take care)\b[^\n]{0,40}$",
    re.I | re.M,
)
# Words the writer itself writes (greetings, sign-offs, headings, closings), capitalised but never a claim.
_FIXED_WORDS = frozenset(
    (
        "dear hi hello hey subject regards kind best warm thanks thank you cheers sincerely yours faithfully sir madam "
        "love team all everyone folks friends title introduction conclusion overview summary background "
        "next steps main points note notes please i we our my your it this that these the a an and or to "
        "monday tuesday wednesday thursday friday saturday sunday good morning afternoon evening welcome "
        "update reminder announcement invitation apology request congratulations confirmation "
        "cancellation postponed following proposal problem sharing declining accepting question "
        "quick new news important save date see soon there looking forward many"
    ).split()
) | {w.lower() for label in [*INTENT_LABELS.values(), *(h for h, _ in PLAN)] for w in words(label)}
_BULLET_MARK = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_CONTRACTED = re.compile(r"'(?:m|re|s|ll|ve|d)$")
# Words only an instruction uses: a run of the instruction's with two of them, one a verb, is the instruction.
_ASKING_VERBS = frozenset(
    "write draft compose rewrite rephrase reword paraphrase polish make turn create prepare could can would "
    "u pls need want sign signed saying telling announcing asking inviting thanking reminding letting".split()
)
_WRITING_VERBS = _ASKING_VERBS - frozenset("could can would u pls need want".split())
_ASKING = _ASKING_VERBS | frozenset(
    "me this these it email e mail message note notes letter post tweet paragraph description bio blurb slogan "
    "tagline announcement memo summary bullet bullets points sentence sentences line lines caption words polite "
    "politely formal "
    "friendly casual professional tone short brief quick sounds sound version into up as an a".split()
)
# A greeting or thanks in a message handed over ("Hi, could you ..."): said to the one replying, no fact to say back.
_GREETING_WORDS = frozenset("hi hello hey dear thanks cheers regards".split())
# Words of an instruction that name, sign, convert or point at the content, or address its readers: never content.
_NOT_CONTENT = frozenset(
    "called named sign signed convert turn jottings amount figure number result everyone everybody all".split()
)
# "Dr. Lena Fischer" is one sentence: a title's full stop does not end it.
_ABBREVIATION = re.compile(r"\b(Dr|Mr|Mrs|Ms|St|Prof)\.(?=\s+[A-Z])")
_ONE_LINER = re.compile(r"\b(?:(?:a|one|single)[\s-]+(?:sentence|line)|one-liner|caption)\b", re.I)
_FOR_A_THING = re.compile(r"\bfor an?\s+([\w -]{1,40})", re.I)
_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{1,60}?):[ \t]+\S")
_HEADING = re.compile(r"^\s*(?:#+\s*(?P<title>[^\n]{1,60}?)|(?P<label>[^:\n]{1,60}?):)\s*$")
_ASKING_NOW = re.compile(r"\b(?:could|would) you (?:please|kindly|mind)\b", re.I)
_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]")


def check_final(request: str, job: Job, text: str) -> None:
    """Raise ``ToolInputError`` with a one-line reason when ``text`` does not account for ``request``."""
    problem = final_problem(request, job, text)
    if problem:
        raise ToolInputError(f"I won't send that text: {problem}. Rephrase the request, or set ANTHROPIC_API_KEY.")


def final_problem(request: str, job: Job, text: str) -> str | None:
    """Why ``text`` fails ``request`` (the first rule it fails), or ``None`` when it passes every rule."""
    if not text.strip():
        return "it came out empty"
    if len(text) > MAX_GATED_CHARS:
        return None
    task = request
    if job == "revise":
        sections = read_sections(request)
        if sections is None:
            return None
        task = sections.task
    dashed = after_dash(task) if job == "rewrite" and not split_request(task).material else None
    if dashed:  # "make this politer - <the text>": the dash hands the text over as a colon would
        task = f"{dashed.instruction}: {dashed.material}"
    parts = stated_material(split_request(without_asides(task).text))
    if job == "compose" and parts.material.strip() and not _material_kept(parts.instruction, parts.material):
        # "... saying I've looked at it" over the code: the code is what "it" is, and none of it is to be said
        task = parts.instruction
        parts = stated_material(split_request(task))
    if job == "compose" and parts.material.strip():
        # material handed on by an earlier agent (a rendered answer, a value with its working) is read as the
        # composition read it: the facts it gives, not its field lines
        try:
            read = material_read(parts.instruction, parts.material)
            # "plain-English", "who doesn't code": how to say the review's points, not a name or fact to say
            asked = plain_asked(parts.instruction) if read != without_plain(parts.material) else parts.instruction
            staged = for_material(asked, facts_of_rendered(read))
        except ToolInputError:
            return None  # the composition declines this itself
        if (staged.instruction, staged.material) != (parts.instruction, parts.material):
            task = f"{staged.instruction}:\n\n{staged.material}" if staged.material.strip() else staged.instruction
            parts = stated_material(split_request(task))
    rules = (
        _speech,
        _facts,
        _echo,
        _forms,
        _changed,
        _polite,
        pasted_quote,
        _plain,
        _apology_said,
        _spoken_to,
        _invented,
    )
    for rule in rules:
        problem = rule(task, job, parts.instruction, parts.material, text)
        if problem:
            return problem
    return None


def _speech(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A text (a speech above all) from only when it is and the asker's nerves has nothing of its own to say."""
    style_word = read_brief(read_forms(instruction)[1]).style_word if job == "compose" else ""
    return (
        "it needs what to say, not only when it is and how you feel about it"
        if nothing_to_say(style_word, [material])
        else None
    )


def _material_kept(instruction: str, material: str) -> bool:
    try:
        return bool(code_referred(instruction, material))
    except ToolInputError:
        return True  # the composition declines this itself


def _facts(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """Every exact item (number, name, date, quote) and three in four key words, as the rubric reads them."""
    if job == "outline":
        return None  # an outline plans sections from a subject; its names and numbers are checked below
    # "Mr. Byrne" is one name: without the title's full stop, the rubric reads it as one, not as a sentence's start
    task, text = _ABBREVIATION.sub(r"\1", task), _ABBREVIATION.sub(r"\1", text)
    needs = requirements(task)
    # "to my neighbour Greta", "Jonas from accounts": the role and place say who reads, the greeting says the name
    # (the forms asked, "as 3 bullet points", are read apart first: they are neither the reader nor a fact)
    brief = read_brief(read_forms(instruction)[1]) if job == "compose" else None
    described: set[str] = set(words(brief.described)) if brief else set()
    # ("A guest wrote in to say their room was cold": the reply says the room back; "Dear staff," is no point)
    described |= reporters(material or task) | venue_words(instruction) | frame_words(material)
    if brief and re.match(r"(?:my|our|your|the|all)\s", brief.audience or "", re.I):
        # "for my Year 5 class", "to the Year 9 parents": who reads it, named by what they are, is no fact to say
        # ("the owner of Biscuit": the role is who reads; the name is whom the text is about, and must be said)
        described |= set(words(excused_reader_words(brief.audience or "")))
    reader = re.sub(r"^(?:the|our|my|all(?: the)?)\s+", "", brief.audience or "", flags=re.I) if brief else ""
    reader = _ABBREVIATION.sub(r"\1", reader)  # "Mr. Byrne" is read as the text now is, "Mr Byrne"
    if brief and brief.described and reader and not contains(text, reader):
        return f"it leaves out '{reader[:40]}'"  # the name read out of "my colleague Arjun" is greeted
    for item in needs.must:
        for piece in item.splitlines():  # a run of names read across two notes is two names
            piece = piece.strip()
            if (
                piece
                and not set(words(piece)) <= _ASKING | _NOT_CONTENT | _GREETING_WORDS | described
                and not said(piece, task, text)
                and not _sized(piece, instruction)
            ):
                return f"it leaves out '{piece[:40]}'"
    # where the text goes ("for the newsletter") is never a word it has to say
    excused: set[str] = (
        _rewritten_away(needs, shortening_asked(instruction))
        | _ASKING
        | _NOT_CONTENT
        | described
        | venue_words(instruction)
    )
    if material.strip():
        # with the content given apart, what the instruction names is where the text goes ("for the fridge") or
        # what it is about: its names and numbers stay required, its plain words are not content to repeat
        excused |= set(words(read_brief(instruction).subject))
    if brief and brief.style == "slogan":
        # "my van, the business is called Muddy Paws": a slogan says the name, the kind and what it does; the
        # words tying the name to the kind ("the business is called", "its name is") are not said again
        parts = set(words(" ".join(slogan_parts(brief.subject))))
        excused |= set(words(brief.subject)) - parts
    terms = [t for t in needs.terms if t not in excused and stem(t) not in excused]
    stems = {stem(w) for w in words(text)}
    # "she loves roses" said to her is "you love roses": the verb's "you" form says the same fact
    absent = [t for t in terms if stem(t) not in stems and stem(you_verb(t)) not in stems]
    if terms and len(absent) > len(terms) * (1 - TERM_SHARE):
        return f"it leaves out '{absent[0]}'"
    return None


def _sized(item: str, instruction: str) -> bool:
    """A count that sizes the text ("3 bullet points", "two sentences"), not a fact to write."""
    return re.search(rf"(?<!\w){re.escape(item)}[\s-]+{SIZE_NOUN}", instruction, re.I) is not None


def _rewritten_away(needs: Requirements, shortened: bool = False) -> set[str]:
    """For a rewrite, the words the tone rules drop on purpose (a threat, a reproach, slang, a vague "thing"), and
    for one asked shorter, the courtesies cut to fit (``shortening``)."""
    if not needs.original:
        return set()
    dropped: set[str] = set()
    made = clearer(needs.original)
    concise = rewrite(needs.original, "concise").changes if shortened else []
    for change in rewrite(needs.original, needs.tone).changes + (made.changes if made else []) + concise:
        before, _, after = change.partition(" → ")
        kept = set(words(after))
        dropped |= {w for w in words(before) if w not in kept}
    # "Shorten this to under 30 words: ... We apologise for any inconvenience.": the courtesy cut to fit
    dropped |= set(words(cut_away(needs.original))) if shortened or needs.tone == "concise" else set()
    return dropped | {stem(w) for w in dropped}


def _echo(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A run of the instruction's words that is the instruction talking ("could you write an", "email announcing
    that"): two of its words ask for writing. A run of the content it gives ("a baker from Brno") is the point."""
    if job == "revise":
        return None  # a revision's instruction is the evaluator's; the rubric's echo check runs inside it
    asked = _TOKEN.findall(" ".join(instruction.split()).lower().replace("’", "'"))
    said = f" {' '.join(_TOKEN.findall(text.lower().replace('’', chr(39))))} "
    # a run of the content that carries a number ("saying 58 children signed up") states a fact: it is the point,
    # not the instruction talking (a run with no number, "and sign it from", may be either, and is not excused)
    given = f" {' '.join(_TOKEN.findall(read_brief(read_forms(instruction)[1]).content.lower()))} "
    for start in range(len(asked) - ECHO_RUN + 1):
        run = asked[start : start + ECHO_RUN]
        inside = f" {' '.join(run)} " in given
        if (
            not (inside and any(w[:1].isdigit() for w in run))
            and sum(w in _ASKING for w in run) >= 2
            # in the content, "can" and "would" are the point's own ("so we can split it"); only a writing verb
            # there ("... and sign it from") is the instruction talking
            and any(w in (_WRITING_VERBS if inside else _ASKING_VERBS) for w in run)
            and f" {' '.join(run)} " in said
        ):
            return f"it repeats the instruction's words '{' '.join(run)}'"
    return _seam(task, job, material, text) or _leaked_label(instruction, material, text)


def _seam(task: str, job: Job, material: str, text: str) -> str | None:
    """ "My etsy shop. facts: soy candle": the request's own seam pasted into the text instead of written up: the
    words that labelled its material ("facts:", "Key details:"), or a label of the request's words run across a
    sentence's end."""
    colon = re.search(r":(?=\s)", task[:600])
    if colon is None or job != "compose":
        return None
    head = task[: colon.start()]
    label = MATERIAL_LABEL.search(head)
    said = rf"\b{re.escape(label.group('label'))}\s*:" if label else None
    if said and re.search(said, text, re.I) and not re.search(said, material, re.I):
        return f"it repeats the request's label '{label.group('label') if label else ''}:'"
    asked = set(words(head))
    for line in text.splitlines()[:4]:
        found = _LABEL.match(line)
        glued = found and re.search(r"\w[.!?]\s+\w", found.group("label"))
        if found and glued and set(words(found.group("label"))) <= asked:
            return f"it opens with the request's words '{found.group('label')[:40]}:'"
    return None


def _leaked_label(instruction: str, material: str, text: str) -> str | None:
    """ "The intranet: the new tool goes live": where the text was for, put before its first sentence as a label.
    A heading on its own line ("Summary for the team:") and the writer's own labels ("A reminder:") are fine."""
    brief = read_brief(instruction)
    asked = set(words(instruction))
    # what the text is about (its subject, its content, the material) may well lead it: "The Aria lamp: ..."
    # a sentence or a line asked for is one sentence, never "label: sentence", unless the label is the
    # thing it is for ("a price tag for a sofa": "Sofa: 960"), not the place it goes ("for the intranet")
    lead = " ".join(_FOR_A_THING.findall(instruction)) if _ONE_LINER.search(instruction) else brief.subject
    lead = f"{lead} {occasion_of(instruction)}"  # "a sale sign": "Sale: ..." says what the sign is for
    about = {w for w in words(" ".join((material, lead, brief.content))) if w not in STOPWORDS}
    venue = venue_words(instruction)
    for line in text.splitlines()[:4]:
        heading = _HEADING.match(line) or _LABEL.match(line)
        said = (heading.groupdict().get("title") or heading.group("label") or "") if heading else ""
        if said and not _SUBJECT.match(line) and set(words(said)) & venue:
            # "Our team wiki on booking meeting rooms:", "My etsy listing: ...": where the text goes is never
            # its heading, whatever else the heading says
            return f"it opens with where the text goes, '{said[:40]}'"
        found = _LABEL.match(line)
        if found is None or _SUBJECT.match(line) or _BULLET.match(line):
            continue
        label = words(found.group("label"))
        kind = " ".join(label) in STYLE_WORDS  # "Intro: ...": the kind of text asked for, as its label
        if set(label) <= asked and (kind or not set(label) & about) and not set(label) <= _FIXED_WORDS:
            return f"it opens with the instruction's words '{found.group('label')[:40]}:'"
    return None


def _forms(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    if job == "outline":
        return None
    length = next(c for c in judge(task, _ABBREVIATION.sub(r"\1", text)).checks if c.name == "length")
    if length.applies and not length.passed:
        return length.detail
    forms, rest = read_forms(instruction)
    most = character_limit(instruction)
    if most is not None and len(text.strip()) > most:  # "a tweet in under 100 characters"
        return f"it has {len(text.strip())} characters, more than the {most} asked for"
    if forms.bullet_count is not None:
        found = len(_BULLET.findall(text))
        if found != forms.bullet_count:
            return f"it has {found} bullet points, not the {forms.bullet_count} asked for"
    if forms.subject_line is not None:
        line = _SUBJECT.search(text)
        if line is None or not contains(line.group("line"), forms.subject_line):
            return f"it has no subject line '{forms.subject_line[:40]}'"
    # (a one-line note or message is a line, not a letter: it has no room for a greeting and a sign-off)
    one_line = _ONE_LINER.search(instruction) is not None or length_ask(instruction).lines is not None  # "two-line"
    if job == "compose" and read_brief(rest).style in ("email", "letter") and not forms.bullets and not one_line:
        # (a letter's "Re: 14 Mill Lane" heads it, above the greeting)
        lines = [ln for ln in text.splitlines() if ln.strip() and not _SUBJECT.match(ln) and not ln.startswith("Re: ")]
        if not lines or not _GREETING.match(lines[0]):
            return "the email has no greeting"
        if not _SIGN_OFF.search("\n".join(lines[-3:])):
            return "the email has no sign-off"
    return None


def _changed(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A rewrite changes its text; notes written up lose the notes' form (their bullets or lines)."""
    if not material.strip() or job not in ("compose", "rewrite"):
        return None
    if job == "rewrite":
        if converts(instruction):
            return None  # "make it into an announcement": the same words in a new form are the point
        original = material.strip().strip("\"'“”‘’")
        if regrets(text) and not regrets(original):
            return None  # "Unfortunately, we can't ...": the same news, now said with regret, is the change asked
        if _ASKING_NOW.search(text) and not _ASKING_NOW.search(original):
            return None  # "Stop leaving ..." -> "Could you please stop leaving ...?": the order is now a request
        return "it hands the original back unchanged" if repeats_original(original, text) else None
    noted = [ln for ln in material.splitlines() if _BULLET.match(ln)]
    kept = [ln for ln in noted if ln.strip() in text]
    if len(noted) >= 2 and len(kept) == len(noted) and not read_forms(instruction)[0].bullets:
        return "it hands the notes back as notes"
    return None


def _polite(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A rewrite asked to be polite (or professional, formal) has nothing rude left, and says bad news with regret."""
    if job != "rewrite" or tone_asked(instruction) not in (*_COURTEOUS, "friendly", "casual"):
        return None
    if tone_asked(instruction) in ("friendly", "casual"):  # a friendlier text keeps no rudeness either
        left = rude_markers(text)
        return f"'{left[0][:40]}' is not {tone_asked(instruction)} yet" if left else None
    left = rude_markers(text) or blunt_refusals(text)
    if tone_asked(instruction) != "polite":
        left = left or informal_markers(text)  # "the printer is busted": civil, but not professional
    return f"'{left[0][:40]}' is not {tone_asked(instruction)} yet" if left else None


def _plain(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A rewrite asked to be confident says things plainly: a hedge left in is the change not made."""
    if job != "rewrite" or tone_asked(instruction) != "confident":
        return None
    left = hedge_markers(text)
    return f"'{left[0]}' still hedges" if left else None


# "I'm sorry for the new florist is Petal & Stem": a clause put where a thing was due, which says nothing
_SORRY_FOR_CLAUSE = re.compile(
    r"\bsorry for\s+(?:(?!(?:that|which|who|where|when)\b)[\w'&-]+\s+){1,5}?(?:is|are|was|were|has|have|will|stays)\b",
    re.I,
)


def _apology_said(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """An apology says what it is for as a thing ("I'm sorry for the delay"), never a clause run into it."""
    found = _SORRY_FOR_CLAUSE.search(text) if job == "compose" else None
    return f"it says '{found.group()[:40]}', which is no sentence" if found else None


def _spoken_to(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """A text for one named person speaks to them ("you watered"), never of them ("She watered my plants") before
    anyone else is named; a text whose request names its purpose (thanks, an apology) says it in its body."""
    if job != "compose":
        return None
    brief = read_brief(read_forms(instruction)[1])
    body = "\n".join(ln for ln in text.splitlines() if not _SUBJECT.match(ln))
    said = _INTENT_SAID.get(brief.intent or "")
    if said and not re.search(said, body, re.I):
        return f"it never says what it is for ({INTENT_LABELS.get(brief.intent or '', brief.intent or '').lower()})"
    reader = (brief.audience or "").split()
    if not 0 < len(reader) <= 3 or not all(w[:1].isupper() for w in reader):
        return None
    for line in body.splitlines():
        if _GREETING.match(line):
            continue
        for sentence in re.findall(r"[^.!?]+[.!?]*", line):
            pronoun = re.match(r"\s*(she|he|her|his)\b", sentence, re.I)
            if pronoun:
                return f"it speaks of {' '.join(reader)}, whom it is for, as '{pronoun.group(1).lower()}'"
            if any(w not in reader for w in names_in(sentence)):
                return None  # someone else is named: a later "she" may be them
    return None


def _invented(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """Every number and capitalised name in the text comes from the request, or is the writer's own wording."""
    given = _PLACEHOLDER.sub(" ", task)
    known = {stem(w) for w in words(given)}
    known |= {stem(w[:-2]) for w in words(given) if w.endswith(("'s", "\u2019s"))}  # "Aisha's wedding" names Aisha
    for line in _PLACEHOLDER.sub(" ", text).splitlines():
        line = _BULLET_MARK.sub("", line)
        for number in numbers_in(line):
            if not contains(given, number) and not said(number, line, given):
                return f"it states '{number}', which the request does not give"
        for name in names_in(line):
            unknown = [
                w for w in words(name) if stem(w) not in known and w not in _FIXED_WORDS and not _CONTRACTED.search(w)
            ]
            if unknown:
                return f"it names '{name[:40]}', which the request does not give"
    return None
