"""An offline rubric judge: how well a draft does its task, as a score from 0 to 1 and feedback to act on.

The checks, each computed, none guessed:

- **facts** — what the task gives as content is in the draft: numbers, names, dates and quoted phrases must
  all appear; the key words of the content (stemmed, so "opens" meets "opening") mostly appear. For a task
  that asks for a summary ("Summarize this: ...", "TL;DR"), leaving facts out is the point: the draft must
  instead be shorter than the material and drawn from it (at least 3 in 4 of its content words are the
  material's).
- **no_echo** — the draft does not repeat the task's instruction ("Describe the new bicycle lanes ..."), nor, for
  a task that asks for a text changed ("Rewrite this politely: ..."), hand the original text back unchanged.
- **length** — the size asked for ("in 50 words", "short", "two sentences", "one paragraph"), when one is asked;
  an email's frame (subject, greeting, sign-off) is not counted, only its body.
- **reading_level** — average sentence length and the share of long words within bounds: plain by default,
  stricter when the task says "for kids", "simple" or "plain English".
- **feedback** — the points of the earlier feedback the draft can be checked against are addressed ("Include
  "Monday"", "shorten it to at most 50 words"). Points no rule can check offline ("make it warmer") are listed
  in ``unchecked`` and left out of the score rather than guessed.

For a rewrite task the facts are the original text's, less what a rewrite in the tone asked is meant to drop
(slang, insults, filler: whatever the offline tone rules take out); the instruction's words ("rewrite",
"politely") are never facts.

The score is the weighted mean of the checks that apply. It is 1.0 only when every check passes in full, and any failed
check caps it at 0.75, so a draft that leaves out a given fact never clears a usual acceptance threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from servers.tools.summarizer.sentences import STOPWORDS, stem, words
from servers.tools.writer.asides import without_asides
from servers.tools.writer.briefs import read_brief
from servers.tools.writer.forms import read_forms
from servers.tools.writer.lengths import body_of, length_ask, length_problem, measure, reading_ask, reading_problem
from servers.tools.writer.points import split_points
from servers.tools.writer.politeness import rude_markers
from servers.tools.writer.requests import job_of, split_request, stated_material
from servers.tools.writer.tone import rewrite, tone_asked
from servers.tools.writer.used_in import names_setting

FAILED_CAP = 0.75
_WEIGHTS = {"facts": 0.45, "no_echo": 0.1, "length": 0.2, "reading_level": 0.1, "feedback": 0.15}
_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d+(?:[.,:]\d+)*(?:\s?(?:%|am|pm|k|m)\b|%)?", re.I)
_NAME = re.compile(r"(?<![\w'])(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'’-]*)*)")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")
_WEEKDAYS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# Words that belong to instructions about writing, never to the content a draft must carry.
_INSTRUCTION_VOCABULARY = frozenset(
    """write draft compose create make prepare send email mail message note letter blog post article essay story
    slogan tagline announcement memo paragraph description text short brief quick long tone friendly polite
    formal professional casual words word sentences sentence paragraphs team someone reader readers please
    saying say tell telling let letting know kids children simple plain english catchy nice good new rewrite
    rephrase reword paraphrase politely polite professionally formally nicer kinder version tone""".split()
)
_TOKEN = re.compile(r"[^\W_]+")  # a word in any alphabet ("café", not "caf")
_CONTRACTION = re.compile(r"['’](?:re|ll|ve|m|d|s|t)$|n['’]t$", re.I)
_LEAST_ORIGINAL_WORDS = 4
_EXCUSED_WORDS = 4  # a tone change of at most this many words is wording ("gonna"); a longer one drops content


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    passed: bool
    score: float
    detail: str
    fix: str = ""
    applies: bool = True


@dataclass(frozen=True, slots=True)
class Judgement:
    score: float
    feedback: str
    checks: list[Check]
    missing: list[str] = field(default_factory=list[str])
    unchecked: list[str] = field(default_factory=list[str])

    @property
    def meets_task(self) -> bool:
        return all(c.passed for c in self.checks if c.applies)


@dataclass(frozen=True, slots=True)
class Requirements:
    """What a draft for a task must contain: exact items (numbers, names, quotes) and key content words."""

    must: list[str]
    terms: list[str]
    facts: list[str]
    instruction: str
    original: str = ""
    """For a task that asks for its text changed (a rewrite), that text: a draft must not hand it back."""
    tone: str = ""


def requirements(task: str) -> Requirements:
    # read as ``compose_request`` reads it: asides ("Assess it and make it stronger") are not facts to include
    request = stated_material(split_request(without_asides(task).text))
    if request.material and job_of(task) == "rewrite":
        return _rewrite_requirements(request.instruction, request.material)
    # the forms asked ("as exactly 3 bullet points", "with a subject line") are no reader and no subject
    brief = read_brief(read_forms(request.instruction)[1])
    facts = ([brief.content] if brief.content else []) + (split_points(request.material) if request.material else [])
    # ("a note for my year 5 class": where it is used, no fact the text must say)
    given = " \n".join([*facts, "" if names_setting(brief.subject) else brief.subject])
    must, terms = _required(given, task, brief.audience or "")
    return Requirements(must, terms, facts, request.instruction)


def _rewrite_requirements(instruction: str, original: str) -> Requirements:
    """A rewrite keeps the original's facts, not its wording: the words the tone rules replace or drop ("guys",
    "gonna", "deal with it") are not required. A whole sentence they drop excuses none of its facts."""
    original = original.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()
    tone = tone_asked(instruction)
    excused: set[str] = set()
    for change in rewrite(original, tone).changes:
        before, _, after = change.partition(" → ")
        if len(before.split()) <= _EXCUSED_WORDS:
            excused |= {stem(w) for w in words(before)} - {stem(w) for w in words(after)}
    must, terms = _required(original, original, "")
    # shouting ("NOW", "WHY DIDN'T YOU") is tone, not a name; "I'll" opens a sentence
    must = [
        m
        for m in must
        if not {stem(w) for w in words(m)} <= excused and not _shouted(m) and not m.startswith(("I'", "I’"))
    ]
    terms = [t for t in terms if stem(t) not in excused]
    return Requirements(must, terms, split_points(original), instruction, original, tone)


def _shouted(item: str) -> bool:
    """Letters all in capitals and no digits: shouting ("NOW"), where a code ("Q3") or a name has other marks."""
    return item.upper() == item and any(c.isalpha() for c in item) and not any(c.isdigit() for c in item)


def _required(given: str, task: str, audience: str) -> tuple[list[str], list[str]]:
    """The exact items (quotes, numbers, names, weekdays) and the key words of ``given``, in order."""
    must: dict[str, None] = {}
    for found in _QUOTED.finditer(task):
        must.setdefault(found.group(1).strip(), None)
    for found in _NUMBER.finditer(given):
        must.setdefault(found.group().strip(), None)
    for text in (given, audience):
        for name in _names(text):
            must.setdefault(name, None)
    for day in _WEEKDAYS.finditer(given):
        if not any(day.group().lower() in m.lower() for m in must):
            must.setdefault(day.group(), None)
    lowered = given.lower()
    found_at = {m: lowered.find(m.lower()) for m in must}
    must = dict.fromkeys(sorted(must, key=lambda m: found_at[m] if found_at[m] >= 0 else len(given)))
    covered = {stem(w) for m in must for w in words(m)}
    terms: dict[str, None] = {}
    for word in words(given):
        key = stem(word)
        if _is_term(word) and key not in covered:
            terms.setdefault(word, None)
    return list(must), list(terms)


def numbers_in(text: str) -> list[str]:
    """The numbers, amounts, times and percentages ``text`` states, as written."""
    return [found.group().strip() for found in _NUMBER.finditer(text)]


def names_in(text: str) -> list[str]:
    """The capitalised names ``text`` states (a sentence's first word aside)."""
    return _names(text)


def _names(text: str) -> list[str]:
    """Capitalised words and runs ("Main Street", "Dr. Lena Ortiz"), leaving out a sentence's first word."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        name = match.group().strip()
        before = text[: match.start()].rstrip()
        first_word = not before or before.endswith((".", "!", "?", ":", ";", "\n"))
        if first_word:
            # "The Friday release": the sentence's first word goes, the capitalised words after it stay.
            rest = name.split(None, 1)
            name = rest[1] if len(rest) > 1 and rest[1][:1].isupper() else ""
        name = re.sub(r"['\u2019]s$", "", name)  # "Aisha's wedding" names Aisha: "your wedding" to her says it
        if name and name.lower() not in STOPWORDS and name != "I":
            found.append(name)
    return found


def _is_term(word: str) -> bool:
    # a contraction ("we're", "can't") is wording: a formal rewrite spells it out
    return (
        len(word) > 3
        and word not in STOPWORDS
        and word not in _INSTRUCTION_VOCABULARY
        and not word.isdigit()
        and not _CONTRACTION.search(word)
    )


def _normal(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"\s+(?=%|am\b|pm\b)", "", " ".join(text.split()))


def contains(draft: str, item: str) -> bool:
    """Whether ``item`` (a number, a name, a phrase) appears in ``draft`` as whole words."""
    needle = _normal(item)
    # "9" is in "the 9th": a day of the month said as an ordinal keeps its number
    return re.search(rf"(?<![\w]){re.escape(needle)}(?:(?<=\d)(?:st|nd|rd|th))?(?![\w])", _normal(draft)) is not None


def said(item: str, task: str, text: str) -> bool:
    """``item`` in ``text``; a number read out of a code ("4" of "4B") counts when the whole code is there."""
    if contains(text, item):
        return True
    whole = re.search(rf"[\w#£$€.-]*{re.escape(item)}[\w%.-]*", task)
    return whole is not None and whole.group() != item and contains(text, whole.group().strip(".-"))


_SUMMARY_TASK = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+)?(?:summari[sz]e|condense|recap|sum up|boil\b|tl;?dr|"
    r"give me (?:a |the )?(?:summary|gist|tl;?dr|key points|main points))",
    re.IGNORECASE,
)


def is_summary_task(task: str) -> bool:
    """Whether ``task`` asks for a summary of material it carries."""
    request = split_request(task)
    return bool(request.material) and _SUMMARY_TASK.match(request.instruction) is not None


def judge(task: str, draft: str, earlier_feedback: str = "") -> Judgement:
    """The rubric's judgement of ``draft`` for ``task``, taking ``earlier_feedback`` into account."""
    needs = requirements(task)
    checks = [
        _summary(split_request(task).material, draft) if is_summary_task(task) else _facts(needs, draft),
        _echo(needs, draft),
        _length(needs, draft),
        _reading(needs, draft),
    ]
    unchecked: list[str] = []
    if earlier_feedback.strip():
        checks.append(_feedback(earlier_feedback, draft, unchecked, needs.original))
    applying = [c for c in checks if c.applies]
    total = sum(_WEIGHTS[c.name] for c in applying)
    score = sum(_WEIGHTS[c.name] * c.score for c in applying) / total if total else 1.0
    if any(not c.passed for c in applying):
        score = min(score, FAILED_CAP)
    fixes = [f"- {c.fix}" for c in applying if not c.passed and c.fix]
    missing = [m for m in needs.must if not contains(draft, m)]
    return Judgement(round(score, 2), "\n".join(fixes) or "meets the task", checks, missing, unchecked)


def _facts(needs: Requirements, draft: str) -> Check:
    if not needs.must and not needs.terms:
        return Check("facts", True, 1.0, "the task gives no facts to check", applies=False)
    given = " ".join(needs.facts)
    missing = [m for m in needs.must if not said(m, given, draft)]
    stems = {stem(w) for w in words(draft)}
    absent = [t for t in needs.terms if stem(t) not in stems]
    must_share = 1 - len(missing) / len(needs.must) if needs.must else 1.0
    term_share = 1 - len(absent) / len(needs.terms) if needs.terms else 1.0
    score = must_share * 0.6 + term_share * 0.4 if needs.must and needs.terms else must_share * term_share
    passed = not missing and term_share >= 0.75
    found = len(needs.must) - len(missing) + len(needs.terms) - len(absent)
    detail = f"{found} of {len(needs.must) + len(needs.terms)} given facts and key words present"
    left_out = missing + (absent if not passed else [])
    fix = "Include the given facts it leaves out: " + ", ".join(f'"{m}"' for m in left_out) + "." if left_out else ""
    return Check("facts", passed, round(score, 2), detail, fix)


def _summary(material: str, draft: str) -> Check:
    """A summary is shorter than its material and made of the material's words."""
    used = [stem(w) for w in words(draft) if w not in STOPWORDS]
    known = {stem(w) for w in words(material)}
    share = sum(w in known for w in used) / len(used) if used else 0.0
    shorter = len(draft.strip()) < 0.9 * len(material.strip())
    passed = shorter and share >= 0.75
    detail = f"{len(draft.strip())} of {len(material.strip())} characters; {share:.0%} of its words from the text"
    if not used:
        fix = "Give a summary: the draft has no words from the text."
    elif not shorter:
        fix = "Shorten it: a summary must be shorter than the text it summarizes."
    else:
        fix = "Keep to the text: use its own words and facts, not new ones." if not passed else ""
    return Check("facts", passed, round(share if shorter else share / 2, 2), detail, fix)


def repeats_original(original: str, draft: str) -> bool:
    """Whether ``draft`` hands back ``original`` unchanged: all its words, in order, maybe with others around them
    (a heading, a greeting); case, spacing and punctuation aside, apostrophes too ("i didnt" handed back as "I
    didn't" is unchanged)."""
    said = _TOKEN.findall(_unquoted(original))
    if len(said) < _LEAST_ORIGINAL_WORDS:
        return False
    return f" {' '.join(said)} " in f" {' '.join(_TOKEN.findall(_unquoted(draft)))} "


def _unquoted(text: str) -> str:
    return text.lower().replace("\u2019", "").replace("'", "")


def _echo(needs: Requirements, draft: str) -> Check:
    if needs.original and repeats_original(needs.original, draft):
        fix = "Change the original text in the tone asked: the draft hands it back unchanged."
        return Check("no_echo", False, 0.0, "repeats the original text unchanged", fix)
    lead = " ".join(needs.instruction.lower().split()[:4]).strip(" .:")
    echoed = len(lead.split()) >= 3 and lead in " ".join(draft.lower().split())
    if echoed:
        fix = f'Do not repeat the task\'s words "{lead}".'
        return Check("no_echo", False, 0.0, f'repeats the instruction "{lead}"', fix)
    return Check("no_echo", True, 1.0, "does not repeat the instruction")


def _length(needs: Requirements, draft: str) -> Check:
    ask = length_ask(needs.instruction)
    m = measure(body_of(draft))
    if not ask.asked:
        return Check("length", True, 1.0, f"no length asked; {m.words} words", applies=False)
    problem = length_problem(ask, m)
    if problem is None:
        return Check("length", True, 1.0, f"{m.words} words, as asked ({ask.said})")
    if ask.max_words is not None and m.words > ask.max_words:
        score = ask.max_words / m.words
    elif ask.min_words is not None and m.words < ask.min_words:
        score = m.words / ask.min_words
    else:
        limit = ask.sentences if ask.sentences is not None else ask.paragraphs or 1
        actual = m.sentences if ask.sentences is not None else m.paragraphs
        score = limit / max(actual, 1)
    return Check("length", False, round(score, 2), problem, problem[:1].upper() + problem[1:] + ".")


def _reading(needs: Requirements, draft: str) -> Check:
    ask = reading_ask(needs.instruction)
    m = measure(body_of(draft))
    problem = reading_problem(ask, m)
    level = "simple" if ask.simple else "general"
    detail = f"{m.average_sentence_words:g} words per sentence, {m.long_word_share:.0%} long words ({level} reader)"
    if problem is None:
        return Check("reading_level", True, 1.0, detail)
    return Check("reading_level", False, 0.5, detail, problem[:1].upper() + problem[1:] + ".")


def _feedback(feedback: str, draft: str, unchecked: list[str], original: str = "") -> Check:
    addressed = 0
    open_points: list[str] = []
    for point in feedback_points(feedback):
        verdict = point_addressed(point, draft, original)
        if verdict is None:
            unchecked.append(point)
        elif verdict:
            addressed += 1
        else:
            open_points.append(point)
    checkable = addressed + len(open_points)
    if not checkable:
        return Check("feedback", True, 1.0, "no earlier point can be checked offline", applies=False)
    detail = f"{addressed} of {checkable} checkable earlier points addressed"
    fix = "Address the earlier feedback: " + "; ".join(p.rstrip(".") for p in open_points) + "." if open_points else ""
    return Check("feedback", not open_points, round(addressed / checkable, 2), detail, fix)


def feedback_points(feedback: str) -> list[str]:
    """Feedback as separate points: one per line or bullet, and one per sentence within a line."""
    points: list[str] = []
    for line in feedback.splitlines():
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip()
        if not line or line.lower().startswith("meets the task"):
            continue
        points += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if s.strip()]
    return points


