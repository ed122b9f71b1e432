"""Messages of managing staff accounts and rights, merged into ``messages.CATALOG``."""

from __future__ import annotations

STAFF_MESSAGES: dict[str, tuple[str, str]] = {
    "staff_last_owner": (
        "„{name}“ ist die letzte aktive Inhaberin / der letzte aktive Inhaber dieses "
        "Standorts. Bitte zuerst eine andere Person zur Inhaberin / zum Inhaber machen.",
        "“{name}” is the last active owner of this location. Please make someone else "
        "an owner first.",
    ),
    "staff_last_manager": (
        "„{name}“ ist die letzte aktive Person mit dem Recht „Mitarbeiter verwalten“. "
        "Bitte das Recht zuerst einer anderen Person geben, sonst kann niemand mehr "
        "Mitarbeiter verwalten.",
        "“{name}” is the last active person with the right “Manage staff”. Please give "
        "the right to someone else first, or nobody could manage staff any more.",
    ),
    "staff_owner_only": (
        "Nur eine Inhaberin / ein Inhaber kann Inhaber-Konten anlegen, bearbeiten oder "
        "jemanden zur Inhaberin / zum Inhaber machen.",
        "Only an owner can create or edit owner accounts or make someone an owner.",
    ),
    "staff_deactivate_self": (
        "Sie können Ihr eigenes Konto nicht deaktivieren. Bitte eine andere Person mit "
        "dem Recht „Mitarbeiter verwalten“ darum bitten.",
        "You cannot deactivate your own account. Please ask another person with the "
        "right “Manage staff”.",
    ),
    "staff_grant_not_held": (
        "Sie können das Recht „{right}“ nicht vergeben, weil Sie es selbst nicht haben.",
        "You cannot grant the right “{right}” because you do not have it yourself.",
    ),
    "staff_reset_self": (
        "Ihr eigenes Passwort ändern Sie unter Konto > Passwort ändern, mit dem "
        "bisherigen Passwort.",
        "Change your own password under Account > Change password, with the current one.",
    ),
    "old_password_wrong": (
        "Das bisherige Passwort ist falsch. Es wurde nichts geändert.",
        "The current password is wrong. Nothing was changed.",
    ),
    "password_unchanged": (
        "Das neue Passwort muss sich vom bisherigen unterscheiden.",
        "The new password must differ from the current one.",
    ),
    "password_mismatch": (
        "Die beiden Passwörter stimmen nicht überein.",
        "The two passwords do not match.",
    ),
    "audit_no_customer": (
        "Es gibt keine Kundenakte mit der Nummer {number}.",
        "There is no customer file with number {number}.",
    ),
}

STAFF_LABELS: dict[str, tuple[str, str]] = {
    "role": ("Rolle", "Role"),
    "rights": ("Rechte", "Rights"),
    "old_password": ("Bisheriges Passwort", "Current password"),
    "new_password": ("Neues Passwort", "New password"),
    "password2": ("Passwort wiederholen", "Repeat password"),
}
