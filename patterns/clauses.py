"""Clauses: reading a compound request into its parts, its material, and what each part asks of the others.

``split_tasks`` cuts a request at its list items, sentences, semicolons and connectives ("then", "after that",
"and also", and an "and"/comma followed by a new instruction). Two things decide what a piece is worth:

- **Material** — the text a part works on (found by ``patterns.material``): after a colon that introduces it
  ("Summarize this:", "Here is my code:"), in quotes, or in a ``` block. It is never cut: sentences, semicolons,
  "and" and list items inside it belong to it, not to the request. It stays with the part that introduced it;
  other parts of the same sentence that point at it ("Summarize this and fact-check it: ...") get their own copy.
  A sentence after it that opens a new part ("... Also, what is 19 times 21?") ends it.
- **Context** — a statement that asks for nothing ("I cycled 45 km in 1.5 hours.", "Here is my code: ...") is
  what the next sentence's instruction works on, so it stays with that sentence instead of becoming a task of
  its own that some worker would have to guess at.
- **Dependency** — a piece needs the result of the one before only when the request says so: a sequencer
  ("then", "after that", "finally") or a reference to a result ("based on that", "use the result", "summarize
  the findings"), or a part that opens by working on "it"/"them" with no material of its own ("... and summarize
  it"; only the earlier result can be what it works on). A pronoun elsewhere ("is it true that...", "write a
  slogan for it") is not one: independent parts must each get only their own text, or one agent's answer
  becomes another's topic. "If so, ..." depends on the part before, as a sequenced part does.
- **Not parts** — a sentence that only announces the parts ("Two things please."), a statement after a
  semicolon ("...; we collected 60 bags"), and what comes before ", VERB" when it asks for nothing itself
  ("total bill $1,284 for twelve, add 15% gratuity") inform the instruction beside them; they are not tasks.
- **One job** (``patterns.jobs``) — sentences beside code that describe what it does wrong ("It's off by a few
  cents") are the symptom its review explains; statements after a sentence that names a text to write ("Write a
  message to my book club. We're meeting at Rosa's.") are that text's facts. Neither is a part of its own,
  unless the request sets it apart ("Also, ...") or it orders something else.

Every scan here is linear; only the first ``SCAN_LIMIT`` characters are read for structure (the rest stays whole).
"""

from __future__ import annotations

import dataclasses
import re

from patterns.asides import join_asides
from patterns.choices import adds_nothing_to
from patterns.code_joins import join_code
from patterns.counted_asks import counts_what_it_makes
from patterns.forms import asked_after_comma, has_number, now_and_then, only_figures, question_form
from patterns.headings import QUANTITY as _QUANTITY
from patterns.headings import heads_the_request
from patterns.instructions import (
    ANOTHER_PART,
    LEADING_FILLER,
    LEADING_SEQUENCER,
    also_after,
    clean_clause,
    split_on_new_instruction,
    without_wish,
)
from patterns.jobs import (
    guesses_the_answer,
    names_text_to_write,
    remarks_on_the_question,
    tells_what_is_next,
)
from patterns.labelled import labels_material, place_labelled, with_remark
from patterns.layout import shapes_the_answer
from patterns.lexical import stem, tokenize
from patterns.lists import list_items, without_announcements
from patterns.material import (
    ACTION_VERBS,
    ASKING,
    CONNECTIVES,
    MATERIAL_NOUNS,
    OPEN,
    PLACEHOLDER,
    SCAN_LIMIT,
    TEXT_KINDS,
    WORD,
    WORK_NOUNS,
    mask,
    opens_instruction,
    split_material,
    with_material,
)
from patterns.occasions import opens_with_an_aside, tells_how_it_came_up
from patterns.own_points import looks_elsewhere, tells_its_own
from patterns.pieces import Piece
from patterns.pointed_material import HERE, join_material, join_quoted_first, points_ahead
from patterns.recasts import recasts_the_result
from patterns.references import goes_on_about_it, goes_on_from_a_number, names_a_result, works_on_an_earlier_result
from patterns.remarks import remarks_before_next, tells_of_them
from patterns.reports import reports_on_it
from patterns.rewrites import rewrite_of_what_follows
from patterns.sources import material_to_its_source
from patterns.sum_figures import continues_figures, join_figures
from patterns.sums import opens_a_sum
from patterns.told_messages import join_told_messages

