"""Neuen Betrieb einrichten: the first location and the owner's account, then log in.

For a salon with a single PC (no hub). Both are written in one transaction by
``StaffService.create_first_owner``, which refuses once any staff member exists; every
bad field gets its message next to it and nothing is written.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.text import transliterate
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.ui.first_run.form import field_with_error, fit_height
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

BUSINESS_FIELDS = ("name", "street", "postcode", "city", "tax_number")
OWNER_FIELDS = ("display_name", "username", "password", "password2", "pin", "email")


def suggest_username(display_name: str) -> str:
    """ "Sabine Krüger" -> "sabine.krueger": a valid user name to start from."""
    words = re.findall(r"[a-z0-9]+", transliterate(display_name))
    return ".".join(words)[:60]


class NewSalonDialog(QDialog):
    """Accepted once the salon exists and its owner is logged in (``actor``)."""

    def __init__(self, app: App, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.actor: Actor | None = None
        self.worker = Worker(self)
        self.setWindowTitle(self.tr("Neuen Betrieb einrichten"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Legen Sie Ihren Betrieb und Ihren eigenen Zugang als Inhaberin / Inhaber an. "
                "Weitere Mitarbeiter, Standorte und die Verbindung zu einem Hub können Sie "
                "danach in den Einstellungen ergänzen. Mit * markierte Felder sind Pflicht."
            )
        )
        intro.setWordWrap(True)

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in (*BUSINESS_FIELDS, *OWNER_FIELDS):
            self.fields[key] = QLineEdit()
            self.errors[key] = error_label()
        self.fields["name"].setPlaceholderText(self.tr("z. B. Salon Sonnenschein"))
        self.fields["postcode"].setMaxLength(10)
        self.fields["tax_number"].setPlaceholderText(self.tr("für Belege und Rechnungen"))
        self.fields["username"].setPlaceholderText(self.tr("zum Anmelden, z. B. sabine"))
        for key in ("password", "password2", "pin"):
            self.fields[key].setEchoMode(QLineEdit.EchoMode.Password)
        self.fields["pin"].setMaxLength(6)
        self.fields["pin"].setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.fields["pin"].setPlaceholderText(self.tr("4–6 Ziffern, für den Wechsel an der Kasse"))
        self.fields["email"].setPlaceholderText(self.tr("für Kundenexporte und Datenauskünfte"))
        self._username_edited = False
        self.fields["display_name"].textEdited.connect(self._suggest_username)
        self.fields["username"].textEdited.connect(self._username_typed)

        business = QGroupBox(self.tr("Betrieb"))
        b_form = self._form(business)
        self._row(b_form, self.tr("Name des Betriebs: *"), "name")
        self._row(b_form, self.tr("Straße und Hausnummer:"), "street")
        place = QHBoxLayout()
        place.setContentsMargins(0, 0, 0, 0)
        place.addWidget(field_with_error(self.fields["postcode"], self.errors["postcode"]), 1)
        place.addWidget(field_with_error(self.fields["city"], self.errors["city"]), 3)
        self.fields["postcode"].setAccessibleName(self.tr("PLZ"))
        self.fields["city"].setAccessibleName(self.tr("Ort"))
        b_form.addRow(self.tr("PLZ und Ort:"), place)
        self._row(b_form, self.tr("Steuernummer:"), "tax_number")

        owner = QGroupBox(self.tr("Ihr Zugang (Inhaberin / Inhaber)"))
        o_form = self._form(owner)
        self._row(o_form, self.tr("Ihr Name: *"), "display_name")
        self._row(o_form, self.tr("Benutzername: *"), "username")
        self._row(o_form, self.tr("Passwort: *"), "password")
        self._row(o_form, self.tr("Passwort wiederholen: *"), "password2")
        self._row(o_form, self.tr("PIN:"), "pin")
        self._row(o_form, self.tr("E-Mail:"), "email")

        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Einrichten und anmelden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(business)
        layout.addWidget(owner)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields["name"].setFocus()
        fit_height(self)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, label: str, key: str) -> None:
        self.fields[key].setAccessibleName(label.rstrip(": *"))
        form.addRow(label, field_with_error(self.fields[key], self.errors[key]))

    def _suggest_username(self, name: str) -> None:
        if not self._username_edited:
            self.fields["username"].setText(suggest_username(name))

    def _username_typed(self, text: str) -> None:
        self._username_edited = bool(text)

    # --- creating -----------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def try_create(self) -> None:
        if not self.worker.idle():
            return
        self._clear_errors()
        v = self.values()
        if v["password"] != v["password2"]:
            show_error(
                self.errors["password2"],
                self.tr("Die beiden Passwörter stimmen nicht überein."),
            )
            self._focus_first_error()
            return
        business = BusinessData(
            name=v["name"],
            street=v["street"],
            postcode=v["postcode"],
            city=v["city"],
            tax_number=v["tax_number"],
        )
        staff = self.app.staff
        username, password = v["username"], v["password"]

        def create() -> Actor:
            made = staff.create_first_owner(
                business,
                username=username,
                display_name=v["display_name"],
                password=password,
                pin=v["pin"] or None,
                email=v["email"] or None,
            )
            return staff.login(made.username, password)

        self._busy(True)
        self.worker.submit(create, self._created, self._failed)

    def _created(self, actor: Actor) -> None:
        self._busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            for key, text in exc.texts(self.lang).items():
                show_error(self.errors.get(key, self.error), text)
            self._focus_first_error()
        elif isinstance(exc, BelboError):
            show_error(self.error, exc.text(self.lang))
        else:
            raise exc

    # --- helpers ------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for widget in (*self.fields.values(), self.create_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            show_error(label, None)

    def _focus_first_error(self) -> None:
        for key, label in self.errors.items():
            if label.text():
                self.fields[key].setFocus()
                self.fields[key].selectAll()
                return

    def reject(self) -> None:
        if not self.worker.idle():
            return  # being written; the result decides what the login screen shows
        super().reject()

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)