_FEEDBACK_VOCABULARY = frozenset(
    "more detail details example examples something anything information given facts leaves draft text line "
    "lines sentence sentences point points reader readers mention".split()
)
_REMOVE = re.compile(r"\b(?:remove|drop|delete|cut|avoid|omit|without|don'?t (?:mention|use|say)|do not)\b", re.I)
_ADD = re.compile(r"\b(?:include|add|mention|state|say|keep|insert|name|give|put)\b", re.I)
_UNCHANGED_POINT = re.compile(r"\b(?:unchanged|the original (?:text|wording)|as it was)\b", re.I)
_TONE_POINT = re.compile(r"\b(?:polite|rude|impolite|harsh|aggressive|professional|formal|courteous)\b", re.I)


def point_addressed(point: str, draft: str, original: str = "") -> bool | None:
    """Whether the draft addresses one feedback point; None when no offline rule can tell. ``original`` is the
    text a rewrite task asks to change, for the point that the draft handed it back unchanged."""
    if original and _UNCHANGED_POINT.search(point):
        return not repeats_original(original, draft)
    quoted = [q.strip() for q in _QUOTED.findall(point)]
    if quoted and _REMOVE.search(point) and not _ADD.search(point):
        return not any(contains(draft, q) for q in quoted)
    if quoted and _ADD.search(point):
        return all(contains(draft, q) for q in quoted)
    if re.search(r"\brepeat the task", point, re.I):
        return None if not quoted else not any(contains(draft, q) for q in quoted)
    ask = length_ask(point)
    if ask.asked and ask.said.lower() not in ("short", "brief", "quick", "concise"):
        return length_problem(ask, measure(draft)) is None
    aim = re.search(r"aim for at most (\d+(?:\.\d+)?)(%)?", point)
    if aim:
        m = measure(draft)
        limit = float(aim.group(1))
        return m.long_word_share * 100 <= limit if aim.group(2) else m.average_sentence_words <= limit
    if _TONE_POINT.search(point):
        return not rude_markers(draft)
    verb = _ADD.search(point)
    if verb:
        exact = [n.group().strip() for n in _NUMBER.finditer(point)] + _names(point)
        if exact:
            return all(contains(draft, item) for item in exact)
        # "Mention dawn": the point's own content words; one of them in the draft shows it was taken up.
        asked = [w for w in words(point[verb.end() :]) if _is_term(w) and w not in _FEEDBACK_VOCABULARY]
        if 0 < len(asked) <= 4:
            stems = {stem(w) for w in words(draft)}
            return any(stem(w) in stems for w in asked)
    return None