_POINTING = frozenset("this these following below it them".split())
_CODE_NOUNS = frozenset("code function functions script program class method loop variable query bug line".split())
# the names of a text a part may work on ("my code", "the club newsletter", "these minutes")
_TEXT_NOUNS = MATERIAL_NOUNS | TEXT_KINDS | _CODE_NOUNS | frozenset("minutes newsletter".split())

# a question or an exclamation ends its sentence even when the next one starts in lower case ("...short? write");
# so does a line break after a code block or a quote ("```...```\nAlso, what is 45 plus 78?")
# and so does colon material that a new part of the request ends ("Summarize this: A. B. Then tweet it"), or a quote
# a capitalised "And" follows ('Summarise this: "A. B." And review this code: ...')
# A title before a name ends no sentence ("Thank Mr. Evans for..."); Python's look-behinds are fixed-width, one each.
_TITLES = "".join(rf"(?<!\b{t}\.)" for t in ("Mr", "Ms", "Mrs", "Dr", "St", "Prof", "Sr", "Jr"))
_SENTENCE_END = re.compile(
    rf"(?<=[.!?]){_TITLES}\s+(?=[A-Z0-9])|(?<=[?!])\s+(?=[a-z])|(?<=\ue001)[^\S\n]*\n\s*(?=\S)"
    rf"|(?<=\ue001)[^\S\n]+(?=(?i:{CONNECTIVES})\b|And\s)"
    # "wats 18% of 640. also is it true ...": a full stop, then a part set apart in lower case, typed fast
    r"|(?<=[a-z0-9%][.])\s+(?=(?:also|and\s+also|plus|btw|oh\s+and)\s)"
)
# "then", "after that" sequence but where they end it ("sore for a day afterwards."); "next", "finally" after a comma
_INLINE_SEQUENCE = re.compile(
    r"(?:,|(?<![\s,]))\s+(?=(?:(?:and\s+)?then|after\s+that|afterwards)\b(?![\s.!?]*$)(?!\s*[.!?]\s))|,\s+(?=(?:next|finally|lastly)\b)",
    re.IGNORECASE,
)
# A run of spaces is entered only at its start ((?<![\s,])): a start inside it would rescan the rest of it.
_AND_ALSO = re.compile(r"(?:,|(?<![\s,]))\s+(?=and\s+also\b)", re.IGNORECASE)


def split_tasks(text: str) -> list[Piece]:
    """The request's parts, in order. A request with one instruction comes back as one piece."""
    if (rewrite := rewrite_of_what_follows(text)) is not None:  # "Make this sound politer? <the text to rewrite>"
        return [rewrite]
    masked, spans = mask(text)
    fenced = frozenset(i for i, (start, _) in enumerate(spans) if text.startswith("```", start))
    numeric = frozenset(i for i, (start, stop) in enumerate(spans) if has_number(text[start : min(stop, start + 2000)]))
    items, _ = list_items(masked)
    pieces: list[Piece] = []
    for index, item in enumerate(items):
        carry = False  # a sequencer left alone ("After that,") applies to what follows it
        apart = len(items) > 1  # an item of a list is a part of its own
        sentences = _SENTENCE_END.split(item.strip())
        kept = without_announcements(sentences, opening=not pieces, closing=index == len(items) - 1)
        if not kept and len(items) > 1:
            continue  # "I need two things." before a list of them
        for sentence in _with_context(kept or sentences):
            clauses: list[tuple[str, bool]] = []
            aparts: list[bool] = []
            for clause in _with_remarks(re.split(r"(?<!\s)\s*;\s+", sentence)):
                for part in _split_connectives(clause):
                    alone = also_after(part) or bool(_APART.match(part.strip()))  # 'then separately': next, alone
                    carry = (carry or bool(LEADING_SEQUENCER.match(part.strip()))) and not alone
                    apart = apart or alone
                    cleaned = clean_clause(part)
                    if cleaned:
                        clauses.append((cleaned, carry))
                        aparts.append(apart)
                        carry = apart = False
            if len(clauses) > 1:  # "I need the average of ..., and also a summary of ...": the wish is both parts
                clauses[0] = (without_wish(clauses[0][0]), clauses[0][1])
            clauses = _share_material(clauses, fenced, numeric)
            before = pieces[-1].text if pieces else None
            pieces.extend(_pieces(clauses, aparts, spans, text, before=before))
    joined = join_figures(join_asides(join_material(_join_remarks(place_labelled(pieces)))))
    joined = join_told_messages(join_quoted_first(material_to_its_source(join_code(joined), text)))
    return joined or [Piece(text.strip(), instruction=text.strip())]


