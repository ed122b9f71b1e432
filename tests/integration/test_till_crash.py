"""SIGKILL in the middle of a stream of sales loses nothing committed and leaves no half."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, PaymentMethod
from tests.conftest import PASSWORD, Salon
from tests.unit.till.builders import value_voucher

WORKER = Path(__file__).parent / "till" / "till_worker.py"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_till_leaves_complete_sales_and_consistent_ledgers(app: App, salon: Salon) -> None:
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), "stream", str(app.paths.data_dir), "empfang", PASSWORD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("sale "):
            seen = int(line.split()[1])
    time.sleep(0.013)  # land somewhere inside the next commit
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert seen >= 40, proc.stderr.read() if proc.stderr else ""

    con = sqlite3.connect(app.paths.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        numbers = [r[0] for r in con.execute("SELECT receipt_no FROM sales ORDER BY receipt_no")]
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) >= seen  # every sale reported as done is there
        # every sale is complete: lines add up to the total, payments cover it
        for sale_id, total in con.execute("SELECT id, total_cents FROM sales"):
            lines = con.execute(
                "SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM sale_lines WHERE sale_id=?",
                (sale_id,),
            ).fetchone()
            paid = con.execute(
                "SELECT COALESCE(SUM(amount_cents), 0) FROM sale_payments WHERE sale_id=?",
                (sale_id,),
            ).fetchone()[0]
            sig = con.execute(
                "SELECT COUNT(*) FROM sale_signatures WHERE sale_id=?", (sale_id,)
            ).fetchone()[0]
            assert lines[1] > 0 and lines[0] == total == paid and sig == 1
        # every voucher's balance is its ledger sum, never negative, issued exactly once
        for vid, face, sale_id in con.execute("SELECT id, face_value_cents, sale_id FROM vouchers"):
            issued, balance = con.execute(
                "SELECT SUM(CASE WHEN kind='issue' THEN amount_cents ELSE 0 END), "
                "SUM(amount_cents) FROM voucher_entries WHERE voucher_id=?",
                (vid,),
            ).fetchone()
            assert issued == face and 0 <= balance <= face
            assert con.execute("SELECT 1 FROM sales WHERE id=?", (sale_id,)).fetchone()
        redeemed_lines = con.execute(
            "SELECT COALESCE(-SUM(amount_cents), 0) FROM sale_lines "
            "WHERE business_case LIKE '%Einloesung'"
        ).fetchone()[0]
        redeemed_ledger = con.execute(
            "SELECT COALESCE(-SUM(amount_cents), 0) FROM voucher_entries WHERE kind='redemption'"
        ).fetchone()[0]
        assert redeemed_lines == redeemed_ledger
    finally:
        con.close()

    # after the restart the till goes on with the next number
    cart = Cart()
    cart.add_vouchers(value_voucher(2500))
    cart.pay(PaymentMethod.CARD)
    result = app.till.commit(salon.front_desk, cart)
    assert result.receipt_no == len(numbers) + 1
    assert result.total == Money(2500)
