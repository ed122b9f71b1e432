"""CSV that Excel, LibreOffice and import tools read the same way.

UTF-8 with a byte-order mark (so Excel shows umlauts), RFC 4180 quoting, CRLF line
ends, ISO 8601 dates. Text that a spreadsheet would run as a formula gets an
apostrophe in front (OWASP CSV injection); see :func:`domain.export.neutralise`.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import IO, Any
from zoneinfo import ZoneInfo

from belbo_desktop.domain.export import FORMULA_TRIGGERS, CellKind

BERLIN = ZoneInfo("Europe/Berlin")
BOM = "\ufeff"
_TRIGGERS = frozenset(FORMULA_TRIGGERS)

Converter = Callable[[Any], str]


def _text(value: Any) -> str:
    text = str(value)
    return "'" + text if text and text[0] in _TRIGGERS else text


def _integer(value: Any) -> str:
    return str(value)


def _date(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _datetime(value: Any) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BERLIN)
        return value.isoformat(timespec="seconds")
    return _date(value)


def _bool_converter(yes: str, no: str) -> Converter:
    def convert(value: Any) -> str:
        if isinstance(value, str):
            return yes if value == "1" else no
        return yes if value else no

    return convert


def _decimal_converter(decimal_comma: bool) -> Converter:
    def convert(value: Any) -> str:
        text = str(value)
        try:
            Decimal(text)
        except InvalidOperation:
            return _text(text)
        return text.replace(".", ",") if decimal_comma else text

    return convert


def converters(kinds: Sequence[CellKind], *, delimiter: str, lang: str) -> list[Converter]:
    """One converter per column. German CSV (``;``) gets a decimal comma like German Excel."""
    yes, no = ("ja", "nein") if lang != "en" else ("yes", "no")
    table: dict[CellKind, Converter] = {
        CellKind.TEXT: _text,
        CellKind.LONG_TEXT: _text,
        CellKind.KEEP_TEXT: _text,
        CellKind.INTEGER: _integer,
        CellKind.DECIMAL: _decimal_converter(delimiter == ";"),
        CellKind.DATE: _date,
        CellKind.DATETIME: _datetime,
        CellKind.BOOL: _bool_converter(yes, no),
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
        self._buffer = _Utf8Buffer(stream)
        self._writer = csv.writer(
            self._buffer,
            delimiter=delimiter,
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
            lineterminator="\r\n",
        )
        self._convert = converters(kinds, delimiter=delimiter, lang=lang)
        self.rows_written = 0
        stream.write(BOM.encode("utf-8"))
        self._writer.writerow([_text(t) for t in titles])

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        convert = self._convert
        self._writer.writerows(
            ["" if v is None else c(v) for c, v in zip(convert, row, strict=True)] for row in rows
        )
        self._buffer.flush()

    def close(self) -> None:
        self._buffer.flush()


class _Utf8Buffer:
    """A text sink for ``csv.writer`` that encodes in large chunks, not per row."""

    def __init__(self, stream: IO[bytes], limit: int = 1 << 20) -> None:
        self._stream = stream
        self._parts: list[str] = []
        self._size = 0
        self._limit = limit

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._limit:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            self._stream.write("".join(self._parts).encode("utf-8"))
            self._parts.clear()
            self._size = 0
