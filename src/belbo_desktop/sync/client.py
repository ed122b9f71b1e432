"""The PC's sync service: enrol at a hub, then push the outbox and pull the hub's log.

Runs in a plain thread (the UI calls it from a worker). Every page is its own local
transaction together with the cursor it advances, so a sync cut off at any point
resumes where it stopped and never applies anything twice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update

from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.vouchers import format_code
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm.sync import (
    SyncFlag,
    SyncOutbox,
    SyncQuarantine,
    SyncState,
)
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync import tables
from belbo_desktop.sync.apply import LocalApplier
from belbo_desktop.sync.capture import APPLYING, ChangeCapture, start_capture
from belbo_desktop.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE,
    PUSH_BATCH,
    SNAPSHOT_PAGE,
)
from belbo_desktop.sync.token_store import TokenStore

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("belbo.sync")

#: seconds: (connect, everything else); see ``HubClient``
TIMEOUT = (5.0, 30.0)
BULK_CACHE_KIB = 128 * 1024


class SyncError(BelboError):
    """Sync could not finish; ``kind`` tells the status bar what to show."""

    kind = "error"


class SyncOffline(SyncError):
    kind = "offline"


class SyncRefused(SyncError):
    kind = "refused"


class SyncCancelled(SyncError):
    kind = "cancelled"


class NotEnrolled(SyncError):
    kind = "not_enrolled"


class CursorCompacted(SyncError):
    """The hub compacted its log past this PC's cursor: a fresh snapshot follows."""

    kind = "resnapshot"


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push", "snapshot", "pull"
    done: int
    total: int | None = None
    table: str | None = None


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    snapshot_rows: int
    quarantined: int
    seconds: float
    hub_seconds: float = 0.0  # of ``seconds``, waiting for the hub's answers


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str | None
    device_id: uuid.UUID | None
    device_name: str | None
    token_store: str | None
    last_sync_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: Message | None  # shown in the UI language: see ``encode_error``
    pending: int
    quarantined: int
    first_sync_done: bool


@dataclass(frozen=True)
class QuarantinedChange:
    change_id: uuid.UUID
    side: str
    table_name: str
    row_id: str
    reason: str
    at: dt.datetime


@dataclass(frozen=True)
class SyncFlagInfo:
    id: uuid.UUID
    kind: str
    target_id: str
    params: dict[str, object]
    created_at: dt.datetime

    def text(self, lang: str = "de") -> str:
        if self.kind == "voucher_overdrawn":
            cents = int(str(self.params.get("overdrawn_cents", 0)))
            code = str(self.params.get("code", ""))
            try:
                pretty = format_code(code)
            except ValueError:
                pretty = code
            return Message(
                "sync_voucher_overdrawn", {"code": pretty, "amount": _euro(cents, lang)}
            ).text(lang)
        params = dict(self.params)
        if self.kind == "bonus_redeemed_twice":
            number = params.get("customer_number", "?")
            params["customer"] = params.get("customer_name") or Message(
                "sync_bonus_customer_number", {"number": number}
            ).text(lang)
        from belbo_desktop.domain.messages import CATALOG

        code = f"sync_{self.kind}"
        return Message(code, params).text(lang) if code in CATALOG else self.kind


def _with_names(s: Any, params: dict[str, object]) -> dict[str, object]:
    """A flag names a customer by id; the name shown is the one this PC has now."""
    raw = params.get("customer_id")
    if raw is None:
        return params
    from belbo_desktop.storage.orm import Customer

    try:
        found = s.get(Customer, uuid.UUID(str(raw)))
    except ValueError:
        return params
    if found is not None and found.deleted_at is None:
        name = f"{found.first_name} {found.last_name}".strip()
        if name:
            params["customer_name"] = name
    return params


def _euro(cents: int, lang: str) -> str:
    from babel.numbers import format_currency

    return str(format_currency(cents / 100, "EUR", locale="de_DE" if lang == "de" else "en_IE"))


