"""Round 36: a text handed over after "here" or "this" whose later sentences name "the results" or "the findings"
is all the summary's material; near-misses that still ask a job of their own after the text."""

import pytest

from patterns import split_tasks

_PASTED = [
    "What are the key points here? The survey of 600 parents found that 72% want longer school days. Support was "
    "highest among parents of children under 8. The school board will discuss the results on 14 June.",
    "what's the main point of this? The survey of 600 parents found that 72% want longer school days. Many cited "
    "childcare costs. The school board will discuss the results on 14 June.",
    "Pull out the main points here: The club grew to 340 members. Fees stay at £40. The committee will publish the "
    "figures in March.",
    "What does this say, in short? Sales rose 8% in the north. The south was flat. The board reviews the numbers "
    "next week.",
    "Can you give me the main points here? Attendance fell to 61%. Staff blamed the weather. The council will look "
    "at the findings in May.",
    "Key points please, from this: The trial enrolled 1,200 patients. Side effects were mild. Regulators will "
    "assess the results in autumn.",
]


@pytest.mark.parametrize("request_text", _PASTED)
def test_the_pasted_text_is_one_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "What are the key points here? The survey found 72% want longer days. Then email the results to Sam.",
        "Summarize this: The survey found 72% want longer days. Support was highest among young parents. Also, what "
        "is 72% of 600?",
        "Summarize this: The survey found 72% want longer days. Then write a tweet about the results.",
    ],
)
def test_a_job_after_the_text_is_still_a_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


def test_pasted_code_with_a_one_token_line_stays_one_part() -> None:
    request = (
        "Why does this function remember items from earlier calls?\n\n"
        "def append_item(item, items=[]):\n    items.append(item)\n    return items"
    )
    assert len(split_tasks(request)) == 1
