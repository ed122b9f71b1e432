"""Datenauskunft: three files, valid JSON, robust PDF, and no trade secret in any byte."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import uuid
import zipfile
import zlib
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.domain.privacy import (
    TRADE_SECRET_NOTICE,
    Channel,
    ConsentKind,
    ReportTable,
    RequestInput,
    RequestKind,
)
from belbo_desktop.resources import resource
from belbo_desktop.services.privacy import PrivacyService, default_providers
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.privacy.conftest import PrivacyFields

SECRET_FORMULA = "Rezeptur-XQ7-Geheim 7/1+8/0 Oxidant 6%"
SECRET_NOTES = "NotizGeheimnis-ZK42 nur intern"
VISIBLE_MARKER = "SichtbarerWert-MM31"
MERGED_SECRET_FORMULA = "Dublettenrezeptur-QW9-Geheim 9/3 Oxidant 9%"
MERGED_SECRET_NOTES = "DublettenNotiz-DB77 nur intern"
MERGED_VISIBLE_MARKER = "DublettenWert-VV58"


def _schema() -> dict[str, object]:
    return json.loads(resource("schemas", "data-access-v1.schema.json").read_text("utf-8"))


def _customer(app: App, salon: Salon, fields: PrivacyFields, **extra: object):  # type: ignore[no-untyped-def]
    custom = {fields.formula: SECRET_FORMULA, fields.skin: VISIBLE_MARKER}
    c = a_customer(app, salon.manager, notes=SECRET_NOTES, custom=custom, **extra)
    app.privacy.give_consent(salon.manager, c.id, ConsentKind.HEALTH_DATA)
    data = c.to_input()
    data.custom = {fields.allergies: "Nickel"}
    app.customers.update(salon.manager, c.id, data)
    return c


def _all_bytes(path: Path) -> list[bytes]:
    """The file, every decompressed stream, and for PDFs the text a reader would extract."""
    raw = path.read_bytes()
    parts = [raw]
    if path.suffix == ".pdf":
        for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
            try:
                parts.append(zlib.decompress(match.group(1)))
            except zlib.error:
                parts.append(match.group(1))
        reader = PdfReader(io.BytesIO(raw))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        parts.append(text.encode("utf-8"))
        parts.append(text.replace("\n", " ").encode("utf-8"))
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            parts.extend(zf.read(name) for name in zf.namelist())
    return parts


def _contains(parts: list[bytes], needle: str) -> bool:
    forms = {needle.encode("utf-8"), needle.encode("utf-16-be"), needle.encode("utf-8-sig")}
    forms |= {needle.split()[0].encode("utf-8")}
    return any(form in part for part in parts for form in forms)


def test_report_writes_pdf_json_and_zip_and_is_audited(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    c = _customer(app, salon, fields)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    assert [p.suffix for p in files.paths] == [".pdf", ".json", ".zip"]
    assert all(p.exists() and p.stat().st_size > 0 for p in files.paths)
    assert not list(tmp_path.glob("*.part"))
    entry = app.audit.entries(salon.owner, action="data_access_report")[0]
    assert entry.target_id == str(c.id) and entry.staff_name == "Leitung"
    assert entry.details["withheld"] == [fields.formula]
    assert {f["name"] for f in entry.details["files"]} == {p.name for p in files.paths}


def test_json_follows_the_published_schema(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    c = _customer(app, salon, fields)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    document = json.loads(files.json.read_text("utf-8"))
    jsonschema.validate(document, _schema(), format_checker=jsonschema.FormatChecker())
    with zipfile.ZipFile(files.archive) as zf:
        assert json.loads(zf.read("datenauskunft.json")) == document
        assert {"felder.csv", "consents.csv", "requests.csv", "history.csv"} <= set(zf.namelist())
        assert zf.read("felder.csv").startswith(b"\xef\xbb\xbf")
    by_label = {f["label"]: f for f in document["fields"]}
    assert by_label["Farbrezeptur"]["withheld"] is True
    assert by_label["Farbrezeptur"]["value"] is None
    assert by_label["Farbrezeptur"]["notice"] == TRADE_SECRET_NOTICE
    assert by_label["Allergien"]["health_data"] is True
    assert by_label["Allergien"]["value"] == "Nickel"
    assert by_label["Nachname"]["value"] == "Müller"


def test_schema_rejects_a_withheld_field_with_content() -> None:
    schema = _schema()
    field_schema = {**schema["$defs"]["field"], "$defs": schema["$defs"]}  # type: ignore[index]
    bad = {
        "key": "x",
        "label": "Farbrezeptur",
        "group": "custom",
        "type": "text",
        "value": "leak",
        "display": "leak",
        "withheld": True,
        "notice": TRADE_SECRET_NOTICE,
        "health_data": False,
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, field_schema)


def test_no_trade_secret_appears_in_any_byte_of_any_output(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    """Also not a merged duplicate's secrets: its file is in the report with its values."""
    app.privacy.set_trade_secret(salon.owner, "notes", True)
    c = _customer(app, salon, fields)
    duplicate = a_customer(
        app,
        salon.manager,
        last_name="Müller-Dublette",
        notes=MERGED_SECRET_NOTES,
        custom={fields.formula: MERGED_SECRET_FORMULA, fields.skin: MERGED_VISIBLE_MARKER},
    )
    keep = {
        k: "survivor"
        for k in app.customer_merge.preview(salon.owner, c.id, duplicate.id).suggested_choices()
    }
    app.customer_merge.merge(salon.owner, c.id, duplicate.id, keep)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    assert [m.customer_number for m in files.data.merged_files] == [duplicate.number]
    for path in files.paths:
        parts = _all_bytes(path)
        # The search can see values: the visible markers are found the same way.
        assert _contains(parts, VISIBLE_MARKER), path
        assert _contains(parts, MERGED_VISIBLE_MARKER), path
        for secret in (
            SECRET_FORMULA,
            SECRET_NOTES,
            "XQ7-Geheim",
            "ZK42",
            MERGED_SECRET_FORMULA,
            MERGED_SECRET_NOTES,
            "QW9-Geheim",
            "DB77",
        ):
            assert not _contains(parts, secret), (path, secret)
    pdf_text = _all_bytes(files.pdf)[-1].decode("utf-8")
    assert "Farbrezeptur" in pdf_text and "Betriebsgeheimnis" in pdf_text
    assert re.search(rf"Zusammengeführte Kundenakte Nr.\s{duplicate.number}", pdf_text)


