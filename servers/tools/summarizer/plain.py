"""The words a plain summary request is made of, so that any other word in it is noticed.

A request for a summary has a small grammar: a polite lead ("can you", "please"), the ask ("summarize", "sum
this up", "the gist of", "key takeaways", "what's it about"), the material it points at ("this", "the following
email", "these meeting notes from Tuesday", "the text below"), a form ("in two sentences", "under 40 words", "as
3 bullet points") and who or when it is for ("for my manager", "before my meeting", "so I can decide"). Every
part of that is something the extract accounts for. A word left over once those parts are taken out ("in
chronological order", "with the dates first", "a detailed summary", "of the cost implications", "as if you were
the mayor") asks for something more, which the extract would silently ignore: ``unaccounted`` returns those
words, and the gate declines rather than hand back a summary that misses what was asked.

Only the clause that carries the ask is read this way; the clauses around it ("no time to read it all", "going
there next month") are context, checked by the gate's other rules (a question, a second ask, a focus). Every
pattern is a flat alternation, with bounded repeats of whole words each led by a space: linear on any input.
"""

from __future__ import annotations

import re

from patterns.lexical import NUMBER_WORDS
from servers.tools.summarizer.occasion import SAYS, drop_occasion
from servers.tools.summarizer.provenance import HOW, RELATIVE, WHERE_OR_WHEN

