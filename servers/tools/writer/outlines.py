"""An outline offline: a title and its sections, from the points given or, with none, as a generic plan.

The sections follow the notes in their given order; with no notes they are the questions any piece on the
subject must answer, and the outline says so rather than passing a plan off as content.
"""

from __future__ import annotations

from servers.tools.writer.forms import title_case


def outline(subject: str, count: int, notes: list[str]) -> tuple[str, list[tuple[str, str]], str | None]:
    """A title, sections (heading, what it covers) and a note when the sections are a plan to fill in.

    Notes become sections in their given order. Without notes the sections are the questions any piece on the
    subject must answer, and the note says they are a generic plan, not content.
    """
    if notes:
        body = [(title_case(n.rstrip(".")), f"cover: {n.rstrip('.')}") for n in notes[:count]]
        note = None if len(notes) <= count else f"{len(notes) - count} more points did not fit {count} sections."
    else:
        body = [(h, covers.format(s=subject)) for h, covers in PLAN[:count]]
        note = "No points were given, so these sections are a generic plan to fill in, not content."
    sections = [("Introduction", f"what {subject} is and why it matters to the reader"), *body]
    sections.append(("Conclusion", f"the main takeaways about {subject}"))
    return title_case(subject), sections, note


PLAN = [
    ("Background", "where {s} comes from"),
    ("Key ideas", "the main ideas behind {s}"),
    ("In practice", "concrete examples of {s}"),
    ("Trade-offs", "what is hard about {s}"),
    ("Getting started", "first steps with {s}"),
    ("Open questions", "what is still uncertain about {s}"),
    ("Resources", "where to learn more about {s}"),
    ("Common mistakes", "pitfalls to avoid with {s}"),
    ("Who it is for", "the people {s} matters to"),
    ("History", "how {s} developed"),
    ("Comparisons", "how {s} compares with the alternatives"),
    ("Next steps", "what to do after reading about {s}"),
]
