"""Merged customer files in the Datenauskunft and in the erasure.

A merged duplicate stays archived with its own master data, custom values and history;
Art. 15 needs all of it in the survivor's report, and Art. 17 erases it with the
survivor.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import sqlite3
import uuid
import zipfile
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.domain.privacy import TRADE_SECRET_NOTICE, ConsentKind
from belbo_desktop.domain.rights import Right
from belbo_desktop.resources import resource
from belbo_desktop.services.customers import CustomerDetail, CustomerQuery
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.storage.orm import AuditEntry, Customer, CustomerErasure, CustomFieldValue
from belbo_desktop.storage.orm.sales import Sale
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.privacy.conftest import PrivacyFields
from tests.unit.services.test_customer_merge import Catalogue, catalogue, sell  # noqa: F401

DUP_FORMULA = "Dublettenformel-HX4 12/0 geheim"
DUP_NOTES = "Dublettennotiz-PL9 intern"


def _schema() -> dict[str, object]:
    return json.loads(resource("schemas", "data-access-v1.schema.json").read_text("utf-8"))


def _merge(app: App, salon: Salon, survivor: uuid.UUID, duplicate: uuid.UUID) -> None:
    """Merge keeping every value of the survivor, so the duplicate's stay only on it."""
    preview = app.customer_merge.preview(salon.owner, survivor, duplicate)
    keep = {key: "survivor" for key in preview.suggested_choices()}
    app.customer_merge.merge(salon.owner, survivor, duplicate, keep)


def _duplicate(app: App, salon: Salon, fields: PrivacyFields, **extra: object) -> CustomerDetail:
    values: dict[str, object] = dict(
        first_name="Anni",
        last_name="Quappe",
        email="anni.quappe@alt.example",
        notes=DUP_NOTES,
        custom={fields.formula: DUP_FORMULA, fields.skin: "Mischhaut laut Altakte"},
    )
    values.update(extra)
    d = a_customer(app, salon.manager, **values)
    app.privacy.give_consent(salon.manager, d.id, ConsentKind.HEALTH_DATA)
    data = d.to_input()
    data.custom = {**data.custom, fields.allergies: "Latex"}
    app.customers.update(salon.manager, d.id, data)
    return d


@pytest.fixture
def merged(
    app: App, salon: Salon, fields: PrivacyFields, clock: FixedClock
) -> tuple[CustomerDetail, CustomerDetail]:
    """Anna Quappe (survivor, no health value) and her old file Anni Quappe, merged."""
    app.privacy.set_trade_secret(salon.owner, "notes", True)
    survivor = a_customer(
        app, salon.manager, first_name="Anna", last_name="Quappe", email="anna@neu.example"
    )
    duplicate = _duplicate(app, salon, fields)
    clock.advance(days=2)
    _merge(app, salon, survivor.id, duplicate.id)
    return survivor, duplicate


# --- the report --------------------------------------------------------------------------


def test_the_report_has_a_labelled_section_per_merged_file_in_every_format(
    app: App,
    salon: Salon,
    fields: PrivacyFields,
    merged: tuple[CustomerDetail, CustomerDetail],
    tmp_path: Path,
) -> None:
    survivor, duplicate = merged
    files = app.privacy.create_report(salon.manager, survivor.id, out_dir=tmp_path)
    title = f"Zusammengeführte Kundenakte Nr. {duplicate.number} (zusammengeführt am 26.11.2026)"

    document = json.loads(files.json.read_text("utf-8"))
    jsonschema.validate(document, _schema(), format_checker=jsonschema.FormatChecker())
    [section] = document["merged_files"]
    assert section["title"] == title
    assert section["customer_number"] == duplicate.number
    assert section["customer_id"] == str(duplicate.id)
    assert section["merged_into_customer_number"] == survivor.number
    assert section["merged_at"].startswith("2026-11-26T09:30")
    by_label = {f["label"]: f for f in section["fields"]}
    assert by_label["E-Mail"]["value"] == "anni.quappe@alt.example"
    assert by_label["Vorname"]["value"] == "Anni"
    assert by_label["Hautbildanalyse"]["value"] == "Mischhaut laut Altakte"
    # trade secrets withheld exactly as in the survivor's own fields
    for key in ("Farbrezeptur", "Notizen"):
        assert by_label[key]["withheld"] is True
        assert by_label[key]["value"] is None and by_label[key]["display"] is None
        assert by_label[key]["notice"] == TRADE_SECRET_NOTICE
    # health data shown like the survivor's, marked as such
    assert by_label["Allergien"] == {**by_label["Allergien"], "value": "Latex", "health_data": True}
    actions = [row["action"] for row in section["history"]["rows"]]
    assert actions[0] == "Kundenakte angelegt"
    assert "Einwilligung erfasst" in actions
    assert actions[-1] == "Mit anderer Kundenakte zusammengeführt"
    survivor_history = next(t for t in document["tables"] if t["key"] == "history")
    assert "Andere Kundenakte hierher zusammengeführt" in [
        r["action"] for r in survivor_history["rows"]
    ]

    pdf_text = " ".join(page.extract_text() for page in PdfReader(files.pdf).pages)
    pdf_text = re.sub(r"\s+", " ", pdf_text)
    assert title in pdf_text
    assert "anni.quappe@alt.example" in pdf_text and "Latex" in pdf_text
    assert "Mit anderer Kundenakte zusammengeführt" in pdf_text
    pages = len(PdfReader(files.pdf).pages)
    assert f"Seite {pages} von {pages}" in pdf_text

    with zipfile.ZipFile(files.archive) as zf:
        assert json.loads(zf.read("datenauskunft.json")) == document
        prefix = f"zusammengefuehrt_{duplicate.number}_"
        felder = zf.read(prefix + "felder.csv")
        history = zf.read(prefix + "history.csv").decode("utf-8-sig")
        readme = zf.read("LIESMICH.txt").decode("utf-8")
    assert felder.startswith(b"\xef\xbb\xbf")
    text = felder.decode("utf-8-sig")
    assert "anni.quappe@alt.example" in text and "Latex" in text
    assert "Farbrezeptur" in text and DUP_FORMULA not in text and "HX4" not in text
    assert "Mit anderer Kundenakte zusammengeführt" in history
    assert "merged_files" in readme

    entry = app.audit.entries(salon.owner, action="data_access_report")[0]
    [audited] = entry.details["merged_files"]
    assert audited["number"] == duplicate.number
    assert set(audited["withheld"]) == {"notes", fields.formula}
    assert audited["health_fields"] == [fields.allergies]