# Words a statement opens with (its subject), where an instruction opens with its verb: "we collected...".
_SUBJECTS = frozenset("i we he she it they there the our my their this that these those his her its a an".split())


def _with_remarks(clauses: list[str]) -> list[str]:
    """Each clause after a semicolon that only states something ("...on Sunday; we collected 60 bags") joined to
    the one before, whose instruction it informs: it asks for nothing, so it is no task of its own."""
    joined: list[str] = []
    for clause in clauses:
        subject = WORD.match(clause.strip().lower())
        stating = subject is not None and subject.group(0) in _SUBJECTS and _states(clause)
        if joined and stating and not clause.rstrip().endswith("?"):
            joined[-1] = f"{joined[-1]}; {clause}"
        elif joined and clause.rstrip().endswith("?") and _states(joined[-1]) and not _APART.match(clause.strip()):
            # "The gym membership is 42 a month; what's that for a whole year?": the statement is what it asks about
            joined[-1] = f"{joined[-1]}; {clause}"
        else:
            joined.append(clause)
    return joined


def _with_context(sentences: list[str]) -> list[str]:
    """Each statement that asks for nothing joined to the sentence after it, whose instruction it informs.

    Not the statements after an instruction that points at material it does not carry ("Check this claim. The
    tower opened in 1889."): they are that material (``join_material``), so they stay where they are. Each
    sentence is read once, so a long run of statements costs linear time.
    """
    joined: list[str] = []
    context: list[str] = []  # statements waiting for the sentence they inform
    pointing = False  # the sentences so far are an instruction pointing at material, then statements
    for index, sentence in enumerate(sentences):
        # "The claim is that ...": material named by its kind is no context; it goes to its part (``labelled``)
        states = not labels_material(sentence) and (_states(sentence) or (index == 0 and heads_the_request(sentence)))
        states = states or (index < len(sentences) - 1 and opens_with_an_aside(sentence))  # "Hi! Long day."
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        came_up = tells_how_it_came_up(sentence) or remarks_before_next(sentence, following)
        if states and not context and joined[-1:] and joined[-1].endswith("?") and came_up:
            # "How tall is it? My friends asked me. Also, ...": how the question came up is the question's, not the
            # next part's context
            joined[-1] = f"{joined[-1]} {sentence}"
            continue
        if index < len(sentences) - 1 and states and not pointing:
            context.append(sentence)
            continue
        if not states:
            words = set(WORD.findall(sentence.lower()))
            pointing = (bool(HERE & words) or names_text_to_write(sentence)) and OPEN not in sentence
        joined.append(" ".join([*context, sentence]))
        context = []
    return joined


# Verbs that give a quantity ("VAT is 20%", "rent costs $900").
_GIVING = frozenset("is are was were costs cost weighs weigh there's it's that's".split())


def _gives(clause: str) -> bool:
    """Whether ``clause`` states a quantity with its verb ("There's 15% off", "8.25% tax is charged")."""
    return _states(clause) and bool(_QUANTITY.search(clause)) and bool(_GIVING & set(WORD.findall(clause.lower())))


def _states(sentence: str) -> bool:
    """A sentence that states (four words or more, a quantity counting as one: "A jacket costs $80."; no
    question, no asking word or verb first, no sequencer)."""
    text = sentence.strip()
    found = WORD.findall(text.lower())
    quantities = len(_QUANTITY.findall(text[:400]))
    # "VAT is 20%.", "Tax is 8%.": a quantity given with its verb is a statement, however short
    # "I'm a teacher.": the user saying who they are is a statement, however short
    # ("She's 3.42 kg.", "Pool's 25 metres.": a quantity given after its subject's "'s" is one as well)
    gives = quantities and (_GIVING & set(found) or found[:1] and found[0].endswith("'s") and found[0] not in ASKING)
    least = 3 if gives or found[:1] and found[0] in _SPEAKERS else 4
    short = len(found) + quantities < least
    if not found or short or text.endswith("?") or LEADING_SEQUENCER.match(text) or LEADING_FILLER.match(text):
        return False
    if asked_after_comma(text):
        return False  # "we have 14 home games at $500 each, what is the total.": a question typed with a full stop
    if _QUANTITY.match(text) or (found[0] in _DIARY and text.endswith(".") and len(found) >= 4):
        # "60% are girls.": a quantity is the subject; "Did a 10 km run this morning.": the user's day told with
        # its "I" left out, as a question would end with its mark
        return True
    return found[0] not in ASKING and not opens_instruction(found[:2]) and text[:1] not in (OPEN, "`", '"')


