"""The orchestrator's runs API: its run records over HTTP, so nothing else opens its database.

``GET /runs?limit=N`` answers ``{"runs": [record, ...]}``, newest first (``limit`` 1 to 200, default 20);
``GET /runs/{run_id}`` answers the record, or 404 ``{"error": {"code": "not_found", ...}}``. A record is the
run's JSON as stored (``RunRecord.to_dict``), its owner included. When auth is on, both need a credential with
the ``admin`` scope: they show every caller's runs. Any replica answers for any run (the records are in the
shared database). The client is ``agents.runs_client.RunsClient``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from agents.storage import StorageError
from patterns.store import RunStore, owned_by

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
MAX_RUN_ID = 200


def runs_routes(store: RunStore) -> list[Route]:
    """The two routes over ``store``; guard them with the ``admin`` scope."""

    async def recent(request: Request) -> Response:
        unknown = set(request.query_params) - {"limit"}
        if unknown:
            return _error(400, "invalid_request", f"unknown query parameter(s): {', '.join(sorted(unknown))}")
        raw = request.query_params.get("limit", str(DEFAULT_LIMIT))
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
            return _error(400, "invalid_request", f"limit must be a whole number from 1 to {MAX_LIMIT}")
        try:
            with owned_by(None):  # an administrator sees every caller's runs
                records = await store.list_recent(int(raw))
        except StorageError:
            return _error(503, "unavailable", "the run records cannot be read now; try again")
        return JSONResponse({"runs": [record.to_dict() for record in records]})

    async def detail(request: Request) -> Response:
        run_id = request.path_params["run_id"]
        if len(run_id) > MAX_RUN_ID:
            return _error(404, "not_found", "no such run")
        try:
            with owned_by(None):
                record = await store.get(run_id)
        except StorageError:
            return _error(503, "unavailable", "the run records cannot be read now; try again")
        if record is None:
            return _error(404, "not_found", "no such run")
        return JSONResponse(record.to_dict())

    return [Route("/runs", recent, methods=["GET"]), Route("/runs/{run_id:path}", detail, methods=["GET"])]


def _error(status: int, code: str, message: str) -> Response:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
