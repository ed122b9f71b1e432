"""What the confirmation and download links are made of: the address they point to, their
tokens (256 random bits, stored only hashed), and what a page shows or hands out;
opening a link is ``link_access``."""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.services.ports import RandomSource

BASE_URL_SETTING = "export.base_url"
DEFAULT_PORT = 47615
DEFAULT_BASE_URL = f"http://127.0.0.1:{DEFAULT_PORT}"
CONFIRM_PATH = "/export/confirm/"
DOWNLOAD_PATH = "/export/download/"


class ExportLinkError(BelboError):
    """A link that is unknown, used, expired or blocked; the page says which, nothing more."""


@dataclass(frozen=True)
class LinkInfo:
    """What the confirmation or download page may show before the password is given."""

    request_id: uuid.UUID
    recipient_masked: str
    expires_at: dt.datetime
    attempts_left: int
    file_name: str | None
    lang: str


@dataclass(frozen=True)
class DownloadFile:
    path: Path
    file_name: str
    content_type: str
    size: int


def new_token(random: RandomSource) -> str:
    raw = random.token_bytes(rules.TOKEN_BYTES)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