# Subjects that tell what happened next ("then they add tax", "then we paid"); words by which such a clause asks.
_NARRATORS = frozenset("they he she we it there i you".split())
_ASKING_WORDS = frozenset("need want like please could can would should must".split())
# Subjects by which users say who they are or what they did; past tenses a diary opens with, its "I" left out.
_SPEAKERS = frozenset("i i'm i've we we're we've".split())
_DIARY = frozenset("did had was went got".split())


# Words of a remark on the part before ("Double-check for me.", "Is that right?", "Keep it brief."): a clause
# made only of these asks for nothing new, so it is not a task of its own.
_REMARK_WORDS = frozenset(
    stem(word)  # compared with tokenize's stems
    for word in """double check sure really actually true false correct right wrong accurate brief short keep quick
    quickly thank thanks s me for that it this just exactly precise concise simple""".split()
)
# After a question, asking for it to be checked is a remark on it too ("Is the Nile the longest river? Can you
# verify that?"); after an order it may be a job of its own ("Condense this and fact-check it: ...").
_CHECKING_WORDS = _REMARK_WORDS | frozenset(stem(w) for w in "verify confirm fact please pls can could you u".split())


def _ends_asking(text: str) -> bool:
    """Whether ``text`` ends with a question, or with one and how it came up ("Who proved it? A pupil asked.")."""
    asked = text.rstrip()
    return asked.endswith("?") or ("?" in asked and tells_how_it_came_up(asked[asked.rfind("?") + 1 :]))


def _join_remarks(pieces: list[Piece]) -> list[Piece]:
    joined: list[Piece] = []
    for piece in pieces:
        words = set(tokenize(piece.instruction or piece.text))
        # "What's the capital of Australia? My son insists it's Sydney.": a guess at the answer, what the question is
        # for ("It's for my kids") or how the answer is wanted ("... 2 years? I want the total") is no part of its
        # own, unless the question points at a text to come: what follows it is that text (``join_material``)
        after_question = bool(joined) and _ends_asking(joined[-1].text)
        guess = after_question and guesses_the_answer(piece.text)
        if (
            after_question
            and not guess
            and (
                remarks_on_the_question(piece.text)
                or tells_of_them(piece.text, joined[-1].text)
                or tells_how_it_came_up(piece.text)
            )
        ):
            asked = joined[-1].instruction or joined[-1].text
            guess = not points_ahead(asked) and not names_text_to_write(asked)
        # ("Check it for me." asks for the answer to be checked; "fact-check this: <claim>" brings a claim of its own)
        carries = (piece.instruction or piece.text) != piece.text
        checks = (after_question and words <= _CHECKING_WORDS and not carries) or shapes_the_answer(piece.text)
        checks = checks or only_figures(piece.text)  # "... the mean of my scores? 72, 85, 91": its data
        remark = words <= _REMARK_WORDS and not carries
        # ("Also, mention the meeting to Sam": a part the request sets apart is a job of its own)
        remark = (
            remark
            or bool(joined)
            and not piece.apart
            and adds_nothing_to(piece.text, joined[-1].instruction or joined[-1].text)
        )
        if joined and not piece.sequenced and not piece.uses_result and (remark or guess or checks):
            before = joined[-1]  # (a remark goes before the material the ask was handed: "Summarize. Short: ...")
            text = with_remark(before, piece.text)
            joined[-1] = dataclasses.replace(before, text=text, instruction=f"{before.instruction or before.text}")
            continue
        joined.append(piece)
    return joined


# "Also, ...", "Separately, ...", "Then separately ...": words by which a request sets a part apart as a job of its own
_APART = re.compile(
    r"^(?:and[\s,]+)?(?:then[\s,]+(?=separately|independently))?(?:also|plus|separately|additionally|besides"
    rf"|independently|in\s+addition|on\s+an?\s+unrelated\s+note|unrelated(?:ly)?|another\s+thing)\b|^{ANOTHER_PART}",
    re.IGNORECASE,
)


