"""Symptoms a user describes, and the rules whose findings can explain them (``explains``).

"returns None", "KeyError", "it hangs", "we always end up one short", "the forms with exactly 8 months don't come out",
"Always NaN come out": each pattern here names a symptom said in the user's own words, with the rules that can cause
it. ``questions.read_question`` reads them as the suspects a bug answer must explain (or decline). Every regex is
linear: alternations of fixed words and bounded runs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.tools.code_reviewer.questions import Question
    from servers.tools.code_reviewer.source import Finding

# A result that comes out below zero ("gives negative numbers", "the nights are negative"), not negative numbers the
# code works on ("removing the negative numbers").
NEGATIVE = (
    r"\b(?:is|are|was|were|comes?|came|gives?|gave|gets?|getting|got|returns?|returned|returning|shows?|showing|"
    r"prints?|printing|goes|going|went|turns?|turned|ends? up|always|sometimes|giving)"
    r"(?: (?:me|us|back|out|up|as|a|an|all|always|sometimes|still|often))* negative\b|\bnegative (?:results?|answers?|"
    r"outputs?|totals?)\b"
)

SYMPTOMS = [
    (
        re.compile(
            r"\b(?:returns?|gets?|gives?|prints?|got|getting) (?:me |back |just )*none\b|\bnone (?:back|instead)\b|"
            r"\bnonetype\b|\bnothing (?:is )?returned\b|\breturns nothing\b",
            re.I,
        ),
        {"missing-return", "none-result", "get-none-arithmetic"},
    ),
    (re.compile(r"\bkeyerror\b", re.I), {"missing-key"}),
    (
        re.compile(
            r"\bwhole numbers?\b|\brounds? (?:it |them )?down\b|\btruncat|\b(?:loses?|losing|lost|drops?|dropping|"
            r"missing) (?:the |its |my |all )?(?:decimals?|fractions?|fractional part)\b|\bno decimals?\b|"
            r"\b(?:comes? out|returns?|gives?|is always|always) (?:as |me )?(?:0|zero)\b|\binteger instead\b",
            re.I,
        ),
        {"floor-division", "misspelt-name"},  # a misspelt counter leaves the real one at 0
    ),
    (
        re.compile(r"unboundlocalerror|referenced before assignment|\bis not defined\b|nameerror", re.I),
        {"possibly-unbound", "used-before-assignment", "undefined-name", "misspelt-name"},
    ),
    (re.compile(r"indexerror|out of range|\bindex out of\b", re.I), {"index-off-by-one"}),
    (
        re.compile(r"zerodivisionerror|divi(?:de|sion) by zero|\bempty (?:list|input|array)\b", re.I),
        {"division-by-zero", "division-by-len", "unchecked-divisor"},
    ),
    (
        re.compile(r"recursionerror|maximum recursion|stack overflow|recursion depth", re.I),
        {"recursion-no-base", "recursion-no-progress"},
    ),
    (
        re.compile(
            r"\bhangs?\b|\bfreez|\bnever (?:ends?|stops?|finish(?:es)?|terminates?|exits?|returns)\b|\binfinite\b|"
            r"\bforever\b|\bstuck\b|\bkeeps? (?:on )?(?:running|going|looping|spinning)\b|"
            r"\b(?:doesn'?t|does not|won'?t|will not|didn'?t) (?:ever )?(?:stop|end|terminate|finish|exit)\b",
            re.I,
        ),
        {"endless-loop", "loop-never-ends", "recursion-no-base", "recursion-no-progress", "request-without-timeout"},
    ),
    (
        re.compile(
            r"\bskip(?:s|ping|ped)?\b|changed size during iteration|\bnot all (?:the )?(?:items|elements)|"
            r"\b(?:last|first) (?:\w+ )?"
            r"(?:never|is never|isn'?t|is not|is missing|gets? (?:missed|skipped|left out))\b",
            re.I,
        ),
        {"modify-while-iterating", "loop-skips-last", "loop-skips-first"},
    ),
    (
        re.compile(r"\bkeeps? (?:growing|accumulating)\b|\bremembers?\b|\bbetween calls\b|\bprevious call", re.I),
        {"mutable-default", "mutable-class-attribute"},
    ),
    (
        re.compile(
            r"\ball (?:the )?(?:same|print the same|return the same)\b|\bsame value\b|\blast value\b|"
            r"\b(?:every|each|all (?:the |of the )?|other) (?:rows?|lists?|columns?)\b",
            re.I,
        ),
        {"late-binding-closure", "shared-inner-list"},
    ),
    (
        re.compile(r"\bonly (?:looks at |checks |returns )?(?:the )?first\b|\bstops? after (?:the )?first\b", re.I),
        {"return-in-loop"},
    ),
    (
        re.compile(
            r"\bsilently\b|\bswallow|\bno error (?:is )?(?:shown|raised|reported)\b|"
            # "quietly gives me an empty list instead of telling me", "carries on without a warning"
            r"\bquietly\b|\binstead of (?:telling|warning|complaining|raising|erroring|failing|crashing|throwing|"
            r"(?:showing |giving |raising )?an? (?:error|exception|warning))\b|\bwithout (?:telling|warning|"
            r"complaining|raising|an? (?:error|exception|warning|word)|any (?:errors?|exceptions?|warnings?))\b|"
            r"\b(?:doesn'?t|does not|never|won'?t) (?:tell|warn|complain)s?\b|"
            r"\b(?:errors?|exceptions?) (?:just |simply )?(?:disappears?|vanish)|"
            # "keeps hiding errors", "errors get lost", "I never see the error"
            r"\b(?:hides?|hiding|hid|hidden|masks?|masking|eats?|eating) (?:the |my |any |all |its |every )?"
            r"(?:errors?|exceptions?|failures?|tracebacks?)\b|\b(?:errors?|exceptions?) (?:get|gets|are|go|is) "
            r"(?:hidden|lost|eaten|ignored|masked)\b|"
            r"\bnever (?:see|get|shows?) (?:an |any |the )?(?:errors?|exceptions?)\b",
            re.I,
        ),
        {"swallowed-exception", "bare-except", "return-in-finally"},
    ),
    (
        re.compile(r"\bcurly braces\b|\bbraces\b|\bprints? (?:the )?(?:variable )?names?\b", re.I),
        {"missing-f-prefix"},
    ),
    (
        # A comparison or test that comes out true when it should not: type coercion, an assignment, indexOf.
        re.compile(
            r"\b(?:comes? out|evaluates? to|is always|returns?|gives?) (?:as )?true\b|\bcoerc|\btype conversion\b|"
            r"\btruthy\b|\bfalsy\b|\bas if (?:it )?(?:were|was) (?:zero|0|true|false|a number|empty)\b|"
            r"\btreated as (?:zero|0|true|false|a number)\b|\b(?:counts|passes) as (?:zero|0|true|false)\b",
            re.I,
        ),
        {"loose-equality", "assignment-in-condition", "indexof-truthiness", "constant-condition", "is-literal"},
    ),
    (
        # A value that is still a promise: "[object Promise]", "Promise { <pending> }", "res.json is not a function".
        re.compile(r"\[object promise\]|\bpromise \{|\bpending\b|\bis not a function\b", re.I),
        {"missing-await", "map-async", "foreach-async"},
    ),
]
# A count that comes out too low ("we keep ending up one short", "always one crate too few"): rounded down, or a loop
# that misses an item. A result below zero ("negative nights"): a difference taken the wrong way round, or "=-".
SYMPTOMS.append(
    (
        re.compile(
            r"\bone (?:\w+ )?(?:short|too few|fewer|too little)\b|\b(?:short|under) by (?:one|1|a)\b|"
            r"\b(?:comes?|came|coming|ends?|ended|ending) (?:up |out )?(?:one )?short\b|\btoo few\b|\bundercount",
            re.I,
        ),
        {"count-rounded-down", "loop-skips-last", "loop-skips-first", "repeat-one-short"},
    )
)
# A total that comes out lower than it should ("the total is always too small", "the pay comes out too low"): work
# repeated one time too few, an item skipped, a total returned or overwritten in its loop, or a count rounded down
# (or an error passed over in a loop that adds up, ``hidden_skips``, which explains any wrong total).
LOW_TOTAL = frozenset(
    {"repeat-one-short", "count-rounded-down", "loop-skips-last", "loop-skips-first", "return-in-loop"}
    | {"overwritten-total", "reset-in-loop"}  # a return in the loop adds the first alone, an '=' keeps the last
    | {"divisor-not-count"}  # an average shared among more than there are
)
SYMPTOMS.append(
    (
        re.compile(
            r"\b(?:is|are|was|were|comes?|came|always|seems?|looks?|gets?|got) (?:out |always |still |a bit |a little "
            r"|much |way )*too (?:small|low|little)\b|\b(?:smaller|lower|less) than (?:it should|expected|it must)\b",
            re.I,
        ),
        set(LOW_TOTAL),
    )
)
SYMPTOMS.append(
    (
        re.compile(
            NEGATIVE + r"|\bminus (?:figures?|numbers?|values?|amounts?|days?|nights?|hours?|minutes?)\b|"
            r"\bbelow (?:zero|0)\b|\bless than (?:zero|0)\b|"
            r"\b(?:comes? out|came out|gives?|gave|returns?|returned|shows?|showed|shown|prints?|printed|displays?|"
            r"displayed|says?|said) (?:as |me |us )?-\d",
            re.I,
        ),
        # (or a discount given as a whole percentage used as a fraction: 10% off 200 takes 2000 off)
        {"reversed-difference", "reversed-augmented-assignment", "percent-as-fraction"},
    )
)
SYMPTOMS.append(
    (
        # a percentage used as a fraction: the charge is many times too big, a discount takes the price below 0
        re.compile(
            NEGATIVE + r"|\b(?:too|way|crazy|far|very|really|ridiculously|insanely|massively) (?:high|big|much|large)\b"
            r"|\b(?:ten|10|a hundred|100) times (?:too |what it should|more|bigger|higher)|\bx ?10\b",
            re.I,
        ),
        {"percent-as-fraction"},
    )
)
_EDGE_CASES = (
    re.compile(r"\b(?:edge|corner) cases?\b|\bempty (?:list|input|string|array)\b", re.I),
    {
        "division-by-len",
        "division-by-zero",
        "unchecked-divisor",
        "index-off-by-one",
        "missing-return",
        "possibly-unbound",
    },
)
# A value that stays as it started ("Always 0", "the count never goes up", "doesn't update"): a result computed and
# thrown away ("counts[k] + 1" on its own line), or a fallback looked up and dropped.
SYMPTOMS.append(
    (
        re.compile(
            r"\b(?:always|stays?|still|remains?|stuck (?:at|on)) (?:at )?(?:0|zero)\b|\bnever (?:changes?|updates?|"
            r"goes up|increases?|counts?|adds? up)\b|\b(?:doesn'?t|does not|won'?t|didn'?t|did not) (?:change|update|"
            r"go up|increase|count|get saved|save|add)\b|\bnot (?:counting|updating|saving|changing|increasing)\b",
            re.I,
        ),
        {"discarded-result", "get-default-discarded", "misspelt-name"},
    )
)
SYMPTOMS.append(_EDGE_CASES)
# A value that is not a number where one was meant ("Always NaN come out", "shows undefined"): a property looked up
# by the wrong name.
SYMPTOMS.append(
    (
        re.compile(
            r"\bnan\b|\bnot a number\b|\b(?:prints?|printed|shows?|showed|gives?|gave|returns?|returned|comes? out|"
            r"came out|gets?|got)\s+(?:as\s+|me\s+)?undefined\b",
            re.I,
        ),
        {"dot-key-variable", "index-off-by-one"},  # (an index past the end of an array reads undefined too)
    )
)
# The case exactly at a limit left out ("the forms with exactly 8 months don't come out", "an order of exactly $50
# gets no free delivery", "equal scores are not counted"): a strict comparison where the limit itself counts.
SYMPTOMS.append(
    (
        re.compile(
            r"\bexactly\b[^.?!]{0,80}?\b(?:don'?t|doesn'?t|do not|does not|aren'?t|isn'?t|not|never|no|left out|"
            r"missing|excluded|skipped)\b|\b(?:equal|same) (?:scores?|values?|amounts?|numbers?|ones?)\b[^.?!]{0,40}?"
            r"\b(?:not|never|left out|excluded|skipped|missing)\b",
            re.I,
        ),
        {"boundary-excluded"},
    )
)


# Rules that cannot explain a reported symptom of a kind: what never changes a computed value (a file left open,
# a missing timeout, a security hole) is not why a total is wrong, and what only gives a wrong value or hides an
# error (a shared default, a late-bound loop variable, a swallowed exception) is not why the code crashes.
_KEEPS_VALUES = frozenset(
    {"open-without-with", "request-without-timeout", "debug-enabled", "hardcoded-secret", "insecure-random"}
    | {"sql-injection", "shell-injection", "eval-exec", "unsafe-deserialization", "tls-unverified", "path-traversal"}
    | {"weak-password-hash", "inner-html", "high-complexity", "endless-loop", "loop-never-ends"}
)
_RAISES_NOTHING = frozenset(
    {"mutable-default", "mutable-class-attribute", "late-binding-closure", "float-equality", "seeded-extreme"}
    | {"return-in-loop", "loop-skips-last", "loop-skips-first", "floor-division", "reversed-augmented-assignment"}
    | {"repeat-one-short", "reset-in-loop", "conversion-factor", "tax-only", "tax-taken-as-discount"}
    | {"divisor-not-count", "twin-name-swapped", "allowance-charged"}
    | {"is-literal", "tax-subtracted", "square-as-double"}
    | {"loose-equality", "swallowed-exception", "bare-except", "missing-f-prefix", "get-default-discarded"}
    | {"discarded-result", "open-without-with", "request-without-timeout", "endless-loop", "loop-never-ends"}
    | {"debug-enabled", "hardcoded-secret", "insecure-random", "weak-password-hash", "tls-unverified", "inner-html"}
    | {"sql-injection", "shell-injection", "path-traversal", "unsafe-deserialization", "high-complexity"}
)


_ANY_WRONG_VALUE = frozenset({"twin-name-swapped"})
"""Rules that make any figure wrong, too big or too small: they explain every wrong result a user reports."""


def explains(question: Question, item: Finding) -> bool:
    """Whether ``item`` can be the cause of the kind of failure the user reports (any, when they report none)."""
    if question.suspects:
        return item.rule in question.suspects or question.misbehaves and item.rule in _ANY_WRONG_VALUE
    if question.misbehaves and item.rule in _KEEPS_VALUES:
        return False
    return not (question.crashes and not question.misbehaves and item.rule in _RAISES_NOTHING)
