"""Structured logs: one JSON object per line, carrying what a line about a run needs to be found again.

``configure_logging(json_lines=True)`` (``ACCORD_LOG_FORMAT=json``) makes every record a JSON line with ``ts``,
``level``, ``logger`` and ``message``, plus, when known: ``run_id``, ``step``, ``worker``, ``status``,
``tokens``, ``latency_ms``, ``pattern`` and the ``trace_id``. A record inside an orchestration step gets the run,
step and worker from the context even when the code that logged it knows nothing of runs. Without JSON the
format stays the plain one, with the run id appended when there is one.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from agents import telemetry
from patterns.context import current_run_id
from patterns.run import current_step

FIELDS = ("run_id", "step", "worker", "status", "tokens", "latency_ms", "pattern", "agent", "resumed", "trace_id")
PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RunContext(logging.Filter):
    """Fills ``run_id``, ``step``, ``worker`` and ``trace_id`` from the current run, step and span."""

    def filter(self, record: logging.LogRecord) -> bool:
        step = current_step.get()
        if getattr(record, "run_id", None) is None:
            record.run_id = step.run_id if step is not None else current_run_id.get()
        if step is not None:
            if getattr(record, "step", None) is None:
                record.step = step.step
            if getattr(record, "worker", None) is None:
                record.worker = step.worker
        if getattr(record, "trace_id", None) is None:
            parent = telemetry.traceparent()
            record.trace_id = parent.split("-")[1] if parent else None
        return True


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON; fields that are not set are left out."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                line[field] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class _PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        run_id = getattr(record, "run_id", None)
        return f"{text} [run {run_id}]" if run_id and f"run {run_id}" not in text else text


def configure_logging(
    *, json_lines: bool | None = None, level: int | str = logging.INFO, stream: TextIO | None = None
) -> logging.Handler:
    """Send the root logger's records to ``stream`` (stderr), as JSON lines when ``json_lines`` (default:
    ``ACCORD_LOG_FORMAT=json``). Replaces a handler this function installed before; returns the new one."""
    if json_lines is None:
        json_lines = os.environ.get("ACCORD_LOG_FORMAT", "").strip().lower() == "json"
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else _PlainFormatter(PLAIN))
    handler.addFilter(RunContext())
    handler.set_name("accord")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "accord"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
