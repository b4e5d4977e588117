"""A short aside of the user's own after a question is no part of its own; a claim after one still is."""

from patterns import split_tasks


def test_a_sigh_after_a_sum_stays_with_it() -> None:
    request = "What's the total of 19.99, 4.50 and 12.25? The till broke, typical."
    assert [p.text for p in split_tasks(request)] == [request.removesuffix(".")]


def test_the_users_mood_after_a_conversion_stays_with_it() -> None:
    request = "What's 1,250 grams in kilograms? The recipe's American and confusing me"
    assert [p.text for p in split_tasks(request)] == [request]


def test_a_claim_after_a_question_is_still_a_part() -> None:
    assert len(split_tasks("What's the capital of Australia? The Great Wall is visible from space.")) == 2


def test_a_pasted_sentence_naming_the_results_is_the_summarys_material() -> None:
    request = (
        "What are the key points here? The survey of 600 parents found that 72% want longer school days. "
        "The school board will discuss the results on 14 June."
    )
    assert len(split_tasks(request)) == 1


def test_the_statement_after_a_check_of_own_working_is_its_material() -> None:
    assert len(split_tasks("Is my answer right? A 15% tip on £60 is £9.")) == 1


def test_a_greeting_and_mood_before_a_sum_are_its_context() -> None:
    assert len(split_tasks("Hi! Long day. What is 12 times 8?")) == 1
