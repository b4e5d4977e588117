"""How people name the text they send for a summary, none of it an ask beyond the extract:

- a document named by whose it is ("the client's brief", "my boss's email", "the tenants' letter"): "brief" was
  read as "keep it brief", leaving "the client's" as something asked;
- who wrote it, said before the ask ("My mum wrote this long letter to the family and I want to send the short
  version on WhatsApp, can you summarise it:");
- keywords picked out ("Pick out the keywords from this job advert:"), as they are pulled out;
- a section named by its topic when the text sent is one short part without headings ("Summarize the history
  section from the walking tour leaflet, 3 sentences max: ..."): the asker cut it out.

A named side of a document ("the client's complaints about the brief"), a section asked of a text with headings,
a section of a document pointed at ("the history part of this leaflet": the leaflet was sent) and a language in
the same breath are still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

BRIEF = (
    "The project is the translation of a 40-page user manual for a coffee machine from German into English. The "
    "target readers are home users in the UK, so British spelling should be used. Technical terms should follow "
    "the glossary supplied by the client. Safety warnings must be translated exactly and not shortened. The "
    "deadline is the end of next month. Invoices should quote the purchase order number."
)
LETTER = (
    "Your grandad's hip operation went well on Thursday and he is already walking with a frame. The hospital says "
    "he can come home next Wednesday if the physio is happy. He will need help with shopping for about six weeks. "
    "I have made a rota and would like each of you to take one day a week. Please do not bring him sweets because "
    "his sugar has been high. He sends his love and says the hospital food is terrible."
)
ADVERT = (
    "We are looking for a warehouse supervisor to lead a team of twelve pickers on the night shift. The role "
    "involves stock control, forklift safety checks and training new starters. Experience with warehouse "
    "management software is essential. A forklift licence is desirable. The salary is competitive with a night "
    "shift allowance."
)
MILL = (
    "The mill on the river was built in 1790 to grind corn for the surrounding farms. In the nineteenth century it "
    "was converted to spin cotton and employed over two hundred people, many of them children. A fire in 1902 "
    "destroyed the upper floors, and the mill closed soon after. The building stood empty for most of the "
    "twentieth century. It was restored in the 1990s and now houses flats, a cafe and a small museum about the "
    "town's industrial past."
)
HEADED = f"History\n{MILL}\n\nOpening times\nThe museum opens from 10am to 4pm, Tuesday to Sunday. Entry is free."


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise the client's brief so I can paste it into my job tracker:\n\n{BRIEF}",
        f"summarise my boss's email: {BRIEF}",
        f"Can you sum up the tenants' letter for me: {LETTER}",
        f"Give me a brief summary of the client's brief: {BRIEF}",
        f"My mum wrote this long letter to the family and I want to send the short version on WhatsApp, "
        f"can you summarise it: {LETTER}",
        f"my sister has written this update for the cousins so can you give me the gist: {LETTER}",
        f"Pick out the keywords from this job advert: {ADVERT}",
        f"could you select the key words from the advert below: {ADVERT}",
        f"Summarize the history section from the walking tour leaflet, 3 sentences max: {MILL}",
        f"Sum up the background bit of the museum booklet in two sentences: {MILL}",
    ],
)
async def test_a_text_named_by_its_owner_writer_or_part_is_summarized(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and (data.get("summary") or data.get("keywords"))


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise the client's complaints about the brief: {BRIEF}",
        f"Summarize the history section from the walking tour leaflet: {HEADED}",
        f"My mum wrote this long letter and I want the short version in French: {LETTER}",
        f"Summarise the history part of this leaflet: {MILL}",
    ],
)
async def test_a_side_a_headed_section_or_a_language_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is None or result.is_error, result.structured_content