def test_report_needs_the_requests_right(app: App, salon: Salon, tmp_path: Path) -> None:
    c = a_customer(app, salon.manager)
    out = tmp_path / "out"
    with pytest.raises(PermissionDenied):
        app.privacy.create_report(salon.front_desk, c.id, out_dir=out)
    assert not out.exists()


def test_report_for_a_request_is_attached_to_it(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    c = _customer(app, salon, fields)
    req = app.privacy.register_request(
        salon.manager, c.id, RequestInput(RequestKind.ACCESS, Channel.LETTER, dt.date(2026, 11, 2))
    )
    files = app.privacy.create_report(salon.manager, c.id, request_id=req.id, out_dir=tmp_path)
    stored = app.privacy.requests(salon.manager)[0]
    assert [f["name"] for f in stored.files] == [p.name for p in files.paths]
    assert files.data.request_received_on == dt.date(2026, 11, 2)


def _ledger_provider(rows: int):  # type: ignore[no-untyped-def]
    def provider(_s: Session, _customer: uuid.UUID, _location: uuid.UUID) -> ReportTable:
        return ReportTable(
            "vouchers",
            "Gutscheine",
            (("at", "Datum"), ("code", "Code"), ("kind", "Buchung"), ("amount", "Betrag")),
            tuple(
                {
                    "at": "24.11.2026",
                    "code": f"K7QF-{i:04d}",
                    "kind": "Einlösung",
                    "amount": "-1,00 €",
                }
                for i in range(rows)
            ),
        )

    return provider


def test_hostile_content_gives_a_correct_pdf(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    long_text = ("Größe Übermaß straße 😀👩‍👩‍👧 שלום עולם مرحبا بالعالم " * 600)[:14_000]
    unbroken = "x" * 5_999
    c = a_customer(
        app,
        salon.manager,
        first_name="Zoë 😀",
        last_name="Nguyễn-כהן",
        notes="Zeile 1\nZeile 2\n\tEingerückt <b>kein Markup</b> & Co.",
        custom={fields.skin: long_text + "\n" + unbroken},  # 20,000 characters
    )
    service = PrivacyService(
        app.uow, app.clock, tmp_path, [_ledger_provider(1000), *default_providers()]
    )
    files = service.create_report(salon.manager, c.id, out_dir=tmp_path)
    reader = PdfReader(str(files.pdf))
    pages = len(reader.pages)
    assert pages > 10
    texts = [page.extract_text() for page in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {pages}" in text
    joined = "\n".join(texts)
    assert "K7QF-0999" in joined and "<b>kein Markup</b>" in joined
    assert "Nguy" in joined and "Übermaß" in joined
    for page in reader.pages:  # nothing drawn outside the A4 media box
        assert float(page.mediabox.width) == pytest.approx(595.27, abs=0.1)


def test_report_with_health_values_needs_the_health_right_too(
    app: App, salon: Salon, fields: PrivacyFields, tmp_path: Path
) -> None:
    import dataclasses

    from belbo_desktop.domain.rights import Right

    c = _customer(app, salon, fields)
    no_health = dataclasses.replace(
        salon.manager, rights=salon.manager.rights - {Right.VIEW_HEALTH_DATA}
    )
    out = tmp_path / "out"
    with pytest.raises(PermissionDenied):
        app.privacy.create_report(no_health, c.id, out_dir=out)
    assert not out.exists()
