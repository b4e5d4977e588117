"""An insult put as a question: "..., are you people incompetent?", "Are you all blind?".

It asks nothing the reader could answer, so a polite rewrite leaves it out whole (a sentence of its own) or as a
clause (after the fact or the ask it was tacked on to), with the question mark that went with it
(``politeness``). A real question to the reader ("Are you open on Sunday?") names no insult and stays.
"""

from __future__ import annotations

import re

INSULT_ASKED = (
    r"(?:are|were)\s+you\s+(?:(?:people|guys|lot|folks|all|two|both)\s+)?(?:(?:so|just|really|completely|totally|"
    r"all|that|actually)\s+)*(?:idiots?|morons?|fools?|clowns?|amateurs?|stupid|useless|incompetent|lazy|pathetic|"
    r"clueless|hopeless|dumb|blind|deaf|illiterate)\b[^,;.!?]{0,30}\?+\W*$"
)


def end_after_cut(kept: str, stop: str, last_cut: bool) -> str:
    """The end mark for what is kept of a sentence once its reproach is cut: its own, unless the sentence's last
    clause went and took a question mark that the kept words, asking nothing, do not need ("Stop sending me the same
    invoice, are you people incompetent?" -> "Stop sending me the same invoice.")."""
    asks = re.match(r"(?:why|where|what|when|who|how|is|are|can|could|will|would|do|does|did|has|have)\b", kept, re.I)
    return "." if "?" in stop and last_cut and not asks else stop
