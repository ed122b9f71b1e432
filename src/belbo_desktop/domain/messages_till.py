"""Messages of the till, the catalogue and vouchers (German, English)."""

from __future__ import annotations

TILL_MESSAGES: dict[str, tuple[str, str]] = {
    # voucher codes
    "voucher_code_empty": ("Bitte einen Gutscheincode eingeben.", "Please enter a voucher code."),
    "voucher_code_bad_char": (
        "Der Gutscheincode enthält Zeichen, die in keinem Code vorkommen ({chars}). "
        "Codes bestehen aus Ziffern 2–9 und Buchstaben ohne I, L und O.",
        "The voucher code contains characters that no code has ({chars}). "
        "Codes use the digits 2–9 and letters except I, L and O.",
    ),
    "voucher_code_length": (
        "Ein Gutscheincode hat 15 Zeichen, eingegeben wurden {count}.",
        "A voucher code has 15 characters; {count} were entered.",
    ),
    "voucher_code_check": (
        "Der Gutscheincode ist falsch eingegeben (Prüfzeichen stimmt nicht). "
        "Bitte den Code noch einmal genau abtippen.",
        "The voucher code is mistyped (check character does not match). "
        "Please type the code again carefully.",
    ),
    "voucher_unknown": (
        "Einen Gutschein mit dem Code {code} gibt es nicht.",
        "There is no voucher with the code {code}.",
    ),
    "voucher_expired": (
        "Der Gutschein {code} ist abgelaufen (gültig bis {until}).",
        "The voucher {code} has expired (valid until {until}).",
    ),
    "voucher_cancelled": (
        "Der Gutschein {code} wurde storniert oder ausgezahlt und kann nicht eingelöst werden.",
        "The voucher {code} was cancelled or refunded and cannot be redeemed.",
    ),
    "voucher_used_up": (
        "Der Gutschein {code} ist vollständig eingelöst (Restwert 0,00 €).",
        "The voucher {code} is fully redeemed (balance 0.00 €).",
    ),
    "voucher_balance_changed": (
        "Der Gutschein {code} hat nur noch {balance} Restwert. Bitte den Betrag anpassen.",
        "The voucher {code} has only {balance} left. Please adjust the amount.",
    ),
    "voucher_service_missing": (
        "Der Gutschein {code} gilt für „{service}“. Bitte die Leistung in den Warenkorb legen.",
        "The voucher {code} is for “{service}”. Please add that service to the cart.",
    ),
    "voucher_value_invalid": (
        "Der Gutscheinwert muss zwischen 1,00 € und 5.000,00 € liegen.",
        "The voucher value must be between 1.00 € and 5,000.00 €.",
    ),
    "voucher_text_too_long": (
        "{what} darf höchstens {max} Zeichen lang sein.",
        "{what} may be at most {max} characters long.",
    ),
    "voucher_reason_required": (
        "Bitte einen Grund angeben.",
        "Please give a reason.",
    ),
    "voucher_nothing_left": (
        "Auf dem Gutschein {code} ist nichts mehr zu erstatten oder zu stornieren.",
        "There is nothing left on voucher {code} to refund or cancel.",
    ),
    "voucher_validity_invalid": (
        "Die Gültigkeit muss zwischen 1 und 30 Jahren liegen.",
        "The validity must be between 1 and 30 years.",
    ),
    # cart
    "cart_empty": ("Der Warenkorb ist leer.", "The cart is empty."),
    "cart_underpaid": (
        "Es fehlen noch {missing}.",
        "{missing} still to be paid.",
    ),
    "cart_overpaid": (
        "Es wurde mehr bezahlt als der Gesamtbetrag. Rückgeld gibt es nur bei Barzahlung.",
        "More was paid than the total. Change is only given for cash.",
    ),
    "cart_change_not_cash": (
        "Rückgeld gibt es nur bei Barzahlung.",
        "Change is only given for cash.",
    ),
    "cart_redemption_too_high": (
        "Gutscheine können nur Leistungen und Produkte bezahlen, keine anderen Gutscheine.",
        "Vouchers can pay for services and products only, not for other vouchers.",
    ),
    "cart_discount_too_high": (
        "Der Rabatt darf nicht höher sein als der Preis.",
        "The discount cannot exceed the price.",
    ),
    "cart_voucher_twice": (
        "Derselbe Gutschein ist zweimal als Zahlung erfasst.",
        "The same voucher was entered twice as payment.",
    ),
    "cart_bad_quantity": (
        "Die Menge muss zwischen 1 und 999 liegen.",
        "The quantity must be between 1 and 999.",
    ),
    "cart_bad_amount": (
        "Ein Betrag ist ungültig (negativ oder null).",
        "An amount is invalid (negative or zero).",
    ),
    # catalogue
    "till_item_name_required": (
        "Bitte eine Bezeichnung angeben.",
        "Please enter a name.",
    ),
    "till_item_name_too_long": (
        "Die Bezeichnung darf höchstens {max} Zeichen lang sein.",
        "The name may be at most {max} characters long.",
    ),
    "till_price_invalid": (
        "Der Preis muss zwischen 0,00 € und {max} liegen.",
        "The price must be between 0.00 € and {max}.",
    ),
    "till_vat_invalid": (
        "Der Steuersatz muss 19 %, 7 % oder 0 % sein.",
        "The VAT rate must be 19 %, 7 % or 0 %.",
    ),
    "till_item_unknown": (
        "Diese Leistung oder dieses Produkt gibt es nicht (mehr).",
        "This service or product does not exist (any more).",
    ),
    # sales, reversal, closing
    "sale_not_found": ("Der Beleg wurde nicht gefunden.", "The receipt was not found."),
    "sale_already_reversed": (
        "Der Beleg {number} wurde bereits storniert.",
        "Receipt {number} has already been cancelled.",
    ),
    "sale_is_reversal": (
        "Ein Storno-Beleg kann nicht storniert werden.",
        "A reversal receipt cannot be cancelled.",
    ),
    "sale_voucher_used": (
        "Der Gutschein {code} aus diesem Beleg wurde bereits (teilweise) eingelöst. "
        "Der Verkauf kann deshalb nicht storniert werden.",
        "The voucher {code} from this receipt has already been (partly) redeemed, "
        "so the sale cannot be cancelled.",
    ),
    "sale_is_refund": (
        "Eine Gutschein-Auszahlung kann nicht storniert werden; der Gutschein ist geschlossen.",
        "A voucher pay-out cannot be cancelled; the voucher is closed.",
    ),
    "sale_reason_required": (
        "Bitte einen Grund für das Storno angeben.",
        "Please give a reason for the cancellation.",
    ),
    "closing_nothing": (
        "Seit dem letzten Tagesabschluss gibt es keine Belege.",
        "There are no receipts since the last daily closing.",
    ),
}

#: Names used as ``what`` in messages (translated by :func:`messages.label`).
TILL_LABELS: dict[str, tuple[str, str]] = {
    "voucher": ("Gutschein", "Voucher"),
    "closing": ("Tagesabschluss", "Daily closing"),
    "reason": ("Grund", "Reason"),
    "recipient": ("Empfänger", "Recipient"),
    "dedication": ("Widmung", "Personal message"),
}
