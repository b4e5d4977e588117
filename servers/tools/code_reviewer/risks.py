"""What each rule's finding risks, in one plain sentence for a reader who does not code.

A review is read by people who will never open the code: a manager deciding whether a fix can wait, a client
asking what was wrong. ``[hardcoded-secret, error]`` and "Fix: load it from the environment" tell them nothing,
and rewording a technical point into plain words is not something rules can do offline. So every rule states
here, once, what could go wrong for the business or its users when the finding is left alone, with no names
from the code and no jargon; the review carries the sentence with each finding (``risk`` in the data, "In plain
words: ..." in the text), and a writer asked for a plain explanation composes from these sentences only.
A rule without a sentence has none to give (``plain_risk`` returns ""), and a plain explanation of it declines.
"""

from __future__ import annotations

from servers.tools.code_reviewer.source import Finding

RISKS: dict[str, str] = {
    # syntax and names
    "syntax-error": "The program will not start at all until this mistake in how it is written is corrected.",
    "undefined-name": "The program refers to something that does not exist, so it will crash when it gets there.",
    "unused-import": "Leftover clutter that does no harm today but makes the program harder to maintain.",
    "unused-variable": "A value is worked out and never used, which is wasted effort and may hide a forgotten step.",
    "shadowed-builtin": (
        "A standard tool is hidden behind a name reused for something else, which invites later mistakes."
    ),
    "redefined-function": (
        "The same piece is written twice and only the second copy counts, so the first is silently lost."
    ),
    "used-before-assignment": "The program uses a value before it has one, so it will crash on that path.",
    "misspelt-name": (
        "A misspelt name means the value meant to change never does, and the line itself crashes when it runs."
    ),
    "possibly-unbound": (
        "On some paths the program uses a value it never set, so it can crash in situations that were not tested."
    ),
    # control flow
    "unreachable-code": "Some instructions can never run, so whatever they were meant to do never happens.",
    "missing-return": (
        "In some cases the program hands back nothing instead of a result, which can cause errors further on."
    ),
    "return-in-loop": "The program stops after looking at the first item, so the rest are never checked.",
    # arithmetic
    "percent-as-fraction": "A percentage is applied as a fraction, so the charge comes out 100 times too big.",
    "quoted-number-argument": "A number is passed as text, so the sum can't be worked out and the program stops.",
    "unit-factor": (
        "A measure is converted with the wrong factor, so every figure worked out from it is out by that much."
    ),
    "power-precedence": (
        "The power is taken before the division, not of it, so the result is a different number from the one meant."
    ),
    "endless-loop": "The program can get stuck repeating forever and stop responding.",
    "loop-never-ends": "The program gets stuck repeating forever and stops responding.",
    "recursion-no-base": "The program keeps calling itself with no way to stop, so it will crash.",
    "recursion-no-progress": "The program can keep calling itself without getting closer to an end, so it may crash.",
    # comparisons and conditions
    "none-comparison": "A check for a missing value is written in a way that can give the wrong answer in rare cases.",
    "bool-comparison": "A yes/no check is written in a roundabout way that is easy to get wrong when changed.",
    "is-literal": (
        "A comparison can give different answers on different computers, so the program may behave unpredictably."
    ),
    "constant-condition": (
        "A check always comes out the same way, so one of the paths it was meant to choose never happens."
    ),
    "comparison-statement": "A comparison is made and then ignored, so something that was meant to happen does not.",
    "float-equality": (
        "Two numbers with decimals are compared exactly, so a check can fail even when the amounts look equal."
    ),
    "assert-tuple": "A safety check is written so that it always passes, so it never catches anything.",
    "type-comparison": "A check on what kind of value something is gives the wrong answer, so the wrong path can run.",
    "shadowed-branch": (
        "An earlier check catches every case a later one was meant for, so the later outcome never happens."
    ),
    "full-off-by-one": (
        "The check for being full gives the wrong answer at the very moment it is full, so one booking too many "
        "can get through."
    ),
    "boundary-excluded": (
        "A check leaves out the case that is exactly on its limit, so those items are missed though they qualify."
    ),
    # loops and indexing
    "modify-while-iterating": (
        "A list is changed while it is being gone through, so some items are skipped or handled twice."
    ),
    "index-off-by-one": "The program reaches one step past the end of a list, so it will crash.",
    "loop-skips-last": "The last item in a list is never handled, so results can be quietly incomplete.",
    "loop-skips-first": "The first item in a list is never handled, so results can be quietly incomplete.",
    "repeat-one-short": "Work repeated once per day or per item is done one time too few, so totals come out short.",
    "float-index": "A position in a list is worked out as a fraction, so the program will crash.",
    "late-binding-closure": "Several pieces that should each remember their own value all end up using the last one.",
    "unused-loop-variable": (
        "A repeated step ignores the item it is on, which may mean the wrong thing is being repeated."
    ),
    "seeded-extreme": "Finding the largest or smallest value starts from a fixed guess, so the answer can be wrong.",
    # values and calls
    "division-by-zero": "The program divides by zero, so it will crash.",
    "division-by-len": "An average of an empty list divides by zero, so it crashes when there is nothing to count.",
    "floor-division": "A division throws away the part after the decimal point, so amounts come out too small.",
    "shared-inner-list": "Rows that should be separate are one and the same, so changing one changes them all.",
    "unchecked-divisor": "A division is not protected against zero, so it can crash on some inputs.",
    "input-not-converted": (
        "Typed-in text is used as if it were a number, so the results are wrong or the program crashes."
    ),
    "str-plus-number": "Text and a number are joined without converting one of them, so the program will crash.",
    "conversion-inverted": "Amounts are converted the wrong way round, so every figure in the new unit is far off.",
    "conversion-factor": "Amounts are converted with a different factor from the one you gave, so every figure is off.",
    "divisor-not-count": "An average is divided by a count typed in by hand that is not how many values there are.",
    "twin-name-swapped": "One value is used where its twin was meant, so that part of the result is wrong.",
    "allowance-charged": "A free allowance is charged after all once it is passed, so the bills come out too high.",
    "none-result": "The program uses the result of a step that gives back nothing, so it will crash or go wrong.",
    "discarded-result": "A step's result is thrown away, so the change it makes never takes effect.",
    "float-format-code": "A number with a fraction is shown as a whole number, so the program will crash.",
    "tax-subtracted": "A tax is taken off the amount instead of added to it, so the totals come out too low.",
    "tax-only": "Only the tax is given back where the price with the tax is wanted, so every price is far too small.",
    "wrong-operation": "One step of the sum is the wrong one, so the result is not the figure wanted.",
    "decimal-comma": "A number written with a decimal comma can't be read, so the program stops for it.",
    "tax-taken-as-discount": "A tax in a price is taken off like a discount, so prices without it come out too low.",
    "xor-as-power": "A number meant to be squared is not, so the results are wrong or the program crashes.",
    "square-as-double": "A number meant to be squared is doubled instead, so the results come out wrong.",
    "format-arguments": (
        "A message is filled in with the wrong number of values, so it will crash or show the wrong thing."
    ),
    "reversed-augmented-assignment": (
        "A running total is overwritten instead of added to, so the totals come out wrong."
    ),
    "count-rounded-down": "A count is rounded down, so there is one too few whenever something is left over.",
    "reversed-difference": "Two values are subtracted the wrong way round, so the result comes out negative.",
    "overwritten-total": "A running total is replaced by each item instead of added to, so only the last one counts.",
    "reset-in-loop": "A running total starts again from nothing on every pass, so only the last item counts.",
    "missing-f-prefix": "A message will show placeholder text instead of the real values.",
    "missing-await": "A step is started but never waited for, so its work may never actually happen.",
    "method-not-called": "A step is named but never carried out, so what it should do never happens.",
    # dictionary lookups
    "get-none-arithmetic": "A missing entry is used in a sum, so the program crashes when the entry is not there.",
    "get-default-discarded": "A fallback value is looked up and then thrown away, so missing entries are not handled.",
    "missing-key": "The program looks up an entry that may not be there, so it can crash.",
    "dot-key-variable": (
        "The program looks up an entry by the wrong name, so it finds nothing and the sums with it come out as NaN."
    ),
    # definitions
    "mutable-default": (
        "Information from one use leaks into the next, so results can mix between customers or requests."
    ),
    "mutable-class-attribute": (
        "Data meant for one record is shared by all of them, so changes to one show up in every other."
    ),
    "missing-self": "A piece of the program is set up wrongly and will crash as soon as it is used.",
    "duplicate-key": "The same setting is given twice and only the last one counts, so the first is silently lost.",
    # errors and resources
    "bare-except": "Every error is caught and hidden, so when something breaks nobody finds out why.",
    "swallowed-exception": "Errors are silently ignored, so failures go unnoticed and are hard to track down.",
    "unreachable-except": "An error handler can never run, so that kind of problem is not handled as intended.",
    "except-or": "Only one of the errors meant to be handled is caught, so the others crash the program.",
    "return-in-finally": "Errors can be silently swallowed at the last step, so failures look like successes.",
    "open-without-with": "A file may be left open, which can lose data or run out of resources over time.",
    # security
    "sql-injection": (
        "A database query is built by pasting in outside text, so someone could read or change data they shouldn't."
    ),
    "eval-exec": "Text from outside is run as program instructions, so someone could take control of the system.",
    "shell-injection": (
        "Outside text is passed to a system command, so someone could run their own commands on the server."
    ),
    "unsafe-deserialization": (
        "Loading data from outside can run hidden instructions, so someone could take over the system."
    ),
    "hardcoded-secret": (
        "A password or access key is written into the program itself, so anyone who sees the code can use it."
    ),
    "tls-unverified": "Secure connections are not checked, so someone could intercept or tamper with the data sent.",
    "request-without-timeout": (
        "A call to another service has no time limit, so the program can hang if that service stalls."
    ),
    "debug-enabled": "A developer mode is left on, which can show internal details to outsiders.",
    "weak-password-hash": "Passwords are protected with a weak method, so stolen passwords could be cracked easily.",
    "insecure-random": "Security codes are generated predictably, so someone could guess them.",
    "path-traversal": "Outside text picks which file is opened, so someone could read files they should not see.",
    "high-complexity": "This part is so tangled that it is hard to test and easy to break when changed.",
    # suggestions
    "long-elif-chain": "A long chain of checks that is hard to read and easy to get wrong when changed.",
    "deep-nesting": "Deeply layered logic that is hard to follow and easy to break when changed.",
    "index-loop": "A roundabout way of going through a list that is harder to read and slower than needed.",
    "long-function": "One very long piece that is hard to understand, test and change safely.",
    "string-concat-in-loop": "Text is built up piece by piece in a slow way, which gets slow for large amounts.",
    "list-front-operation": "Items are added or removed at the front of a list, which gets slow as the list grows.",
    "list-membership-in-loop": "Looking things up in a list over and over gets slow as the data grows.",
    "exponential-recursion": "The same work is redone many times over, so it becomes very slow for larger inputs.",
    # JavaScript
    "loose-equality": "Values are compared loosely, so different things can count as equal and the wrong path runs.",
    "nan-comparison": "A check for an invalid number never works, so bad numbers slip through.",
    "assignment-in-condition": "A check overwrites a value instead of testing it, so the wrong path runs.",
    "var-declaration": "An old way of declaring values that makes mistakes easier.",
    "inner-html": "Outside text is put straight into the web page, so someone could inject harmful content.",
    "var-loop-closure": "Several pieces that should each remember their own value all end up using the last one.",
    "foreach-async": "Background steps are not waited for, so the program carries on before the work is done.",
    "map-async": "Background steps are not waited for, so the program carries on before the work is done.",
    "switch-fallthrough": "One case runs on into the next, so extra actions happen that were not meant to.",
    "parseint-radix": "Numbers typed in can be read the wrong way in some cases, giving wrong values.",
    "indexof-truthiness": "A search treats a match at the very start as no match, so some items are missed.",
    "date-month-from-zero": "Dates come out a month late: a booking for 10 March is saved as 10 April.",
    # shell
    "rm-from-root": "A delete command could wipe the whole system if a setting is empty.",
    "rm-split-path": "A stray space makes a delete command remove far more than the folder it names.",
    "unquoted-variable": "File names with spaces can be split up, so commands act on the wrong files.",
    "unchecked-cd": (
        "If changing folder fails, the following commands run in the wrong place, which can delete the wrong files."
    ),
    "missing-strict-mode": "The script carries on after a failed step, so errors can snowball unnoticed.",
    # SQL
    "delete-without-where": "This deletes every row in the table, not just the intended ones.",
    "update-without-where": "This changes every row in the table, not just the intended ones.",
    "null-comparison": "A check for missing values never matches, so those rows are quietly left out.",
    "dynamic-sql": "A database query is built from outside text, so someone could read or change data they shouldn't.",
}


def plain_risk(rule: str) -> str:
    """The plain sentence on what ``rule``'s finding risks, or "" when the rule has none."""
    return RISKS.get(rule, "")


def said_plainly(finding: Finding) -> str:
    """A finding's line in a review's text, its plain sentence last ("In plain words: ..."), where a writer
    asked to explain the review to someone who doesn't code finds it."""
    risk = plain_risk(finding.rule)
    return f"{finding.describe()} In plain words: {risk}" if risk else finding.describe()