_NUMBER = r"\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A word that starts a modifier rather than continuing a name ("this email | in two sentences").
_STOP = (
    r"(?!(?:in|into|as|for|to|with|without|from|by|of|on|and|but|or|so|then|please|pls|using|like|at|under|below|"
    r"above|within|before|after|because|since|if|while|i|we|you|me|keep|make|no|not|only|just|exactly|about|"
    r"focusing|starting|including|excluding|mentioning|leaving|keeping|highlighting)\b)"
)
_WORD = r"[\w'’&/-]+"  # ("this H&S bulletin", "the HR/payroll update": one name)
_DOCUMENTS = (
    r"(?:text|texts|email|emails|e-mail|mail|message|messages|letter|letters|note|notes|article|articles|post|posts|"
    r"blog|passage|paragraph|paragraphs|report|reports|memo|update|updates|notice|newsletter|announcement|minutes|"
    r"thread|chat|conversation|discussion|transcript|review|reviews|paper|study|abstract|chapter|story|stories|news|"
    r"piece|essay|document|documents|doc|docs|section|page|statement|release|brief|briefing|proposal|plan|policy|"
    r"guide|manual|instructions|description|bio|profile|complaint|feedback|comments|survey|log|ticket|changelog|"
    r"readme|write-up|writeup|bulletin|circular|leaflet|flyer|brochure|listing|advert|recipe|itinerary|schedule|"
    r"agenda|invitation|invite|handover|summary|findings|results|research|output|answer|response|draft|content|"
    r"material|excerpt|extract|speech|talk|lecture|episode|book|novel|film|movie|script|recap|version|one|"
    # what people sign or are bound by: "the tenancy agreement", "my employment contract", "the T&Cs"
    # ("the payment terms", "the break clause", "the deposit rules" name a side of one: they stay unaccounted)
    r"agreement|contract|lease|terms and conditions|terms of (?:service|use)|t&cs|ts&cs|small print|fine print|"
    r"handbook|booklet|pamphlet|handout|syllabus|prospectus|warranty|guarantee|licen[cs]e|bill|invoice|receipt|"
    r"form|application|worksheet|"
    # what a venue, a product or a supplier sends: "their tech spec", "the data sheet", "the band's rider"
    r"spec|specs|specification|specifications|datasheet|data sheet|factsheet|fact sheet|sheet|sheets|rider|"
    # a part of one, named: "the intro to my recipe card", "the history section from the leaflet"
    r"intro|introduction|conclusion|opening|card|bit|part|"
    # what was said, as the notes of it: "the actions from today's meeting", "these notes of the call"
    r"meeting|meetings|call|calls|interview|session|appointment|consultation|catch-up|webinar|seminar|workshop|"
    r"stand-up|standup|huddle|debrief|hearing|assembly|agm|retro|retrospective|"
    # what is kept or filed: "my diary entry", "the planning objection", "the staff appraisal"
    r"entry|entries|diary|journal|record|records|objection|appeal|submission|petition|questionnaire|assessment|"
    r"appraisal|evaluation|inspection|audit|voicemail|sermon|column|editorial|obituary|testimonial|"
    # a piece of a publication, named by it: "the newsletter item", "this news item" (not "the action items")
    r"(?<=news )items?|(?<=newsletter )items?|(?<=magazine )items?|(?<=bulletin )items?|(?<=blog )items?)"
)
# Talk had with someone: "these notes from my call with the builder", "the minutes of our meeting with the council";
# who it was with names the text, as its author would.
_TALKS = "meeting meetings call calls chat conversation interview session appointment consultation catch-up".split()
_WITH = "(?:" + "|".join(f"(?<={talk})" for talk in _TALKS) + ")"
# Whose or which document it is: "this email from my landlord", "this bit of the tenancy agreement", "the minutes
# of the residents' meeting", and how the asker came by it: "the email we got" (``provenance``).
# The text's name ends where no word of it follows, or where a clause on how the asker came by it starts ("this
# review a customer posted")
_NAME_ENDS = rf"(?!(?!{RELATIVE}) {_STOP}{_WORD})"
_SOURCE = (
    # ("the notice on the noticeboard in the lobby": where it is)
    rf"(?: (?:from|of|by|sent by|written by|posted by|published by|about|on|in|at|regarding|for|"
    # ("this notice to mariners", "the letter to parents": whom the text was sent to, named by a plural)
    r"to(?= (?:my|our|the|his|her|their|this|that|a|an)\b| (?!(?:words|sentences|lines|points|bullets|paragraphs|"
    r"characters|chars|tweets|thirds|halves|pieces|bits)\b)[a-z]+s\b| staff\b| everyone\b))"
    # ("by topic", "in date order": how to summarize, never who wrote the text)
    rf"(?:(?: {_STOP}{_WORD}){{0,3}} {_DOCUMENTS}\b{_NAME_ENDS}|(?: {HOW}{_STOP}{_WORD}){{1,6}})|{RELATIVE}|"
    rf"{_WITH} with (?:my|our|the|his|her|their|a|an)(?: {_STOP}{_WORD}){{1,3}}){{0,2}}"
)  # twice at most: "this text from my child's school about the new term"
# A document named by whose it is: "the client's brief", "my boss's email", "Ana's notes". Taken out before the
# forms, which would read "brief" as "keep it brief" and leave "the client's" behind.
_NOT_CONTRACTED = r"(?!(?:what|it|that|there|here|he|she|who|where|how|when|why|this|let)['’]s\b)"
_NOT_POINTER = r"(?!(?:this|that|these|those|the|a|an|my|our|his|her|their|your|its|it)\b)"
_OWNED = re.compile(
    # not a deadline's day: "before Monday's meeting" is when, read by ``_DEADLINE``
    r"(?<!before )(?<!by )(?<!until )(?<!till )(?<!ahead of )(?<!in time for )"
    # (a word or two may name the kind of text: "last night's show report", "yesterday's handover notes")
    # (not a contraction: "what's this email about" owns nothing)
    rf"\b(?:(?:the|my|our|his|her|their|your|this|that) )?(?:{_STOP}{_WORD} )?{_NOT_CONTRACTED}[\w-]+(?:'s|’s|s'|s’)"
    rf"(?: {_STOP}{_NOT_POINTER}{_WORD}){{0,2}} {_DOCUMENTS}\b"
    rf"{_NAME_ENDS}{_SOURCE}",
    re.I,
)
# Removed in this order: asides, forms (which name units the ask words also use), asks, audience, material, filler.
_FORM = re.compile(
    r"\b(?:(?:in|into|to|as|with|using|under|within|below|at most|max(?:imum)?|no more than|not more than|less than|"
    r"fewer than|up to|no longer than|around|about|roughly|approximately|some|just|only|exactly) ){0,3}"
    rf"(?:{_NUMBER}|a couple of|a couple|a few|a single|single|a|an)(?:[ -](?:or|to)[ -](?:{_NUMBER}))?[ -]"
    r"(?:(?:short|quick|brief|key|main|concise|simple|bullet|line|tight) )?(?:sentences?|bullets?|bullet points?|"
    r"points?|lines?|liners?|words?|paragraphs?|takeaways?|keywords?|ideas|tags|phrases|terms|topics|themes)"
    r"(?: (?:or (?:less|fewer|so|under|two)|max(?:imum)?|tops|total|at most|each))?\b|"
    r"\b(?:keep|make) (?:it|them|this) (?:short|brief|concise|tight|simple|snappy|quick)(?: please)?\b|"
    r"\b(?:short|brief|concise|quick|simple|one[- ]line|one[- ]sentence|two[- ]sentence|high[- ]level)\b",
    re.I,
)
# How keywords are ranked: "the main keywords", "the top 5 key terms", "the most important tags". Keywords are chosen
# by how much of the text they carry, so their ranking asks nothing more of them.
_RANKED = re.compile(
    r"\b(?:the )?(?:most |very )?(?:main|top|key|important|central|core|principal|primary|chief|major|essential|"
    r"significant|biggest|relevant|leading|prominent|dominant|recurring|common) "
    rf"(?=(?:(?:and|or) (?:most )?[\w'’-]+ )?(?:(?:{_NUMBER}) )?(?:keywords?|key ?words|key (?:terms|phrases)|tags)\b)",
    re.I,
)


