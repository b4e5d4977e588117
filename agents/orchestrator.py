"""The orchestrator: finds workers in the registry and runs one of the patterns over them, over A2A.

Each request picks a pattern and its workers: from the request metadata (``pattern``, ``agents``) when the
caller chose, otherwise by itself — a request that asks for its draft to be reviewed and improved ("..., and
keep improving it until a reviewer is happy") goes to the evaluator, one with one instruction to the router, a
compound one ("search X, then summarise it and compute Y") to the supervisor, which plans it with the clause
planner.
The evaluator's judge is always chosen by a judging skill (``patterns.has_judging_skill``), among the named
agents or all of them; when none has one, the run declines (``rejected``: no judge is available). Its generator
is the agent the planner assigns the request to, among those with a revising skill (``has_revising_skill``).
The workers are ``RemoteAgent``s built from the registry's records (never the orchestrator itself), each behind
``Guarded``: a per-call timeout, retries with backoff for transport errors, and one circuit breaker per worker
that lives as long as the orchestrator, so a dead worker is skipped at once by the requests that follow.
Each worker origin has its own connection pool (``connections_per_worker``), so a slow worker that holds every
connection it may have cannot delay calls to the others.

Loops: the hop counter ends a loop only while every agent passes it on. A ``TraceGate`` also admits at most
``runs_per_trace`` runs of one trace at a time in this process (a trace nesting deeper than that is calling the
orchestrator back) and ``calls_per_trace`` concurrent worker calls; the excess fails at once, naming the loop.

Model: with ``model`` (the one ``select_model`` picks from the orchestrator's spec, ``ACCORD_MODEL`` and the
key) routing and planning go through that model's forced tool calls (``agents.planning``), the offline decider
and planner behind them as fallback; with none, or the offline model, nothing leaves the machine. Each run
counts the orchestrator's own model calls in its budget (before and after each call) and adds them to the run
record's usage (``own_usage`` says how much of it they were) and to the result's.

Every run is recorded in a ``RunStore`` (SQLite under the data dir: ``open_runs(data_dir)``), checkpointed after
every step. A request whose metadata names the ``run_id`` of a stored run continues it: the stored request,
pattern and workers are reused and the steps that had finished are not called again.

Transport-free apart from the A2A client: the server side (``servers/a2a/orchestrator_executor.py``) turns the
events of ``stream`` into A2A status updates and the final ``Result`` into the artifact.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import httpx

from agents import telemetry
from agents.agent_urls import agent_at, is_agent_url
from agents.credentials import OriginCredentials
from agents.models.base import Model
from agents.models.embeddings import default_ranker
from agents.models.pricing import PRICES, PriceTable
from agents.planning import ModelDecider, ModelPlanner, OwnCalls
from agents.registry import AgentRecord, Registry, RegistryError
from agents.remote import RemoteAgent
from agents.storage import open_run_store
from agents.tls import client_tls
from agents.trace_gate import TraceGate, TraceLimitExceeded
from patterns import (
    MAX_DEPTH,
    PATTERN_NAMES,
    Budget,
    CircuitBreaker,
    ClausePlanner,
    Decider,
    EvaluatorOptimizer,
    Event,
    FanOut,
    Guarded,
    InMemoryRunStore,
    Pattern,
    Pipeline,
    Planner,
    RankingDecider,
    Request,
    Result,
    RetryPolicy,
    Router,
    RunStore,
    Supervisor,
    TraceParent,
    Worker,
    choose_judge,
    final_result,
    has_judging_skill,
    has_revising_skill,
    without_loop_instruction,
)
from patterns.addressed import addressed
from patterns.asks import OwnAsks
from patterns.handed_material import request_parts, with_handed_material
from patterns.pasted_code import fenced

log = logging.getLogger(__name__)

NAME = "orchestrator"
RUNS_FILE = "runs.db"
CONNECTIONS_PER_WORKER = 16
CALLS_PER_TRACE = 32

WorkerSource = Callable[[], Awaitable[Sequence[Worker]]]


def runs_path(data_dir: Path) -> Path:
    """Where the orchestrator keeps its run records under ``data_dir``."""
    return Path(data_dir) / RUNS_FILE


def open_runs(data_dir: Path) -> RunStore:
    """The run store under ``data_dir``, shared by the orchestrator, ``accord runs`` and the gateway."""
    return open_run_store(runs_path(data_dir))


class OrchestrationError(ValueError):
    """A request the orchestrator cannot act on: an unknown pattern, unknown agents, no workers at all."""


NO_THRESHOLD = -1.0
"""Below every decider's confidence (cosines are at least -1, BM25 and model confidences at least 0); finite, as
the run record keeps it."""


class Orchestrator:
    """Runs patterns over the workers ``registry`` lists (or a fixed ``workers`` list, for embedding and tests).

    ``budget`` and ``on_error`` apply to every run unless the request's metadata overrides them
    (``budget: {"max_calls", "max_tokens", "deadline"}``, ``on_error``). ``call_timeout`` bounds each worker
    call; ``retry`` and the breaker settings are the per-call failure policy. ``team`` limits the registry's
    agents to those names; ``default_pattern`` replaces the orchestrator's own choice when a request names none.
    ``runs_per_trace`` (default ``max_depth``) and ``calls_per_trace`` cap one trace's runs and worker calls in
    flight; ``connections_per_worker`` caps each worker origin's pool. Passing ``http`` shares that one client
    (and its limits) across every worker instead.
    """

    def __init__(
        self,
        *,
        registry: Registry | None = None,
        workers: Sequence[Worker] | None = None,
        store: RunStore | None = None,
        name: str = NAME,
        description: str = "Orchestrates accord's agents: routes, splits, fans out and chains tasks over A2A.",
        budget: Budget | None = None,
        on_error: str = "partial",
        call_timeout: float = 60.0,
        retry: RetryPolicy | None = None,
        failure_threshold: int = 3,
        reset_timeout: float = 30.0,
        max_depth: int = MAX_DEPTH,
        team: Sequence[str] | None = None,
        default_pattern: str | None = None,
        token: str | OriginCredentials | None = None,
        http: httpx.AsyncClient | None = None,
        decider: Decider | None = None,
        planner: Planner | None = None,
        runs_per_trace: int | None = None,
        calls_per_trace: int = CALLS_PER_TRACE,
        connections_per_worker: int = CONNECTIONS_PER_WORKER,
        model: Model | None = None,
        prices: PriceTable = PRICES,
    ) -> None:
        if registry is None and workers is None:
            raise ValueError("an orchestrator needs a registry or a list of workers")
        self.registry = registry
        self.static_workers = list(workers) if workers is not None else None
        self.store = store or InMemoryRunStore()
        self.name = name
        self.description = description
        self.budget = budget or Budget(max_calls=32, deadline=300.0)
        self.on_error = on_error
        self.call_timeout = call_timeout
        self.retry = retry or RetryPolicy(attempts=2, base_delay=0.1)
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.max_depth = max_depth
        self.team = set(team) if team is not None else None
        if default_pattern is not None and default_pattern not in PATTERN_NAMES:
            raise ValueError(f"unknown pattern {default_pattern!r}; choose from {', '.join(PATTERN_NAMES)}")
        self.default_pattern = default_pattern
        self.token = token
        self.http = http
        self.connections_per_worker = connections_per_worker
        self._pools: dict[str, httpx.AsyncClient] = {}  # worker origin -> its own pool
        self.gate = TraceGate(max_runs=runs_per_trace or max_depth, max_calls=calls_per_trace)
        self.decider = decider or RankingDecider(default_ranker(RankingDecider.LEXICAL_WEIGHT))
        self.planner = planner or ClausePlanner(self.decider)
        # the offline model decides through the offline decider and planner themselves: no model call to count
        self.model = model if model is not None and model.name != "local" else None
        self.prices = prices
        # One guarded remote per (name, card URL): its breaker outlives the request that tripped it.
        self._remotes: dict[tuple[str, str], Guarded] = {}

    async def __aenter__(self) -> Orchestrator:
        await self.store.open()  # tables at start-up, not under the first requests
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for guarded in self._remotes.values():
            if isinstance(guarded.inner, RemoteAgent):  # every remote this orchestrator made is one
                await guarded.inner.aclose()
        self._remotes.clear()
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()
        close = getattr(self.model, "aclose", None)
        if close is not None:
            await close()
        await self.store.close()

    # -- workers -------------------------------------------------------------------------------------------

    async def available(self) -> list[Worker]:
        """Every worker this orchestrator may call now, sorted by name; never itself."""
        if self.static_workers is not None:
            return [w for w in self.static_workers if w.name != self.name]
        assert self.registry is not None
        try:
            records = await self.registry.search(status="up")
        except RegistryError as exc:
            raise OrchestrationError(f"cannot list agents: {exc}") from exc
        records = [r for r in records if r.name != self.name and (self.team is None or r.name in self.team)]
        workers = [self._remote(r) for r in sorted(records, key=lambda r: r.name)]
        return [w for w in workers if w is not None]

    def _remote(self, record: AgentRecord) -> Worker | None:
        url = record.base_url
        if not url or not record.card:
            return None
        key = (record.name, url)
        if key not in self._remotes:
            try:
                agent = RemoteAgent(
                    url,
                    card=record.card,
                    name=record.name,
                    token=self.token,
                    timeout=self.call_timeout,
                    http=self.http or self._pool(url),
                    max_depth=self.max_depth,
                    count_hop=False,  # Run.call counts the hop
                    gate=self.gate,
                )
            except Exception as exc:  # a card the SDK cannot read: leave that agent out, say why
                log.warning("skipping %s: unreadable card: %s", record.name, exc)
                return None
            breaker = CircuitBreaker(self.failure_threshold, self.reset_timeout)
            self._remotes[key] = Guarded(agent, timeout=self.call_timeout, retry=self.retry, breaker=breaker)
        return self._remotes[key]

    async def _agent_at(self, url: str) -> Worker:
        """The worker at ``url``, from the card it serves (no registry involved)."""
        try:
            record = await agent_at(url, self.http or self._pool(url), timeout=min(10.0, self.call_timeout))
        except RegistryError as exc:
            raise OrchestrationError(f"cannot use the agent at {url[:200]}: {exc}") from None
        worker = self._remote(record)
        if worker is None or worker.name == self.name:
            raise OrchestrationError(f"the agent at {url[:200]} cannot be called")
        return worker

    def _pool(self, url: str) -> httpx.AsyncClient:
        """The connection pool of the worker origin ``url`` belongs to, made on first use."""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        if origin not in self._pools:
            limit = self.connections_per_worker
            self._pools[origin] = httpx.AsyncClient(
                timeout=httpx.Timeout(self.call_timeout, connect=5.0),
                verify=client_tls(),
                limits=httpx.Limits(max_connections=limit, max_keepalive_connections=limit),
                event_hooks=telemetry.httpx_hooks(),
            )
        return self._pools[origin]

    def breaker_states(self) -> dict[str, str]:
        """Each called worker's circuit-breaker state, by worker name (for the metrics)."""
        return {name: g.breaker.state for (name, _), g in self._remotes.items() if g.breaker is not None}

    def breaker(self, name: str) -> CircuitBreaker | None:
        """The circuit breaker of the worker called ``name`` (for health reports and tests)."""
        for (worker, _), guarded in self._remotes.items():
            if worker == name:
                return guarded.breaker
        return None

    # -- deciding ------------------------------------------------------------------------------------------

    def deciding(self, meter: OwnCalls | None = None) -> tuple[Decider, Planner]:
        """The decider and planner of one run: through the model, counted by ``meter``, when there is a model."""
        if self.model is None:
            return self.decider, self.planner
        meter = meter or OwnCalls(self.model.name, self.prices)
        return ModelDecider(self.model, self.decider, meter), ModelPlanner(self.model, self.planner, meter)

    async def prepare(self, request: Request, meter: OwnCalls | None = None) -> tuple[Pattern, Request]:
        """The pattern to run for ``request`` and the request it runs on (a stored run's, when resuming)."""
        decider, planner = self.deciding(meter)
        request = await self._resumed(request)
        request = request.replace(text=fenced(request.text))  # code pasted after a blank line, set in a block
        chosen = _names(request.metadata.get("agents"))
        # Workers named by URL are described by their own cards: the registry is asked only for names.
        at_url = {url: await self._agent_at(url) for url in dict.fromkeys(c for c in chosen if is_agent_url(c))}
        needs_registry = not chosen or len(at_url) < len(set(chosen))
        workers = [*(await self.available() if needs_registry else []), *at_url.values()]
        if not workers:
            raise OrchestrationError("no agents are available to work on this request")
        by_name = {w.name: w for w in workers}
        chosen = [at_url[c].name if c in at_url else c for c in chosen]
        unknown = [n for n in chosen if n not in by_name]
        if unknown:
            raise OrchestrationError(f"unknown or unavailable agents: {', '.join(unknown)}")
        to = None if chosen or request.metadata.get("pattern") else addressed(request.text, list(by_name))
        if to is not None:  # "Ask both the fact checker and the researcher: ...": each named agent asked the rest
            chosen, request = list(to.names), request.replace(text=to.text)
            request.metadata["pattern"] = "fanout"
        pattern = str(request.metadata.get("pattern") or self.default_pattern or "") or self.decide(request)
        if pattern not in PATTERN_NAMES:
            raise OrchestrationError(f"unknown pattern {pattern!r}; choose from {', '.join(PATTERN_NAMES)}")
        if pattern != "pipeline":  # only a pipeline may call one agent twice
            chosen = list(dict.fromkeys(chosen))
        if pattern == "router":  # "<situation>. Could you pull out the key points? <text>": the text after a colon
            request = request.replace(text=with_handed_material(request.text))
        selected = (
            [by_name[n] for n in chosen]
            if chosen
            else await self._default_workers(pattern, request, workers, decider, planner)
        )
        # kept in the run record, so a resumed run makes the same choice
        request.metadata["pattern"] = pattern
        url_of = {w.name: url for url, w in at_url.items()}
        request.metadata["agents"] = [url_of.get(w.name, w.name) for w in selected]
        return self.build(pattern, selected, request, decider, planner, named=bool(chosen)), request

    def decide(self, request: Request) -> str:
        """Evaluator for a request that asks for its draft to be reviewed and improved ("..., and keep improving
        it until a reviewer is happy"); otherwise router for a request with one instruction, supervisor for a
        compound one."""
        if without_loop_instruction(request.text) != request.text:
            return "evaluator"
        return "supervisor" if len(request_parts(request.text)) > 1 else "router"

    async def _default_workers(
        self, pattern: str, request: Request, workers: list[Worker], decider: Decider, planner: Planner
    ) -> list[Worker]:
        if pattern in ("router", "supervisor", "fanout"):
            return workers
        if pattern == "pipeline":  # one stage per planned part, in order (a worker may come back)
            plan = await planner.plan(request, workers)
            stages = [w for t in plan.tasks if t.worker for w in workers if w.name == t.worker]
            return stages or workers[:1]
        # evaluator: the generator is the agent the planner gives the task to (its verb and its topic, as for a
        # supervisor's part), among those that can revise a draft to feedback; then the best judge for it
        makers = [w for w in workers if has_revising_skill(w)] or workers
        task = request.replace(text=without_loop_instruction(request.text))  # what is drafted, not the loop
        plan = await planner.plan(task, makers) if len(makers) > 1 else None
        assigned = next((t.worker for t in plan.tasks if t.worker), None) if plan is not None else None
        generator = next((w for w in makers if w.name == assigned), makers[0])
        judges = [w for w in workers if has_judging_skill(w)]
        ranked = await decider.rank(task, judges) if len(judges) > 1 else []
        ordered = [w for c in ranked for w in judges if w.name == c.worker] or judges
        judge = choose_judge(ordered, generator)
        return [generator] if judge is None or judge.name == generator.name else [generator, judge]

    def build(
        self,
        pattern: str,
        workers: Sequence[Worker],
        request: Request,
        decider: Decider | None = None,
        planner: Planner | None = None,
        *,
        named: bool = False,
    ) -> Pattern:
        """The pattern over ``workers``; ``named``: the caller chose them (``agents`` in the metadata)."""
        options: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "budget": _budget(request.metadata.get("budget"), self.budget),
            "on_error": request.metadata.get("on_error") or self.on_error,
            "store": self.store,
            "call_timeout": self.call_timeout,
            "max_depth": self.max_depth,
        }
        if pattern == "router":
            if named and len(workers) == 1:  # the one agent the caller chose is asked, and declines for itself
                options.update(threshold=NO_THRESHOLD, sure=NO_THRESHOLD)
            return Router(workers, decider=decider or self.decider, **options)
        if pattern == "supervisor":
            return Supervisor(workers, planner=planner or self.planner, **options)
        if pattern == "fanout":
            return FanOut(workers, shard=OwnAsks(workers, decider or self.decider), **options)  # one ask each
        if pattern == "pipeline":
            return Pipeline(workers, **options)
        # evaluator: the first agent drafts; the judge is one with a judging skill (the generator if only it has
        # one); with none, the pattern declines rather than letting any agent score
        return EvaluatorOptimizer(workers[0], choose_judge(workers, workers[0]), **options)

    async def _resumed(self, request: Request) -> Request:
        run_id = request.metadata.get("run_id")
        record = await self.store.get(str(run_id)) if run_id else None
        if record is None:
            return request.replace()
        stored = record.to_request()
        # the stored request decides what is resumed; the hop counter and trace are this call's
        for key in ("hops", "traceparent"):
            if key in request.metadata:
                stored.metadata[key] = request.metadata[key]
        stored.metadata["run_id"] = record.run_id
        return stored

    # -- running -------------------------------------------------------------------------------------------

    async def stream(self, request: Request) -> AsyncIterator[Event]:
        """Progress events of the run (steps started and finished), then its ``Result`` (``run_id`` set).

        A run of a trace that already has ``runs_per_trace`` runs here fails at once, naming the loop.
        """
        request = _traced(request)
        parent = TraceParent.parse(request.metadata["traceparent"])
        assert parent is not None  # _traced gave it a valid one
        trace_id = parent.trace_id
        try:
            with self.gate.run(trace_id):  # only entering the slot raises TraceLimitExceeded: calls catch their own
                async for event in self._run(request):
                    yield event
        except TraceLimitExceeded as exc:
            log.warning("%s", exc)
            yield Result.failure(str(exc), worker=self.name)

    async def _run(self, request: Request) -> AsyncIterator[Event]:
        meter = OwnCalls(self.model.name, self.prices) if self.model is not None else None
        try:
            pattern, request = await self.prepare(request, meter)
        except OrchestrationError as exc:
            yield await self._counted(Result.failure(str(exc), worker=self.name), meter)
            return
        async for event in pattern.stream(request):
            yield await self._counted(event, meter) if isinstance(event, Result) else event

    async def _counted(self, result: Result, meter: OwnCalls | None) -> Result:
        """``result`` with the orchestrator's own model calls added to its usage and to its stored run record."""
        if meter is None or meter.calls == 0:
            return result
        own = meter.total()
        result.usage = result.usage + own
        stored = result.record or (await self.store.get(result.run_id) if result.run_id else None)
        if stored is not None:
            stored.usage = stored.usage + own
            stored.own_usage = stored.own_usage + own
            await self.store.save(stored)
        return result

    async def send(self, request: Request) -> Result:
        return await final_result(self.stream(request))

    async def record(self, run_id: str) -> dict[str, Any] | None:
        """The stored run record as JSON (the artifact's data part), or ``None``."""
        stored = await self.store.get(run_id)
        return stored.to_dict() if stored is not None else None


