"""A request for the writer's own view: "Give me your honest view: is gold or bitcoin the better investment for a
retiree?", "What do you think, should I quit my job?", "In your opinion, is an electric car worth it?".

The writer writes the user's points; it holds no view of its own, and a view on money, health or a life choice is
advice no offline rule can give honestly. Such a request is declined, whichever writing tool it reaches, rather than
hand the question back as if it were the answer. The user's own view to write up ("a post giving my view that ...")
and a question inside the text to rewrite are not asked of the writer, and are left alone.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.requests import split_request

# Asked of the writer, at the start of the instruction: its view, opinion, take or advice.
_ASKED = re.compile(
    r"^\W*(?:(?:please|so|ok|okay|hey|honestly|quick question)\W+)*(?:(?:can|could|would)\s+you\s+)?"
    r"(?:(?:give|tell|share|send)\s+me\s+|what(?:'s|\s+is|\s+are)\s+|i\s+(?:want|need|would\s+like|'d\s+like)\s+)?"
    r"(?:your\s+(?:(?:own|honest|personal|frank|candid|expert|gut|real)\s+){0,2}(?:view|views|opinion|take|thoughts|"
    r"verdict|advice|recommendation|pick)\b|what\s+do\s+you\s+(?:think|reckon|recommend|suggest|advise)\b|"
    r"in\s+your\s+(?:(?:honest|personal|own)\s+)?(?:view|opinion)\b|which\s+(?:one\s+)?would\s+you\s+(?:pick|choose|"
    r"go\s+for|recommend)\b|(?:be\s+honest|tell\s+me\s+honestly)\W+(?:which|is|are|should|would|do)\b)",
    re.I,
)
# A text to write or rewrite named in the ask ("your view on my draft email", "what do you think of this post"):
# a judgement of a draft, which the judge tool gives.
_OF_A_TEXT = re.compile(
    r"\b(?:write|draft|rewrite|rephrase|compose|email|letter|post|essay|draft|cv|speech|text)\b", re.I
)


def refuse_opinion(request: str) -> None:
    """ToolInputError when ``request`` asks for the writer's own view rather than a text."""
    instruction = " ".join(split_request(request).instruction.split())[:600]
    if not _ASKED.match(instruction) or _OF_A_TEXT.search(instruction):
        return
    raise ToolInputError(
        "That asks for my own view, and offline I have none to give: I write and rewrite texts from the points you "
        "give. For a view on a question like that, ask someone qualified, or set ANTHROPIC_API_KEY."
    )
