"""Messages of the bonus programs (Stempelkarten), merged into ``messages.CATALOG``."""

from __future__ import annotations

BONUS_MESSAGES: dict[str, tuple[str, str]] = {
    "bonus_name_required": (
        "Bitte einen Namen für das Bonusprogramm angeben.",
        "Please enter a name for the bonus program.",
    ),
    "bonus_name_too_long": (
        "Der Name darf höchstens {max} Zeichen lang sein und keine Steuerzeichen enthalten.",
        "The name may be at most {max} characters long, without control characters.",
    ),
    "bonus_name_taken": (
        "Es gibt schon ein Bonusprogramm namens „{name}“.",
        "There is already a bonus program called “{name}”.",
    ),
    "bonus_stamps_invalid": (
        "Die Anzahl der Stempel muss zwischen {min} und {max} liegen.",
        "The number of stamps must be between {min} and {max}.",
    ),
    "bonus_reward_item_required": (
        "Bitte die Leistung wählen, die es als Prämie gratis gibt.",
        "Please choose the service given free as the reward.",
    ),
    "bonus_reward_amount_invalid": (
        "Der Rabatt muss größer als 0 und höchstens {max} sein.",
        "The amount off must be more than 0 and at most {max}.",
    ),
    "bonus_reward_text_required": (
        "Bitte die Prämie beschreiben.",
        "Please describe the reward.",
    ),
    "bonus_reward_text_too_long": (
        "Die Prämie darf höchstens {max} Zeichen lang sein.",
        "The reward may be at most {max} characters long.",
    ),
    "bonus_earn_items_required": (
        "Bitte mindestens eine Leistung oder ein Produkt wählen, das einen Stempel bringt.",
        "Please choose at least one service or product that earns a stamp.",
    ),
    "bonus_spend_invalid": (
        "Der Betrag pro Stempel muss zwischen 1,00 € und {max} liegen.",
        "The amount per stamp must be between 1.00 € and {max}.",
    ),
    "bonus_validity_invalid": (
        "Die Gültigkeit muss leer sein oder zwischen 1 und {max} Monaten liegen.",
        "The validity must be empty or between 1 and {max} months.",
    ),
    "bonus_reason_required": (
        "Bitte einen Grund angeben.",
        "Please give a reason.",
    ),
    "bonus_reason_too_long": (
        "Der Grund darf höchstens {max} Zeichen lang sein.",
        "The reason may be at most {max} characters long.",
    ),
    "bonus_feature_off": (
        "Die Bonuskarten-Funktion ist an diesem Standort nicht eingeschaltet.",
        "The bonus card feature is not switched on at this location.",
    ),
    "bonus_program_inactive": (
        "Das Bonusprogramm „{name}“ ist nicht aktiv.",
        "The bonus program “{name}” is not active.",
    ),
    "bonus_already_active": (
        "„{name}“ ist für diesen Kunden schon aktiviert.",
        "“{name}” is already active for this customer.",
    ),
    "bonus_card_full": (
        "Die Karte ist voll ({progress}). Bitte zuerst die Prämie einlösen.",
        "The card is full ({progress}). Please redeem the reward first.",
    ),
    "bonus_card_not_full": (
        "Die Karte ist noch nicht voll ({progress}).",
        "The card is not full yet ({progress}).",
    ),
    "bonus_card_closed": (
        "Diese Karte ist abgeschlossen (eingelöst oder abgelaufen).",
        "This card is closed (redeemed or expired).",
    ),
    "bonus_card_expired": (
        "Diese Karte ist am {date} abgelaufen.",
        "This card expired on {date}.",
    ),
    "bonus_stamp_not_found": (
        "Dieser Stempel wurde nicht gefunden.",
        "This stamp was not found.",
    ),
    "bonus_stamp_already_reversed": (
        "Dieser Stempel wurde schon storniert.",
        "This stamp has already been reversed.",
    ),
    "bonus_stamp_by_sale": (
        "Stempel aus einem Verkauf werden mit dem Storno des Belegs zurückgenommen.",
        "Stamps from a sale are reversed by cancelling the receipt.",
    ),
    "bonus_reward_wrong_customer": (
        "Die Prämie gehört zu einer Karte eines anderen Kunden.",
        "The reward belongs to another customer's card.",
    ),
    "bonus_program_has_cards": (
        "„{name}“ hat schon Karten und kann nur archiviert, nicht gelöscht werden.",
        "“{name}” already has cards; it can be archived but not deleted.",
    ),
    "bonus_form": ("Bonusprogramm: {text}", "Bonus program: {text}"),
    "bonus_count_invalid": (
        "Bitte zwischen 1 und {max} Stempel auf einmal vergeben.",
        "Please give between 1 and {max} stamps at once.",
    ),
    # a flag the hub raises after sync (hub/flags.py); every PC of the location shows it
    "sync_bonus_redeemed_twice": (
        "Bonuskarte Nr. {card_number} von {customer} (Programm „{program}“) wurde offline "
        "mehrfach eingelöst: {rewards} Prämien für 1 volle Karte.",
        "Bonus card no. {card_number} of {customer} (program “{program}”) was redeemed "
        "more than once offline: {rewards} rewards for 1 full card.",
    ),
    "sync_bonus_customer_number": ("Kunde Nr. {number}", "customer no. {number}"),
}
