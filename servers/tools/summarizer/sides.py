"""A summary of one side of a review or feedback: "Summarize this review, focusing on what the customer disliked: ...",
"Sum up the complaints in this feedback: ...", "... with a focus on the positives".

A side is not named by a word the text repeats, so ``focus`` cannot find it by its words; but a review says what
its writer disliked in words of complaint ("not", "too early", "run small", "started peeling", "however") and
what they liked in words of praise ("great", "spotless", "helpful"). The answer is every sentence on the side
asked, whole and in order, with a note that says they were chosen by such words. A sentence that says both
without a contrast ("The staff were helpful when our train was delayed") cannot be put on a side by its words:
then the request is declined rather than answered with a guess. So is a side no sentence or every sentence is on.
"""

from __future__ import annotations

import re
from typing import Literal

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer.sentences import split_sentences

Side = Literal["disliked", "liked"]

NOTE = (
    "These are the text's sentences that say what {who} {side}, whole and in order; offline I tell them by words of "
    "{words}, so a sentence that says it in other words may be missing."
)
_WHO = (
    r"(?:(?:the|this|that|our|my|their|a|each)\s+)?(?:[\w'-]+\s+)?(?:customer|client|guest|reviewer|user|buyer|"
    r"writer|author|patient|diner|visitor|shopper|parent|student|member|tenant|caller)s?|they|he|she|people|i|we|you"
)
_DISLIKED = (
    rf"what\s+(?P<who>{_WHO})\s+(?:disliked|didn'?t\s+like|did\s+not\s+like|hated|complained\s+about|"
    r"(?:was|were)\s+(?:unhappy|disappointed|dissatisfied)\s+with|found\s+wrong|critici[sz]ed)|"
    r"what\s+went\s+wrong|(?:the\s+|any\s+|their\s+|his\s+|her\s+)?(?:complaints?|negatives?|negative\s+points|"
    r"downsides?|cons|criticisms?|gripes|dislikes|bad\s+points|weak\s+points|weaknesses|drawbacks)"
)
_LIKED = (
    rf"what\s+(?P<who_liked>{_WHO})\s+(?:liked|loved|enjoyed|praised|(?:was|were)\s+(?:happy|pleased)\s+with)|"
    r"what\s+went\s+well|(?:the\s+|any\s+|their\s+|his\s+|her\s+)?(?:positives|positive\s+points|upsides?|pros|"
    r"praise|good\s+points|strong\s+points|strengths|likes)"
)
# The side asked, with the words that lead to it: "focusing on ...", "with a focus on ...", "summarize ... in this".
_LEAD = (
    r"(?:,?\s*(?:focus(?:ed|ing|es)?\s+on|with\s+(?:a|an|the)\s+(?:focus|emphasis)\s+on|concentrat(?:e|es|ing)\s+"
    r"on|(?:just|only|mainly|mostly)\s+(?:on\s+)?|especially|particularly)\s+|"
    r"(?:(?<=\bsummarize\s)|(?<=\bsummarise\s)|(?<=\bsum up\s)|(?<=\brecap\s)|(?<=\blist\s))"
    r"(?:only\s+|just\s+)?)"
)
_SIDE = re.compile(
    rf"{_LEAD}(?:(?P<disliked>{_DISLIKED})|(?P<liked>{_LIKED}))\b"
    r"(?:\s+(?:in|from|of)\s+(?:this|that|the|my|our|their)(?:\s+[\w-]+){0,2}?\s*(?=[:.?!]|$)|\s*(?=[:.,?!]|$))",
    re.I,
)
# Words of complaint and of praise; a sentence's side is the one whose words it says (more of), or both after a
# contrast ("Nice room, but the bed was hard").
_COMPLAINT = re.compile(
    r"\b(?:not|never|no\s+longer|\w+n't|cannot|unfortunately|disappoint\w*|poor(?:ly)?|bad(?:ly)?|worse|worst|"
    r"terrible|awful|horrible|dreadful|broke|broken|break(?:s|ing)?|crack(?:s|ed)?|tore|torn|ripp(?:ed|ing)|"
    r"leak(?:s|ed|ing)?|fault(?:y|s)?|fail(?:s|ed|ing)?|defective|peel(?:s|ed|ing)?|faded|shr[ai]nk|shrunk|"
    r"pinch(?:es|ed|ing)?|rubb(?:ed|ing)|hurt(?:s|ing)?|painful|uncomfortable|too\s+\w+|run\s+(?:small|large|big)|"
    r"runs\s+(?:small|large|big)|flimsy|overpriced|dirty|stain(?:s|ed)?|smell(?:s|ed|y)|noisy|rude|slow|late|"
    r"delay(?:s|ed)?|wrong|missing|damaged|complain\w*|problems?|issues?|annoy\w*|frustrat\w*|unclear|hidden|"
    r"extra|lack(?:s|ed|ing)?|regret\w*|wast(?:e|ed)|refund|cold|mess(?:y)?|stopped\s+working|fell\s+apart|"
    r"sadly|expensive|cramped|tiny|stale|bland|overcooked|undercooked|mediocre|useless|difficult|confusing|hard|"
    r"kept\s+\w+ing|crash(?:es|ed|ing)?|died|stopped|drop(?:s|ped|ping)\s+out|cut(?:s|ting)?\s+out|froze|"
    r"freez(?:es|ing)|queue[ds]?|queuing|waited|dusty|mou?ld(?:y)?|worn|scratch(?:ed|es)?|dented|wobbl\w+|"
    r"squeak\w*|lost|unhelpful|unfriendly|unreliable|unusable)\b",
    re.I,
)
_PRAISE = re.compile(
    r"\b(?:great|love[ds]?|loving|lovely|perfect(?:ly)?|excellent|fast|quick(?:ly)?|helpful|friendly|"
    r"comfortable|spotless|clean|good|nice|beautiful(?:ly)?|sturdy|well[\s-]made|recommend\w*|happy|pleased|"
    r"enjoy(?:s|ed)?|amazing|fantastic|wonderful|brilliant|superb|exactly\s+as|as\s+(?:pictured|described|"
    r"advertised)|worth|delicious|tasty|easy|smooth(?:ly)?|quiet|polite|kind|impressed|impressive|efficient|"
    r"generous|spacious|fresh|attentive|reliable|stylish|comfy|bright|warm|welcoming)\b",
    re.I,
)
_CONTRAST = re.compile(r"\b(?:but|however|although|though|except|yet|whereas|while)\b", re.I)