def _share_material(
    clauses: list[tuple[str, bool]], fenced: frozenset[int] = frozenset(), numeric: frozenset[int] = frozenset()
) -> list[tuple[str, bool]]:
    """Give a sentence's closing material to the earlier clauses that point at it.

    The material is what ends the sentence after a colon, or in a ``` block (``fenced``: the spans that are one),
    which users put last whichever part it is for ("Review this function, then write Sam a note on what you found
    ```<code>```"). A clause that points at the material ("this", "it", "the following") and has none of its own
    gets a copy, unless it depends on the clause before (it works on that result instead); so does a sum with no
    number of its own when the material has numbers (``numeric``: "Add up the three regions' sales, and summarise
    this update: Sales in the north were £48,000, ..."). When an earlier clause takes the material, a dependent last
    clause gives it up: "Summarize this article, then tweet about it: <article>" tweets about the summary.
    """
    if len(clauses) < 2:
        return clauses
    last, last_sequenced = clauses[-1]
    found = PLACEHOLDER.search(last)
    if found is None or found.end() != len(last):
        return clauses
    if not last[: found.start()].rstrip().endswith(":") and int(found.group(1)) not in fenced:
        return clauses
    own = last[: found.start()].rstrip().removesuffix(":").rstrip()
    gap = last[len(own) : found.start()]  # the colon and the space the user put after it
    shared = False
    out: list[tuple[str, bool]] = []
    # "Summarise these notes and turn them into an email: <notes>": the email is of the summary, not the notes
    depends = last_sequenced or bool(names_a_result(own)) or recasts_the_result(own)
    named = set(WORD.findall(own.lower()))
    unpointed = not _POINTING & named
    # "Check my code for bugs and tell me what the weather's doing tomorrow ```<code>```": a last part that neither
    # points at the material nor names a text leaves it to the first part, which names it ("my code")
    elsewhere = unpointed and not _TEXT_NOUNS & named
    alone = False  # the first part took the material by its name, so the last gives it up
    for text, sequenced in clauses[:-1]:
        words = WORD.findall(text.lower())
        # "Add up the three regions' sales" names no figure ("the total" it may say is its own, not an earlier one)
        sums = not out and int(found.group(1)) in numeric and opens_a_sum(words) and not _QUANTITY.search(text)
        # "I'd like a summary and also a friendlier rewrite of this notice: <text>": a summary of that text
        asked = [w for w in words if w != "please"]  # "Quick overview please": the work named alone
        points = _POINTING & set(words) or (len(asked) <= 5 and not last_sequenced and WORK_NOUNS & set(asked[-1:]))
        points = points and not reports_on_it(text)  # "write Ben a note saying I've looked at it": no material
        # "Summarise the site notes and turn the summary into an email: <notes>": the last part works on the first's
        # result, so the text the first names is the material, whatever word it is named by
        by_name = not out and bool(_TEXT_NOUNS & set(words)) and opens_instruction(words[:2])
        points = points or (by_name and (depends or elsewhere))
        # "Work out 4% of £212,400 as this year's drawdown, and also review this snippet: ```...```": figures of its
        # own, and no name of code, ask nothing of the code
        points = points and not (int(found.group(1)) in fenced and has_number(text) and not _CODE_NOUNS & set(words))
        if (points or sums) and OPEN not in text and not sequenced and (sums or not names_a_result(text)):
            text, shared = f"{text}{gap}{found.group(0)}", True
            alone = alone or (by_name and elsewhere and not depends)
        out.append((text, sequenced))
    # "Summarize this complaint and also work out 15% of 80: <text>": a last clause with numbers of its own and no
    # word pointing at the text asks nothing of it; the clause that pointed at it takes it alone
    # and "Review this code and tell me how many seconds are in a week ```<code>```": a question of its own, asked
    # beside the clause that pointed at the code, asks nothing of the code either
    about_code = bool(_CODE_NOUNS & named) or int(found.group(1)) not in fenced
    figures = has_number(own) and not counts_what_it_makes(own)  # not "give me three keywords"
    apart = unpointed and (figures or (not about_code and question_form(own) == "open"))
    # "..., and write my team an email saying code freeze starts Wednesday", "..., and find our policy document":
    # a part that brings its own content, or looks for it elsewhere, asks nothing of the material either
    apart = apart or tells_its_own(own) or looks_elsewhere(own)
    # "..., and write Ben a note saying I've looked at it ```<code>```": a message that reports on the material
    out.append((own if shared and (depends or apart or alone or reports_on_it(own)) else last, last_sequenced))
    return out


# -- cutting -------------------------------------------------------------------------------------------------


