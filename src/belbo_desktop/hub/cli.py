"""`belbo hub ...`: set up, run and administer a hub from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from typing import Any

from belbo_desktop.hub.server import DATABASE_URL_ENV

PUBLIC_URL_ENV = "BELBO_HUB_PUBLIC_URL"
DATA_DIR_ENV = "BELBO_HUB_DATA_DIR"


def _url(args: argparse.Namespace) -> str:
    url = args.database_url or os.environ.get(DATABASE_URL_ENV)
    if not url:
        raise SystemExit(
            f"Bitte --database-url angeben oder {DATABASE_URL_ENV} setzen, z. B. "
            "postgresql+psycopg://belbo:geheim@localhost/belbo_hub"
        )
    return str(url)


def _public_url(args: argparse.Namespace) -> str | None:
    url = getattr(args, "public_url", None) or os.environ.get(PUBLIC_URL_ENV)
    if not url:
        return None
    url = str(url).strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or " " in url:
        raise SystemExit(
            f"--public-url muss mit https:// beginnen, z. B. https://hub.mein-salon.de ({url!r})"
        )
    return url


def _data_dir(args: argparse.Namespace) -> str | None:
    value = getattr(args, "data_dir", None) or os.environ.get(DATA_DIR_ENV)
    return str(value) if value else None


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from belbo_desktop.hub.app import create_app
    from belbo_desktop.hub.server import configure_logging, prepare
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import SystemClock

    data_dir, public_url = _data_dir(args), _public_url(args)
    if data_dir and not public_url:
        raise SystemExit(
            "Mit --data-dir bedient der Hub die Kundenexporte; bitte auch --public-url "
            f"angeben (oder {PUBLIC_URL_ENV}): die Adresse, unter der Browser den Hub "
            "erreichen, z. B. https://hub.mein-salon.de. Die Links in den E-Mails zeigen dorthin."
        )
    if public_url and not data_dir:
        raise SystemExit(
            f"--public-url braucht --data-dir (oder {DATA_DIR_ENV}): den Ordner für "
            "Exportdateien und die Mail-Einstellungen des Hubs."
        )
    _check_compaction(args)
    configure_logging()
    engine = prepare(_url(args))
    store = HubStore(engine, SystemClock())
    app = create_app(store)
    if data_dir:
        from pathlib import Path

        from belbo_desktop.hub.exports import mount_export_pages

        mount_export_pages(app, store, Path(data_dir), public_url=public_url)
        app.state.exports.start_housekeeping()
    from belbo_desktop.hub.compaction import Housekeeping

    housekeeping = Housekeeping(
        store, older_than=_days(args.older_than_days), horizon_after=_horizon(args)
    )
    housekeeping.start()  # first run five minutes after start, then daily
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, proxy_headers=True)
    return 0


def _days(n: int) -> Any:
    import datetime as dt

    return dt.timedelta(days=n)


def _check_compaction(args: argparse.Namespace) -> None:
    if args.older_than_days < 1 or args.horizon_days < 0:
        raise SystemExit("--older-than-days muss mindestens 1 sein, --horizon-days mindestens 0.")
    if args.horizon_days and args.horizon_days < args.older_than_days:
        raise SystemExit("--horizon-days darf nicht kleiner als --older-than-days sein.")


def _horizon(args: argparse.Namespace) -> Any:
    return None if args.horizon_days == 0 else _days(args.horizon_days)


def _compact(args: argparse.Namespace) -> int:
    from belbo_desktop.hub.compaction import compact
    from belbo_desktop.hub.server import configure_logging, hub_engine
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import SystemClock

    _check_compaction(args)
    configure_logging()
    engine = hub_engine(_url(args))
    try:
        report = compact(
            HubStore(engine, SystemClock()),
            older_than=_days(args.older_than_days),
            horizon_after=_horizon(args),
        )
    finally:
        engine.dispose()
    print(
        f"Änderungsprotokoll verdichtet: {report.removed} Einträge entfernt "
        f"({report.superseded} überschrieben, {report.ineffective} wirkungslos, "
        f"{report.truncated} älter als {args.horizon_days} Tage).",
        file=sys.stderr,
    )
    for name, n in report.by_table.items():
        print(f"  {name:28} {n}", file=sys.stderr)
    if report.horizon:
        print(
            f"Horizont: {report.horizon}. PCs, die seit {args.horizon_days} Tagen nicht "
            "abgeglichen haben, holen beim nächsten Abgleich den Stand neu.",
            file=sys.stderr,
        )
    return 0


def _compaction_options(p: argparse.ArgumentParser) -> None:
    from belbo_desktop.hub.compaction import DEFAULT_HORIZON_DAYS, DEFAULT_OLDER_THAN_DAYS

    p.add_argument(
        "--older-than-days",
        type=int,
        default=DEFAULT_OLDER_THAN_DAYS,
        help="überschriebene Einträge des Änderungsprotokolls entfernen, die älter sind "
        f"(Standard {DEFAULT_OLDER_THAN_DAYS})",
    )
    p.add_argument(
        "--horizon-days",
        type=int,
        default=DEFAULT_HORIZON_DAYS,
        help="alle Einträge entfernen, die älter sind; PCs, die länger nicht abgeglichen "
        f"haben, holen den Stand neu (Standard {DEFAULT_HORIZON_DAYS}, 0 = nie)",
    )


def _mail(args: argparse.Namespace) -> int:
    """Show or set the hub's SMTP server (no database needed: it lives in the data folder)."""
    from pathlib import Path

    from belbo_desktop.domain.errors import ValidationError
    from belbo_desktop.hub.mail import PASSWORD_ENV, HubMail
    from belbo_desktop.mail.message import MailError, MailMessage
    from belbo_desktop.mail.smtp import DEFAULT_PORTS, Security, SmtpSettings
    from belbo_desktop.services.ports import SystemClock

    data_dir = _data_dir(args)
    if not data_dir:
        raise SystemExit(
            f"Bitte --data-dir angeben (oder {DATA_DIR_ENV}), wie bei 'belbo hub serve'."
        )
    mail = HubMail(Path(data_dir), SystemClock())
    if args.off:
        mail.off()
        print("Kein Mailserver mehr: E-Mails des Hubs landen in " + str(mail.outbox.folder))
        return 0
    if args.host is not None:
        security = Security(args.security)
        password: str | None = None
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        elif os.environ.get(PASSWORD_ENV):
            password = os.environ[PASSWORD_ENV]
        smtp = SmtpSettings(
            host=args.host,
            port=args.port or DEFAULT_PORTS[security],
            security=security,
            username=args.user or "",
            sender=args.sender or "",
            ca_file=args.ca_file or "",
        )
        try:
            mail.save(smtp, password)
        except ValidationError as exc:
            for key, text in exc.texts().items():
                print(f"{key}: {text}", file=sys.stderr)
            return 2
        print("Gespeichert.")
    print("Mailserver des Hubs: " + mail.describe())
    try:
        if args.check:
            mail.check()
            print("Verbindung und Anmeldung am Mailserver: in Ordnung.")
        if args.test_to:
            mail.mailer().send(
                MailMessage(
                    args.test_to,
                    "Belbo Hub: Test-E-Mail",
                    "Diese E-Mail hat der Belbo Hub zum Test verschickt.\n",
                )
            )
            print(f"Test-E-Mail an {args.test_to} verschickt.")
    except MailError as exc:
        print(f"Mailserver-Fehler: {exc.reason}", file=sys.stderr)
        return 1
    return 0