# "Which are the main keywords", said for "what are": the ask that follows is read as it stands ("which keywords
# matter for drivers" picks some by a side of the text, and keeps its "which").
_WHICH_ARE = re.compile(r"\bwhich (?:are|were|would be) (?=the\b)", re.I)
_DOCUMENT = re.compile(_DOCUMENTS, re.I)


def is_document(word: str) -> bool:
    """Whether ``word`` names a kind of text ("email", "minutes", "feedback"), not something a text says."""
    return _DOCUMENT.fullmatch(word) is not None


def ranks_keywords(instruction: str) -> bool:
    """Whether ``instruction`` asks for keywords ranked ("the main keywords", "the top 5 tags"): then a list that
    could not be ranked (nothing in a short text repeats) must say so."""
    return _RANKED.search(instruction) is not None


_ASK = re.compile(
    # the ask as a verb in any form: "2 bullet points summarising this", "a paragraph recapping it"
    r"\b(?:summari[sz](?:e|es|ed|ing)|summary|summaries|sum(?:s|med|ming)?(?: [\w'’-]+){0,3} up|(?:boil|cut|trim|"
    r"pare|whittle)(?:s|ed|ing|ting|ling)?(?: [\w'’-]+){0,3} down|condens(?:e|es|ed|ing)|shorten(?:s|ed|ing)?|"
    r"recap(?:s|ped|ping)?|tl;?dr|gist|overview|synopsis|digest|nutshell|"
    r"(?:(?:a )?(?:bit|lot|little|much) )?(?:shorter|briefer|more concise|less wordy)|"
    r"short version|rundown|cliff ?notes|essentials|key ?points?|main points?|bullet points?|bullets?|takeaways?|"
    r"highlights?|keywords?|key (?:terms|phrases|words)|tags|topics|themes|(?:the )?(?:big|overall|general) picture|"
    r"bottom line|upshot|(?:the )?(?:overall|general) (?:impression|sense)|"
    r"(?:the )?(?:most )?(?:main|key|important|essential|central|core|big|general|overall|major) (?:points?|ideas?|"
    r"facts|information|info|things|stuff|bits|parts|details|messages?|arguments?|themes?|topics?|takeaways?)|"
    r"main (?:idea|message)|what(?:'s|’s| is| are)(?: [\w'’-]+){1,3} (?:about|saying)|"
    r"what (?:it|this|they)(?:'s|’s| is| are) (?:about|saying)|whats(?: [\w'’-]+){1,3} (?:about|saying)|"
    r"what (?:happened|it says|this says|they said)|"
    r"what (?:does|do|did) (?:this|it|that|they|the \w+|these \w+|this \w+)"
    r"(?: (?:of|from) (?:the|my|our|your|his|her|their|this|that)(?: [\w'’-]+){1,3})?(?: [\w'’-]+){0,2} say)\b",
    re.I,
)
_MATERIAL = re.compile(
    # (the three ways of naming the text share the clause on its source and the last two the kind of text: "(AS|BS)"
    # tries what "AS|BS" does in the same order, and each copy of "_SOURCE" costs ~25 ms to compile)
    rf"(?:\b(?:this|these|that|those|the following|the attached|the enclosed)"
    rf"(?:(?: {_STOP}{_WORD}){{0,2}} {_DOCUMENTS}\b{_NAME_ENDS}|(?: {_STOP}{_WORD}){{1,3}})|"
    rf"(?:\b(?:the|my|our|his|her|their|your|its)(?: {_STOP}{_WORD}){{0,3}}|"
    # the text pointed at where it is, before its name: "the below circular", "the above notice", "the attached memo"
    rf"\b(?:the|this|these|that|those) (?:below|above|attached|enclosed|following|pasted|forwarded|quoted)"
    rf"(?: {_STOP}{_WORD}){{0,2}}) {_DOCUMENTS}\b){_SOURCE}|"
    # the text pointed at with who sent it, as the whole ask: "this from the depot", "these from my landlord"
    r"\b(?:this|these|that|those|it) (?:from|sent by|written by|posted by) (?:(?:the|my|our|his|her|their|a|an) )?"
    r"(?!(?:point|perspective|viewpoint|angle|standpoint|side|memory)\b)[\w'’-]+(?: (?!(?:point|perspective|viewpoint"
    # (up to three words: "this from the food hygiene officer")
    r"|angle|standpoint|side|please|pls|for|thanks)\b)[\w'’-]+){0,2}(?=\s*(?:please|pls|for me|for us|thanks)?"
    r"\s*(?:[:.!?\n]|$))|"
    # the text named by whatever the user calls it and pointed at where it is: "the cemetery's new rules below",
    # "our revised opening hours underneath"; what is below is what was sent
    rf"\b(?:the|my|our|his|her|their|your)(?: {_STOP}{_WORD}){{1,4}}(?= (?:below|underneath|attached|enclosed)\b)|"
    r"\b(?:this|these|that|those|it|them|here|below|above|the following|following|the above|the below|"
    r"all of it|it all)\b|"
    # the text named as what someone wrote or said: "what my daughter's teacher wrote", "what the landlord sent"
    r"\bwhat (?:my|our|the|his|her|their|this|that|a|an)(?: [\w'’-]+){0,3} (?:wrote|has written|had written|"
    # (and when or where: "what the letting agent sent us yesterday")
    r"said|has said|says|sent|has sent|posted|emailed|texted|told (?:me|us))\b(?: (?:me|us)\b)?"
    r"(?: (?:round|around|out|over|through)\b)?"
    rf"{WHERE_OR_WHEN}|"
    # the text named as what an earlier step found ("summarize what you found", "the findings")
    r"\bwhat (?:you|they|it|was) (?:found|find|finds|dug up|turned up|learned|learnt)\b|\b(?:the|your) findings\b",
    re.I,
)
_AUDIENCE = re.compile(
    r"\bfor (?:me|us|you|him|her|them|everyone|everybody|now|later|today|tomorrow)\b|"
    # readers named by who they are: "a short version of this for parents"
    r"\bfor (?:parents|carers|staff|customers|clients|members|residents|tenants|neighbours|neighbors|volunteers|"
    r"students|pupils|families|guests|visitors|patients|colleagues|employees|managers|beginners|kids|children)\b|"
    rf"\b(?:for|before|after|ahead of|by) (?:my|our|the|a|an|his|her|their|your|tomorrow'?s?|today'?s?|tonight'?s?)"
    # where on it: "for the back of the menu", "for the front of our leaflet"
    r"(?: (?:back|front|top|bottom|side|inside|cover) of (?:my|our|the|a|an|his|her|their|your))?"
    # (not what a text says: "summarise this for the costs" asks for one side of it)
    rf"(?: {_STOP}{SAYS}{_WORD}){{1,4}}"
    # ... and when it is: "for the toolbox talk on Monday", "for the team huddle tomorrow morning"
    r"(?: (?:on |this |next )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)"
    r"(?: (?:morning|afternoon|evening|night))?)?|"
    r"\bso (?:that )?(?:i|we)(?: [\w'’-]+){1,10}\s*$|"
    # what the asker will do with the summary, said of it: "a short summary I can print out for him", "one we can
    # pin up in the staffroom"; only verbs of passing a text on or keeping it, so no ask hides in the clause
    r"\b(?:that |which )?(?:i|we)(?: can| could| will|'ll|’ll| want to| need to)? (?:print|send|forward|share|post|"
    r"pin|stick|put|hand|give|show|email|e-mail|text|pass|circulate|paste|copy|save|file|keep|take|read|bring)"
    r"(?: [\w'’-]+){0,8}\s*$|"
    # why the asker wants it: "because I keep forgetting what changed", "since we missed the meeting"
    r"\b(?:because|since|as) (?:i|we)(?:'m|'ve|'d|’m|’ve|’d)?(?: [\w'’-]+){1,10}\s*$|"
    # when: "before I go", "while we wait"
    r"\b(?:before|after|when|while|until) (?:i|we)(?:'m|'ve|’m|’ve)?(?: [\w'’-]+){0,10}\s*$|"
    # who sent the text, said before the ask: "My vet sent me this discharge note and I want ..."
    # (the sender may be named bare, "Landlord sent me this about the quiz rules, can you ...")
    r"^\W*(?:(?:my|our|the|a|an) )?[\w'’-]+(?: [\w'’-]+){0,2}? (?:(?:sent|gave|forwarded|emailed|passed|handed|"
    r"posted) (?:me|us)|(?:has |have |just )?(?:wrote|written|drafted|put together|posted|sent out|sent|shared)) "
    # ... or said as a clause of its own before the ask: "My mate sent me this wall of text about the league, sum it up"
    r"(?:this|these|that|the)(?: [\w'’-]+){0,6}?(?: (?:and|so)|,) |"
    r"^\W*(?:(?:my|our|the|a|an) )?[\w'’-]+(?: [\w'’-]+){0,2}? (?:sent|gave|forwarded|emailed|passed|handed|"
    r"posted)(?: (?:me|us|all of us|all us))? "
    r"(?:this|these|that|the)(?: [\w'’-]+){0,10}\s*$|"
    # who wants the summary, said before the ask: "boss wants a short version", "the committee have asked for a
    # summary"; someone's wish for it asks nothing more of it
    r"^\W*(?:(?:my|our|the|me|his|her|their) )?[\w'’-]+(?: [\w'’-]+)? (?:wants|want|needs|need|would like|is after|"
    r"are after|(?:has|have) asked (?:me |us )?for|asked (?:me |us )?for)\b|"
    # who the asker is, said before the ask: "As a parent governor I need ...", "as the new treasurer, we ..."
    r"^\W*as (?:a|an|the|one of the|one of our|our|my) (?:[\w'’-]+ ){0,3}?[\w'’-]+(?= (?:i|we)\b)|"
    # the asker's situation told before the ask: "I've got a meeting in an hour and (I) need ..."
    r"^\W*(?:i|we|im|ive)(?:'ve|'m|'re|’ve|’m|’re| am| are| have)? (?:[\w'’-]+ ){1,12}?(?:and|so) |"
    # others asking about the text itself, said before the ask: "Parents keep asking about this so can you ..."
    # (asking about a side of it, "about the fees", is a focus and stays unaccounted)
    r"^\W*(?:(?:my|our|the|some|lots of|loads of|a lot of) )?[\w'’-]+(?: [\w'’-]+)? (?:(?:keep|keeps|kept|have been|"
    r"has been|are|is|were|was) )?(?:asking|ringing|phoning|emailing|messaging|texting|querying)(?: (?:me|us))?"
    r" (?:about|over) (?:this|it|that|these|them)(?: (?:one|again|lately|recently|all the time|a lot))?"
    r"(?:,? (?:and|so) |\s*$)",
    re.I,
)
_FILLER = frozenset(
    """please pls plz thanks thank thx ty cheers kindly can could would will you u mind i i'd i'm i’d i’m need want
    like give get send show tell let have make do does did write provide me us just quickly quick briefly real sir
    madam maam boss
    really very super a an the of to in into as on at with and up down now asap if possible here it is are what
    what's whats what’s list extract pull pick select grab spot out find identify some all any hey hi hello ok
    okay so again for from also too then pretty fast rough roughly version put turn convert reduce break
    executive basic bulleted form its their his her my our your needed wanted required plus secondly thirdly
    finally lastly r we we'd we’d ye ya yous youse prepare produce create draft abeg paste pasted ka krub khrap
    lah leh yaar ji tanpri souple mezanmi koumbare koumbara lutem bitte porfa""".split()
)  # ("abeg": please, in the pidgin of West Africa; "this notice wey dem paste": the text, and how it came; "ka",
# "krub", "lah", "yaar", "ji": words that soften an ask in Thai, Malay and Indian English; "tanpri", "souple":
# please in Haitian Creole, "mezanmi" (my friends) and "koumbare" (Greek, a close friend) say whom it is asked of)
# ("Summarize dis notice fi di boat crew": "dis", "di", "fi" are "this", "the", "for" in the Creoles of the Caribbean)
_PIDGIN_WORDS = {"wey": "that", "dem": "they", "dis": "this", "di": "the", "de": "the", "fi": "for", "dat": "that",
                 "wid": "with", "mi": "me"}  # fmt: skip
