"""Running the hub: database set-up, the first owner, structured logs, uvicorn."""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.migrate import upgrade_engine

DATABASE_URL_ENV = "BELBO_HUB_DATABASE_URL"
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what log collectors (journald, Loki, docker) expect."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str, ensure_ascii=False)


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    for name in ("belbo", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # our middleware logs requests


def hub_engine(url: str) -> Engine:
    """A pool wide enough for the uvicorn thread pool (40 threads) on PostgreSQL."""
    if url.startswith("sqlite"):
        return make_engine(url)
    return make_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


def create_database(url: str) -> bool:
    """Create the PostgreSQL database named in ``url`` if it is missing; True if created."""
    parsed = make_url(url)
    if not parsed.get_backend_name().startswith("postgresql"):
        return False
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": parsed.database}
            )
            if exists:
                return False
            conn.exec_driver_sql(f'CREATE DATABASE "{parsed.database}"')
            return True
    finally:
        admin.dispose()


def prepare(url: str) -> Engine:
    """Create (PostgreSQL) and migrate the hub database; returns an engine on it."""
    create_database(url)
    engine = hub_engine(url)
    upgrade_engine(engine)
    return engine


class ServerThread:
    """uvicorn in a background thread on a loopback port (tests, benchmarks)."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        import socket

        import uvicorn

        if port == 0:
            with socket.socket() as sock:
                sock.bind((host, 0))
                port = sock.getsockname()[1]
        self.url = f"http://{host}:{port}"
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="belbo-hub")

    def __enter__(self) -> ServerThread:
        self.thread.start()
        import time

        for _ in range(500):
            if self.server.started:
                return self
            time.sleep(0.01)
        raise RuntimeError("hub did not start")

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