def _init(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from belbo_desktop.domain.rights import Role
    from belbo_desktop.hub.server import prepare
    from belbo_desktop.services.locations import BusinessData, LocationService
    from belbo_desktop.services.passwords import Hasher
    from belbo_desktop.services.ports import SystemClock
    from belbo_desktop.services.staff import StaffService
    from belbo_desktop.storage.orm import Location
    from belbo_desktop.storage.unit_of_work import UnitOfWork

    engine = prepare(_url(args))
    uow = UnitOfWork(engine)
    clock = SystemClock()
    with uow.read() as s:
        existing = s.scalar(select(func.count()).select_from(Location)) or 0
    if existing:
        print("Hub-Datenbank ist eingerichtet und enthält bereits Standorte; nichts geändert.")
        _print_locations(uow)
        return 0
    password = args.owner_password or getpass.getpass("Passwort für den Inhaber-Zugang: ")
    location_id = LocationService(uow, clock).create(None, BusinessData(name=args.location_name))
    StaffService(uow, clock, Hasher()).create_staff(
        None,
        location_id=location_id,
        username=args.owner_username,
        display_name=args.owner_name or args.owner_username,
        role=Role.OWNER,
        password=password,
        email=args.owner_email,
    )
    print(f"Hub eingerichtet. Standort „{args.location_name}“: {location_id}")
    print(f"Inhaber-Zugang: {args.owner_username}")
    print("Nächster Schritt: belbo hub enrol-code --location " + str(location_id))
    engine.dispose()
    return 0


def _print_locations(uow: Any) -> None:
    from sqlalchemy import select

    from belbo_desktop.storage.orm import Location

    with uow.read() as s:
        for loc in s.scalars(select(Location).order_by(Location.name)):
            print(f"  {loc.id}  {loc.name}")


def _resolve_locations(engine: Any, wanted: list[str]) -> list[uuid.UUID]:
    from sqlalchemy import select

    from belbo_desktop.storage.orm import Location

    out: list[uuid.UUID] = []
    with engine.connect() as conn:
        rows = conn.execute(select(Location.id, Location.name)).all()
    for item in wanted:
        if item == "all":
            out.extend(r.id for r in rows)
            continue
        match = [r.id for r in rows if str(r.id) == item or r.name.casefold() == item.casefold()]
        if len(match) != 1:
            raise SystemExit(f"Standort „{item}“ nicht gefunden (Name oder Id; oder 'all').")
        out.extend(match)
    return sorted(set(out))


def _enrol_code(args: argparse.Namespace) -> int:
    import datetime as dt

    from belbo_desktop.hub.server import hub_engine
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import SystemClock

    engine = hub_engine(_url(args))
    locations = _resolve_locations(engine, args.location)
    code = HubStore(engine, SystemClock()).make_code(
        locations, ttl=dt.timedelta(hours=args.valid_hours)
    )
    engine.dispose()
    print(f"Anmeldecode (einmalig, {args.valid_hours} h gültig): {code}")
    print("Am PC: Einstellungen > Synchronisation > Verbinden, oder")
    print(f"  belbo enrol --hub https://<hub-adresse> --code {code} --name 'Kasse 1'")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from belbo_desktop.hub.server import hub_engine
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import SystemClock

    engine = hub_engine(_url(args))
    for d in HubStore(engine, SystemClock()).devices():
        state = "gesperrt" if d.revoked_at else "aktiv"
        seen = d.last_seen_at.isoformat(timespec="minutes") if d.last_seen_at else "nie"
        print(f"{d.id}  {d.name:30}  {state:8}  zuletzt {seen}")
    engine.dispose()
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from belbo_desktop.hub.server import hub_engine
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import SystemClock

    engine = hub_engine(_url(args))
    done = HubStore(engine, SystemClock()).revoke(uuid.UUID(args.device))
    engine.dispose()
    print("Gerät gesperrt." if done else "Kein aktives Gerät mit dieser Id.", file=sys.stderr)
    return 0 if done else 1


def _import(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from belbo_desktop.hub.importer import import_sqlite
    from belbo_desktop.hub.server import prepare

    source = Path(args.source)
    if source.is_dir():
        source = source / "belbo.sqlite3"
    if not source.exists():
        raise SystemExit(f"{source} nicht gefunden.")
    engine = prepare(_url(args))

    def show(table: str, done: int) -> None:
        print(f"\r{table:28} {done}", end="", file=sys.stderr)

    counts = import_sqlite(engine, source, lambda: time.time_ns() // 1_000_000, show)
    engine.dispose()
    print(file=sys.stderr)
    print(f"Übernommen: {sum(counts.values())} Zeilen aus {len(counts)} Tabellen.")
    print("Am PC danach: belbo enrol --imported ... (der Erstabgleich vergleicht nur noch).")
    return 0


def add_hub_parser(sub: Any) -> None:
    hub = sub.add_parser("hub", help="Belbo Hub: Server für mehrere PCs und Standorte")
    hub_sub = hub.add_subparsers(dest="hub_command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--database-url",
            help=f"SQLAlchemy-URL der Hub-Datenbank (oder {DATABASE_URL_ENV})",
        )

    serve = hub_sub.add_parser("serve", help="Hub starten (HTTP; TLS über einen Reverse-Proxy)")
    common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="Ordner für Exportdateien und Mail; mit ihm bedient der Hub die "
        f"Kundenexporte der PCs (oder {DATA_DIR_ENV})",
    )
    serve.add_argument(
        "--public-url",
        help="Adresse, unter der Browser den Hub erreichen (z. B. https://hub.mein-salon.de); "
        f"die Links in den Export-E-Mails zeigen dorthin (oder {PUBLIC_URL_ENV})",
    )
    _compaction_options(serve)
    serve.set_defaults(func=_serve)

    compact = hub_sub.add_parser(
        "compact",
        help="Änderungsprotokoll des Hubs verdichten (läuft im Hub auch täglich von selbst)",
        description="Entfernt Einträge, die kein PC mehr braucht; keine Daten gehen verloren. "
        "Was entfernt wurde, steht im Log und auf stderr.",
    )
    common(compact)
    _compaction_options(compact)
    compact.set_defaults(func=_compact)

    mail = hub_sub.add_parser(
        "mail",
        help="Mailserver des Hubs anzeigen oder einstellen (für die Export-E-Mails)",
        description="Ohne --host: zeigt die Einstellung. Das Passwort kommt mit "
        "--password-stdin von der Standardeingabe oder aus BELBO_HUB_SMTP_PASSWORD und "
        "wird in <data-dir>/secrets/smtp-password (0600) gespeichert.",
    )
    mail.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help=f"wie bei serve ({DATA_DIR_ENV})"
    )
    mail.add_argument("--host", help="SMTP-Server, z. B. smtp.mein-provider.de")
    mail.add_argument("--port", type=int, help="Standard: 587 (starttls) bzw. 465 (tls)")
    mail.add_argument("--security", choices=["starttls", "tls"], default="starttls")
    mail.add_argument("--user", help="Benutzername am Mailserver")
    mail.add_argument("--from", dest="sender", help="Absenderadresse, z. B. salon@mein-salon.de")
    mail.add_argument("--ca-file", help="eigene CA-Datei für einen Server mit privatem Zertifikat")
    mail.add_argument("--password-stdin", action="store_true", help="Passwort von stdin lesen")
    mail.add_argument("--off", action="store_true", help="keinen Mailserver mehr verwenden")
    mail.add_argument("--check", action="store_true", help="Verbindung und Anmeldung prüfen")
    mail.add_argument("--test-to", help="eine Test-E-Mail an diese Adresse schicken")
    mail.set_defaults(func=_mail)

    init = hub_sub.add_parser("init", help="Datenbank anlegen und ersten Inhaber-Zugang erstellen")
    common(init)
    init.add_argument("--location-name", default="Mein Salon")
    init.add_argument("--owner-username", default="inhaber")
    init.add_argument("--owner-name")
    init.add_argument("--owner-email")
    init.add_argument("--owner-password", help="sonst wird danach gefragt")
    init.set_defaults(func=_init)

    code = hub_sub.add_parser("enrol-code", help="Einmaligen Anmeldecode für einen PC erzeugen")
    common(code)
    code.add_argument(
        "--location", action="append", required=True, help="Standort (Name, Id oder 'all')"
    )
    code.add_argument("--valid-hours", type=int, default=24)
    code.set_defaults(func=_enrol_code)

    imp = hub_sub.add_parser(
        "import", help="Datenbank eines PCs in einen leeren Hub übernehmen (schnell, per COPY)"
    )
    common(imp)
    imp.add_argument("source", help="Datenordner oder belbo.sqlite3 des PCs")
    imp.set_defaults(func=_import)

    devices = hub_sub.add_parser("devices", help="Verbundene PCs auflisten")
    common(devices)
    devices.set_defaults(func=_devices)

    revoke = hub_sub.add_parser("revoke", help="Einen PC sofort sperren")
    common(revoke)
    revoke.add_argument("device", help="Geräte-Id (siehe 'belbo hub devices')")
    revoke.set_defaults(func=_revoke)