def side_asked(instruction: str) -> re.Match[str] | None:
    """The words that ask for one side of the text ("focusing on what the customer disliked"), if any."""
    return _SIDE.search(instruction[:2000])


def sided(found: re.Match[str], material: str) -> tuple[list[int], str] | None:
    """The positions of the sentences on the side ``found`` asks for, and the note to send with them; None when
    no sentence, or every one, is on it. ToolInputError when a sentence's side cannot be told by its words."""
    side: Side = "disliked" if found.group("disliked") else "liked"
    sentences = split_sentences(material)
    chosen: list[int] = []
    for i, sentence in enumerate(sentences):
        against, praised = len(_COMPLAINT.findall(sentence)), len(_PRAISE.findall(sentence))
        contrasted = bool(against and praised and _CONTRAST.search(sentence))  # on both sides, each said
        if against and against == praised and not contrasted:
            raise ToolInputError(
                f"'{sentence[:80]}' says something good and something bad in one breath, and offline I can't tell "
                f"which side it is on, so I won't guess what was {side}; ask for a plain summary instead."
            )
        ours, theirs = (against, praised) if side == "disliked" else (praised, against)
        if contrasted or ours > theirs:
            chosen.append(i)
    if not chosen or len(chosen) == len(sentences):
        return None
    who = (found.group("who") or found.group("who_liked") or "").lower()
    return chosen, NOTE.format(
        who=who if who and who not in ("i", "you", "we") else "its writer",
        side=side,
        words=("complaint ('not', 'too', 'however')" if side == "disliked" else "praise ('great', 'helpful')"),
    )


def without_side(instruction: str) -> str:
    """The instruction with the side it asks for taken out, for the other rules to read what else it asks."""
    return " ".join(_SIDE.sub(" ", instruction[:2000]).split())
