"""The occasion of a summary request: who wrote the text, who the summary is for, where it will go and what the
asker will do with it.

"One of the parents wrote this about the weekend, can you summarise it for the club facebook page", "couple sent me
a massive email about their day, pull out the main points", "shorten this to one sentence for the card in my shop
window", "sum it up, want to show the lads in the brewhouse". Each names the source, the audience, the place or the
purpose of the summary; none asks anything of it that the text's main sentences would not give. What does ask more
stays with the gate's other rules: a verb of another job ("and list the prices"), a question ("what does PB
mean?"), a side of the text ("the bits about the fees").

- ``SOURCE`` is a whole clause telling who wrote or sent the text: a short subject ("couple", "one of the
  parents", "my neighbour's lad"), a verb of writing or passing on, the text ("this", "a massive email") and what it
  is about. Its topic is the whole text's, so it asks for no side of it.
- ``PLACE`` is where a summary asked for something will go, after that something: "for the card | in my shop
  window", "for our page | on the village website".
- ``PASSING_ON`` is what an asker does with a text once summarized: show, send, post, print, pin up.

Every pattern is a bounded run of whole words, each led by a space: linear on any input.
"""

from __future__ import annotations

import re

_WORD = r"[\w'’&-]+"
# A word of a name or a place, not one that starts another phrase ("to my boss | in French", "the hall | and the
# prices"): those may ask for more.
_NAME_WORD = r"(?!(?:in|into|as|with|without|using|and|but|then|plus|or|also|while|if|so)\b)[\w'’&-]+"
_OWNER = r"(?:my|our|the|his|her|their|your|a|an|some|this|that)"
_PLACE_OWNER = r"(?:my|our|the|his|her|their|your|a|an)"
PASSING_ON = (
    r"(?:show|send|share|post|print|forward|pin|put|stick|hand|give|pass|read|email|e-mail|text|circulate|paste|"
    r"copy|pop|display|upload|tweet|announce)"
)
"""A verb of passing a summary on or putting it up: what the asker does with it, asking nothing more of it."""
# Who: "couple", "one of the parents", "a lad from the brewery", "my neighbour's daughter" (five words at most)
_WHO = (
    rf"(?:(?:one|some|two|both|all|a few|a couple|several|most) of (?:the|my|our|his|her|their|them|us)"
    rf"(?: {_WORD}){{0,2}}|(?:{_OWNER} )?{_WORD}(?: {_WORD}){{0,3}}?)"
)
_WROTE = (
    r"(?:(?:has|have|had|just|only|finally|already|'s|’s|'ve|’ve) )?(?:wrote|written|sent|emailed|e-mailed|"
    r"forwarded|posted|passed|handed|gave|given|left|shared|messaged|texted|dropped|drafted|typed|put together|"
    r"sent round|sent over|sent out)"
)
_TEXT = (
    rf"(?:this|these|that|it|them|(?:a|an|the|this|that|these|their|his|her|my|our|your|some)(?: {_WORD}){{0,3}}?"
    r" (?:email|e-mail|mail|message|messages|letter|note|notes|text|texts|post|review|update|piece|report|essay|"
    r"blurb|write-up|writeup|story|account|complaint|notice|newsletter|memo|thread|rant|lot|paragraph|page|pages|"
    r"wall of text))"
)
SOURCE = re.compile(
    rf"^\W*{_WHO} {_WROTE}(?: (?:me|us|all of us|all us|over|round|up|in|out))?(?: {_TEXT})"
    r"(?: (?:up|over|round|in|out|together))?"
    # what it is about: the whole text's topic ("about their day", "about the weekend", "on Saturday's match")
    rf"(?: (?:about|on|regarding|re|after|from|for)(?: {_NAME_WORD}){{1,4}})?"
    r"(?: (?:to|for|with) (?:me|us))?\s*$",
    re.I,
)
"""A clause that says only who wrote or sent the text, and what it is about."""
_NAMED_TEXT = (
    r"(?:email|e-mail|message|letter|note|notes|text|post|review|update|report|notice|newsletter|memo|thread|rant|"
    r"announcement|blurb|write-up|writeup|complaint)"
)
NAMED_SOURCE = re.compile(
    rf"^\W*(?:(?:an?|the|this|that|these) )?(?:{_WORD} ){{0,2}}?{_NAMED_TEXT} (?:from|by|off) "
    rf"{_WHO}(?: (?:about|on|regarding|re)(?: {_NAME_WORD}){{1,4}}?)?(?: (?:below|here|attached|underneath))?\s*$",
    re.I,
)
"""A clause that only names the text and who it is from: "Email from the committee about the hall below"."""
PURPOSE = re.compile(
    rf"\b(?:so (?:that )?(?:i|we) (?:can|could) |to ){PASSING_ON}(?: (?:it|this|them|on|out|up|round|over|around))*"
    rf"(?: (?:to|on|in|at|for|with|into|onto) {_PLACE_OWNER}(?: {_NAME_WORD}){{1,3}})?(?: (?:please|pls|thanks))?\s*$",
    re.I,
)
"""What the asker will do with the summary, at the end of the ask: "to stick on the fridge", "to pass on to my
mum"."""
PLACE = re.compile(
    rf"\bfor {_PLACE_OWNER}(?: {_NAME_WORD}){{1,3}} (?:(?:in|on|at|outside|above|by|inside|in front of) "
    rf"{_PLACE_OWNER}(?: {_NAME_WORD}){{1,3}}|(?:at|in) (?:work|school|church|home|college|uni|chapel|mosque|temple))"
    r"(?: (?:please|pls|thanks|ta|cheers))?\s*$",
    re.I,
)
"""Where the summary will go, at the end of the ask: "for the card in my shop window", "for our page on the club
website"."""
# Words that ask something of the text: never part of an occasion. (A topic, "about the costs", is the whole text's.)
_ASKS_OF_IT = re.compile(
    r"\b(?:summar\w*|gist|points?|keywords?|list|translat\w*|explain\w*|mean\w*|why|which|whether|if|"
    r"bits?|parts?|sections?|only|just|mainly|especially)\b",
    re.I,
)

_SAID_WORDS = (
    r"(?:costs?|prices?|fees?|dates?|times?|deadlines?|figures?|numbers?|details?|facts?|info|information|data|"
    r"results?|names?|amounts?|totals?|rules?|changes?|steps?|items?|quotes?|paragraphs?|tables?|charts?)"
)
# What a text says, not where a summary goes: "for the figures on page two" asks for a side of the text.
_SAID = re.compile(rf"\b{_SAID_WORDS}\b", re.I)
SAYS = rf"(?!{_SAID_WORDS}\b)"
"""A lookahead: the word that follows is not one for what a text says ("the costs", "the dates")."""


def drop_occasion(clause: str) -> str:
    """``clause`` without the words that tell the summary's occasion: all of it when it only says who wrote the
    text; its ending when that says where the summary will go. Words that could ask for something ("the prices",
    "what it means") are never taken for an occasion."""
    for source in (SOURCE.match(clause), NAMED_SOURCE.match(clause)):
        if source is not None and not _ASKS_OF_IT.search(source.group()):
            return ""
    if (
        (purpose := PURPOSE.search(clause))
        and not _ASKS_OF_IT.search(purpose.group())
        and not _SAID.search(purpose.group())
    ):
        clause = clause[: purpose.start()]
    if (place := PLACE.search(clause)) and not _ASKS_OF_IT.search(place.group()) and not _SAID.search(place.group()):
        return clause[: place.start()]
    return clause