def test_a_report_without_merged_files_is_what_version_1_always_was(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    """Readers of the first published schema (without merged_files) still accept it."""
    c = a_customer(app, salon.manager)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    document = json.loads(files.json.read_text("utf-8"))
    assert "merged_files" not in document
    original = copy.deepcopy(_schema())
    del original["properties"]["merged_files"]  # type: ignore[index]
    del original["$defs"]["merged_file"]  # type: ignore[index]
    jsonschema.validate(document, original, format_checker=jsonschema.FormatChecker())
    with zipfile.ZipFile(files.archive) as zf:
        assert not [n for n in zf.namelist() if n.startswith("zusammengefuehrt_")]


def test_files_merged_in_a_chain_are_all_in_the_report(
    app: App, salon: Salon, fields: PrivacyFields, clock: FixedClock, tmp_path: Path
) -> None:
    """Two offline merges can leave C -> B -> A; A's report follows the link through B."""
    a = a_customer(app, salon.manager, first_name="Anna", last_name="Kette")
    b = a_customer(app, salon.manager, first_name="Anne", last_name="Kette")
    c = a_customer(app, salon.manager, first_name="Ann", last_name="Kette", email="ann@c.example")
    _merge(app, salon, b.id, c.id)
    clock.advance(days=1)
    _merge(app, salon, a.id, b.id)
    with app.uow.write() as s:  # what the second PC's merge left before it learnt of B's
        s.execute(update(Customer).where(Customer.id == c.id).values(merged_into_id=b.id))
    data = app.privacy.report_data(salon.manager, a.id)
    assert [(m.customer_number, m.merged_into_number) for m in data.merged_files] == [
        (c.number, b.number),
        (b.number, a.number),
    ]
    files = app.privacy.create_report(salon.manager, a.id, out_dir=tmp_path)
    document = json.loads(files.json.read_text("utf-8"))
    jsonschema.validate(document, _schema(), format_checker=jsonschema.FormatChecker())
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(files.pdf).pages))
    assert f"Zusammengeführte Kundenakte Nr. {c.number}" in text
    assert f"Zusammengeführte Kundenakte Nr. {b.number}" in text
    assert f"zunächst mit der Akte Nr. {b.number} zusammengeführt" in text
    assert "ann@c.example" in text


def test_a_merged_health_value_needs_the_health_right_like_the_survivors_own(
    app: App,
    salon: Salon,
    merged: tuple[CustomerDetail, CustomerDetail],
    tmp_path: Path,
) -> None:
    survivor, _duplicate = merged
    no_health = dataclasses.replace(
        salon.manager, rights=salon.manager.rights - {Right.VIEW_HEALTH_DATA}
    )
    with app.uow.read() as s:  # the survivor itself holds no health value
        assert not s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == survivor.id)
        ).all()
    out = tmp_path / "out"
    with pytest.raises(PermissionDenied):
        app.privacy.create_report(no_health, survivor.id, out_dir=out)
    with pytest.raises(PermissionDenied):
        app.privacy.report_data(no_health, survivor.id)
    assert not out.exists()
    assert not app.audit.entries(salon.owner, action="data_access_report")


def test_the_report_of_a_merged_file_itself_is_refused_with_the_survivors_number(
    app: App,
    salon: Salon,
    merged: tuple[CustomerDetail, CustomerDetail],
    tmp_path: Path,
) -> None:
    survivor, duplicate = merged
    out = tmp_path / "out"
    with pytest.raises(ValidationError) as err:
        app.privacy.create_report(salon.manager, duplicate.id, out_dir=out)
    message = err.value.errors["customer"]
    assert f"Nr. {duplicate.number}" in message.text()
    assert f"file no. {survivor.number}" in message.text("en")
    assert not out.exists()
    assert not app.audit.entries(salon.owner, action="data_access_report")