def _traced(request: Request) -> Request:
    """``request`` with a valid ``traceparent``: its own, or a new root, so every call of the run shares one trace."""
    if TraceParent.parse(request.metadata.get("traceparent")) is not None:
        return request
    return request.replace(
        metadata={**request.metadata, "traceparent": telemetry.traceparent() or str(TraceParent.new())}
    )


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [n.strip() for n in value.split(",") if n.strip()]
    if isinstance(value, list | tuple):
        names = cast("Sequence[object]", value)  # JSON from the wire: any items
        return [str(n).strip() for n in names if str(n).strip()]
    return []


def _budget(value: object, default: Budget) -> Budget:
    if not isinstance(value, Mapping):
        return default
    given_budget = cast("Mapping[str, Any]", value)  # JSON from the wire: string keys

    def number(key: str, kind: type) -> Any:
        given = given_budget.get(key)
        return kind(given) if isinstance(given, int | float) and given > 0 else getattr(default, key)

    return Budget(
        max_calls=number("max_calls", int),
        max_tokens=number("max_tokens", int),
        deadline=number("deadline", float),
        max_cost=_cost(given_budget) or default.max_cost,
        prices=default.prices,
    )


def _cost(budget: Mapping[str, Any]) -> float | None:
    given = budget.get("max_cost_usd", budget.get("max_cost"))
    return float(given) if isinstance(given, int | float) and not isinstance(given, bool) and given > 0 else None
