"""The hub's HTTP API (FastAPI). Handlers are plain functions run in the thread pool;
big answers are serialised once with ``json.dumps`` instead of FastAPI's encoder.

The access log never holds an export link: the token in ``/export/confirm/<token>``
and ``/export/download/<token>`` opens a customer export together with a password, so
those paths are logged in a fixed form (see :func:`loggable_path`).
"""

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Request, Response

from belbo_desktop.domain.errors import BelboError, NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.hub.store import CursorCompacted, Device, HubStore, Rejected
from belbo_desktop.storage.migrate import head_revision
from belbo_desktop.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE,
    PUSH_BATCH,
    SNAPSHOT_PAGE,
)

log = logging.getLogger("belbo.hub")


_EXPORT_LINK = re.compile(r"^/export/(confirm|download)(/.*)?$", re.DOTALL)


def loggable_path(path: str) -> str:
    """The request path as the access log may keep it: export tokens never appear."""
    found = _EXPORT_LINK.match(path.split("?", 1)[0])
    if found is not None:
        return f"/export/{found.group(1)}/<token>"
    return path.split("?", 1)[0]


def _json(data: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(data, separators=(",", ":"), default=str), status, media_type="application/json"
    )


def _message(message: Message) -> dict[str, Any]:
    return {"code": message.code, "params": dict(message.params)}


def _error_detail(exc: BelboError) -> tuple[int, dict[str, Any]]:
    """A service's refusal as the PC rebuilds it (``sync.exports``): class and message."""
    if isinstance(exc, ValidationError):
        errors = {k: _message(m) for k, m in exc.errors.items()}
        return 422, {"error": "ValidationError", "errors": errors}
    status = 403 if isinstance(exc, PermissionDenied) else 404 if isinstance(exc, NotFound) else 409
    return status, {"error": type(exc).__name__, "message": _message(exc.message)}


def create_app(store: HubStore) -> FastAPI:
    app = FastAPI(title="Belbo Hub", version=str(PROTOCOL_VERSION), docs_url=None, redoc_url=None)
    app.state.store = store

    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        log.info(
            "request",
            extra={
                "method": request.method,
                "path": loggable_path(request.url.path),
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response

    def protocol(
        x_belbo_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
    ) -> None:
        if x_belbo_protocol != str(PROTOCOL_VERSION):
            raise HTTPException(
                426,
                {
                    "code": "protocol_mismatch",
                    "hub": PROTOCOL_VERSION,
                    "client": x_belbo_protocol,
                },
            )

    def device(
        _proto: Annotated[None, Depends(protocol)],
        authorization: Annotated[str | None, Header()] = None,
    ) -> Device:
        token = (authorization or "").removeprefix("Bearer ").strip()
        found = store.authenticate(token) if token else None
        if found is None:
            raise HTTPException(401, {"code": "device_unknown"})
        return found

    @app.get("/health")
    def health() -> dict[str, Any]:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "schema": head_revision()}

    @app.post("/v1/enrol", dependencies=[Depends(protocol)])
    def enrol(
        body: Annotated[dict[str, Any], Body()],
    ) -> Response:
        outcome = store.enrol(str(body.get("code", "")), str(body.get("name") or "PC"))
        if outcome is None:
            raise HTTPException(403, {"code": "enrolment_code_invalid"})
        dev, token = outcome
        log.info("device enrolled", extra={"device": str(dev.id), "device_name": dev.name})
        return _json(
            {
                "device_id": str(dev.id),
                "token": token,
                "location_ids": sorted(str(x) for x in dev.location_ids),
                "protocol": PROTOCOL_VERSION,
            }
        )

    @app.post("/v1/push")
    def push(
        dev: Annotated[Device, Depends(device)],
        body: Annotated[dict[str, Any], Body()],
    ) -> Response:
        changes = body.get("changes")
        if not isinstance(changes, list) or len(changes) > PUSH_BATCH * 4:
            raise HTTPException(400, {"code": "bad_batch"})
        result = store.push(dev, [c for c in changes if isinstance(c, dict)])
        return _json(
            {
                "accepted": result.accepted,
                "duplicates": result.duplicates,
                "quarantined": result.quarantined,
                "flags": result.flags,
            }
        )

    @app.get("/v1/pull")
    def pull(
        dev: Annotated[Device, Depends(device)], cursor: int = 0, limit: int = PULL_PAGE
    ) -> Response:
        try:
            return _json(store.pull(dev, max(cursor, 0), min(max(limit, 1), PULL_PAGE * 5)))
        except CursorCompacted as exc:  # the PC takes a fresh snapshot (sync.client)
            log.info("cursor behind the compacted log", extra={"device": str(dev.id)})
            raise HTTPException(
                410, {"code": "cursor_compacted", "horizon": exc.horizon, "cursor": cursor}
            ) from exc

    @app.get("/v1/tombstones")
    def tombstones(
        dev: Annotated[Device, Depends(device)], after: str | None = None, limit: int = PULL_PAGE
    ) -> Response:
        try:
            return _json(store.tombstones(dev, after, min(max(limit, 1), PULL_PAGE * 5)))
        except (ValueError, TypeError) as exc:
            raise HTTPException(400, {"code": "bad_request"}) from exc

    @app.get("/v1/snapshot")
    def snapshot_head(dev: Annotated[Device, Depends(device)]) -> Response:
        return _json(
            store.snapshot_head(dev) | {"location_ids": [str(x) for x in dev.location_ids]}
        )

    @app.get("/v1/snapshot/{table}")
    def snapshot(
        dev: Annotated[Device, Depends(device)],
        table: str,
        after: str | None = None,
        limit: int = SNAPSHOT_PAGE,
        format: str = "json",
    ) -> Response:
        try:
            page = store.snapshot(
                dev, table, after, min(max(limit, 1), SNAPSHOT_PAGE * 4), format == "sqlite"
            )
        except (Rejected, ValueError) as exc:
            raise HTTPException(404, {"code": "unknown_table", "reason": str(exc)}) from exc
        return _json(page)

    def _exports_call(call: Callable[[Any], dict[str, Any]]) -> Response:
        from belbo_desktop.hub.exports import BadRequest

        exports = getattr(app.state, "exports", None)
        if exports is None:
            raise HTTPException(503, {"code": "exports_not_served"})
        try:
            return _json(call(exports), 201)
        except BadRequest as exc:
            raise HTTPException(400, {"code": "bad_request", "reason": str(exc)}) from exc
        except BelboError as exc:
            status, detail = _error_detail(exc)
            return _json({"detail": detail}, status)

    @app.post("/v1/exports")
    def export_request(
        dev: Annotated[Device, Depends(device)],
        body: Annotated[dict[str, Any], Body()],
    ) -> Response:
        """An enrolled PC's customer export: the hub stores it and sends the mails."""
        return _exports_call(lambda exports: exports.create(dev, body))

    @app.post("/v1/exports/{request_id}/cancel")
    def export_cancel(
        dev: Annotated[Device, Depends(device)],
        request_id: str,
        body: Annotated[dict[str, Any], Body()],
    ) -> Response:
        return _exports_call(lambda exports: exports.cancel(dev, request_id, body))

    @app.post("/v1/exports/{request_id}/resend")
    def export_resend(
        dev: Annotated[Device, Depends(device)],
        request_id: str,
        body: Annotated[dict[str, Any], Body()],
    ) -> Response:
        return _exports_call(lambda exports: exports.resend(dev, request_id, body))

    return app
