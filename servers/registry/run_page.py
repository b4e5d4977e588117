"""The page of one orchestration: its plan as a graph, a waterfall of its steps on one time axis, the totals,
and — for a viewer allowed to read them — each step's input and output.

Drawn on the server as HTML and inline SVG: no script, no font, no request to anywhere (the registry's CSP
forbids them all). A run still in progress refreshes itself every ``LIVE_SECONDS`` with a meta refresh. Every
value from the record is escaped; numbers are read as numbers or dropped, so a record cannot inject markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from servers.registry.page import BASE_STYLE
from servers.registry.timeline import Bar, Timeline, listed, mapping, number, steps_of, timeline

LIVE_SECONDS = 2
_LIVE = f" &middot; updating live (every {LIVE_SECONDS} s)"
TEXT_LIMIT = 4000

_STYLE = """
svg text { font: 12px system-ui, sans-serif; fill: #1d2330; }
svg .axis { stroke: #c9ced8; stroke-width: 1; }
svg .tick { fill: #5b6475; font-size: 11px; }
svg .bar { rx: 3; }
.completed { fill: #3b9b5a; } .failed { fill: #c93c3c; } .partial, .input-required { fill: #d89a2b; }
.rejected { fill: #8a6fd1; } .skipped, .cancelled { fill: #a3a9b5; } .running { fill: #4b7bd6; }
.status.completed { background: #dcf5e3; color: #17692f; } .status.failed { background: #fbe1e1; color: #8a1c1c; }
.status.running { background: #e1eafb; color: #1f4aa0; } .status.partial { background: #fbefd9; color: #7a5410; }
svg .node rect { fill: #f4f6fa; stroke: #8c94a5; rx: 6; }
svg .node.completed rect { stroke: #3b9b5a; } svg .node.failed rect { stroke: #c93c3c; }
svg .node.skipped rect, svg .node.cancelled rect { stroke: #a3a9b5; stroke-dasharray: 4 3; }
svg .edge { stroke: #8c94a5; stroke-width: 1.5; fill: none; }
dl.totals { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dl.totals dt { color: #5b6475; } dl.totals dd { margin: 0; }
pre { white-space: pre-wrap; word-break: break-word; background: #f4f6fa; padding: .5rem; border-radius: .4rem;
      max-height: 18rem; overflow: auto; font-size: .85rem; }
"""


def render_run(record: Mapping[str, Any], *, show_texts: bool, now: float, viewer: str | None = None) -> str:
    """The HTML page of ``record`` (a run record as JSON). ``show_texts``: the viewer may read what was asked
    and answered (the request, the output, each step's input, output and error)."""
    run_id = str(record.get("run_id") or "")
    status = str(record.get("status") or "")
    live = status == "running"
    line = timeline(record, now)
    refresh = f'<meta http-equiv="refresh" content="{LIVE_SECONDS}">\n' if live else ""
    texts = _texts(record, line) if show_texts else _texts_hidden(viewer)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
{refresh}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Run {escape(run_id[:12])} &middot; accord registry</title>
<style>{BASE_STYLE}{_STYLE}</style>
</head>
<body>
<p class="meta"><a href="/">&larr; accord registry</a></p>
<h1>Run <code>{escape(run_id)}</code></h1>
<p class="meta">{escape(str(record.get("pattern") or ""))} &middot;
<span class="status {_css(status)}" id="run-status">{escape(status)}</span>{_LIVE if live else ""}</p>
{_totals(record, line)}
<h2>Plan</h2>
{_graph(record)}
<h2>Waterfall</h2>
{_waterfall(line)}
{texts}
</body>
</html>
"""


def _css(status: str) -> str:
    return status if status in _STATUSES else ""


_STATUSES = ("completed", "failed", "partial", "input-required", "rejected", "skipped", "cancelled", "running")


def _totals(record: Mapping[str, Any], line: Timeline) -> str:
    usage = mapping(record.get("usage")) or {}
    steps = steps_of(record)
    tokens_in, tokens_out = int(number(usage.get("input_tokens"))), int(number(usage.get("output_tokens")))
    cost = usage.get("cost")
    rows = [
        ("Steps", f"{len(steps)} ({sum(1 for s in steps if s.get('status') == 'completed')} completed)"),
        ("Wall time", _ms(line.total_ms)),
        ("Tokens", f"{tokens_in + tokens_out} ({tokens_in} in, {tokens_out} out)"),
        ("Agent calls", str(int(number(usage.get("calls"))))),
        ("Estimated cost", f"${number(cost):.4f}" if isinstance(cost, int | float) else "unknown"),
        ("Started", escape(str(record.get("created_at") or ""))[:30]),
        ("Updated", escape(str(record.get("updated_at") or ""))[:30]),
    ]
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<dl class="totals" id="totals">{items}</dl>'


def _ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"


# -- the plan as a graph -----------------------------------------------------------------------------------------

NODE_W, NODE_H, COL_GAP, ROW_GAP = 170, 44, 60, 16


def _nodes(record: Mapping[str, Any]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(id, worker, status) per node and (from, to) per edge: the plan's tasks, else the steps themselves."""
    steps = steps_of(record)[:60]
    by_id = {str(s.get("id") or ""): s for s in steps}
    plan = mapping(record.get("plan"))
    tasks = listed(plan.get("tasks")) if plan is not None else []
    nodes: list[tuple[str, str, str]] = []
    edges: list[tuple[str, str]] = []
    if tasks:
        for entry in tasks[:60]:
            task = mapping(entry)
            if task is None:
                continue
            tid = str(task.get("id") or "")
            step = by_id.get(f"task-{tid}") or by_id.get(tid) or {}
            nodes.append((tid, str(task.get("worker") or step.get("agent") or "?"), str(step.get("status") or "")))
            edges += [(str(d), tid) for d in listed(task.get("depends_on")) if isinstance(d, str | int)]
    else:
        seen: set[str] = set()
        for index, step in enumerate(steps):
            sid = str(step.get("id") or f"#{index + 1}")
            if sid in seen:
                continue
            seen.add(sid)
            nodes.append((sid, str(step.get("agent") or "?"), str(step.get("status") or "")))
            edges += [(str(d), sid) for d in listed(step.get("depends_on")) if isinstance(d, str | int)]
    known = {n[0] for n in nodes}
    return nodes, [(a, b) for a, b in edges if a in known and b in known]


def _graph(record: Mapping[str, Any]) -> str:
    nodes, edges = _nodes(record)
    if not nodes:
        return '<p class="meta">No steps yet.</p>'
    depth: dict[str, int] = {}
    parents: dict[str, list[str]] = {}
    for a, b in edges:
        parents.setdefault(b, []).append(a)
    for node_id, _, _ in nodes:  # tasks come after what they depend on, so one pass settles the depths
        depth[node_id] = 1 + max((depth.get(p, 0) for p in parents.get(node_id, [])), default=-1)
    rows: dict[int, int] = {}
    where: dict[str, tuple[float, float]] = {}
    for node_id, _, _ in nodes:
        column = depth[node_id]
        row = rows.get(column, 0)
        rows[column] = row + 1
        where[node_id] = (10 + column * (NODE_W + COL_GAP), 10 + row * (NODE_H + ROW_GAP))
    width = 20 + (max(depth.values()) + 1) * (NODE_W + COL_GAP) - COL_GAP
    height = 20 + max(rows.values()) * (NODE_H + ROW_GAP) - ROW_GAP
    lines: list[str] = []
    for a, b in edges:
        (x1, y1), (x2, y2) = where[a], where[b]
        sx, sy, ex, ey = x1 + NODE_W, y1 + NODE_H / 2, x2, y2 + NODE_H / 2
        mid = (sx + ex) / 2
        lines.append(
            f'<path class="edge" data-from="{escape(a)}" data-to="{escape(b)}" '
            f'd="M{sx:.0f},{sy:.0f} C{mid:.0f},{sy:.0f} {mid:.0f},{ey:.0f} {ex - 6:.0f},{ey:.0f}" '
            'marker-end="url(#arrow)"/>'
        )
    boxes: list[str] = []
    for node_id, worker, status in nodes:
        x, y = where[node_id]
        boxes.append(
            f'<g class="node {_css(status)}" data-task="{escape(node_id)}" data-agent="{escape(worker)}">'
            f"<title>{escape(node_id)}: {escape(worker)} ({escape(status or 'not run')})</title>"
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{NODE_W}" height="{NODE_H}"/>'
            f'<text x="{x + 10:.0f}" y="{y + 18:.0f}">{escape(_clip(worker, 22))}</text>'
            f'<text class="tick" x="{x + 10:.0f}" y="{y + 34:.0f}">{escape(_clip(node_id, 14))} &middot; '
            f"{escape(status or 'not run')}</text></g>"
        )
    return (
        f'<svg id="plan" role="img" aria-label="the plan as a graph" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" '
        'markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8c94a5"/>'
        f"</marker></defs>{''.join(lines)}{''.join(boxes)}</svg>"
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the waterfall -----------------------------------------------------------------------------------------------

LABEL_W, CHART_W, ROW_H, TOP = 230, 640, 26, 24


def _waterfall(line: Timeline) -> str:
    if not line.bars:
        return '<p class="meta">No steps yet.</p>'
    scale = CHART_W / line.total_ms
    height = TOP + len(line.bars) * ROW_H + 8
    width = LABEL_W + CHART_W + 150
    ticks: list[str] = []
    for i in range(5):
        value = line.total_ms * i / 4
        x = LABEL_W + value * scale
        ticks.append(f'<line class="axis" x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{height - 4}"/>')
        ticks.append(f'<text class="tick" x="{x + 2:.1f}" y="{TOP - 10}">{_ms(value)}</text>')
    rows = [_row(bar, i, scale) for i, bar in enumerate(line.bars)]
    note = " Start times are estimated from the plan (this record did not keep them)." if line.estimated else ""
    more = " Only the first steps are drawn." if line.truncated else ""
    return (
        f'<svg id="waterfall" role="img" aria-label="the steps on one time axis" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{"".join(ticks)}{"".join(rows)}</svg>'
        f'<p class="meta">Each bar: one step, from its start to its end; colour is its status.{note}{more}</p>'
    )


def _row(bar: Bar, index: int, scale: float) -> str:
    y = TOP + index * ROW_H
    x = LABEL_W + bar.start_ms * scale
    w = max(2.0, bar.duration_ms * scale)
    indent = "&#8627; " if bar.depth else ""
    retries = f", {bar.attempts - 1} retr{'y' if bar.attempts == 2 else 'ies'}" if bar.attempts > 1 else ""
    label = f"{bar.id} · {bar.agent}" if bar.id else bar.agent
    detail = f"{_ms(bar.duration_ms)} · {bar.tokens} tok{retries}"
    title = f"{label}: {bar.status}, starts at {_ms(bar.start_ms)}, takes {_ms(bar.duration_ms)}, {bar.tokens} tokens"
    return (
        f'<g class="step" data-step="{escape(bar.id)}" data-agent="{escape(bar.agent)}" '
        f'data-status="{escape(bar.status)}" data-start-ms="{bar.start_ms:.1f}" '
        f'data-duration-ms="{bar.duration_ms:.1f}" '
        f'data-attempts="{bar.attempts}" data-tokens="{bar.tokens}"><title>{escape(title + retries)}</title>'
        f'<text x="{4 + 14 * bar.depth}" y="{y + 16}">{indent}{escape(_clip(label, 30))}</text>'
        f'<rect class="bar {_css(bar.status)}" x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{ROW_H - 8}"/>'
        f'<text class="tick" x="{min(x + w + 6, LABEL_W + CHART_W + 4):.1f}" y="{y + 16}">{escape(detail)}</text></g>'
    )


# -- inputs and outputs ------------------------------------------------------------------------------------------


def _texts(record: Mapping[str, Any], line: Timeline) -> str:
    parts = [
        "<h2>Request and answer</h2>",
        f'<h3>Request</h3><pre id="run-input">{_text(record.get("input"))}</pre>',
        f'<h3>Answer</h3><pre id="run-output">{_text(record.get("output"))}</pre>',
    ]
    if record.get("error"):
        parts.append(f'<h3>Errors</h3><pre id="run-error">{_text(record.get("error"))}</pre>')
    parts.append("<h2>Steps</h2>")
    for bar in line.bars:
        step = bar.step
        error = f"<h4>Error</h4><pre>{_text(step.get('error'))}</pre>" if step.get("error") else ""
        parts.append(
            f'<section class="step-io" data-step="{escape(bar.id)}"><h3>{escape(bar.id)} &middot; '
            f"{escape(bar.agent)} <small>({escape(bar.status)})</small></h3>"
            f"<h4>Input</h4><pre>{_text(step.get('input'))}</pre>"
            f"<h4>Output</h4><pre>{_text(step.get('output'))}</pre>{error}</section>"
        )
    return "\n".join(parts)


def _texts_hidden(viewer: str | None) -> str:
    how = "" if viewer is not None else ' <a href="/login">Sign in</a> to see them.'
    return (
        '<p class="meta" id="texts-hidden">The request, the answer and each step\'s input and output are shown to '
        f"the caller the run belongs to and to administrators only.{how}</p>"
    )


def _text(value: object) -> str:
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT] + f"\n… ({len(text) - TEXT_LIMIT} more characters)"
    return escape(text)


def may_read(record: Mapping[str, Any], viewer: str | None, admin: bool) -> bool:
    """Whether a viewer may read a run's texts: an administrator, or the caller the run belongs to."""
    owner = record.get("owner")
    return admin or (viewer is not None and isinstance(owner, str) and owner != "" and owner == viewer)
