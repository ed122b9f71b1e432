"""The readable Datenauskunft (Art. 15 DSGVO) as a PDF in German.

Robust against what customers and salons type: any length (a 20,000-character text
flows over as many pages as it needs), umlauts, emoji (characters the embedded font
cannot draw become a visible replacement mark instead of vanishing) and right-to-left
scripts (Arabic letters joined, then reordered for display). Every page says "Seite N von M".
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from belbo_desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from belbo_desktop.domain.privacy import (
    HEALTH_NOTICE,
    MERGED_FILE_NOTICE,
    TRADE_SECRET_NOTICE,
    MergedFileReport,
    ReportData,
    ReportField,
    ReportTable,
)

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
LONG_VALUE = 400  # characters; longer values get their own block instead of a table cell
REPLACEMENT = "\ufffd"
BERLIN = ZoneInfo("Europe/Berlin")
ACCENT = colors.HexColor("#2f5d62")
LIGHT = colors.HexColor("#eef3f3")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13,
        alignment=TA_LEFT,
        splitLongWords=True,
        wordWrap=None,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_b": ParagraphStyle("cell_b", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
        "note": ParagraphStyle(
            "note", parent=base, fontName=ITALIC, fontSize=8.5, leading=11, textColor=colors.grey
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=22, spaceAfter=4
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            keepWithNext=1,
        ),
    }


@cache
def _drawable() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph.keys())


def safe_text(value: str) -> str:
    """Text the PDF can show: Arabic letters joined, RTL runs in visual order, and every
    character the embedded font lacks replaced by a visible mark."""
    directions = {unicodedata.bidirectional(ch) for ch in value}
    text = value
    if "AL" in directions:
        text = arabic_reshaper.reshape(text)  # joined letter forms; PDFs have no shaping
    text = _drawable_only(text)
    if directions & {"R", "AL"}:
        text = _drawable_only("\n".join(get_display(line) for line in text.split("\n")))
    return text


def _drawable_only(text: str) -> str:
    drawable = _drawable()
    chars = []
    for ch in text:
        if ch in "\n\t" or ord(ch) in drawable:
            chars.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Cf", "Cc") or ch == "\ufe0f":
            continue  # joiners, variation selectors, controls: nothing to draw
        else:
            chars.append(REPLACEMENT)
    return "".join(chars)


def _p(value: str, style: str = "body") -> Paragraph:
    markup = escape(safe_text(value)).replace("\t", "    ").replace("\n", "<br/>")
    return Paragraph(markup, _styles()[style])


def _markup(markup: str, style: str = "body") -> Paragraph:
    """A paragraph from trusted markup (our own text with <b>, <i>)."""
    return Paragraph(markup, _styles()[style])


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Draws header and "Seite N von M" once the page count is known."""

    def __init__(self, *args: Any, header: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._states: list[dict[str, Any]] = []
        self._header = header

    def showPage(self) -> None:
        self._states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._states)
        for state in self._states:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 7.5)
        self.setFillColor(colors.grey)
        self.drawString(MARGIN, PAGE_H - 11 * mm, self._header)
        self.drawRightString(PAGE_W - MARGIN, 10 * mm, f"Seite {self._pageNumber} von {total}")
        self.drawString(MARGIN, 10 * mm, "Auskunft nach Art. 15 DSGVO – vertraulich")
        self.setStrokeColor(LIGHT)
        self.line(MARGIN, PAGE_H - 12.5 * mm, PAGE_W - MARGIN, PAGE_H - 12.5 * mm)
        self.restoreState()