def _pieces(
    clauses: list[tuple[str, bool]],
    aparts: list[bool],
    spans: list[tuple[int, int]],
    text: str,
    *,
    before: str | None,
) -> list[Piece]:
    """The clauses of one sentence as pieces; ``before`` is the text of the piece before the sentence, if any;
    ``aparts`` says of each clause whether the request set it apart."""
    pieces: list[Piece] = []
    for (masked, sequenced), apart in zip(clauses, aparts, strict=True):
        later = before is not None
        whole = _restore(masked, spans, text, keep_material=True)
        instruction = _restore(masked, spans, text, keep_material=False).rstrip(" :\n\t") or whole
        free = later and OPEN not in masked
        # "double 47 and add 6": the operation has no number to work on but the one before it
        on_number = free and before is not None and has_number(before) and goes_on_from_a_number(instruction)
        pieces.append(
            Piece(
                text=whole,
                sequenced=later and sequenced,
                uses_result=on_number
                or (free and bool(names_a_result(instruction) or works_on_an_earlier_result(instruction))),
                instruction=instruction,
                continues=on_number or (free and bool(goes_on_about_it(instruction))),
                apart=apart,
            )
        )
        before = whole
    return pieces


def _restore(masked: str, spans: list[tuple[int, int]], text: str, *, keep_material: bool) -> str:
    def original(match: re.Match[str]) -> str:
        start, end = spans[int(match.group(1))]
        if keep_material:
            return text[start:end]
        # the instruction view drops colon material and code blocks; quotes stay (they name what to act on)
        material = text.endswith(":", 0, start) or text.startswith("```", start) or end == len(text) > SCAN_LIMIT
        return "" if material else text[start:end]

    return PLACEHOLDER.sub(original, masked)


def _split_connectives(clause: str) -> list[str]:
    parts = [p for chunk in _sequenced(clause) for p in _AND_ALSO.split(chunk)]
    out: list[str] = []
    for part in parts:
        out.extend(split_on_new_instruction(part))
    return out


_THEN = re.compile(r"^(?:and\s+)?then\s+", re.IGNORECASE)


def _describes(word: str) -> bool:
    """Whether ``word``, opening a clause, is a verb in the third person ("Prints everything and then blows up"):
    what something does, its subject left out, not an order (an order's verb has no -s: "Print", not "Prints")."""
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
    return plural and word not in ACTION_VERBS and word not in ASKING and not opens_instruction([word[:-1]])


def _sequenced(clause: str) -> list[str]:
    """``clause`` cut before each "then", "after that", ", next"; "and then" is cut once, before its "and".

    Not after a statement when no instruction follows the "then": "I drove 120 km at 60 km/h and then 90 km at
    45 km/h" orders what happened in the story, not the tasks."""
    chunks: list[str] = []
    start = previous = 0
    for cut in _INLINE_SEQUENCE.finditer(clause):
        if clause[previous : cut.start()].strip().lower() == "and":
            previous = cut.end()
            continue  # the "then" of "and then", cut already before the "and"
        previous = cut.end()
        before, after = clause[start : cut.start()], clause[cut.end() :]
        then = _THEN.match(after)
        opener = WORD.match(before.strip().lower())
        following = WORD.findall(after[then.end() :].lower())[:4] if then else []
        story = opener is not None and opener.group(0) in _SUBJECTS and _states(before)
        story = story or (opener is not None and _describes(opener.group(0)))
        # "jacket is $120, it's 25% off, then they add 8.25% tax": what happens next, told by its subject, is the
        # story of one sum, whatever the statement before opens with ("then I need you to..." asks, though)
        story = story or (
            _states(before)
            and following[:1] != []
            and following[0] in _NARRATORS
            and not _ASKING_WORDS & set(following)
        )
        # "There's 15% off, then 8.25% sales tax is charged": a quantity given after the "then" goes on with the story
        told = _SENTENCE_END.split(after[then.end() : then.end() + 300], 1)[0] if then else ""
        # ("2 kg at ₲ 30.000 and then 3 kg at ₲ 45.000": more figures with their verb left out, ``continues_figures``)
        story = story or (then is not None and (_gives(before) and _gives(told) or continues_figures(before, told)))
        following = following[:2]
        if then and story and not opens_instruction(following):
            continue
        if tells_what_is_next(after) or now_and_then(before, after):
            continue  # "..., next session is Saturday 10am", "it blows up every now and then": no next step
        chunks.append(before)
        start = cut.end()
    chunks.append(clause[start:])
    return chunks


__all__ = ["ACTION_VERBS", "Piece", "list_items", "split_material", "split_tasks", "with_material"]