# --- erasure -----------------------------------------------------------------------------


def test_erasing_the_survivor_anonymises_the_merged_file_in_the_same_transaction(
    app: App,
    salon: Salon,
    fields: PrivacyFields,
    merged: tuple[CustomerDetail, CustomerDetail],
) -> None:
    survivor, duplicate = merged
    old_reports = app.privacy.create_report(salon.manager, survivor.id)
    # a report made from the duplicate before it was merged (the file name has its number)
    folder = old_reports.pdf.parent
    before_merge = folder / f"Datenauskunft_{duplicate.number}_2026-11-20.pdf"
    before_merge.write_bytes(b"%PDF alt")
    assert app.customers.count(salon.owner, CustomerQuery("Anni", include_archived=True)) == 0

    result = app.privacy.erase(
        salon.manager, survivor.id, reason="Löschwunsch", confirmation=str(survivor.number)
    )

    assert result.merged_numbers == (duplicate.number,)
    assert result.values_removed == 3  # the duplicate's formula, skin and allergies
    with app.uow.read() as s:
        for cid in (survivor.id, duplicate.id):
            row = s.get(Customer, cid)
            assert row is not None and row.deleted_at is not None
            assert (row.first_name, row.last_name) == ("", "Gelöschter Kunde")
            assert (row.email, row.notes, row.phone) == (None, None, None)
            assert not s.scalars(
                select(CustomFieldValue).where(CustomFieldValue.customer_id == cid)
            ).all()
        erasures = s.scalars(select(CustomerErasure.customer_id)).all()
        assert set(erasures) == {survivor.id, duplicate.id}
        dup = s.get(Customer, duplicate.id)
        assert dup is not None and dup.merged_into_id == survivor.id  # the link is kept
    entries = app.audit.entries(salon.owner, action="customer_erased")
    by_target = {e.target_id: e for e in entries}
    assert set(by_target) == {str(survivor.id), str(duplicate.id)}
    assert by_target[str(survivor.id)].details["merged_files"] == [duplicate.number]
    assert by_target[str(duplicate.id)].details["merged_into"] == str(survivor.id)
    assert not any(p.exists() for p in old_reports.paths) and not before_merge.exists()

    app.uow.engine.dispose()
    con = sqlite3.connect(app.paths.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = app.paths.database.read_bytes()
    for gone in (b"anni.quappe@alt.example", DUP_FORMULA.encode(), DUP_NOTES.encode()):
        assert gone not in raw


def test_erasure_keeps_the_merged_files_receipts_for_tax_law(
    app: App,
    salon: Salon,
    fields: PrivacyFields,
    catalogue: Catalogue,  # noqa: F811
) -> None:
    survivor = a_customer(app, salon.manager, first_name="Berta", last_name="Beleg")
    duplicate = a_customer(app, salon.manager, first_name="Berta", last_name="Beleg", phone="")
    sale = sell(app, salon, duplicate.id, catalogue["Damenhaarschnitt"])
    _merge(app, salon, survivor.id, duplicate.id)
    app.privacy.erase(
        salon.manager, survivor.id, reason="Wunsch", confirmation=str(survivor.number)
    )
    with app.uow.read() as s:
        kept = s.get(Sale, sale.sale_id)
        assert kept is not None and kept.customer_id == duplicate.id
        assert kept.total_cents > 0


def test_a_merged_file_cannot_be_erased_on_its_own_and_nothing_changes(
    app: App,
    salon: Salon,
    merged: tuple[CustomerDetail, CustomerDetail],
) -> None:
    survivor, duplicate = merged
    with pytest.raises(ValidationError) as err:
        app.privacy.erase(
            salon.manager, duplicate.id, reason="Wunsch", confirmation=str(duplicate.number)
        )
    text = err.value.errors["customer"].text()
    assert f"Nr. {survivor.number} löschen" in text
    with app.uow.read() as s:
        row = s.get(Customer, duplicate.id)
        assert row is not None and row.deleted_at is None and row.first_name == "Anni"
        assert not s.scalars(select(CustomerErasure)).all()
    assert not app.audit.entries(salon.owner, action="customer_erased")


def test_a_wrong_confirmation_for_the_survivor_leaves_the_merged_file_untouched(
    app: App,
    salon: Salon,
    merged: tuple[CustomerDetail, CustomerDetail],
) -> None:
    survivor, duplicate = merged
    with pytest.raises(ValidationError) as err:
        app.privacy.erase(
            salon.manager, survivor.id, reason="Wunsch", confirmation=str(duplicate.number)
        )
    assert str(survivor.number) in err.value.errors["confirmation"].text()
    with app.uow.read() as s:
        for cid in (survivor.id, duplicate.id):
            row = s.get(Customer, cid)
            assert row is not None and row.deleted_at is None
        assert s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == duplicate.id)
        ).all()
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "customer_erased")).all()
