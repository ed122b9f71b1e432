"""The export confirmation and download pages: one web component for hub and desktop.

Server-rendered HTML, German with an English fallback chosen from Accept-Language, no
JavaScript, no cookies. The hub mounts :func:`export_pages_router`; the desktop app
serves :func:`create_export_app` on 127.0.0.1 while exports are pending.

The token sits in the path; pages send ``Referrer-Policy: no-referrer`` and
``Cache-Control: no-store`` so it does not leak to other sites or caches.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import uuid
from collections.abc import Callable
from urllib.parse import parse_qs

from fastapi import APIRouter, BackgroundTasks, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from belbo_desktop.domain.errors import AuthenticationFailed, BelboError
from belbo_desktop.domain.export import MAX_PASSWORD_ATTEMPTS
from belbo_desktop.services.export import (
    CONFIRM_PATH,
    DOWNLOAD_PATH,
    ExportLinkError,
    ExportService,
    LinkInfo,
)
from belbo_desktop.services.ports import BERLIN

log = logging.getLogger(__name__)

MAX_BODY = 8192
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
}

TEXTS: dict[str, tuple[str, str]] = {
    "confirm_title": ("Kundenexport bestätigen", "Confirm customer export"),
    "confirm_intro": (
        "Für {who} wurde ein Kundenexport angefordert. Bitte geben Sie zur Bestätigung das "
        "Passwort ein, das für diese E-Mail-Adresse in Belbo gilt.",
        "A customer export was requested for {who}. To confirm it, please enter the "
        "password that belongs to this email address in Belbo.",
    ),
    "download_title": ("Kundenexport herunterladen", "Download customer export"),
    "download_intro": (
        "Der Kundenexport „{file}“ für {who} ist fertig. Bitte geben Sie Ihr Passwort erneut "
        "ein, um ihn herunterzuladen.",
        "The customer export “{file}” for {who} is ready. Please enter your password again "
        "to download it.",
    ),
    "valid_until": ("Gültig bis {until} Uhr.", "Valid until {until} (German time)."),
    "attempts": (
        "Nach {max} falschen Eingaben wird der Link gesperrt.",
        "The link is blocked after {max} wrong entries.",
    ),
    "password": ("Passwort", "Password"),
    "confirm_button": ("Export bestätigen", "Confirm export"),
    "download_button": ("Herunterladen", "Download"),
    "confirmed_title": ("Export bestätigt", "Export confirmed"),
    "confirmed_body": (
        "Vielen Dank. Der Kundenexport wird jetzt berechnet. Sie erhalten in Kürze eine "
        "zweite E-Mail mit dem Link zum Herunterladen.",
        "Thank you. The customer export is now being computed. You will shortly receive a "
        "second email with the download link.",
    ),
    "link_title": ("Link nicht verwendbar", "Link cannot be used"),
    "error_title": ("Fehler", "Error"),
    "server_error": (
        "Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
        "An unexpected error occurred. Please try again later.",
    ),
    "too_large": ("Die Anfrage ist zu groß.", "The request is too large."),
    "footer": (
        "Belbo Desktop · Diese Seite enthält keine Kundendaten.",
        "Belbo Desktop · This page contains no customer data.",
    ),
}


def pick_language(accept_language: str | None) -> str:
    """German unless the browser prefers English or names neither (then English)."""
    if not accept_language:
        return "de"
    best: tuple[float, str] | None = None
    named_any = False
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        if primary in ("de", "en") and q > 0:
            named_any = True
            if best is None or q > best[0]:
                best = (q, primary)
    if not named_any or best is None:
        return "en"
    return best[1]


def _t(key: str, lang: str, **params: object) -> str:
    de, en = TEXTS[key]
    text = en if lang == "en" else de
    return text.format(**{k: html.escape(str(v)) for k, v in params.items()})


def _until(at: dt.datetime, lang: str) -> str:
    local = at.astimezone(BERLIN)
    return local.strftime("%Y-%m-%d %H:%M") if lang == "en" else local.strftime("%d.%m.%Y %H:%M")


_CSS = """
body{font-family:"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;background:#f4f1ee;
color:#2b2b2b;margin:0;padding:0}
main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:10px;padding:2rem 2.2rem;
box-shadow:0 2px 10px rgba(0,0,0,.08)}
h1{font-size:1.45rem;margin:0 0 1rem;color:#5b3a5e}
p{line-height:1.5}
label{display:block;font-weight:600;margin:1.2rem 0 .4rem}
input[type=password]{width:100%;box-sizing:border-box;font-size:1.05rem;padding:.6rem;
border:1px solid #bbb;border-radius:6px}
button{margin-top:1.2rem;font-size:1.05rem;padding:.65rem 1.4rem;border:0;border-radius:6px;
background:#7b4f80;color:#fff;cursor:pointer}
button:hover,button:focus{background:#5b3a5e}
.error{background:#fdecea;border-left:4px solid #c0392b;padding:.7rem 1rem;border-radius:4px}
.ok{background:#eaf6ec;border-left:4px solid #2e7d32;padding:.7rem 1rem;border-radius:4px}
.hint{color:#666;font-size:.9rem}
footer{color:#888;font-size:.8rem;margin-top:2rem;border-top:1px solid #eee;padding-top:.8rem}
"""


def _page(lang: str, title: str, body: str, status: int = 200) -> HTMLResponse:
    doc = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex, nofollow">'
        f"<title>{html.escape(title)} – Belbo</title><style>{_CSS}</style></head>"
        f"<body><main><h1>{html.escape(title)}</h1>{body}"
        f"<footer>{_t('footer', lang)}</footer></main></body></html>"
    )
    return HTMLResponse(doc, status_code=status, headers=SECURITY_HEADERS)


def _form(kind: str, lang: str, info: LinkInfo, error: str | None) -> str:
    intro_key = "confirm_intro" if kind == "confirm" else "download_intro"
    intro = _t(intro_key, lang, who=info.recipient_masked, file=info.file_name or "")
    parts = [f"<p>{intro}</p>"]
    if error:
        parts.append(f'<p class="error" role="alert">{html.escape(error)}</p>')
    button = _t("confirm_button" if kind == "confirm" else "download_button", lang)
    parts.append(
        '<form method="post" autocomplete="off">'
        f'<label for="password">{_t("password", lang)}</label>'
        '<input type="password" id="password" name="password" required autofocus '
        'autocomplete="current-password">'
        f'<button type="submit">{button}</button></form>'
    )
    parts.append(
        f'<p class="hint">{_t("valid_until", lang, until=_until(info.expires_at, lang))} '
        f"{_t('attempts', lang, max=MAX_PASSWORD_ATTEMPTS)}</p>"
    )
    return "".join(parts)


def _link_error(exc: BelboError, lang: str) -> HTMLResponse:
    code = exc.message.code
    status = 404 if code == "export_link_invalid" else 410
    body = f'<p class="error" role="alert">{html.escape(exc.text(lang))}</p>'
    return _page(lang, _t("link_title", lang), body, status)


def _client(request: Request) -> str | None:
    """The visitor's address, for the audit log (the page itself shows nothing of it)."""
    return request.client.host if request.client else None


async def _password(request: Request) -> str | None:
    body = await request.body()
    if len(body) > MAX_BODY:
        return None
    fields = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
    values = fields.get("password") or [""]
    return values[0]


def export_pages_router(
    service: ExportService,
    *,
    run_compute: Callable[[BackgroundTasks, uuid.UUID], None] | None = None,
) -> APIRouter:
    """Routes ``/export/confirm/{token}`` and ``/export/download/{token}``.

    After a successful confirmation the export is computed as a background task of
    the response (in a worker thread), unless ``run_compute`` schedules it otherwise.
    """
    router = APIRouter()

    def schedule(tasks: BackgroundTasks, request_id: uuid.UUID) -> None:
        if run_compute is not None:
            run_compute(tasks, request_id)
        else:
            tasks.add_task(_compute_quietly, service, request_id)

    @router.get(CONFIRM_PATH + "{token}", response_class=HTMLResponse)
    async def confirm_form(token: str, request: Request) -> Response:
        lang = pick_language(request.headers.get("accept-language"))
        try:
            info = await run_in_threadpool(service.confirmation_info, token)
        except BelboError as exc:
            return _link_error(exc, lang)
        return _page(lang, _t("confirm_title", lang), _form("confirm", lang, info, None))

    @router.post(CONFIRM_PATH + "{token}", response_class=HTMLResponse)
    async def confirm_submit(token: str, request: Request, tasks: BackgroundTasks) -> Response:
        lang = pick_language(request.headers.get("accept-language"))
        password = await _password(request)
        if password is None:
            return _page(lang, _t("error_title", lang), f"<p>{_t('too_large', lang)}</p>", 413)
        try:
            status = await run_in_threadpool(service.confirm, token, password, _client(request))
        except AuthenticationFailed as exc:
            try:
                info = await run_in_threadpool(service.confirmation_info, token)
            except BelboError as gone:
                return _link_error(gone, lang)
            body = _form("confirm", lang, info, exc.text(lang))
            return _page(lang, _t("confirm_title", lang), body, 403)
        except ExportLinkError as exc:
            return _link_error(exc, lang)
        schedule(tasks, status.id)
        body = f'<p class="ok" role="status">{_t("confirmed_body", lang)}</p>'
        response = _page(lang, _t("confirmed_title", lang), body)
        response.background = tasks
        return response

    @router.get(DOWNLOAD_PATH + "{token}", response_class=HTMLResponse)
    async def download_form(token: str, request: Request) -> Response:
        lang = pick_language(request.headers.get("accept-language"))
        try:
            info = await run_in_threadpool(service.download_info, token)
        except BelboError as exc:
            return _link_error(exc, lang)
        return _page(lang, _t("download_title", lang), _form("download", lang, info, None))

    @router.post(DOWNLOAD_PATH + "{token}", response_model=None)
    async def download_submit(token: str, request: Request) -> Response:
        lang = pick_language(request.headers.get("accept-language"))
        password = await _password(request)
        if password is None:
            return _page(lang, _t("error_title", lang), f"<p>{_t('too_large', lang)}</p>", 413)
        try:
            file = await run_in_threadpool(service.download, token, password, _client(request))
        except AuthenticationFailed as exc:
            try:
                info = await run_in_threadpool(service.download_info, token)
            except BelboError as gone:
                return _link_error(gone, lang)
            body = _form("download", lang, info, exc.text(lang))
            return _page(lang, _t("download_title", lang), body, 403)
        except ExportLinkError as exc:
            return _link_error(exc, lang)
        headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
        return FileResponse(
            file.path,
            media_type=file.content_type,
            filename=file.file_name,
            headers=headers,
        )

    return router


def _compute_quietly(service: ExportService, request_id: uuid.UUID) -> None:
    """Background task: failures are logged and recorded by the service, never raised."""
    try:
        service.compute(request_id)
    except Exception:  # the request is already marked failed and audited
        log.exception("customer export %s failed", request_id)


def create_export_app(service: ExportService) -> FastAPI:
    """A stand-alone app with just the export pages (the desktop's local server)."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(export_pages_router(service))

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return Response("ok", media_type="text/plain")

    return app
