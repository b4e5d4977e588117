"""Prometheus metrics of one server, through ``prometheus_client``, served at ``/metrics``.

One ``Metrics`` per server process, with its own registry. It counts:

- HTTP requests, errors (by status code) and latency per route (``MetricsMiddleware``), and requests in flight;
- orchestrations per pattern and status, their latency, and those in flight; steps per pattern, worker and
  status, their latency and retries (a ``patterns.run`` observer);
- model calls, tokens and estimated cost per agent and model; MCP tool calls and latency per agent and tool
  (``agents.telemetry`` events);
- A2A tasks per agent, skill and status, their latency, and those in flight (``agents.telemetry.task``); the
  skill is the card skill the agent's tools belong to (``skills.py``), for the orchestrator its pattern;
- each worker's circuit breaker state (read when scraped).

Label values come from names accord chose (agents, models, tools, patterns, card skill ids, route templates),
never from what a caller sent, so no request can grow the number of series.

The server's own tasks also go into a ``LastHour`` (``window.py``) whose summary the agent's registration sends
with each heartbeat (``agents.registration.share_summary``): the registry page draws it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.requests import Request as HttpRequest
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents import telemetry
from agents.registration import share_summary
from patterns import PATTERN_NAMES, RunRecord
from patterns.run import Run, current_step, observe_runs
from patterns.worker import Request, Step
from servers.observability.routes import route_template
from servers.observability.skills import NONE, SkillMap
from servers.observability.window import LastHour

BreakerStates = Callable[[], Mapping[str, str]]
BREAKER_STATES = ("closed", "half-open", "open")
TASK_STATES = frozenset({"completed", "failed", "rejected", "input-required", "canceled"})
FAST = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
SLOW = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class Metrics:
    """The metrics of the server named ``server``. ``breakers`` (worker name -> ``closed``/``half-open``/``open``)
    is read at each scrape. ``skills`` are the server's card skills (``AgentSkill`` messages or card JSON), the
    only values the ``skill`` label of its tasks takes besides a pattern and ``none``. With ``listen`` (the
    default) it counts this process's runs, model and tool calls and tasks, and shares the server's last hour
    with its registration; ``close`` stops that (a process makes one and keeps it)."""

    def __init__(
        self,
        server: str,
        *,
        breakers: BreakerStates | None = None,
        listen: bool = True,
        skills: Iterable[object] = (),
    ) -> None:
        self.server = server
        self.skills = SkillMap(skills)
        self.last_hour = LastHour()
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "accord_http_requests", "HTTP requests answered", ["server", "route", "method", "code"], registry=r
        )
        self.request_seconds = Histogram(
            "accord_http_request_duration_seconds", "HTTP latency", ["server", "route"], buckets=FAST, registry=r
        )
        self.requests_in_flight = Gauge("accord_http_requests_in_flight", "HTTP in progress", ["server"], registry=r)
        self.runs = Counter("accord_runs", "orchestrations finished", ["pattern", "status"], registry=r)
        self.run_seconds = Histogram(
            "accord_run_duration_seconds", "orchestration latency", ["pattern"], buckets=SLOW, registry=r
        )
        self.runs_in_flight = Gauge("accord_runs_in_flight", "orchestrations in progress", ["pattern"], registry=r)
        self.steps = Counter("accord_steps", "steps finished", ["pattern", "worker", "status"], registry=r)
        self.step_seconds = Histogram(
            "accord_step_duration_seconds", "step latency", ["pattern", "worker"], buckets=SLOW, registry=r
        )
        self.step_retries = Counter("accord_step_retries", "extra tries of steps", ["pattern", "worker"], registry=r)
        self.model_calls = Counter("accord_model_calls", "model calls", ["agent", "model", "status"], registry=r)
        self.model_seconds = Histogram(
            "accord_model_call_duration_seconds", "model call latency", ["agent", "model"], buckets=SLOW, registry=r
        )
        self.tokens = Counter("accord_tokens", "model tokens", ["agent", "model", "direction"], registry=r)
        self.cost = Counter("accord_cost_usd", "estimated model cost in US dollars", ["agent", "model"], registry=r)
        self.tool_calls = Counter("accord_tool_calls", "MCP tool calls", ["agent", "tool", "status"], registry=r)
        self.tool_seconds = Histogram(
            "accord_tool_call_duration_seconds", "MCP tool call latency", ["agent", "tool"], buckets=FAST, registry=r
        )
        self.tasks_in_flight = Gauge("accord_tasks_in_flight", "A2A tasks being worked on", ["agent"], registry=r)
        self.tasks = Counter("accord_tasks", "A2A tasks finished", ["agent", "skill", "status"], registry=r)
        self.task_seconds = Histogram(
            "accord_task_duration_seconds", "A2A task latency", ["agent", "skill"], buckets=SLOW, registry=r
        )
        if breakers is not None:
            r.register(_BreakerCollector(breakers))
        self._stops: list[Callable[[], None]] = []
        if listen:
            self._stops = [
                telemetry.listen(self._on_call),
                observe_runs(_RunCounter(self)),
                share_summary(server, self.last_hour.summary),
            ]

    def close(self) -> None:
        for stop in self._stops:
            stop()
        self._stops = []

    def exposition(self) -> bytes:
        """The metrics in the Prometheus text format."""
        return generate_latest(self.registry)

    def _on_call(self, event: object) -> None:
        if isinstance(event, telemetry.ModelCalled):
            labels = (event.agent or self.server, event.model)
            self.model_calls.labels(*labels, "error" if event.error else "ok").inc()
            self.model_seconds.labels(*labels).observe(event.seconds)
            self.tokens.labels(*labels, "input").inc(event.input_tokens)
            self.tokens.labels(*labels, "output").inc(event.output_tokens)
            if event.cost_usd is not None:
                self.cost.labels(*labels).inc(event.cost_usd)
        elif isinstance(event, telemetry.TaskCounted):
            self.tasks_in_flight.labels(event.agent or self.server).inc(event.delta)
        elif isinstance(event, telemetry.ToolCalled):
            labels = (event.agent or self.server, event.tool)
            self.tool_calls.labels(*labels, event.status).inc()
            self.tool_seconds.labels(*labels).observe(event.seconds)
        elif isinstance(event, telemetry.TaskFinished):
            self._task_finished(event)

    def _task_finished(self, event: telemetry.TaskFinished) -> None:
        agent = event.agent or self.server
        status = event.status if event.status in TASK_STATES else "failed"
        if event.skill:  # said outright: only a pattern or one of the card's own skills is a label
            skill = event.skill if event.skill in PATTERN_NAMES or event.skill in self.skills.ids else NONE
        else:
            skill = self.skills.skill_of(event.tools) if agent == self.server else NONE
        self.tasks.labels(agent, skill, status).inc()
        self.task_seconds.labels(agent, skill).observe(event.seconds)
        if agent == self.server:
            self.last_hour.record(event.seconds, status)


class _RunCounter:
    """The ``patterns.run`` observer behind the run and step metrics."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def run_started(self, run: Run, request: Request) -> _RunWatch:
        telemetry.decide(run.record.pattern)  # the skill of the orchestrator's task is its pattern
        return _RunWatch(self.metrics, run.record.pattern)