ProgressFn = Callable[[SyncProgress], None]


def encode_error(message: Message) -> str:
    """The last error as its message code and parameters (JSON), not as text.

    ``sync_state`` is local to this PC and never synced, so its text column holds the
    JSON; the UI renders it in whatever language it shows after the next start.
    """
    return json.dumps(
        {"code": message.code, "params": dict(message.params)}, ensure_ascii=False, default=str
    )


def network_reason(exc: Exception) -> str:
    """Why the hub could not be reached, as a catalogue code (shown in the UI language)."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return "net_timeout"
    if isinstance(exc, httpx.ConnectError):
        return "net_connect"
    return "net_error"


def decode_error(stored: str | None) -> Message | None:
    """``encode_error`` undone; text stored by earlier versions is shown as it was."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("code"), str):
        params = data.get("params")
        return Message(data["code"], params if isinstance(params, dict) else {})
    return Message("sync_earlier_error", {"text": stored})


class HubClient:
    """HTTP to one hub; maps network and protocol failures to messages people can act on."""

    def __init__(self, base_url: str, token: str | None = None, timeout: Any = TIMEOUT) -> None:
        import httpx  # imported when a sync starts, not when the app does

        if isinstance(timeout, tuple):
            timeout = httpx.Timeout(timeout[1], connect=timeout[0])
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout)
        self.elapsed = 0.0

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        started = time.perf_counter()
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise SyncOffline(Message("sync_offline", {"reason": network_reason(exc)})) from exc
        finally:
            self.elapsed += time.perf_counter() - started
        refused = refusal(response)
        if refused is not None:
            raise refused
        if response.status_code == 410 and hub_detail(response).get("code") == "cursor_compacted":
            raise CursorCompacted(Message("sync_cursor_compacted"))
        if response.status_code == 403 and path.endswith("/enrol"):
            raise ValidationError({"code": Message("sync_code_invalid")})
        if response.status_code >= 400:
            raise SyncError(Message("sync_hub_error", {"status": response.status_code}))
        return response.json()


def hub_detail(response: httpx.Response) -> dict[str, Any]:
    """The ``detail`` of the hub's error answer ({} if it has none)."""
    try:
        detail = response.json().get("detail", {})
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def refusal(response: httpx.Response) -> SyncRefused | None:
    """The hub turning this PC away as such: another protocol version, or a revoked token.

    Every call to the hub (sync, ``sync.exports``) reports these the same way."""
    if response.status_code == 426:
        return SyncRefused(
            Message(
                "sync_protocol_mismatch",
                {"hub": hub_detail(response).get("hub", "?"), "client": PROTOCOL_VERSION},
            )
        )
    if response.status_code == 401:
        return SyncRefused(Message("sync_revoked"))
    return None


