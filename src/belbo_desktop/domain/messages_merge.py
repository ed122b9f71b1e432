"""Messages of merging two customer files (Dubletten zusammenführen), merged into
``messages.CATALOG``."""

from __future__ import annotations

MERGE_MESSAGES: dict[str, tuple[str, str]] = {
    "merge_same_customer": (
        "Eine Kundenakte kann nicht mit sich selbst zusammengeführt werden. "
        "Bitte eine andere Akte wählen.",
        "A customer file cannot be merged with itself. Please choose another file.",
    ),
    "merge_already_merged": (
        "Die Akte Nr. {number} wurde bereits mit der Akte Nr. {into} zusammengeführt. "
        "Bitte die Akte Nr. {into} verwenden.",
        "File no. {number} has already been merged into file no. {into}. "
        "Please use file no. {into}.",
    ),
    "merge_survivor_archived": (
        "Die Akte Nr. {number}, die erhalten bleiben soll, ist archiviert. Bitte sie "
        "zuerst wiederherstellen oder die andere Akte behalten.",
        "File no. {number}, which is to be kept, is archived. Please restore it first "
        "or keep the other file.",
    ),
    "merge_unknown_field": (
        "Das Feld „{key}“ gibt es in diesen Kundenakten nicht.",
        "These customer files have no field “{key}”.",
    ),
    "merge_bad_choice": (
        "Für „{label}“ bitte eine der beiden Akten wählen.",
        "For “{label}” please choose one of the two files.",
    ),
    "merge_health_right": (
        "„{label}“ ist eine Gesundheitsangabe: Den Wert der anderen Akte zu übernehmen "
        "erfordert das Recht „Gesundheitsdaten bearbeiten“.",
        "“{label}” is health data: taking the other file's value requires the right "
        "“Edit health data”.",
    ),
    "merge_restore_refused": (
        "Diese Akte wurde mit der Akte Nr. {into} zusammengeführt und kann nicht "
        "wiederhergestellt werden. Bitte die Akte Nr. {into} verwenden.",
        "This file was merged into file no. {into} and cannot be restored. "
        "Please use file no. {into}.",
    ),
}

MERGE_LABELS: dict[str, tuple[str, str]] = {
    "address": ("Adresse", "Address"),
}
