"""Every benchmark in one run: ``python -m tests.benchmarks [--full] [--only NAMES] [--out F] [--compare F]``.

Each ``bench_*.py`` beside this file runs as its own process, one after the other, bounded by ``--timeout``
seconds (quick mode by default: fewer rounds and cards; ``--full`` for the benchmarks' own defaults). A benchmark
that takes ``--figures PATH`` reports its figures there (``figures.py``); the answer benchmark's ``--json`` tables
are read for their right and wrong shares; any other benchmark is reported by whether it finished and how long
it took. The figures go into one table with the goal beside each, and into a JSON file (``--out``, default
``benchmark-figures.json``). The file found there before the run (or ``--compare``) is the previous run: a figure
more than 10 % worse than it is flagged, and the exit code is 1 when any is.

Timings on a shared machine drift by 20-40 % between runs; the goals are ratios to raw SDK baselines measured in
the same run wherever one exists, so compare ratios first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.figures import WORSE_BY, Figure, read_figures, write_figures  # noqa: E402

ORDER = ("bench_a2a_hop", "bench_router_hop", "bench_fanout", "bench_gateway", "bench_registry")
"""Run first, in this order (the issue's table); the other benchmarks follow by name."""
QUICK_ARGS = {"bench_answers": ["--limit", "12"]}
"""Quick-mode arguments for benchmarks that do not take ``--quick``."""


def discover(only: set[str] | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    ordered = [n for n in ORDER if n in names] + [n for n in names if n not in ORDER]
    return [n for n in ordered if only is None or n in only or n.removeprefix("bench_") in only]


def run_one(name: str, quick: bool, timeout_s: float, log) -> tuple[list[Figure], str]:
    """Run one benchmark; its figures and a one-word outcome (ok, failed, timed out)."""
    source = (HERE / f"{name}.py").read_text()
    command = [sys.executable, "-m", f"tests.benchmarks.{name}"]
    figures_file = None
    if "--figures" in source:
        figures_file = tempfile.NamedTemporaryFile(prefix=f"{name}-", suffix=".json", delete=False)
        figures_file.close()
        command += ["--figures", figures_file.name]
        if quick and "--quick" in source:
            command.append("--quick")
    elif name == "bench_answers":
        command += ["--json", *(QUICK_ARGS[name] if quick else [])]
    elif quick:
        command += QUICK_ARGS.get(name, [])
    started = time.perf_counter()
    print(f"== {name}: {' '.join(command[2:])}", file=log, flush=True)
    try:
        result = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=timeout_s, start_new_session=True
        )
    except subprocess.TimeoutExpired as exc:
        log.write(_text(exc.stdout) + _text(exc.stderr))
        return [Figure(name, "finished within the time bound", 0, "", "higher", 1)], "timed out"
    elapsed = time.perf_counter() - started
    log.write(result.stdout + result.stderr)
    log.flush()
    outcome = "ok" if result.returncode == 0 else f"failed (exit {result.returncode})"
    figures: list[Figure] = []
    if figures_file is not None:
        with_figures = Path(figures_file.name)
        if with_figures.stat().st_size:
            figures = read_figures(with_figures)
        with_figures.unlink(missing_ok=True)
    elif name == "bench_answers" and result.returncode == 0:
        figures = answer_figures(result.stdout)
    figures.append(Figure(name, "wall time", elapsed, "s"))
    return figures, outcome


def answer_figures(stdout: str) -> list[Figure]:
    """The answer benchmark's totals: right and wrong shares of each table (``{set: {table: {group: counts}}}``)."""
    start = stdout.find("{")
    try:
        data = json.loads(stdout[start:])
    except ValueError:
        return []
    figures = []

    def visit(title: str, node: object) -> None:
        if not isinstance(node, dict):
            return
        total = node.get("total")
        if isinstance(total, dict) and all(isinstance(v, int) for v in total.values()):
            if n := sum(total.values()):
                right, wrong = 100 * total.get("right", 0) / n, 100 * total.get("wrong", 0) / n
                figures.append(Figure("bench_answers", f"{title}: right", right, "%", "higher"))
                figures.append(Figure("bench_answers", f"{title}: wrong", wrong, "%"))
            return
        for key, child in node.items():
            visit(f"{title}, {key}" if title else str(key), child)

    visit("", data.get("tables") or {})
    return figures


def print_table(rows: list[tuple[Figure, Figure | None]], outcomes: dict[str, str]) -> int:
    """Print one table; returns how many figures got more than 10 % worse."""
    header = ("benchmark", "figure", "value", "goal", "met", "vs previous")
    lines = []
    worse = 0
    for figure, previous in rows:
        met = {True: "yes", False: "NO", None: ""}[figure.met()]
        versus = ""
        if previous is not None and (change := figure.change(previous)) is not None:
            versus = f"{change:+.0%} worse" if change > 0 else f"{-change:.0%} better"
            if change > WORSE_BY and figure.name != "wall time":
                versus += "  << WORSE"
                worse += 1
        bench = figure.benchmark.removeprefix("bench_")
        lines.append((bench, figure.name, figure.value_text(), figure.goal_text(), met, versus))
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    print()
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    print()
    for name, outcome in outcomes.items():
        if outcome != "ok":
            print(f"{name}: {outcome} (see the log)")
    return worse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the benchmarks' full runs (slow) instead of quick ones")
    parser.add_argument("--only", help="comma-separated benchmark names (a2a_hop, gateway, ...)")
    parser.add_argument("--out", type=Path, default=Path("benchmark-figures.json"), help="where to write figures")
    parser.add_argument("--compare", type=Path, help="a previous figures file (default: the --out file found)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per benchmark (default 900)")
    parser.add_argument("--log", type=Path, help="the benchmarks' own output (default: a temporary file)")
    args = parser.parse_args(argv)
    only = {n.strip() for n in args.only.split(",") if n.strip()} if args.only else None
    names = discover(only)
    if not names:
        parser.error(f"no benchmark named {args.only}")
    previous_file = args.compare or (args.out if args.out.is_file() else None)
    previous = {f.key: f for f in read_figures(previous_file)} if previous_file else {}
    log_path = args.log or Path(tempfile.mkstemp(prefix="accord-benchmarks-", suffix=".log")[1])
    figures: list[Figure] = []
    outcomes: dict[str, str] = {}
    with open(log_path, "w") as log:
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            found, outcomes[name] = run_one(name, not args.full, args.timeout, log)
            figures.extend(found)
    write_figures(args.out, figures)
    worse = print_table([(f, previous.get(f.key)) for f in figures], outcomes)
    print(f"mode: {'full' if args.full else 'quick'}; figures: {args.out}; log: {log_path}")
    if previous_file:
        print(f"compared with {previous_file}: {worse} figure(s) more than {WORSE_BY:.0%} worse")
    return 1 if worse or any(o != "ok" for o in outcomes.values()) else 0


def _text(data: str | bytes | None) -> str:
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data


if __name__ == "__main__":
    os.environ.setdefault("ACCORD_MODEL", "local")
    sys.exit(main())