class SyncService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        paths: Paths,
        *,
        use_keyring: bool = True,
        capture: ChangeCapture | None = None,
    ) -> None:
        """``capture``: the one already installed on ``uow`` (see ``start_capture``)."""
        self.uow = uow
        self.clock = clock
        self.tokens = TokenStore(paths.data_dir, use_keyring=use_keyring)
        self.capture = capture or start_capture(uow, clock)
        self._running = threading.Lock()

    # --- state ------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            pending = s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
            quarantined = (
                s.scalar(
                    select(func.count())
                    .select_from(SyncQuarantine)
                    .where(SyncQuarantine.resolved_at.is_(None))
                )
                or 0
            )
            enrolled = st is not None and st.device_id is not None
            return SyncStatus(
                enrolled=enrolled,
                hub_url=st.hub_url if st else None,
                device_id=st.device_id if st else None,
                device_name=st.device_name if st else None,
                token_store=st.token_store if st else None,
                last_sync_at=st.last_sync_at if st else None,
                last_attempt_at=st.last_attempt_at if st else None,
                last_error=decode_error(st.last_error) if st else None,
                pending=pending,
                quarantined=quarantined,
                first_sync_done=bool(st and st.snapshot_done),
            )

    def quarantined(self, actor: Actor | None, limit: int = 200) -> list[QuarantinedChange]:
        if actor is not None:
            actor.require(Right.MANAGE_SETTINGS)
        with self.uow.read() as s:
            rows = s.scalars(
                select(SyncQuarantine)
                .where(SyncQuarantine.resolved_at.is_(None))
                .order_by(SyncQuarantine.at.desc())
                .limit(limit)
            )
            return [
                QuarantinedChange(r.change_id, r.side, r.table_name, r.row_id, r.reason, r.at)
                for r in rows
            ]

    def flags(self, actor: Actor) -> list[SyncFlagInfo]:
        """Open flags of the actor's location, e.g. vouchers overdrawn by offline redemption."""
        with self.uow.read() as s:
            rows = s.scalars(
                select(SyncFlag)
                .where(
                    SyncFlag.resolved_at.is_(None),
                    (SyncFlag.location_id == actor.location_id) | SyncFlag.location_id.is_(None),
                )
                .order_by(SyncFlag.created_at)
            )
            return [
                SyncFlagInfo(
                    r.id, r.kind, r.target_id, _with_names(s, dict(r.params)), r.created_at
                )
                for r in rows
            ]

    # --- enrolment --------------------------------------------------------------------

    def enrol(
        self,
        actor: Actor | None,
        hub_url: str,
        code: str,
        device_name: str,
        *,
        imported: bool = False,
    ) -> SyncStatus:
        """Join a hub with a one-time code; ``actor`` None means the admin command line.

        ``imported``: this database was loaded into the hub with ``belbo hub import``,
        so what it already holds is not pushed again.
        """
        if actor is not None:
            actor.require(Right.MANAGE_SETTINGS)
        hub_url = hub_url.strip().rstrip("/")
        name = device_name.strip()
        errors: dict[str, Message] = {}
        if not hub_url.startswith(("http://", "https://")) or len(hub_url) > 300:
            errors["hub_url"] = Message("sync_hub_url_invalid")
        if not 1 <= len(name) <= 120:
            errors["device_name"] = Message("sync_device_name_invalid")
        current = self.status()
        if current.enrolled:
            errors["hub_url"] = Message("sync_already_enrolled", {"hub": current.hub_url})
        if errors:
            raise ValidationError(errors)
        client = HubClient(hub_url)
        try:
            answer = client.call("POST", "/v1/enrol", json={"code": code, "name": name})
        finally:
            client.close()
        device_id = uuid.UUID(answer["device_id"])
        where = self.tokens.save(str(device_id), answer["token"])
        with self.uow.write() as s:
            values = dict(
                hub_url=hub_url,
                device_id=device_id,
                device_name=name,
                location_ids=list(answer["location_ids"]),
                token_store=where,
                cursor=0,
                snapshot_seq=None,
                snapshot_table=None,
                snapshot_after=None,
                snapshot_done=False,
                push_snapshot_done=imported,
                last_error=None,
            )
            if s.get(SyncState, 1) is None:
                s.execute(insert(SyncState).values(id=1, last_hlc="", **values))
            else:
                s.execute(update(SyncState).where(SyncState.id == 1).values(**values))
            self.capture.load(s)
        return self.status()

    def leave(self, actor: Actor | None) -> None:
        """Forget the hub on this PC (the hub should revoke the device too)."""
        if actor is not None:
            actor.require(Right.MANAGE_SETTINGS)
        st = self.status()
        if st.device_id is not None:
            self.tokens.forget(str(st.device_id), st.token_store)
        with self.uow.write() as s:
            s.execute(delete(SyncState))
            s.execute(delete(SyncOutbox))
        self.capture.disable()

    # --- sync -------------------------------------------------------------------------

    def sync(
        self,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        *,
        push: bool = True,
        pull: bool = True,
    ) -> SyncReport:
        """Push, then pull (either may be left out). One sync at a time per process."""
        with self._running:
            return self._sync(
                progress or (lambda _p: None), cancel or threading.Event(), push, pull
            )

    def _sync(
        self, progress: ProgressFn, cancel: threading.Event, push: bool, pull: bool
    ) -> SyncReport:
        started = time.perf_counter()
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            if st is None or st.device_id is None or not st.hub_url:
                raise NotEnrolled(Message("sync_not_enrolled"))
            device_id, hub_url, where = st.device_id, st.hub_url, st.token_store
            push_snapshot_done, snapshot_done = st.push_snapshot_done, st.snapshot_done
        self._set_state(last_attempt_at=self.clock.now())
        token = self.tokens.load(str(device_id), where)
        client = HubClient(hub_url, token or "-")
        try:
            pushed = pulled = quarantined = snapshot_rows = 0
            if push and not push_snapshot_done:
                pushed += self._push_snapshot(client, progress, cancel)
            if push:
                p, q = self._push_outbox(client, progress, cancel)
                pushed, quarantined = pushed + p, quarantined + q
            if pull and not snapshot_done:
                snapshot_rows = self._pull_snapshot(client, progress, cancel)
            if pull:
                try:
                    pulled, q = self._pull(client, progress, cancel)
                except CursorCompacted:
                    # away longer than the hub keeps its log: our changes are pushed
                    # (above), so a fresh snapshot over what we have loses nothing
                    log.warning("hub log compacted past this PC's cursor: fresh snapshot")
                    self._set_state(
                        snapshot_done=False,
                        snapshot_seq=None,
                        snapshot_table=None,
                        snapshot_after=None,
                    )
                    snapshot_rows += self._pull_snapshot(client, progress, cancel)
                    pulled, q = self._pull(client, progress, cancel)
                quarantined += q
        except SyncError as exc:
            self._set_state(last_error=encode_error(exc.message))
            raise
        finally:
            client.close()
        self._set_state(last_sync_at=self.clock.now(), last_error=None)
        return SyncReport(
            pushed,
            pulled,
            snapshot_rows,
            quarantined,
            time.perf_counter() - started,
            client.elapsed,
        )

    def _set_state(self, **values: Any) -> None:
        with self.uow.write() as s:
            s.execute(update(SyncState).where(SyncState.id == 1).values(**values))

    @staticmethod
    def _check(cancel: threading.Event) -> None:
        if cancel.is_set():
            raise SyncCancelled(Message("sync_cancelled"))

    def _push_outbox(
        self, client: HubClient, progress: ProgressFn, cancel: threading.Event
    ) -> tuple[int, int]:
        pushed = quarantined = 0
        with self.uow.read() as s:
            total = s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
        while True:
            self._check(cancel)
            with self.uow.read() as s:
                rows = (
                    s.execute(select(SyncOutbox).order_by(SyncOutbox.seq).limit(PUSH_BATCH))
                    .scalars()
                    .all()
                )
                batch = [
                    {
                        "change_id": str(r.change_id),
                        "table_name": r.table_name,
                        "row_id": r.row_id,
                        "op": r.op,
                        "hlc": r.hlc,
                        "fields": r.fields,
                    }
                    for r in rows
                ]
                last_seq = rows[-1].seq if rows else 0
            if not batch:
                return pushed, quarantined
            answer = client.call("POST", "/v1/push", json={"changes": batch})
            with self.uow.write() as s:
                s.execute(delete(SyncOutbox).where(SyncOutbox.seq <= last_seq))
                quarantined += self._note_hub_quarantine(s, batch, answer.get("quarantined", []))
            pushed += len(batch)
            progress(SyncProgress("push", pushed, total))

    def _note_hub_quarantine(
        self, s: Any, batch: list[dict[str, Any]], found: list[dict[str, str]]
    ) -> int:
        by_id = {c["change_id"]: c for c in batch}
        for q in found:
            change = by_id.get(q["change_id"], {})
            change_id = uuid.UUID(q["change_id"])
            if s.scalar(select(SyncQuarantine.id).where(SyncQuarantine.change_id == change_id)):
                continue
            s.execute(
                insert(SyncQuarantine).values(
                    id=new_id(),
                    change_id=change_id,
                    side="hub",
                    device_id=None,
                    table_name=str(change.get("table_name", "?")),
                    row_id=str(change.get("row_id", "?")),
                    reason=q.get("reason", "?"),
                    change=change,
                    at=self.clock.now(),
                )
            )
        return len(found)

    def _push_snapshot(
        self, client: HubClient, progress: ProgressFn, cancel: threading.Event
    ) -> int:
        """A PC that had data before enrolling sends all of it once (also bulk-made rows)."""
        clock = self.capture.clock
        assert clock is not None
        sent = 0
        with self.uow.read() as s:
            found = tables.present(s.connection())
        for spec in found.values():
            after: Any = None
            while True:
                self._check(cancel)
                with self.uow.read() as s:
                    stmt = select(*spec.synced).order_by(spec.pk).limit(PUSH_BATCH)
                    if after is not None:
                        stmt = stmt.where(spec.pk > after)
                    rows = s.execute(stmt).mappings().all()
                if not rows:
                    break
                op = "append" if spec.kind == tables.LEDGER else "insert"
                batch = [
                    {
                        "change_id": str(new_id()),
                        "table_name": spec.name,
                        "row_id": tables.row_key(r[spec.pk.name]),
                        "op": op,
                        "hlc": clock.tick(),
                        "fields": {k: tables.encode(v) for k, v in r.items()},
                    }
                    for r in rows
                ]
                answer = client.call("POST", "/v1/push", json={"changes": batch})
                with self.uow.write() as s:
                    self._note_hub_quarantine(s, batch, answer.get("quarantined", []))
                    s.execute(
                        update(SyncState).where(SyncState.id == 1).values(last_hlc=clock.last)
                    )
                sent += len(batch)
                after = rows[-1][spec.pk.name]
                progress(SyncProgress("push", sent, None, spec.name))
        self._set_state(push_snapshot_done=True)
        return sent

    def _pull_snapshot(
        self, client: HubClient, progress: ProgressFn, cancel: threading.Event
    ) -> int:
        """First sync: the hub's current tables page by page; resumable after a cancel."""
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            assert st is not None
            seq, table_at, after = st.snapshot_seq, st.snapshot_table, st.snapshot_after
        head = client.call("GET", "/v1/snapshot")
        if seq is None:
            seq = int(head["seq"])
            self._set_state(snapshot_seq=seq)
        hub_tables = set(head["tables"])
        totals = head.get("counts") or {}
        total = sum(int(v) for v in totals.values()) or None
        with self.uow.read() as s:
            here = tables.present(s.connection())
        names = [n for n in here if n in hub_tables]
        if table_at in names:
            names = names[names.index(table_at) :]
        else:
            after = None
        done = 0

        bulk: set[str] = set()  # tables empty here: ask for SQLite's storage format

        def fetch(name: str, after: str | None) -> Any:
            params: dict[str, Any] = {"limit": SNAPSHOT_PAGE}
            if after:
                params["after"] = after
            if name in bulk and self.uow.is_sqlite:
                params["format"] = "sqlite"
            return client.call("GET", f"/v1/snapshot/{name}", params=params)

        pool = ThreadPoolExecutor(1, thread_name_prefix="belbo-snapshot")
        try:
            done = self._snapshot_pages(names, after, fetch, pool, progress, cancel, total, bulk)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if int(head.get("horizon") or 0) > 0:  # the hub compacted its log: learn deletions
            self._pull_tombstones(client, cancel)
        self._set_state(cursor=seq, snapshot_done=True, snapshot_table=None, snapshot_after=None)
        return done

    def _pull_tombstones(self, client: HubClient, cancel: threading.Event) -> None:
        """Delete rows the hub deleted: a snapshot lists only rows that are there.

        A row with an unpushed local insert is left alone; the push settles it.
        """
        after: str | None = None
        while True:
            self._check(cancel)
            params: dict[str, Any] = {"limit": PULL_PAGE}
            if after:
                params["after"] = after
            page = client.call("GET", "/v1/tombstones", params=params)
            with self.uow.write() as s:
                s.info[APPLYING] = True
                conn = s.connection()
                conn.info[APPLYING] = True
                for table_name, row_id in page["rows"]:
                    spec = tables.spec(table_name)
                    if spec is None or spec.kind == tables.LEDGER:
                        continue
                    if s.scalar(
                        select(SyncOutbox.seq).where(
                            SyncOutbox.table_name == table_name,
                            SyncOutbox.row_id == row_id,
                            SyncOutbox.op == "insert",
                        )
                    ):
                        continue
                    pk = uuid.UUID(row_id) if spec.pk.type.python_type is uuid.UUID else row_id
                    conn.execute(delete(spec.table).where(spec.pk == pk))
            after = page["next"]
            if after is None:
                return

    def _snapshot_pages(
        self,
        names: list[str],
        after: str | None,
        fetch: Callable[[str, str | None], Any],
        pool: ThreadPoolExecutor,
        progress: ProgressFn,
        cancel: threading.Event,
        total: int | None,
        empty: set[str],
    ) -> int:
        """Apply page k while page k+1 is on its way (the hub's time overlaps ours)."""
        done = 0
        with self.uow.read() as s:
            empty.update(
                name
                for name in names
                if s.scalar(select(tables.spec(name).pk).limit(1)) is None  # type: ignore[union-attr]
            )
        for index, name in enumerate(names):
            coming = pool.submit(fetch, name, after)
            while True:
                self._check(cancel)
                page = coming.result()
                if page["next"] is not None:
                    coming = pool.submit(fetch, name, page["next"])
                with self.uow.write() as s:
                    s.info[APPLYING] = True
                    conn = s.connection()
                    conn.info[APPLYING] = True
                    if conn.dialect.name == "sqlite":  # index pages of a bulk load stay cached
                        conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
                    applier = LocalApplier(conn, self.capture.clock, self.clock.now())
                    applier.apply_snapshot(
                        name,
                        page["columns"],
                        page["rows"],
                        all_new=name in empty,
                        stored=page.get("format") == "sqlite",
                    )
                    if conn.dialect.name == "sqlite":
                        conn.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default
                    # where a resumed first sync goes on: a finished table is not fetched again
                    at, at_after = name, page["next"]
                    if at_after is None and index + 1 < len(names):
                        at = names[index + 1]
                    s.execute(
                        update(SyncState)
                        .where(SyncState.id == 1)
                        .values(snapshot_table=at, snapshot_after=at_after)
                    )
                done += len(page["rows"])
                progress(SyncProgress("snapshot", done, total, name))
                if page["next"] is None:
                    break
            after = None
        return done

    def _pull(
        self, client: HubClient, progress: ProgressFn, cancel: threading.Event
    ) -> tuple[int, int]:
        pulled = quarantined = 0
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            assert st is not None
            cursor = st.cursor
        while True:
            self._check(cancel)
            page = client.call("GET", "/v1/pull", params={"cursor": cursor, "limit": PULL_PAGE})
            changes = page["changes"]
            with self.uow.write() as s:
                s.info[APPLYING] = True
                s.connection().info[APPLYING] = True
                clock = self.capture.clock
                report = LocalApplier(s.connection(), clock, self.clock.now()).apply(changes)
                values: dict[str, Any] = {"cursor": page["cursor"]}
                if clock is not None:
                    values["last_hlc"] = clock.last
                s.execute(update(SyncState).where(SyncState.id == 1).values(**values))
            cursor = page["cursor"]
            pulled += len(changes)
            quarantined += report.quarantined
            progress(SyncProgress("pull", pulled, None))
            if not page["more"]:
                return pulled, quarantined
