"""Asked jobs: requests that name their job in words no worker's card uses, restated in the words that say who does
it, for routing only (the worker still receives the user's own text).

- "How many words is this: <text>", "word count for this: <text>" -> "count the words in this" (the writer
  counts words; "how many" alone reads as a sum).
- "Is there a problem with this: <code>", "anything wrong with this? <code>" -> "review this code", when what
  follows is code though not in a ``` block ("for i in range(10):" and an indented line).
- "Please correct my English in this: <text>", "fix the grammar: <text>" -> "proofread this text and correct its
  grammar" (the writer proofreads; "check" and "correct" read as a fact check).
- "Just the action items from this please: <minutes>", "the next steps from these notes" -> "pull out the key
  points of this" (what a text says to do is among its key points); so are "Main points from the feedback: <text>",
  "gist pls - <text>" (``reading_asked``: what reading a text yields, named with no verb, and the text after it).
- "Tell my team the migration is finished", "tell the parents training moved" -> "write a message telling ..."
  (telling a third party is a message to write; "tell me ..." asks the assistant and stays as it is).

Each check is one anchored match on the first ``SCAN`` characters; the code check reads at most ``CODE_SCAN``.
"""

from __future__ import annotations

import re

from patterns.asked_sums import sum_asked

SCAN = 300
CODE_SCAN = 2000

_WORD_COUNT = re.compile(
    r"^(?:please\s+|just\s+)?(?:(?:can|could)\s+you\s+(?:tell\s+me\s+)?)?"
    r"(?:how\s+many\s+words\s+(?:is|are|in|does|has|have)\b|(?:what(?:'s|\s+is)\s+the\s+)?word\s+count\s+(?:of|for)\b)",
    re.IGNORECASE,
)
_ASKS_FOR_FAULTS = re.compile(
    r"^(?:please\s+|hey,?\s+|quick\s+one,?\s+)?(?:is\s+there\s+(?:a|any)\s+(?:problem|issue|bug|mistake|error)s?"
    r"|(?:is\s+there\s+)?anything\s+wrong|what(?:'s|\s+is)\s+wrong|(?:are\s+there\s+)?any\s+(?:bugs|problems|issues)"
    r"|does\s+this\s+(?:look\s+)?(?:right|ok|okay|correct))\s+(?:with|in)?\s*(?:this|my|the)\b",
    re.IGNORECASE,
)
# a line that opens as Python does, and a line indented under it
_CODE_OPENER = re.compile(
    r"(?m)^[ \t]*(?:for|while|if|elif|else|def|class|with|try|except|import|from|return|print)\b[^\n]{0,200}?[:(=]"
)
_INDENTED = re.compile(r"(?m)^(?: {2,}|\t)\S")
_ACTION_ITEMS = re.compile(
    r"^(?:please\s+)?(?:(?:can|could)\s+(?:you|i)\s+(?:have|get)\s+)?(?:just\s+)?(?:give\s+me\s+)?(?:the\s+)?"
    r"(?:action\s+(?:items|points)|to-?dos|next\s+steps|decisions(?:\s+made)?)\s+(?:from|in|of)\s+"
    r"(?:this|these|the|my|our)\b",
    re.IGNORECASE,
)
# "Main points from the feedback on our food truck: <text>", "gist pls - <text>": the reading of a text named by
# what it yields, with no verb, and the text after a colon or a dash.
_READING_ASKED = re.compile(
    r"^(?:please\s+|pls\s+|just\s+|quick\s+|so\s+)?(?:(?:can|could)\s+(?:you|i|we)\s+(?:give\s+me|get|have)\s+"
    r"|give\s+me\s+|i\s+need\s+|need\s+|what\s+are\s+)?(?:the\s+|a\s+)?(?:(?:key|main|big|top)\s+(?:points|takeaways"
    r"|messages|issues|themes|findings)|gist|highlights|takeaways|summary|recap|tl;?dr|short\s+version|upshot)\b"
    r"[^:\n]{0,80}?(?::|\s[-\u2013\u2014]\s)\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")
_CORRECTS_LANGUAGE = re.compile(
    r"^(?:please\s+|pls\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:correct|fix|check|improve|tidy\s+up)\s+"
    r"(?:my|the|our)\s+(?:english|grammar|spelling|punctuation|wording|sentences?)\b",
    re.IGNORECASE,
)
_TEXT_AFTER_COLON = re.compile(r":\s+\S")
_TELLS_OTHERS = re.compile(
    r"^(?:please\s+)?tell\s+(?P<whom>(?:my|our|the|all\s+the|all)\s+(?:[a-z'-]+\s+)?(?:team|staff|parents|class|students"
    r"|pupils|customers|members|tenants|neighbours|neighbors|colleagues|group|club|committee|volunteers|players"
    r"|guests|residents|kids|family|boss|manager|landlord|clients|everyone|crew|choir|squad)\b)",
    re.IGNORECASE,
)


def asked_job(instruction: str, material: str = "") -> str | None:
    """The job ``instruction`` asks for, restated in the words that say who does it, or ``None`` when it names
    its job as workers' cards do (or names none of these). ``material`` is what the request hands over."""
    head = instruction.strip()[:SCAN]
    if _WORD_COUNT.match(head):
        return "count the words in this text"
    if _ASKS_FOR_FAULTS.match(head) and _looks_like_code(material):
        return "review this code for bugs"
    # (the text may follow a colon the material reader does not take as one: "Could you correct my English: ...")
    if _CORRECTS_LANGUAGE.match(head) and (material or _TEXT_AFTER_COLON.search(head)):
        return "proofread this text and correct its grammar"
    if _ACTION_ITEMS.match(head):
        return "pull out the key points of this"
    told = _TELLS_OTHERS.match(head)
    if told is not None:
        return f"write a message to {head[told.start('whom') :]}"
    return None


def reading_asked(text: str) -> str | None:
    """The key points of a text, asked for by what reading it yields with no verb ("Main points from the feedback
    on our food truck: <text>", "gist pls - <text>"), when the text after the colon or dash runs to two sentences
    or more (a text to read, not the name of one to write: "Key points for my talk on bees"); ``None`` otherwise."""
    read = _READING_ASKED.match(text[:SCAN])
    if read is None or len(_SENTENCE_END.findall(text[read.end() : read.end() + CODE_SCAN])) < 2:
        return None
    if sum_asked(text) is not None:
        return None  # 'Summary figures: Q1 £20k, ... What's the yearly total?': figures labelled, a sum asked of them
    return "pull out the key points of this"


def _looks_like_code(material: str) -> bool:
    """Whether ``material`` reads as Python though not fenced: a line that opens as code, and an indented one."""
    text = material[:CODE_SCAN]
    return "```" in text or (_CODE_OPENER.search(text) is not None and _INDENTED.search(text) is not None)


__all__ = ["asked_job", "reading_asked"]
