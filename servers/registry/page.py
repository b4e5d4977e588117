"""The registry's web page: every agent with its status, skills, tags, last-seen time and last hour (p50/p95
latency and error rate, as a small chart), and the recent orchestrations, each linked to its own page
(``run_page.py``), server-rendered.

Plain HTML and inline SVG with a meta refresh, so it reads the same in a terminal browser, a screen reader or a
test, and no script is needed. Everything from a card or a run is escaped, and only http(s) URLs become links: a
card cannot put a ``javascript:`` link (or any other scheme) on the page. What callers asked is shown only to a
viewer allowed to read it (``app.py`` decides: an administrator, or the run's own caller); others see the runs'
shape — pattern, status, steps and timings — and a sign-in link.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape
from typing import Any
from urllib.parse import urlsplit

from servers.registry.activity import Activity, chart
from servers.registry.store import StoredAgent
from servers.registry.timeline import listed, mapping, steps_of

REFRESH_SECONDS = 5
RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SESSION_COOKIE = "accord_token"

BASE_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1d2330; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
p.meta { color: #5b6475; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #e3e6ec; vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #5b6475; }
.status { font-weight: 600; border-radius: .6rem; padding: .05rem .55rem; font-size: .85rem; }
.up { background: #dcf5e3; color: #17692f; }
.down { background: #fbe1e1; color: #8a1c1c; }
.tag { display: inline-block; background: #eef1f6; border-radius: .4rem; padding: 0 .4rem;
       margin: 0 .2rem .2rem 0; font-size: .8rem; }
small { color: #5b6475; }
svg.spark .p95 { fill: #c8d6f2; } svg.spark .p50 { fill: #4b7bd6; } svg.spark .err { fill: #c93c3c; }
"""


def _ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def safe_link(url: object) -> str | None:
    """``url`` when it may be a link on the page (an absolute http(s) URL), else ``None``."""
    if not isinstance(url, str) or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _row(agent: StoredAgent, status: str, now: float, stats: Activity | None) -> str:
    card = agent.card
    skills: list[dict[str, Any]] = card.get("skills") or []  # a card as MessageToDict wrote it
    skill_list = "<br>".join(
        f"<strong>{escape(str(s.get('name') or s.get('id', '')))}</strong>"
        f" <small>{escape(str(s.get('description', '')))}</small>"
        for s in skills
    )
    tags = sorted({str(t) for s in skills for t in listed(s.get("tags"))})
    tag_list = "".join(f'<span class="tag">{escape(t)}</span>' for t in tags)
    link = safe_link(agent.card_url or agent.origin)
    name = f'<a href="{escape(link)}">{escape(agent.name)}</a>' if link else escape(agent.name)
    seen = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(agent.last_seen))
    status = escape(status)
    return (
        f'<tr class="agent" data-name="{escape(agent.name)}">'
        f"<td>{name}<br>"
        f"<small>{escape(str(card.get('description', '')))}</small></td>"
        f'<td><span class="status {status}">{status}</span></td>'
        f"<td>{skill_list}</td><td>{tag_list}</td>"
        f'<td title="{seen}">{_ago(now - agent.last_seen)}</td><td class="hour">{chart(stats)}</td></tr>'
    )


def _run_row(run: Mapping[str, Any], readable: bool) -> str:
    steps = steps_of(run)
    chain = " &rarr; ".join(
        f"{escape(str(s.get('agent', '?')))} <small>({escape(str(s.get('status', '')))}, "
        f"{_number(s.get('latency_ms')):.0f} ms)</small>"
        for s in steps[:40]
    )
    status = escape(str(run.get("status", "")))
    css = "up" if status == "completed" else "down" if status == "failed" else ""
    run_id = run.get("run_id")
    label = f"<code>{escape(str(run_id or '')[:12])}</code>"
    link = run_link(run_id)
    shown = f'<a href="{escape(link)}">{label}</a>' if link else label
    request = escape(str(run.get("input", ""))[:160]) if readable else "<small>hidden</small>"
    return (
        f'<tr class="run" data-run="{escape(str(run_id or ""))}"><td>{shown}<br>'
        f"<small>{escape(str(run.get('created_at', ''))[:19])}</small></td>"
        f"<td>{escape(str(run.get('pattern', '')))}</td>"
        f'<td><span class="status {css}">{status}</span></td>'
        f"<td>{request}</td><td>{chain or '<small>no steps</small>'}</td></tr>"
    )


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def run_link(run_id: object) -> str | None:
    """The page of the run ``run_id``, when it is an id such a page accepts."""
    if isinstance(run_id, str) and RUN_ID.match(run_id):
        return f"/runs/{run_id}"
    return None