class _RunWatch:
    def __init__(self, metrics: Metrics, pattern: str) -> None:
        self.metrics, self.pattern = metrics, pattern
        self.started = time.perf_counter()
        metrics.runs_in_flight.labels(pattern).inc()

    def step(self, position: str, worker: str, request: Request) -> AbstractContextManager[Callable[[Step], None]]:
        return self._step(worker)

    @contextmanager
    def _step(self, worker: str) -> Generator[Callable[[Step], None]]:
        steps: list[Step] = []
        yield steps.append
        for step in steps:
            m = self.metrics
            m.steps.labels(self.pattern, worker, step.status).inc()
            m.step_seconds.labels(self.pattern, worker).observe(step.latency_ms / 1000)
            retries = _attempts(step) - 1
            if retries > 0:
                m.step_retries.labels(self.pattern, worker).inc(retries)

    def finished(self, record: RunRecord) -> None:
        # the task of the run ends as its executor reports it: a partial run completes the task
        telemetry.conclude("completed" if record.status == "partial" else record.status)
        m = self.metrics
        m.runs_in_flight.labels(self.pattern).dec()
        m.runs.labels(self.pattern, record.status).inc()
        m.run_seconds.labels(self.pattern).observe(time.perf_counter() - self.started)


def _attempts(step: Step) -> int:
    """How many tries the step took: kept on the step, or counted in the current step's context."""
    context = current_step.get()
    return max(int(getattr(step, "attempts", 0) or 0), context.attempts if context is not None else 0, 1)


class _BreakerCollector(Collector):
    """``accord_breaker_state{worker, state}``: 1 for the state each worker's breaker is in, 0 for the others."""

    def __init__(self, breakers: BreakerStates) -> None:
        self.breakers = breakers

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = _breaker_family()
        for worker, state in sorted(dict(self.breakers()).items()):
            for candidate in BREAKER_STATES:
                family.add_metric([worker, candidate], 1.0 if state == candidate else 0.0)
        yield family

    def describe(self) -> Iterator[GaugeMetricFamily]:
        yield _breaker_family()


def _breaker_family() -> GaugeMetricFamily:
    return GaugeMetricFamily("accord_breaker_state", "circuit breaker state per worker", labels=["worker", "state"])


class MetricsMiddleware:
    """Counts every HTTP request of the app by route template, method and status code, and times it."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics, routes: Sequence[BaseRoute] = ()) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        m = self.metrics
        route = route_template(self.routes, scope)
        status = [500]  # an app that raised without answering

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        in_flight = m.requests_in_flight.labels(m.server)
        in_flight.inc()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, sending)
        finally:
            in_flight.dec()
            m.request_seconds.labels(m.server, route).observe(time.perf_counter() - started)
            m.requests.labels(m.server, route, _method(scope), str(status[0])).inc()


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _method(scope: Scope) -> str:
    method = str(scope.get("method", ""))
    return method if method in _METHODS else "OTHER"  # a made-up method must not become a new series


def metrics_route(metrics: Metrics, path: str = "/metrics") -> Route:
    """``GET /metrics``: the text exposition. Guard it like the server's other routes (it is not public)."""

    async def exposition(request: HttpRequest) -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return Route(path, exposition, methods=["GET"], name="metrics")
