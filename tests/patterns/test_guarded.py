import pytest

from patterns import CircuitBreaker, Guarded, Request, RetryPolicy, TransportError
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def no_sleep(seconds: float) -> None:
    sleeps.append(seconds)


sleeps: list[float] = []


async def test_retries_transport_errors_with_backoff() -> None:
    sleeps.clear()
    flaky = Scripted("flaky", replies=[TransportError("reset"), TransportError("reset"), "ok"])
    guarded = Guarded(flaky, retry=RetryPolicy(attempts=3, base_delay=0.1), sleep=no_sleep)
    result = await guarded.send(Request("x"))
    assert result.ok and result.text == "ok" and flaky.calls == 3 and sleeps == [0.1, 0.2]


async def test_does_not_retry_other_errors() -> None:
    broken = Scripted("broken", replies=[ValueError("bad input"), "ok"])
    result = await Guarded(broken, retry=RetryPolicy(attempts=3), sleep=no_sleep).send(Request("x"))
    assert result.status == "failed" and "ValueError: bad input" in result.error and broken.calls == 1


async def test_timeout_then_fallback_records_why() -> None:
    result = await Guarded(Scripted("slow", hang=True), timeout=0.02, fallback=Scripted("spare")).send(Request("x"))
    assert result.ok and result.text == "spare done"
    assert result.steps[0].agent == "slow" and "did not answer within" in result.steps[0].error


def test_breaker_opens_after_three_failures_and_half_opens_after_cool_down() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(reset_timeout=10, clock=clock)
    for _ in range(3):
        assert breaker.allow()
        breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()
    clock.now = 10
    assert breaker.state == "half-open" and breaker.allow() and not breaker.allow()  # one trial at a time
    breaker.record_failure()
    assert breaker.state == "open"
    clock.now = 20
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state == "closed"


async def test_an_open_breaker_refuses_without_calling_and_closes_after_a_good_trial() -> None:
    clock = FakeClock()
    worker = Scripted("w", replies=[RuntimeError("x")] * 3 + ["back"])
    guarded = Guarded(worker, breaker=CircuitBreaker(reset_timeout=5, clock=clock))
    for _ in range(3):
        assert not (await guarded.send(Request("x"))).ok
    refused = await guarded.send(Request("x"))
    assert "circuit open" in refused.error and worker.calls == 3
    clock.now = 5
    assert (await guarded.send(Request("x"))).text == "back"
    assert guarded.breaker.state == "closed"


async def test_an_open_breaker_uses_the_fallback() -> None:
    breaker = CircuitBreaker(failure_threshold=1, clock=FakeClock())
    breaker.record_failure()
    result = await Guarded(Scripted("w"), breaker=breaker, fallback=Scripted("spare")).send(Request("x"))
    assert result.text == "spare done" and "CircuitOpen" in result.steps[0].error