_PIDGIN = re.compile(r"\b(?:wey|dem|dis|di|de|fi|dat|wid|mi)\b", re.I)
# The agents a request is put to, itself among them: "Have the summariser and the writer each give me a short
# version", "ask the summarizer and the researcher to ...". Who is asked is no part of what is asked.
_AGENT = r"(?:the )?(?:summari[sz]er|writer|researcher|fact[- ]?checker|code reviewer|reviewer|calculator)"
# One word called out before the ask itself ("Yalla summarise this", "Oi, sum this up", "Boss tldr this"): a word to
# get the listener going or whom it is said to. Said first, before the verb, it can't be a side of the text asked for.
_CALL = re.compile(
    r"^\W*(?!(?:never|not|no|dont)\b)[^\W\d_]+,?\s+(?=(?:summari[sz]e|sum\s+(?:this|it|that)\s+up|sum\s+up|tl;?dr|"
    r"condense|recap|shorten|make\s+(?:this|it)\s+short)\b)",
    re.I,
)  # (never a word that turns the ask down: "Never summarise this, ...")
_ADDRESSEES = re.compile(
    rf"\b(?:have|get|let|ask|tell) (?:both |all |each )?(?:of )?{_AGENT}(?:(?:,| and|, and) {_AGENT}){{0,3}}"
    r"(?: (?:each|both|all|too))?(?: to)?\b",
    re.I,
)
# When the asker needs it by: "before tonight", "by 5pm", "ahead of Monday's assembly", "in the next hour". A
# deadline is the asker's situation, not a side of the text; only a time of the asker's day or week counts (a year
# or a date, "before 1990", "by March 2021", could date the text's own events and stays unaccounted).
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|lunch|lunchtime)"
_WHEN = (
    rf"(?:tonight|today|tomorrow(?: {_TIME_OF_DAY})?|this {_TIME_OF_DAY}|(?:this |next |on )?{_DAYS}"
    rf"(?: {_TIME_OF_DAY})?|(?:this |the )?(?:weekend|week)|noon|midday|midnight|lunch|lunchtime|dinner|teatime|"
    r"bedtime|bed|school|work|class|end of (?:the |my |our )?(?:day|week|shift)|eod|cob|close of (?:play|business)|"
    r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)|\d{1,2} ?o'?clock|then|later)(?![\w'’])"
)
_DEADLINE = re.compile(
    # not after an event ("what happened before Friday" asks for part of the text)
    r"(?<!happened )(?<!happens )(?<!changed )(?<!changes )(?<!said )(?<!done )(?<!due )"
    rf"\b(?:before|by|until|till|ahead of|in time for|for)(?: {_STOP}[\w'’-]+)? (?:{_WHEN}|"
    rf"(?:{_DAYS}|tonight|today|tomorrow)['’]s(?: {_STOP}[\w'’-]+){{1,3}})|"
    rf"\b(?:in|within) (?:the (?:next )?|next )?(?:(?:an?|half an|\d{{1,3}}|{_NUMBER}|(?:a )?couple of|few) )?"
    r"(?:hours?|hrs?|minutes?|mins?)\b|\b(?:asap|a\.s\.a\.p\.?|right away|straight away|right now)(?![\w'’])",
    re.I,
)
# A word on the text's length, or an apology for it: "(sorry it's long)", "it's a lot". Taken out first, before
# its "it" is read as the material.
# ("its so long": the apostrophe left out, as typed on a phone)
_ASIDE = re.compile(
    r"\b(?:sorry|apologies)\b(?:,? (?:it|this)(?:'s|’s| is) (?:(?:a bit|quite|very|really|so) )?(?:long|a lot|"
    r"lengthy|massive|huge))?|\b(?:it|this|its)(?:'s|’s| is)? (?:(?:a bit|quite|very|really|so|way|far|much|super) )?"
    r"(?:too )?(?:long|a lot|lengthy|massive|huge|long-winded)\b",
    re.I,
)
# Who sent the text, said after the ask with no stop between ("tldr this pls our mentor sent it", "sum this up my
# landlord sent it this morning"): where it came from, which asks nothing of the summary.
_SENT_IT = re.compile(
    r"\b(?:(?:my|our|the|his|her|their|a|an) )?(?!(?:i|we|you|it|this|that)\b)[\w’'-]+(?: [\w’'-]+)? "
    r"(?:sent|forwarded|emailed|e-mailed|passed|handed|posted|shared|gave|wrote|texted|messaged)"
    r"(?: (?:me|us))? (?:it|this|that|these|them)(?: (?:to (?:me|us)|over|round|around|on|out|in|home))?"
    r"(?: (?:today|yesterday|tonight|earlier|last night|this (?:morning|afternoon|evening|week)))?"
    # (the text it names ends there: "sent this advisory and ..." names the text, read with its name)
    r"(?=\s*(?:$|[,.;:!?]|(?:and|so|but)\b))",
    re.I,
)
# How politely or how much is asked, not what: "any chance you could", "how would you", "cut it down a bit".
_HEDGE = re.compile(
    r"\b(?:a (?:bit|little|tad)|(?:any|some) chance|by any chance|is there (?:any )?(?:way|chance)|"
    r"how (?:would|could|can|do|should) (?:you|i|we)|(?:would|are) you able to|do you mind|(?:i )?wonder(?:ing)? if|"
    r"would (?:really )?help(?: (?:a lot|loads|so much|massively))?|keep(?: (?:it|this|that|them|the summary))?|"
    r"would be (?:great|helpful|handy|useful|appreciated|nice|lovely|amazing|ideal)|"
    # "I'd be grateful for a summary", "we would be most obliged if you could sum this up"
    r"(?:(?<=i'd )|(?<=i’d )|(?<=we'd )|(?<=we’d )|(?<=would ))be (?:(?:very|really|most|so|ever so|extremely) )?"
    r"(?:grateful|thankful|obliged|glad)(?: (?:for|if))?)\b",
    re.I,
)
_WORDS = re.compile(r"[\w'’;-]+")


