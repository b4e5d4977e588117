"""``accord up``'s start-up: time to ready, its critical path, and the CPU and memory each process spends on it.

Runs ``accord up --no-check`` on a fresh data dir ``--runs`` times (the median is reported; the load average is
printed beside each run, since two cores shared with other work stretch every figure), after one first start as
just after installing (``first_start``: the launcher's regular-expression programs not yet kept). Each run
records, on the kernel's boot clock so that every source lines up with the launch:

- when each process was created (``/proc/PID/stat`` start time): the launcher, the registry, each agent fork;
- when the registry and each agent first listened (their port in ``/proc/net/tcp``: no connection is made to a
  port before it listens, which could connect a socket to itself and take the port) and when the registry first
  listed each agent ``up`` (polled every 10 ms, so each figure is late by at most a poll);
- when the ``ready:`` line came;
- CPU seconds (user + system) each process of the mesh had used at that moment (a forked child's count starts
  at its fork), and the mesh's PSS (shared pages divided among the processes that share them).

    python -m tests.benchmarks.bench_startup [--runs 3] [--quick] [--no-launcher] [--figures PATH]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.models.private_files import cache_dir  # noqa: E402
from servers.mesh import default_agents  # noqa: E402
from tests.benchmarks.bytecode import compile_packages  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.mesh.conftest import mesh_ports  # noqa: E402
from tests.support.servers import stop, stop_on_sigterm  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ACCORD = [sys.executable, "-m", "servers.cli"]
"""``accord`` from the tree this file is in (run from a copy of the tree, it measures that copy)."""
TICKS = os.sysconf("SC_CLK_TCK")
POLL_S = 0.01
READY_TIMEOUT_S = 90.0


def boot_clock() -> float:
    """Seconds on the clock ``/proc/PID/stat`` start times count on (boot time, suspend included)."""
    return time.clock_gettime(time.CLOCK_BOOTTIME)


@dataclass
class Proc:
    pid: int
    ppid: int
    comm: str
    started: float
    cpu_s: float


def read_proc(pid: int) -> Proc | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    comm = raw[raw.index("(") + 1 : raw.rindex(")")]
    rest = raw[raw.rindex(")") + 2 :].split()
    # Fields after the name, from 3 (state): ppid is 4, utime 14, stime 15, starttime 22.
    return Proc(pid, int(rest[1]), comm, int(rest[19]) / TICKS, (int(rest[11]) + int(rest[12])) / TICKS)


def process_tree(root: int) -> list[Proc]:
    """``root`` and every live descendant of it (the launcher's forks are its children, in their own sessions)."""
    procs = [p for p in (read_proc(int(e.name)) for e in Path("/proc").iterdir() if e.name.isdigit()) if p]
    children: dict[int, list[Proc]] = {}
    for proc in procs:
        children.setdefault(proc.ppid, []).append(proc)
    found, queue = [], [p for p in procs if p.pid == root]
    while queue:
        proc = queue.pop()
        found.append(proc)
        queue += children.get(proc.pid, [])
    return found


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def listening_ports() -> set[int]:
    """The local TCP ports in the LISTEN state, from the kernel's tables."""
    ports: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 3 and fields[3] == "0A":
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def registered(registry: str) -> set[str]:
    try:
        with urllib.request.urlopen(f"{registry}/agents?status=up&limit=200", timeout=0.5) as reply:
            body = json.loads(reply.read())
    except (OSError, ValueError, http.client.HTTPException):
        return set()
    items = body.get("agents", body.get("items", [])) if isinstance(body, dict) else body
    return {str(a.get("name")) for a in items if isinstance(a, dict)}


@dataclass
class Run:
    load: float
    ready_s: float = 0.0
    milestones: dict[str, float] = field(default_factory=dict[str, float])
    cpu_s: dict[str, float] = field(default_factory=dict[str, float])
    pss_mb: float = 0.0


class Watcher(threading.Thread):
    """Polls the registry and the agents' cards until every milestone is seen (or ``stop`` is set)."""

    def __init__(self, zero: float, registry: int, agents: dict[str, int]) -> None:
        super().__init__(daemon=True)
        self.zero, self.registry, self.agents = zero, registry, agents
        self.seen: dict[str, float] = {}
        self.stop = threading.Event()

    def mark(self, name: str) -> None:
        self.seen.setdefault(name, boot_clock() - self.zero)

    def run(self) -> None:
        while not self.stop.is_set():
            ports = listening_ports()
            if self.registry in ports:
                self.mark("listening registry")
            for name, port in self.agents.items():
                if port in ports:
                    self.mark(f"listening {name}")
            if "listening registry" in self.seen:
                for name in registered(f"http://127.0.0.1:{self.registry}") & set(self.agents):
                    self.mark(f"registered {name}")
            if len(self.seen) == 1 + 2 * len(self.agents):
                return
            self.stop.wait(POLL_S)


def one_run(launcher: bool, extra_env: dict[str, str] | None = None) -> Run:
    run = Run(load=os.getloadavg()[0])
    names = default_agents()
    with tempfile.TemporaryDirectory(prefix="accord-startup-") as data_dir:
        env = {**os.environ, "ACCORD_DATA_DIR": data_dir, "ACCORD_MODEL": "local", **(extra_env or {})}
        env.pop("ACCORD_TOKEN", None)
        port = mesh_ports(len(names) + 1)
        agents = {name: port + 1 + i for i, name in enumerate(names)}
        launched = boot_clock()
        up = subprocess.Popen(
            [*ACCORD, "up", "--port", str(port), "--no-check", *([] if launcher else ["--no-launcher"])],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        me = read_proc(up.pid)
        zero = me.started if me is not None and me.started <= launched + 1 else launched
        watcher = Watcher(zero, port, agents)
        watcher.start()
        try:
            ready = wait_ready(up)
            run.ready_s = ready - zero
            tree = process_tree(up.pid)
            for proc in tree:
                label = proc.comm if proc.pid != up.pid else "accord up"
                run.cpu_s[label] = run.cpu_s.get(label, 0.0) + proc.cpu_s
                if proc.pid != up.pid:
                    run.milestones.setdefault(f"forked {proc.comm}", proc.started - zero)
            run.pss_mb = sum(pss_kb(p.pid) for p in tree) / 1024
            watcher.join(5.0)
            run.milestones.update(watcher.seen)
            run.milestones["ready line"] = run.ready_s
        finally:
            watcher.stop.set()
            stop(up, timeout_s=20.0)
    return run


def first_start(launcher: bool) -> Run:
    """One run as the first ``accord up`` after installing: the launcher finds no kept regular-expression programs
    (``servers.pattern_programs``), compiles them all and keeps them; the encoder's cache is there as usual."""
    source = cache_dir()
    with tempfile.TemporaryDirectory(prefix="accord-cache-") as fresh:
        for item in source.iterdir() if source is not None and source.is_dir() else ():
            if item.name.startswith("regex-programs-"):
                continue
            if item.is_dir():
                shutil.copytree(item, Path(fresh) / item.name)
            else:
                shutil.copy2(item, Path(fresh) / item.name)
        return one_run(launcher, {"ACCORD_CACHE_DIR": fresh})


def wait_ready(up: subprocess.Popen[str]) -> float:
    assert up.stdout is not None
    deadline = time.monotonic() + READY_TIMEOUT_S
    for line in up.stdout:
        if line.startswith("ready:"):
            return boot_clock()
        if time.monotonic() > deadline:
            break
    raise RuntimeError(f"accord up was not ready (exit code {up.poll()})")


def report(runs: list[Run]) -> None:
    for i, run in enumerate(runs, 1):
        cpu = sum(run.cpu_s.values())
        print(f"run {i}: ready {run.ready_s:.2f} s at load {run.load:.2f}; CPU {cpu:.2f} s; PSS {run.pss_mb:.0f} MB")
    keys = sorted({k for r in runs for k in r.milestones}, key=lambda k: statistics.median(_values(runs, k)))
    print("\nmilestone (s after launch, median)")
    for key in keys:
        print(f"  {statistics.median(_values(runs, key)):6.2f}  {key}")
    print("\nCPU seconds at ready (median)")
    labels = sorted({k for r in runs for k in r.cpu_s})
    for label in sorted(labels, key=lambda k: -statistics.median(r.cpu_s.get(k, 0.0) for r in runs)):
        print(f"  {statistics.median(r.cpu_s.get(label, 0.0) for r in runs):6.2f}  {label}")


def _values(runs: list[Run], key: str) -> list[float]:
    return [r.milestones[key] for r in runs if key in r.milestones]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="three runs (the default too; named for the suite)")
    parser.add_argument("--no-launcher", action="store_true", help="every agent its own command")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    args = parser.parse_args()
    compile_packages()  # measure an installed accord's start-up (bytecode.py)
    first = first_start(not args.no_launcher)
    runs = [one_run(not args.no_launcher) for _ in range(max(1, args.runs))]
    report(runs)
    print(f"\nfirst start after installing (no kept regex programs): ready {first.ready_s:.2f} s")
    ready = statistics.median(r.ready_s for r in runs)
    cpu = statistics.median(sum(r.cpu_s.values()) for r in runs)
    pss = statistics.median(r.pss_mb for r in runs)
    load = statistics.median(r.load for r in runs)
    print(f"\nmedian of {len(runs)}: ready {ready:.2f} s, CPU {cpu:.2f} s, PSS {pss:.0f} MB (load {load:.2f})")
    if args.figures:
        name = "bench_startup"
        write_figures(
            args.figures,
            [
                Figure(name, "accord up to all registered (median)", ready, "s", goal=3.0),
                Figure(name, "first accord up after installing, to all registered", first.ready_s, "s"),
                Figure(name, "accord up CPU seconds, all processes (median)", cpu, "s"),
                Figure(name, "mesh memory at ready, PSS (median)", pss, "MB", goal=600),
            ],
        )
    return 0


if __name__ == "__main__":
    stop_on_sigterm()
    os.environ.setdefault("ACCORD_MODEL", "local")
    sys.exit(main())
