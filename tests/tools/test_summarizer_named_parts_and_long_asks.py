"""A long ask that ends at its colon and asks for a summary ("Pull out the main points of our new hybrid working
policy for the team chat:", "My vet sent me this discharge note and I want the gist for my husband:") is the
lead-in, and the text after the colon is summarized; who sent the text is context, and the one part of a document
named before the colon ("the intro to my recipe card", "the conclusion of our report") is the text sent, when that
text is short and has no headings, as is a section named by its heading's word ("the history section from the
leaflet"). A document with headings, a section picked by what it says ("the section about termination": one of
several), a part named by its place ("the first paragraph") and a long first sentence of the text itself are not
read so.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from agents.models.arguments import fill_arguments
from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

POLICY = (
    "Staff may work from home up to two days a week once they have completed their probation period. Home working "
    "days must be agreed with your line manager at least one week in advance. You must be reachable by phone and "
    "chat during core hours, which are ten until four. Equipment provided by the company remains company property "
    "and must be returned when you leave. The policy will be reviewed in twelve months."
)
VET = (
    "Your dog Bella had her teeth cleaned today and two small teeth at the back were removed because they were "
    "loose. She may be sleepy this evening because of the anaesthetic. Offer her a small meal of soft food tonight "
    "and keep her calm for a day or two. Her pain relief should be given once a day with food for the next five "
    "days. Please book a check-up in ten days so we can see how her mouth is healing."
)
MILL = (
    "The mill on the river was built in 1790 to grind corn for the surrounding farms. In the nineteenth century it "
    "was converted to spin cotton and employed over two hundred people, many of them children. A fire in 1902 "
    "destroyed the upper floors, and the mill closed soon after. The building stood empty for most of the "
    "twentieth century. It was restored in the 1990s and now houses flats, a cafe and a small museum about the "
    "town's industrial past."
)
DIGEST = {
    "properties": {"request": {"type": "string"}, "text": {"type": "string"}},
    "required": ["request", "text"],
}


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (f"Pull out the main points of our new hybrid working policy for the team chat: {POLICY}", "Staff may"),
        (f"My vet sent me this discharge note and I want the gist for my husband: {VET}", "Bella"),
        (
            f"Summarise the key points of the updated hybrid working policy for the whole sales team please: {POLICY}",
            "Staff",
        ),
        (f"Our practice manager emailed us this note and we need a quick summary for the night shift: {VET}", "Bella"),
        (f"Summarize the intro to my local history leaflet, 3 sentences max: {MILL}", "1790"),
        (f"Can you sum up the opening of my essay on the town: {MILL}", "1790"),
        (f"give me the gist of the conclusion from our local history report: {MILL}", "1790"),
        # a section named by its heading's word, short and without headings: the part the asker cut out
        (f"Summarize the history section from the walking tour leaflet, 3 sentences max: {MILL}", "1790"),
    ],
)
async def test_a_long_ask_or_a_named_part_before_the_colon_is_summarized(request_text, kept):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None
    assert kept in str(data.get("summary") or data.get("points"))


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise the history section from the walking tour leaflet:\nHistory\n{MILL}\nGetting there\n{VET}",
        f"Summarize the first paragraph: {MILL}",
        # a section picked by what it says is one of several: the text sent may hold the others too
        f"Summarize the section of the contract about termination: {POLICY}",
        f"Summarise the costs section from the leaflet:\n## Costs\n{POLICY}\n## Dates\n{MILL}",
    ],
)
async def test_a_headed_document_or_a_placed_part_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is None or result.is_error, result.structured_content


def test_a_long_first_sentence_of_the_text_ending_at_a_colon_is_not_a_lead_in():
    request = (
        "The residents' committee agreed several changes to the parking rules on Tuesday evening after a long debate: "
        + MILL
    )
    assert fill_arguments(request, DIGEST).arguments.get("text") in (None, request)
