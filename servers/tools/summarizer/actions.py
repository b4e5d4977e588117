"""The actions a text records: "the action points", "the to-dos from this meeting", "who is doing what".

Meeting notes, call notes and emails say what was decided and what someone will do next. A request for the
actions is not a request for the text's most central sentences (those may be the decisions, or the background):
it asks for every sentence that says somebody will do something. Those are found by their grammar, not by a
guess at meaning: a sentence is an action when it says what someone (or something, "the forecast") will, is
going to, needs to, has to, must or agreed to do, or is to do ("Sam to send the notes", the minutes' own shorthand).

``asks_for_actions`` reads the instruction; ``without_actions_ask`` puts "the key points" where the ask named the
actions, so the gate still reads every other word of it ("... in plain English" is still declined);
``action_sentences`` picks the material's actions, whole and in order. A text with no action in it gets none, and
the summarizer declines rather than hand back its central sentences as if they were the actions.
Every pattern is a flat alternation of words: linear on any input.
"""

from __future__ import annotations

import re

from servers.tools.summarizer.sentences import split_sentences

_ACTION_NOUNS = (
    r"(?:action (?:points?|items?|list)|(?<!'s )(?<!’s )(?<!s' )(?<!their )(?<!his )(?<!her )(?<!its )(?<!about )"
    r"(?<!about the )actions?(?! (?:of|by|taken|in|on|against)\b)|to-?dos?|to do list|todo list|next steps|"
    r"follow[- ]ups?)"
)
_ACTIONS_ASK = re.compile(
    rf"\b(?:(?:only|just) )?(?:the |any |all (?:the )?)?(?:agreed |main |key )?{_ACTION_NOUNS}(?: only)?\b|"
    r"\bwho(?:'s|’s| is) doing what\b|\bwho (?:needs|has) to do what\b|\bwhat (?:needs|has) to (?:be done|happen)"
    r"(?: next)?\b",
    re.I,
)
# An action named as the text's topic rather than the ask: "summarize this article about the legal action".
_NOT_ACTIONS = re.compile(r"\b(?:legal|industrial|military|class|court|disciplinary|direct) actions?\b", re.I)
_SUMMARY_ASKED = re.compile(
    r"\b(?:summari[sz]\w*|summary|sum (?:\w+ ){0,3}up|recap|list|pull out|extract|give me|what are|tl;?dr|"
    r"bullet|key points?|main points?|need|want|only|just)\b|\bwho(?:'s|’s| is) doing what\b|"
    r"\bwhat (?:needs|has) to\b",
    re.I,
)
# Someone's part still to do: a modal or "going to" before a verb of doing (not "will be out of use", "will take
# ten weeks", "will cost more": what a thing is or will be, not what anyone does), the minutes' "Sam to send ...",
# or a request to the reader ("Please pack your desk ...").
_NOT_DOING = (
    r"(?! (?:be|cost|costs|last|take|remain|stay|happen|seem|look|mean|depend|continue|affect|rise|fall|"
    r"increase|decrease|change|vary|not|never|probably|likely|still|also|only)\b)"
)
_PASSIVE = r"(?: be (?:\w+ed|\w+en|sent|paid|made|done|kept|told|brought|bought|built|sold|set|put|cut|held)\b)"
_WILL_DO = re.compile(
    r"\b(?:will|'ll|’ll|shall|must|(?:is|are|am) going to|needs? to|has to|have to|"
    r"(?:has |have )?(?:agreed|offered|volunteered|promised) to)"
    rf"(?:{_NOT_DOING} [a-z]|{_PASSIVE})|"
    r"\b(?:is|are) (?:responsible for|in charge of|handling|taking care of|looking into|sorting out|following up)\b|"
    r"^\W*(?:please|kindly) (?!note\b|see\b|find\b)[a-z]+\b",
    re.I,
)
# Capitals matter here: "Sam to send the notes" is the minutes' shorthand, "We decided to wait" is not.
_MINUTES = re.compile(r"^\W*(?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+ (?:and [A-Z][\w'’-]+ )?to (?!be\b)[a-z]+\b")
# Not an action: a conditional or a question about one ("If it rains we will ...", "Will the coach come?").
_NOT_A_DEED = re.compile(r"^\W*(?:if|unless|whether|will|shall|must)\b|\?\s*$", re.I)


def asks_for_actions(instruction: str) -> bool:
    """Whether ``instruction`` asks for the text's actions (action points, to-dos, next steps, who is doing what)
    rather than for its central sentences."""
    text = instruction[:2000]
    found = _ACTIONS_ASK.search(text)
    return found is not None and not _NOT_ACTIONS.search(text) and _SUMMARY_ASKED.search(text) is not None


def without_actions_ask(instruction: str) -> str:
    """``instruction`` with its ask for the actions read as an ask for key points, so that every other word of
    it is still read by the gate ("the action points in plain English" still asks for new words)."""
    return _ACTIONS_ASK.sub("the key points", instruction[:2000], count=1)


def action_sentences(material: str) -> list[str]:
    """The sentences of ``material`` that say someone will do something, in order; empty when none does."""
    sentences = split_sentences(material)
    return [s for s in sentences if (_WILL_DO.search(s) or _MINUTES.search(s)) and not _NOT_A_DEED.search(s)]
