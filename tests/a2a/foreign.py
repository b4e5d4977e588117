"""Foreign A2A agents and clients for tests: each framework in its own virtual environment, made once and reused.

The environments live under ``ACCORD_TEST_CACHE`` (default ``~/.cache/accord-tests``), one folder per framework,
installed from PyPI with pip on first use (a minute or so) and reused by every later run. A framework that cannot
be installed (no network, say) skips the tests that need it.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.servers import free_port, stop, wait_for_http

SCRIPTS = Path(__file__).parent / "foreign_agents"
FRAMEWORKS = {
    "a2a-sdk-0.3": ["a2a-sdk[http-server]>=0.3,<0.4", "uvicorn", "httpx"],
    "fasta2a": ["fasta2a>=2,<3", "uvicorn", "httpx"],
}


def cache_dir() -> Path:
    return Path(os.environ.get("ACCORD_TEST_CACHE") or Path.home() / ".cache" / "accord-tests")


def python_for(framework: str) -> Path:
    """The interpreter of ``framework``'s environment, made (under a lock) when missing or out of date."""
    requirements = FRAMEWORKS[framework]
    folder = cache_dir() / framework
    python = folder / "bin" / "python"
    stamp = folder / "accord-requirements.json"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f"{framework}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test processes must not build one environment at once
        if python.exists() and stamp.exists() and json.loads(stamp.read_text()) == requirements:
            return python
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot install {framework} from PyPI: {done.stderr.strip().splitlines()[-1:]}")
        stamp.write_text(json.dumps(requirements))
    return python


@contextmanager
def foreign_agent(framework: str, script: str) -> Iterator[str]:
    """``script`` (in ``foreign_agents/``) run as an agent by ``framework``'s interpreter; yields its base URL."""
    python = python_for(framework)
    port = free_port()
    process = subprocess.Popen(
        [str(python), str(SCRIPTS / script), str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/.well-known/agent-card.json", 60, process)
        yield base
    finally:
        stop(process)


def run_client(framework: str, script: str, *args: str, timeout: float = 60) -> dict:
    """``script`` run as a client by ``framework``'s interpreter; its one line of JSON output."""
    done = subprocess.run(
        [str(python_for(framework)), str(SCRIPTS / script), *args], capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def accord(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """The ``accord`` command line as a real subprocess."""
    return subprocess.run([sys.executable, "-m", "servers.cli", *args], capture_output=True, text=True, timeout=timeout)
