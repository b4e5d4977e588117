"""A sum ordered by its operation ("Split £86.40 between 6 staff", "Divide 120 by 7"), then ", and" another job:
the sum opens a request of its own, so the job after it is a part for its own worker; and "have a look at" /
"take a look at" this code is an order to look it over. "split" and "average" after a sum's figures ("add 18% and
split it evenly") go on with that one sum and start no part."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists

CODE = "```python\ndef set_gain(ch, db):\n    try:\n        ch.gain = db\n    except:\n        pass\n```"

TWO_JOBS = [
    ("Split £86.40 in the tip jar between 6 staff, and make a post telling customers we now do oat milk for free.",
     ["calculator", "writer"]),
    ("Divide 1,200 by 16, and write a short note to the team saying the rota is up.", ["calculator", "writer"]),
    ("split 75 between 3 of us, and check whether it's true that the Eiffel Tower is in Paris",
     ["calculator", "fact_checker"]),
    ("Multiply 36 by 14, and write a reminder that the bake sale is on Friday.", ["calculator", "writer"]),
    (f"Convert 6 metres to feet, and have a look at this bit of my mixer-control script too\n{CODE}",
     ["calculator", "code_reviewer"]),
    (f"What's 15% of 80, and take a look at this function for me:\n{CODE}", ["calculator", "code_reviewer"]),
    (f"Convert 5 miles to km, and have a look at my script\n{CODE}", ["calculator", "code_reviewer"]),
]  # fmt: skip


@pytest.mark.parametrize(("request_text", "agents"), TWO_JOBS)
@pytest.mark.anyio
async def test_the_sum_and_the_job_after_it_are_two_parts(
    decider: RankingDecider, request_text: str, agents: list[str]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == agents
    assert all(t.depends_on == () for t in plan.tasks)
    # the code goes to the part that looks at it, and only to it
    assert sum("def set_gain" in t.text for t in plan.tasks) == (1 if "def set_gain" in request_text else 0)


@pytest.mark.parametrize(
    "request_text",
    [
        "Dinner came to £143.70 for the six of us. We want to add 12.5% service and split it evenly, how much each?",
        "Take 48,750 and subtract 12.5% of it. What's left?",
        "Split the bill of £120 between 4, and round it up to the nearest pound",
        "We want to add an 18% tip and then split the whole thing evenly between the 4 of us.",
        "Split 90 evenly between 6 people, and how much is that each?",
        "Have a nice day",
    ],
)
def test_one_sum_stays_one_part(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "Average these monthly sales for me: 4200, 3900, 5100, 4600, and then plot them as a line chart for a slide.",
        "Add up these costs: £120, £75, £40, then plot them as a bar chart.",
        "Work out the mean of 12, 15, 18, 21, and then plot them on a graph for my report.",
    ],
)
def test_a_plot_after_the_figures_is_a_part_of_its_own(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert second.text.startswith("Plot") and "plot" not in first.text.lower()