def _runs_section(
    runs: Sequence[Mapping[str, Any]] | None, hidden: bool, readable: Callable[[Mapping[str, Any]], bool]
) -> str:
    if hidden:
        return (
            '<h2>Recent orchestrations</h2>\n<p class="meta" id="runs-hidden">Shown to administrators only: '
            '<a href="/login">sign in</a> with a token that has the admin scope.</p>'
        )
    if runs is None:
        return ""
    rows = "\n".join(_run_row(run, readable(run)) for run in _mappings(runs))
    rows = rows or '<tr><td colspan="5">No orchestrations yet.</td></tr>'
    return f"""<h2>Recent orchestrations</h2>
<table id="runs">
<thead><tr><th>Run</th><th>Pattern</th><th>Status</th><th>Request</th><th>Steps</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""


def render_page(
    agents: Sequence[tuple[StoredAgent, str]],
    *,
    truncated: bool = False,
    runs: Sequence[Mapping[str, Any]] | None = None,
    viewer: str | None = None,
    runs_hidden: bool = False,
    readable: Callable[[Mapping[str, Any]], bool] | None = None,
    activity: Mapping[str, Activity] | None = None,
) -> str:
    """The HTML of the page for ``agents`` (each with its status) and the recent orchestration ``runs`` (run
    records as dicts, newest first; ``None`` when not shown), refreshing itself. ``viewer`` names the signed-in
    caller; ``runs_hidden`` says there are orchestrations this viewer may not see; ``readable`` says whether the
    viewer may read a run's request (default: no); ``activity`` is each agent's last hour."""
    now = time.time()
    up = sum(1 for _, status in agents if status == "up")
    stats = activity or {}
    rows = "\n".join(_row(agent, status, now, stats.get(agent.name)) for agent, status in agents)
    if not rows:
        rows = '<tr><td colspan="6">No agents registered yet.</td></tr>'
    shown = f"the first {len(agents)} by name &middot; " if truncated else ""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="{REFRESH_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>accord registry</title>
<style>{BASE_STYLE}</style>
</head>
<body>
<h1>accord registry</h1>
<p class="meta">Registry healthy &middot; {len(agents)} agent(s), {up} up &middot; {shown}
refreshes every {REFRESH_SECONDS} s &middot; API: <a href="/agents">/agents</a> &middot; {_session(viewer)}</p>
<table id="agents">
<thead><tr><th>Agent</th><th>Status</th><th>Skills</th><th>Tags</th><th>Last seen</th><th>Last hour</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
{_runs_section(runs, runs_hidden, readable or (lambda run: False))}
</body>
</html>
"""


def _session(viewer: str | None) -> str:
    if viewer is None:
        return '<a href="/login">sign in</a>'
    return (
        f'signed in as {escape(viewer)} <form method="post" action="/logout" style="display:inline">'
        '<button type="submit">sign out</button></form>'
    )


def render_login(*, failed: bool = False) -> str:
    """The sign-in form: a token, posted to ``/login``, kept in an HttpOnly cookie for the page alone."""
    note = '<p class="meta" id="login-failed">That token is not valid here.</p>' if failed else ""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in &middot; accord registry</title>
<style>{BASE_STYLE}</style>
</head>
<body>
<h1>Sign in</h1>
<p class="meta">Paste a token with the admin scope (<code>ACCORD_TOKEN</code>, or one made with
<code>accord tokens add NAME --scope admin</code>) to see recent orchestrations on the page.</p>
{note}
<form method="post" action="/login">
<label>Token <input type="password" name="token" autocomplete="off" required></label>
<button type="submit">Sign in</button>
</form>
<p><a href="/">Back to the registry</a></p>
</body>
</html>
"""


def _mappings(values: Iterable[object]) -> list[Mapping[str, Any]]:
    """The JSON objects among ``values`` (the run store's answer, not trusted to hold only records)."""
    return [found for value in values if (found := mapping(value)) is not None]