def _kv_table(rows: list[tuple[Flowable, Flowable]]) -> LongTable:
    table = LongTable(
        [list(r) for r in rows], colWidths=[BODY_W * 0.32, BODY_W * 0.68], repeatRows=0
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _field_label(f: ReportField) -> str:
    return f.label + (" *" if f.health_data else "")


def _field_blocks(fields: list[ReportField]) -> list[Flowable]:
    """Short values in a two-column table; long ones as their own flowing block."""
    out: list[Flowable] = []
    pending: list[tuple[Flowable, Flowable]] = []

    def flush() -> None:
        if pending:
            out.append(_kv_table(list(pending)))
            pending.clear()

    for f in fields:
        if f.withheld:
            pending.append((_p(_field_label(f), "cell_b"), _p(TRADE_SECRET_NOTICE, "note")))
        elif f.display is None:
            pending.append((_p(_field_label(f), "cell_b"), _p("–", "cell")))
        elif len(f.display) <= LONG_VALUE and f.display.count("\n") < 6:
            pending.append((_p(_field_label(f), "cell_b"), _p(f.display, "cell")))
        else:
            flush()
            out.append(_p(_field_label(f), "h3"))
            out.append(_p(f.display, "body"))  # a Paragraph splits across pages
            out.append(Spacer(1, 4))
    flush()
    return out


LONG_CELL = 120  # characters; a column holding longer texts gets a full-width line


def _data_table(table: ReportTable, heading: str = "h2") -> list[Flowable]:
    """A category as a table. Columns with long texts (a consent's wording) are not
    squeezed into a narrow column: each such text gets a full-width line under its row."""
    out: list[Flowable] = [_p(table.title, heading)]
    if table.description:
        out.append(_p(table.description, "small"))
        out.append(Spacer(1, 3))
    if not table.rows:
        out.append(_p("Keine Einträge.", "note"))
        return out
    long_keys = (
        {k for k, _ in table.columns if any(len(str(r.get(k, ""))) > LONG_CELL for r in table.rows)}
        if len(table.columns) > 3
        else set()
    )
    grid = replace(table, columns=tuple(c for c in table.columns if c[0] not in long_keys))
    widths = _column_widths(grid)
    header = [_p(title, "cell_b") for _, title in grid.columns]
    rows: list[list[object]] = [header]
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), REGULAR, 8.5, 11),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in table.rows:
        rows.append(
            [
                _cell(str(row.get(k, "")), width - 6)
                for (k, _), width in zip(grid.columns, widths, strict=True)
            ]
        )
        for key, title in table.columns:
            if key not in long_keys or not str(row.get(key, "")):
                continue
            # A table row never splits across pages: very long texts take several rows.
            for part in _pieces(f"{title}: {row.get(key, '')}"):
                style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                style.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 0))
                rows.append([_p(part, "small"), *[""] * (len(widths) - 1)])
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, LIGHT))
    t = LongTable(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    out.append(t)
    return out


def _pieces(text: str, size: int = 1500) -> list[str]:
    """Cut a long text at spaces into parts of about ``size`` characters."""
    parts = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        parts.append(text[:cut])
        text = text[cut:].lstrip(" ")
    parts.append(text)
    return parts


def _cell(value: str, room: float) -> str | Paragraph:
    """A plain string where it fits on one line (ten times faster to lay out)."""
    text, width = _measured(value)
    if "\n" not in text and width <= room:
        return text
    return _p(value, "cell")


@lru_cache(maxsize=4096)
def _measured(value: str) -> tuple[str, float]:
    """Ledger columns repeat the same few texts ("Einlösung", "-1,00 €") a thousand times."""
    text = safe_text(value)
    return text, pdfmetrics.stringWidth(text, REGULAR, 8.5)


def _column_widths(table: ReportTable) -> list[float]:
    """Each column gets its longest word; the rest of the width goes by how much more
    each column's text would like (a browser's auto table layout, simplified)."""
    register_fonts()
    pad = 8.0
    sample = table.rows[:200]
    natural, minimum = [], []
    for key, title in table.columns:
        texts = [title] + [str(r.get(key, "")) for r in sample]
        widest_text = max(pdfmetrics.stringWidth(t[:300], REGULAR, 8.5) for t in texts)
        natural.append(min(widest_text, BODY_W * 0.5) + pad)
        words = [w for t in texts for w in t.split()[:60]]
        widest = max((pdfmetrics.stringWidth(w, BOLD, 8.5) for w in words), default=20.0)
        minimum.append(min(widest + pad, BODY_W * 0.25))
    if sum(natural) <= BODY_W:
        widths = natural
    else:
        extra = max(0.0, BODY_W - sum(minimum))
        excess = [max(0.0, n - m) for n, m in zip(natural, minimum, strict=True)]
        total = sum(excess) or 1.0
        widths = [m + extra * e / total for m, e in zip(minimum, excess, strict=True)]
    scale = BODY_W / sum(widths)
    return [w * scale for w in widths]


def build_story(data: ReportData) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = []
    story.append(_markup("Auskunft über Ihre gespeicherten Daten", "title"))
    story.append(_p(f"nach Art. 15 DSGVO für {data.customer_name}", "subtitle"))
    story.append(Spacer(1, 8))
    generated = data.generated_at.astimezone(BERLIN)
    meta: list[tuple[Flowable, Flowable]] = [
        (_p("Verantwortlicher", "cell_b"), _p("\n".join(data.controller.address_lines), "cell")),
    ]
    contact = [
        x for x in (data.controller.phone, data.controller.email, data.controller.website) if x
    ]
    if contact:
        meta.append((_p("Kontakt", "cell_b"), _p(" · ".join(contact), "cell")))
    meta.append((_p("Kundennummer", "cell_b"), _p(str(data.customer_number), "cell")))
    meta.append(
        (_p("Stand der Auskunft", "cell_b"), _p(generated.strftime("%d.%m.%Y, %H:%M Uhr"), "cell"))
    )
    if data.request_received_on:
        meta.append(
            (
                _p("Ihre Anfrage vom", "cell_b"),
                _p(data.request_received_on.strftime("%d.%m.%Y"), "cell"),
            )
        )
    story.append(_kv_table(meta))
    story.append(Spacer(1, 6))
    story.append(
        _p(
            "Sie haben uns gefragt, welche Daten wir über Sie speichern. Auf den folgenden "
            "Seiten finden Sie alle Angaben, nach Kategorien geordnet, und die Informationen "
            "nach Art. 15 Abs. 1 DSGVO. Eine maschinenlesbare Kopie (JSON und CSV) erhalten "
            "Sie auf Wunsch zusätzlich (Art. 20 DSGVO).",
            "body",
        )
    )
    if data.merged_files:
        numbers = ", ".join(f"Nr.\u00a0{m.customer_number}" for m in data.merged_files)
        story.append(Spacer(1, 4))
        story.append(
            _p(
                "Mit Ihrer Kundenakte wurden weitere Akten zusammengeführt, die dieselbe "
                f"Person betreffen ({numbers}). Ihre Angaben stehen in eigenen Abschnitten.",
                "body",
            )
        )
    story.append(_p("1. Stammdaten", "h2"))
    story.extend(_custom_and_master(data.fields, "h2", first=2))
    for number, table in enumerate(data.tables, start=3):
        story.extend(_data_table(_numbered(table, number)))
    section = 3 + len(data.tables)
    for merged in data.merged_files:
        story.extend(_merged_section(merged, section, data.customer_number))
        section += 1
    withheld = data.all_withheld_labels
    if withheld:
        story.append(_p(f"{section}. Als Betriebsgeheimnis zurückgehaltene Inhalte", "h2"))
        story.append(
            _p(
                "Die folgenden Felder werden über Sie geführt. Ihr Inhalt ist "
                "leistungsbezogen, identifiziert Sie nicht und wird als Betriebsgeheimnis "
                "nicht herausgegeben (Art. 15 Abs. 4 DSGVO, Erwägungsgrund 63): "
                + ", ".join(withheld)
                + ".",
                "body",
            )
        )
        section += 1
    story.append(_p(f"{section}. Informationen zur Verarbeitung", "h2"))
    for title, text in data.information:
        story.append(KeepTogether([_p(title, "h3"), _p(text, "body")]))
    story.append(Spacer(1, 10))
    story.append(
        Paragraph(
            escape(
                "Bei Fragen zu dieser Auskunft wenden Sie sich bitte an "
                + (data.controller.email or data.controller.phone or data.controller.name)
                + "."
            ),
            st["small"],
        )
    )
    return story


def _custom_and_master(
    fields: tuple[ReportField, ...], heading: str, *, first: int | None = None
) -> list[Flowable]:
    """The master data blocks, then the custom fields under their own heading
    ("2. Kundenfelder" for the subject, "Kundenfelder" inside a merged file)."""
    master = [f for f in fields if f.group == "master"]
    custom = [f for f in fields if f.group == "custom"]
    out = _field_blocks(master)
    title = "Kundenfelder" if first is None else f"{first}. Kundenfelder"
    out.append(_p(title, heading))
    if custom:
        out.extend(_field_blocks(custom))
        if any(f.health_data for f in custom):
            out.append(Spacer(1, 2))
            out.append(_p(f"* {HEALTH_NOTICE}", "small"))
    else:
        out.append(_p("Keine Einträge.", "note"))
    return out


def _merged_section(merged: MergedFileReport, number: int, survivor: int) -> list[Flowable]:
    """One merged file: its own master data, custom fields and history, clearly labelled."""
    title = merged.title(BERLIN).replace("Nr. ", "Nr.\u00a0")  # the number stays with "Nr."
    out: list[Flowable] = [_p(f"{number}. {title}", "h2")]
    into = merged.merged_into_number
    notice = MERGED_FILE_NOTICE.format(survivor=survivor)
    if into != survivor:
        notice += f" Sie wurde zunächst mit der Akte Nr. {into} zusammengeführt."
    out.append(_p(notice, "small"))
    out.append(Spacer(1, 3))
    out.append(_p("Stammdaten", "h3"))
    out.extend(_custom_and_master(merged.fields, "h3"))
    out.extend(_data_table(merged.history, "h3"))
    return out


def _numbered(table: ReportTable, number: int) -> ReportTable:
    return replace(table, title=f"{number}. {table.title}")


def render(data: ReportData) -> bytes:
    """The PDF as bytes."""
    import io

    register_fonts()
    buffer = io.BytesIO()
    header = safe_text(
        f"{data.controller.name} · Datenauskunft Kundennummer {data.customer_number}"
    )
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Datenauskunft {data.customer_number}",
        author=data.controller.name,
        subject="Auskunft nach Art. 15 DSGVO",
        creator="Belbo Desktop",
    )
    doc.build(
        build_story(data),
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, header=header, **k),
    )
    return buffer.getvalue()


