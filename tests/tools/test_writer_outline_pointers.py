"""An outline whose sections follow a colon ("Outline for my talk to the Rotary club, with these sections: ...")
is titled by its subject alone: the words pointing at the sections ("with these sections", "covering the following
topics") were kept in the title ("My Talk to the Rotary Club, with These Sections") and the introduction."""

from __future__ import annotations

import pytest

from servers.tools.writer.jobs import outline_request


@pytest.mark.parametrize(
    ("request_text", "title", "heading"),
    [
        (
            "Outline for my talk to the Rotary club, with these sections: how the canal was built, the 1970s "
            "restoration, volunteering today.",
            "My Talk to the Rotary Club",
            "Volunteering Today",
        ),
        (
            "Outline an essay on climate policy covering the following topics: carbon tax, subsidies, regulation.",
            "Climate Policy",
            "Subsidies",
        ),
        (
            "Outline a guide about home brewing including these steps: kit, brewing, bottling.",
            "Home Brewing",
            "Bottling",
        ),
        (
            "Outline a report on the summer fair with the following headings: takings, stalls, weather",
            "The Summer Fair",
            "Stalls",
        ),
        ("Plan a lecture on volcanoes, in these parts: types, eruptions, famous examples", "Volcanoes", "Eruptions"),
        ("Outline a talk about composting: what it is, how to start, common mistakes.", "Composting", "How to Start"),
    ],
)
def test_an_outline_is_titled_by_its_subject_alone(request_text: str, title: str, heading: str) -> None:
    outlined = outline_request(request_text)
    assert outlined.title == title
    assert heading in outlined.headings
    assert "these" not in outlined.text.lower() and "following" not in outlined.text.lower()
