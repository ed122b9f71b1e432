"""CSV that Excel, LibreOffice and import tools read the same way.

UTF-8 with a byte-order mark (so Excel shows umlauts), RFC 4180 quoting, CRLF line
ends, ISO 8601 dates. Text that a spreadsheet would run as a formula gets an
apostrophe in front (OWASP CSV injection); see :func:`domain.export.neutralise`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any
from zoneinfo import ZoneInfo

from belbo_desktop.domain.export import FORMULA_TRIGGERS, CellKind

BERLIN = ZoneInfo("Europe/Berlin")
BOM = "\ufeff"
_TRIGGERS = frozenset(FORMULA_TRIGGERS)

Converter = Callable[[Any], str]
ColumnConverter = Callable[[Sequence[Any]], Sequence[Any]]

#: A formula trigger right after a value separator (see :func:`_neutralise_column`).
_RISKY = re.compile("\x00[" + re.escape("".join(FORMULA_TRIGGERS)) + "]")


def _text(value: Any) -> str:
    text = str(value)
    return "'" + text if text and text[0] in _TRIGGERS else text


def _neutralise_column(column: Sequence[Any]) -> Sequence[Any]:
    """Most columns hold no formula-like value: one regex scan over the joined column
    finds out, so the per-cell work is only done for columns that need it."""
    if not _RISKY.search("\x00" + "\x00".join(map(str, column))):
        return column
    return [_text(v) if v is not None else None for v in column]


def _datetime(value: Any) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BERLIN)
        return str(value.isoformat(timespec="seconds"))
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _datetime_column(memo: dict[Any, str]) -> ColumnConverter:
    """Moments in Berlin time. ``memo`` is shared by the writer's date-time columns for
    one batch: "changed on" usually equals "created on", and each is converted once."""

    def convert(column: Sequence[Any]) -> Sequence[Any]:
        berlin = BERLIN
        out: list[Any] = []
        append = out.append
        for v in column:
            if v is None:
                append(None)
                continue
            text = memo.get(v)
            if text is None:
                text = (
                    v.astimezone(berlin).isoformat(timespec="seconds")
                    if type(v) is dt.datetime and v.tzinfo is not None
                    else _datetime(v)
                )
                memo[v] = text
            append(text)
        return out

    return convert


def _bool_column(yes: str, no: str) -> ColumnConverter:
    def convert(column: Sequence[Any]) -> Sequence[Any]:
        return [
            None
            if v is None or v == ""
            else (yes if (v == "1" if isinstance(v, str) else v) else no)
            for v in column
        ]

    return convert


def _decimal_comma_column(column: Sequence[Any]) -> Sequence[Any]:
    """German Excel reads "42,5" as a number; stored values are canonical ("42.5")."""
    return [None if v is None else str(v).replace(".", ",") for v in column]


def converters(
    kinds: Sequence[CellKind], *, delimiter: str, lang: str, memo: dict[Any, str] | None = None
) -> list[ColumnConverter | None]:
    """One converter per column, or None where the csv module's ``str()`` is already right
    (integers; dates, whose ``str()`` is ISO 8601)."""
    yes, no = ("ja", "nein") if lang != "en" else ("yes", "no")
    memo = {} if memo is None else memo
    table: dict[CellKind, ColumnConverter | None] = {
        CellKind.TEXT: _neutralise_column,
        CellKind.LONG_TEXT: _neutralise_column,
        CellKind.KEEP_TEXT: _neutralise_column,
        CellKind.INTEGER: None,
        CellKind.DECIMAL: _decimal_comma_column if delimiter == ";" else None,
        CellKind.DATE: None,
        CellKind.DATETIME: _datetime_column(memo),
        CellKind.BOOL: _bool_column(yes, no),
    }
    return [table[k] for k in kinds]


class CsvWriter:
    """Writes a header and rows of raw values (str, int, date, datetime, bool, None).

    ``stream`` is a binary file; the writer encodes UTF-8 itself and adds the BOM.
    """

    def __init__(
        self,
        stream: IO[bytes],
        titles: Sequence[str],
        kinds: Sequence[CellKind],
        *,
        delimiter: str = ";",
        lang: str = "de",
    ) -> None:
        if delimiter not in (";", ","):
            raise ValueError(delimiter)
        self._stream = stream
        self._buffer = io.StringIO()
        self._writer = csv.writer(
            self._buffer,
            delimiter=delimiter,
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
            lineterminator="\r\n",
        )
        self._memo: dict[Any, str] = {}
        self._convert = converters(kinds, delimiter=delimiter, lang=lang, memo=self._memo)
        self.rows_written = 0
        self._buffer.write(BOM)
        self._writer.writerow([_text(t) for t in titles])
        self._flush()

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Convert column by column (transposed with ``zip``), then let ``csv`` write."""
        batch = rows if isinstance(rows, list) else list(rows)
        if not batch:
            return
        columns: list[Sequence[Any]] = list(zip(*batch, strict=True))
        for i, convert in enumerate(self._convert):
            if convert is not None:
                columns[i] = convert(columns[i])
        self._memo.clear()  # memory stays flat: the memo lives for one batch
        self._writer.writerows(zip(*columns, strict=True))
        self.rows_written += len(batch)
        self._flush()

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        """Encode a whole batch at once: one C-level buffer, one write to the file."""
        text = self._buffer.getvalue()
        if text:
            self._stream.write(text.encode("utf-8"))
            self._buffer.seek(0)
            self._buffer.truncate()
