"""An essay asked for: "Write my science essay about it", "Write me a 1500 word essay on the causes of the First World
War".

An essay argues and explains at length from reading the writer has done; offline the writer only says the points it
is given, and a finding handed on by another agent ("Pluto was reclassified as a dwarf planet in 2006") said back
as "an essay" would be a one-sentence text passed off as one (and a student's essay is theirs to write). So an essay
is declined whenever the writer would otherwise write one (other declines keep their own reason: a topic with no
points, a grade asked for); an outline of one, or an email about one, is another text and is left alone.
"""

from __future__ import annotations

from servers.tools.inputs import ToolInputError
from servers.tools.writer.briefs import read_brief
from servers.tools.writer.requests import split_request


def refuse_essay(request: str) -> None:
    """ToolInputError when ``request`` asks for an essay to be written."""
    if read_brief(split_request(request).instruction[:600]).style_word != "essay":
        return
    raise ToolInputError(
        "An essay explains and argues at length, and offline I only say the points I'm given, so I won't pass a few "
        "sentences off as one: ask for an outline of it, or a paragraph of the points, or set ANTHROPIC_API_KEY."
    )
