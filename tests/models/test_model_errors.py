"""Every SDK failure becomes a ModelError whose words say what happened; timeouts come from the deadline."""

import time

import pytest

from agents.errors import ModelError
from agents.models import CallOptions, Message
from tests.models.conftest import claude, openai_model
from tests.support import fake_anthropic, fake_openai
from tests.support.servers import running

pytestmark = pytest.mark.anyio

EXPECTED = [
    (401, "bad_key", "rejected the API key"),
    (429, "rate_limited", "rate limiting"),
    (500, "server_error", "server error"),
    (529, "overloaded", "overloaded"),
]


async def failure(model, stream=False, **options):
    async def sink(text):
        return None

    try:
        await model.respond("", [Message.user("hi")], [], sink if stream else None, options=CallOptions(**options))
    except ModelError as exc:
        return exc
    finally:
        await model.aclose()
    raise AssertionError("no ModelError")


@pytest.mark.parametrize(("status", "kind", "words"), EXPECTED)
async def test_claude_api_errors_are_named_in_words_a_user_can_act_on(status, kind, words):
    async with running(fake_anthropic.create_app(script=[{"status": status}])) as url:
        error = await failure(claude(url))
    assert error.kind == kind and words in str(error) and f"HTTP {status}" in str(error)
    assert "refused" not in str(error)


@pytest.mark.parametrize(("status", "kind", "words"), EXPECTED)
async def test_openai_compatible_errors_use_the_same_kinds(status, kind, words):
    async with running(fake_openai.create_app(script=[{"status": status}])) as url:
        error = await failure(openai_model(url))
    assert error.kind == kind and words in str(error) and f"HTTP {status}" in str(error)


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("fake", [fake_anthropic, fake_openai])
async def test_a_200_with_broken_json_is_a_malformed_reply(fake, stream):
    async with running(fake.create_app(script=[{"malformed": True}])) as url:
        model = claude(url) if fake is fake_anthropic else openai_model(url)
        error = await failure(model, stream=stream)
    assert error.kind == "malformed_reply" and "malformed" in str(error)


async def test_an_error_event_in_the_middle_of_a_stream_says_what_it_was():
    script = [{**fake_anthropic.text_reply("Half an answer"), "stream_error": "overloaded_error"}]
    async with running(fake_anthropic.create_app(script=script)) as url:
        error = await failure(claude(url), stream=True)
    assert error.kind == "overloaded" and "during the stream" in str(error) and "HTTP 200" not in str(error)


@pytest.mark.parametrize("fake", [fake_anthropic, fake_openai])
async def test_a_hung_api_is_bounded_by_the_calls_timeout(fake):
    app = fake.create_app(script=[{"hang": True}])
    async with running(app) as url:
        model = claude(url) if fake is fake_anthropic else openai_model(url)
        started = time.monotonic()
        error = await failure(model, timeout_s=0.5)
        app.state.release.set()
    assert error.kind == "timed_out" and "did not answer within 0.5 s" in str(error)
    assert time.monotonic() - started < 5


async def test_an_unreachable_server_says_where_it_looked():
    error = await failure(openai_model("http://127.0.0.1:9"))
    assert error.kind == "unreachable" and "ACCORD_OPENAI_BASE_URL" in str(error)