def write_report(data: ReportData, target: Path) -> Path:
    """Write atomically: a crash never leaves a half-written PDF under the final name."""
    content = render(data)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("wb") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def sample_report_data() -> ReportData:
    """A made-up but complete report: for ``--screenshots`` and for looking at the layout."""
    import datetime as dt

    from belbo_desktop.domain.privacy import Controller

    long_note = (
        "Kundin wünscht ruhige Termine am Vormittag. Kopfhaut empfindlich, daher milde "
        "Produkte. Letzte Behandlung gut vertragen; nächstes Mal Pflegekur anbieten. "
    ) * 25
    fields = (
        ReportField("number", "Kundennummer", "master", "builtin", "10427", "10427"),
        ReportField("first_name", "Vorname", "master", "builtin", "Zoë", "Zoë"),
        ReportField(
            "last_name",
            "Nachname",
            "master",
            "builtin",
            "Müller-Lüdenscheidt",
            "Müller-Lüdenscheidt",
        ),
        ReportField("email", "E-Mail", "master", "builtin", "zoe@beispiel.de", "zoe@beispiel.de"),
        ReportField("phone", "Telefon", "master", "builtin", "+4917612345678", "0176 12345678"),
        ReportField("birthday", "Geburtstag", "master", "builtin", "1988-03-14", "14.03.1988"),
        ReportField("notes", "Notizen", "master", "builtin", None, None, withheld=True),
        ReportField("haartyp", "Haartyp", "custom", "choice", "lockig", "lockig"),
        ReportField("farbe", "Farbrezeptur", "custom", "text", None, None, withheld=True),
        ReportField(
            "allergien",
            "Allergien",
            "custom",
            "long_text",
            "Nickel, PPD",
            "Nickel, PPD",
            False,
            True,
        ),
        ReportField("haut", "Hautbildanalyse", "custom", "long_text", None, None, withheld=True),
        ReportField(
            "verlauf", "Behandlungsverlauf 😀 (עברית)", "custom", "long_text", long_note, long_note
        ),
    )
    ledger = tuple(
        {
            "at": f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026",
            "code": f"•••••-•••••-X4T{i:02d}",
            "kind": "Verkauf" if i == 0 else "Einlösung",
            "amount": "50,00 €" if i == 0 else "-1,00 €",
            "balance": f"{50 - i:d},00 €",
        }
        for i in range(40)
    )
    tables = (
        ReportTable(
            "vouchers",
            "Gutscheine und Buchungen",
            (
                ("at", "Datum"),
                ("code", "Gutschein"),
                ("kind", "Buchung"),
                ("amount", "Betrag"),
                ("balance", "Restwert"),
            ),
            ledger,
        ),
        ReportTable(
            "consents",
            "Einwilligungen",
            (
                ("kind", "Art"),
                ("given_at", "Erteilt am"),
                ("withdrawn_at", "Widerrufen am"),
                ("text_version", "Textfassung"),
            ),
            (
                {
                    "kind": "Gesundheitsdaten (Art. 9 DSGVO)",
                    "given_at": "02.05.2025, 10:12",
                    "withdrawn_at": "",
                    "text_version": "2026-11-1",
                },
            ),
        ),
        ReportTable(
            "requests",
            "Ihre Anfragen zum Datenschutz",
            (("kind", "Anliegen"), ("received_on", "Eingegangen")),
            (),
        ),
    )
    merged = MergedFileReport(
        "01936f5e-0000-7000-8000-000000000002",
        10116,
        "Zoe Müller",
        dt.datetime(2026, 3, 12, 14, 5, tzinfo=dt.UTC),
        10427,
        (
            ReportField("number", "Kundennummer", "master", "builtin", "10116", "10116"),
            ReportField("first_name", "Vorname", "master", "builtin", "Zoe", "Zoe"),
            ReportField("last_name", "Nachname", "master", "builtin", "Müller", "Müller"),
            ReportField(
                "email", "E-Mail", "master", "builtin", "zoe.m@beispiel.de", "zoe.m@beispiel.de"
            ),
            ReportField("phone", "Telefon", "master", "builtin", None, None),
            ReportField(
                "street", "Straße", "master", "builtin", "Kastanienallee 7", "Kastanienallee 7"
            ),
            ReportField("notes", "Notizen", "master", "builtin", None, None, withheld=True),
            ReportField("haartyp", "Haartyp", "custom", "choice", "glatt", "glatt"),
            ReportField("farbe", "Farbrezeptur", "custom", "text", None, None, withheld=True),
            ReportField(
                "allergien", "Allergien", "custom", "long_text", "Nickel", "Nickel", False, True
            ),
        ),
        ReportTable(
            "history",
            "Verarbeitungsprotokoll",
            (("at", "Zeitpunkt"), ("action", "Vorgang")),
            (
                {"at": "04.02.2024, 10:31", "action": "Kundenakte angelegt"},
                {"at": "18.06.2025, 16:02", "action": "Kundenakte geändert"},
                {"at": "12.03.2026, 15:05", "action": "Mit anderer Kundenakte zusammengeführt"},
            ),
            "Wann diese Kundenakte angelegt, geändert oder eingesehen wurde.",
        ),
    )
    return ReportData(
        dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC),
        Controller(
            "Salon Krüger Haar & Haut GmbH",
            ("Salon Krüger Haar & Haut GmbH", "Schönhauser Allee 112", "10437 Berlin"),
            "+49 30 1234567",
            "info@salon-kruger.example",
            "www.salon-kruger.example",
        ),
        "01936f5e-0000-7000-8000-000000000001",
        10427,
        "Zoë Müller-Lüdenscheidt",
        fields,
        tables,
        request_received_on=dt.date(2026, 11, 20),
        merged_files=(merged,),
    )


def write_sample_report(folder: Path) -> Path:
    """Write ``Datenauskunft_Beispiel.pdf`` into ``folder`` (the ``--screenshots`` mode)."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_report(sample_report_data(), folder / "Datenauskunft_Beispiel.pdf")
