"""The till (Kasse): selling, Storno, voucher pay-out, receipts and the daily closing.

:class:`TillService` (``service.py``) is the entry point; the modules beside it hold the
work it delegates, each named after what it does.
"""

from belbo_desktop.services.till.service import (
    MESSAGE_MAX,
    RECIPIENT_MAX,
    REDEMPTION_CASES,
    VOUCHER_SALE_CASES,
    VOUCHER_VALUE_MAX,
    VOUCHER_VALUE_MIN,
    AfterSale,
    ClosingReport,
    CommittedSale,
    IssuedVoucher,
    ReceiptData,
    ReceiptLine,
    ReceiptNotes,
    ReceiptPayment,
    SaleResult,
    SaleSummary,
    TillInfo,
    TillService,
)

__all__ = [
    "MESSAGE_MAX",
    "RECIPIENT_MAX",
    "REDEMPTION_CASES",
    "VOUCHER_SALE_CASES",
    "VOUCHER_VALUE_MAX",
    "VOUCHER_VALUE_MIN",
    "AfterSale",
    "ClosingReport",
    "CommittedSale",
    "IssuedVoucher",
    "ReceiptData",
    "ReceiptLine",
    "ReceiptNotes",
    "ReceiptPayment",
    "SaleResult",
    "SaleSummary",
    "TillInfo",
    "TillService",
]
