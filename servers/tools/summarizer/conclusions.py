"""Conclusions: the sentence where a report, a review or a trial says what it decided or recommends.

A comparison or a trial ("We tested four tools over six weeks ... Planly was cheaper but slower ... We recommend
buying Taskwise for the whole department.") states its point last, in words the rest of the text uses once at most:
word frequency ranks it low, and the lead rule keeps the opening. A summary that leaves out the decision misses what
the text is for, so a concluding sentence ranks right after the best sentence, like what a writer asks for.

A conclusion opens with its marker ("In conclusion, ...", "Overall, ...", "Our recommendation is ...") or is the
writer's own decision ("We recommend ...", "I'd recommend ...", "We have decided to ...", "So we chose ...",
"We're going with ..."), or says what the money raised goes to ("The money will go towards new playground
equipment."). The pattern is one flat alternation of words: linear to match.
"""

from __future__ import annotations

import re

_CONCLUDES = re.compile(
    r"^\W*(?:(?:so|and|but|now|therefore|overall|in\s+short|all\s+in\s+all|in\s+the\s+end|in\s+conclusion|"
    r"to\s+conclude|in\s+summary|on\s+balance|as\s+a\s+result)\W+)?"
    r"(?:(?:i|we)\s*(?:(?:'d|’d|would|(?:'ve|’ve|have)|(?:'re|’re|are|'m|’m|am)|therefore|strongly|now)\s+)?"
    r"(?:recommend(?:ed|ing)?|decided|chose|picked|selected|opted|concluded?|going\s+with|(?:will|'ll|’ll)\s+go\s+with|"
    r"settled\s+on|propose)\b|"
    r"(?:our|my|the)\s+(?:final\s+)?(?:recommendation|verdict|conclusion|decision|choice|pick)\s+(?:is|was)\b|"
    r"(?:in\s+conclusion|to\s+conclude|on\s+balance)\b)|"
    # After a closing marker, whoever decides: "In the end the board chose Skyline", "Overall, the panel picked ...".
    r"^\W*(?:in\s+the\s+end|overall|in\s+conclusion|on\s+balance|finally|eventually)\W+(?:\w+\s+){1,3}"
    r"(?:chose|picked|selected|opted|decided|voted|went\s+with|settled\s+on|recommended)\b|"
    # What money raised or saved goes to: "The money will go towards new playground equipment", "All proceeds will
    # be spent on the roof", "The funds are going to the hospice": the point of a fundraiser's report.
    r"^\W*(?:so\W+|and\W+)?(?:the|this|that|all\s+(?:the\s+)?|our)\s*(?:money|funds?|proceeds|profits?|takings|"
    r"donations|savings|cash|total)\s+(?:raised\s+|collected\s+|made\s+)?(?:will|is\s+going\s+to|are\s+going\s+to|"
    r"goes|go|is\s+going|are\s+going)\s+(?:to\b|towards\b|be\s+(?:spent|used|put)\s+(?:on|for|towards)\b|"
    r"go\s+(?:to|towards)\b|pay\s+for\b|fund\b)",
    re.I,
)


def concludes(sentence: str) -> bool:
    """Whether ``sentence`` states the text's conclusion or decision (see the module docstring)."""
    return _CONCLUDES.match(sentence[:300]) is not None