_KINDS = {
    **dict.fromkeys(["sentence", "line", "liner", "paragraph"], "sentences"),
    **dict.fromkeys(["bullet", "point", "takeaway", "idea"], "points"),
    **dict.fromkeys(["keyword", "tag"], "keywords"),
}
_KIND_ASKED = re.compile(
    r"\b(?:key|main|bullet) (points?)\b|\b(bullets|takeaways|highlights)\b|\b(keywords?|key (?:terms|phrases)|tags)\b",
    re.I,
)
_KINDS_ASKED = {
    **dict.fromkeys(["point", "points", "bullets", "takeaways", "highlights"], "points"),
    **dict.fromkeys(["keyword", "keywords", "key terms", "key phrases", "tags"], "keywords"),
}


def forms_asked(instruction: str) -> set[str]:
    """The kinds of answer the instruction's forms name: "sentences" (sentences, lines, a paragraph), "points"
    (bullets, takeaways) or "keywords"; two kinds at once ("a paragraph and then a one-line takeaway") ask for
    two answers."""
    found_kinds = (next(g for g in found.groups() if g) for found in _KIND_ASKED.finditer(instruction[:4000]))
    kinds = {_KINDS_ASKED[" ".join(kind.lower().split())] for kind in found_kinds}
    for found in _FORM.finditer(instruction[:4000]):
        unit = found.group().lower().split()[-1].split("-")[-1]
        for head in (unit, unit.rstrip("s")):
            if head in _KINDS:
                kinds.add(_KINDS[head])
    return kinds


def unaccounted(clause: str) -> list[str]:
    """The words of ``clause`` (the part of a request that asks for the summary) that no part of a plain summary
    request accounts for; empty when the extract answers all of it."""
    # ("this notice wey dem paste for our line": "wey" is "that", and "dem" "they", in the pidgin of West Africa)
    rest = _PIDGIN.sub(lambda m: _PIDGIN_WORDS[m.group().lower()], " ".join(clause[:1000].split()))
    rest = drop_occasion(rest)
    rest = _CALL.sub("", rest)
    rest = _WHICH_ARE.sub("", rest)
    rest = _RANKED.sub("", rest)  # with its space, so that "the 4 most important keywords" keeps "4 keywords"
    for pattern in (_ADDRESSEES, _ASIDE, _SENT_IT, _OWNED, _FORM, _ASK, _AUDIENCE, _DEADLINE, _MATERIAL, _HEDGE):
        # one space between words again, so a later pattern's runs of words ("I want to send the ... version")
        # read across a gap an earlier one left
        rest = " ".join(pattern.sub(" ", rest).split())
    return [w for w in _WORDS.findall(rest.lower()) if w.strip("'’;-") and w not in _FILLER]
