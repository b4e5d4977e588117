"""Plans and routes for requests as users write them (issue 9, the ninth tuning set's families): a sentence whose
subject is a verb's word ("Order is 15 mg per kg ...") states the facts of the question after it; what a message
suggests or explains to its readers is part of that message; a part announced as another one ("Separate question,
...") is asked without its announcement; a text named by its kind and format ("Announcement for the club WhatsApp as
3 bullet points: ...") is the writer's."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks, without_loop_instruction
from tests.patterns.routed import routed
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Order is 15 mg per kg and the patient weighs 62 kg. Total dose in mg?",
        "Dose is 2.5 ml per kg and my daughter weighs 14 kg. How many ml?",
        "Rate is £12.50 an hour and I worked 37 hours this week. Total pay?",
        "Check is $156 for the 4 of us plus a 15% tip. Each person's share?",
        "Plan is 3 sessions a week for 12 weeks. Number of sessions altogether?",
        "Estimate was 4,200 euros and the final bill came in 12% higher. final amount?",
        "Charge is 45p per mile and we drove 230 miles. how much to claim back?",
    ],
)
def test_a_statement_whose_subject_is_a_verbs_word_is_the_questions_facts(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a polite reply declining Thursday's budget meeting because I'm on leave that day, and suggest Jo Patel "
        "goes instead. Under 60 words.",
        "Draft a short email to my landlord saying the boiler is broken again and suggest he sends someone on Monday.",
        "Write a note to the team cancelling Friday's social, and propose we move it to next month.",
        "Compose a reply to Sam turning down the job offer, and recommend my colleague Amir for the role.",
        "Write an email to the parents saying the trip is cancelled and explain that the coach company went bust.",
        "Can you write a message to my neighbour apologising for the noise, and suggest we swap numbers?",
        "write a quick email to Priya turning down the 3pm call, and propose Friday at 10 instead",
    ],
)
def test_what_a_message_suggests_or_explains_to_its_readers_is_part_of_it(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.rstrip(".").lower() == request_text.rstrip(".").lower()
    assert routed(decider, request_text) == "writer"


def test_an_order_to_the_assistant_after_a_message_is_still_a_part_of_its_own() -> None:
    first, second = split_tasks("Write a note to my team about the party, and explain to me how VAT works.")
    assert first.text == "Write a note to my team about the party"
    assert second.text == "Explain to me how VAT works"


@pytest.mark.parametrize(
    ("request_text", "workers", "asked"),
    [
        (
            "Write a quick note for the neighbours saying bin collection moves to Friday this week because of the "
            "bank holiday. Separate question, what do 3 bags of compost at 4.75 each come to?",
            ["writer", "calculator"],
            "What do 3 bags of compost at 4.75 each come to?",
        ),
        (
            "Who painted the Mona Lisa? Another question, how much is 18% of 340?",
            ["researcher", "calculator"],
            "How much is 18% of 340?",
        ),
        (
            "Write a short message to the team saying the office is closed on Monday. Unrelated question - what do 4 "
            "tickets at £12.75 each come to?",
            ["writer", "calculator"],
            "What do 4 tickets at £12.75 each come to?",
        ),
        (
            "Draft a text to my sister saying I'll be late tonight. Different question: what's 7 times 12.50?",
            ["writer", "calculator"],
            "What's 7 times 12.50?",
        ),
    ],
)
@pytest.mark.anyio
async def test_a_part_announced_as_another_is_asked_without_its_announcement(
    decider: RankingDecider, request_text: str, workers: list[str], asked: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == workers
    assert plan.tasks[1].text == asked
    assert all(t.depends_on == () for t in plan.tasks)


@pytest.mark.parametrize(
    "request_text",
    [
        "Announcement for the club WhatsApp as 3 bullet points: training moves to Thursdays 6-7:30pm from next week, "
        "new kit arrives on the 20th, and subs of £5 are due at the first session.",
        "Post for the residents' Facebook group as 3 bullet points: bins go out on Tuesday, the lift is fixed, and "
        "the AGM is on the 14th.",
        "Notice for the staff room in bullet points: the fridge gets cleared on Friday, label your food, and mugs go "
        "in the dishwasher.",
        "Reminder for the parents WhatsApp as two bullet points: swimming kit on Monday and forms due back by Friday.",
        "Message to the team as 3 bullets: standup moves to 9:30, the demo is on Thursday, and Priya is off next week.",
        "Short announcement for the choir in 3 bullet points: rehearsal moves to Wednesday, bring your folders, and "
        "the concert is on 12 May.",
    ],
)
def test_a_text_named_by_its_kind_and_format_with_its_points_is_the_writers(
    decider: RankingDecider, request_text: str
) -> None:
    assert len(split_tasks(request_text)) == 1
    assert routed(decider, request_text) == "writer"


def test_bullet_points_of_a_text_given_stay_the_summarizers(decider: RankingDecider) -> None:
    request = (
        "3 bullet points on this update please: The office moves to Leeds in May. Parking will be limited. "
        "Staff can claim travel costs for the first three months."
    )
    assert routed(decider, request) == "summarizer"


@pytest.mark.parametrize(
    ("request_text", "task"),
    [
        (
            "Write a message to the office about the fire drill on Wednesday at 11am; everyone meets at the car park "
            "assembly point. Iterate with a reviewer until the draft is approved.",
            "Write a message to the office about the fire drill on Wednesday at 11am; everyone meets at the car park "
            "assembly point.",
        ),
        (
            "Draft a notice for the gym: the sauna is closed until Friday for repairs. Iterate with an editor till "
            "it's approved.",
            "Draft a notice for the gym: the sauna is closed until Friday for repairs.",
        ),
        (
            "Compose an invitation to my 40th on Saturday 8 March at 7pm at The Crown. Work with a critic until they "
            "approve it.",
            "Compose an invitation to my 40th on Saturday 8 March at 7pm at The Crown.",
        ),
        (
            "Write a reminder for the team: timesheets are due Friday by 5pm. Run it past a reviewer and revise until "
            "it's approved.",
            "Write a reminder for the team: timesheets are due Friday by 5pm.",
        ),
        (
            "Write a thank-you note to the caretaker for fixing the heating over the weekend, and iterate with a "
            "reviewer until it passes.",
            "Write a thank-you note to the caretaker for fixing the heating over the weekend.",
        ),
        (
            "Draft a thank-you email to the caretaker for fixing the hall heating. Assess it and make it stronger.",
            "Draft a thank-you email to the caretaker for fixing the hall heating.",
        ),
        (
            "Write an apology note to a guest whose shuttle never came, offering a taxi voucher. Evaluate the draft "
            "and make it better.",
            "Write an apology note to a guest whose shuttle never came, offering a taxi voucher.",
        ),
    ],
)
def test_working_a_draft_over_with_a_judge_named_is_the_evaluators_loop(request_text: str, task: str) -> None:
    assert without_loop_instruction(request_text) == task


@pytest.mark.parametrize(
    "request_text",
    [
        "Review this code and fix it:\n```python\ndef f(x):\n    return x +\n```",
        "Write a bio saying I work with a judge at the county court.",
        "Check it with a calculator: 12 times 14.",
    ],
)
def test_a_review_or_a_judge_in_what_to_write_is_no_loop(request_text: str) -> None:
    assert without_loop_instruction(request_text) == request_text


@pytest.mark.parametrize(
    "request_text",
    [
        "3.14159 x 27, rounded to two decimal places",
        "1000 divided by 7, rounded to the nearest whole number",
        "12.99 x 7, rounded to the nearest pound",
        "17.5 x 3.2 rounded to 1 dp",
    ],
)
def test_a_sum_and_how_to_round_it_is_no_claim(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "calculator"


def test_a_statement_about_rounding_is_still_a_claim(decider: RankingDecider) -> None:
    assert routed(decider, "the result was rounded to two decimal places") == "fact_checker"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up the school trip costs: the coach is £340 and entry is £12 a child for 25 children. Then write a short "
        "note to parents with the total.",
        "Add up the costs: the venue is £600 and the DJ charges £45 an hour for 5 hours. After that, draft an email "
        "to the committee with the total.",
        "Work out the party budget: the hall is £150 and food is £8 a head for 40 guests. Then write a text to my "
        "sister with the total.",
    ],
)
async def test_a_sum_of_figures_told_in_a_sentence_is_the_calculators(
    decider: RankingDecider, request_text: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]
    assert plan.tasks[1].depends_on == ("1",)


@pytest.mark.parametrize(
    ("request_text", "claim", "other"),
    [
        (
            "Check this claim: the Amazon is the longest river in the world. And convert 2,450 km to miles.",
            "Check this claim: the Amazon is the longest river in the world",
            "Convert 2,450 km to miles",
        ),
        (
            "Is this true: bats are blind. And what is 18 times 24?",
            "Is this true: bats are blind",
            "What is 18 times 24?",
        ),
        (
            "Check this claim: the Eiffel Tower is in Rome. Who designed the Eiffel Tower?",
            "Check this claim: the Eiffel Tower is in Rome",
            "Who designed the Eiffel Tower?",
        ),
    ],
)
def test_an_order_or_a_question_after_a_claim_is_a_part_of_its_own(request_text: str, claim: str, other: str) -> None:
    assert [p.text for p in split_tasks(request_text)] == [claim, other]


def test_a_claims_own_second_sentence_stays_with_it() -> None:
    request = "Check this claim: the Amazon is the longest river in the world. It is over 6,000 km long."
    assert [p.text for p in split_tasks(request)] == [request]


def test_a_sum_beside_a_text_with_figures_gets_the_text() -> None:
    first, second = split_tasks(
        "Work out the total hours and summarise these notes: Anna worked 12 hours, Ben 9 and Cara 14. The rota "
        "changes next week. Ben is on holiday from Monday."
    )
    assert first.text.startswith("Work out the total hours: Anna worked 12 hours")
    assert second.text.startswith("Summarise these notes: Anna worked 12 hours")


@pytest.mark.parametrize(
    ("request_text", "first"),
    [
        (
            "Work out my fuel cost: 230 miles in a car that does 38 mpg (UK gallons), with petrol at £1.52 a litre. "
            "Then write a message to my carpool asking them to chip in for it.",
            "Work out my fuel cost: 230 miles in a car that does 38 mpg (UK gallons), with petrol at £1.52 a litre",
        ),
        (
            "Work out our share: the cottage is £840 for 4 nights and there are 6 of us. Then draft a text to the "
            "group with the amount.",
            "Work out our share: the cottage is £840 for 4 nights and there are 6 of us",
        ),
    ],
)
def test_an_order_with_its_particle_before_a_colon_is_no_heading(request_text: str, first: str) -> None:
    assert split_tasks(request_text)[0].text == first


@pytest.mark.parametrize(
    ("request_text", "first"),
    [
        (
            "I need the average of 72, 85, 90 and 64, and also a summary of this note from the coach: The season "
            "starts on 6 September. Training is on Tuesdays.",
            "The average of 72, 85, 90 and 64",
        ),
        ("I need the total of 45, 60 and 72, and also a short poem about autumn.", "The total of 45, 60 and 72"),
        ("I'd like the mean of 3, 8, 12 and 9, and also a haiku about rain.", "The mean of 3, 8, 12 and 9"),
    ],
)
def test_a_wish_before_several_parts_asks_for_each_not_only_the_first(request_text: str, first: str) -> None:
    assert split_tasks(request_text)[0].text == first


def test_a_wish_before_one_part_stays_as_the_user_wrote_it() -> None:
    (piece,) = split_tasks("I need the average of 72, 85, 90 and 64.")
    assert piece.text == "I need the average of 72, 85, 90 and 64"


JS = '```javascript\nfunction label(age) {\n  if (age = 18) {\n    return "adult";\n  }\n  return "minor";\n}\n```'
ADD = "```python\ndef add(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n```"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "workers"),
    [
        (
            "Review this JS and also fact-check something for me. The claim is that the Pacific is the largest "
            f"ocean. The code is\n{JS}",
            ["code_reviewer", "fact_checker"],
        ),
        (
            "Can you verify a claim and look over some Python for me? The claim is that Mount Everest is the "
            f"tallest mountain on Earth. The code is:\n{ADD}",
            ["fact_checker", "code_reviewer"],
        ),
        (
            f"Check my code and verify a claim. The claim is that bats are blind. The code is\n{ADD}",
            ["code_reviewer", "fact_checker"],
        ),
    ],
)
async def test_material_labelled_by_its_kind_goes_to_the_part_that_asks_for_that_kind(
    decider: RankingDecider, request_text: str, workers: list[str]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == workers
    code = next(t for t in plan.tasks if t.worker == "code_reviewer")
    claim = next(t for t in plan.tasks if t.worker == "fact_checker")
    assert "```" in code.text and "claim" not in code.text.lower()
    assert "```" not in claim.text and claim.text.endswith(("ocean", "Earth", "blind"))


def test_a_labelled_claim_after_its_one_check_stays_with_it() -> None:
    (piece,) = split_tasks("Check this claim for me. The claim is that the Great Wall of China is visible from space.")
    assert piece.text.endswith("the Great Wall of China is visible from space")


@pytest.mark.parametrize(
    "request_text",
    [
        "cycled sixty-four kilometres on saturday, how many miles is that?",
        "ran twenty-six miles, how many km is that",
        "Forty-five euros split between three, how much each?",
    ],
)
def test_a_number_written_with_a_hyphen_is_a_number(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "calculator"


def test_a_one_line_text_names_no_number(decider: RankingDecider) -> None:
    assert routed(decider, "Write a one-line bio for my Instagram") == "writer"


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you rephrase this politely for a customer? 'We told you twice already, the refund takes 5 working days. "
        "Stop emailing us.'",
        "Make this sound friendlier: 'Your invoice is late. Pay now.'",
        "Rewrite this kindly - 'Stop parking here. You've been warned.' - and keep it short",
    ],
)
def test_a_text_in_single_quotes_is_one_part_with_its_ask(request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text


def test_a_question_after_a_single_quoted_text_is_still_a_part_of_its_own() -> None:
    first, second = split_tasks("Translate 'Good morning. How are you?' into French, and what is 15% of 80?")
    assert first.text == "Translate 'Good morning. How are you?' into French"
    assert second.text == "What is 15% of 80?"
