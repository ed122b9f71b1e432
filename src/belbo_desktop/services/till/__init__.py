"""The till (Kasse): selling, Storno, voucher pay-out, receipts and the daily closing.

:class:`TillService` (``service.py``) is the entry point: it checks rights, holds the
transaction and writes the audit entries; the modules beside it are named after what
they hold.
"""

from belbo_desktop.services.till.checks import (
    MESSAGE_MAX,
    RECIPIENT_MAX,
    VOUCHER_VALUE_MAX,
    VOUCHER_VALUE_MIN,
)
from belbo_desktop.services.till.closing import REDEMPTION_CASES, VOUCHER_SALE_CASES
from belbo_desktop.services.till.results import (
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
)
from belbo_desktop.services.till.service import TillService

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
