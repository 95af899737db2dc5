"""A marking code goes to disk byte-exact: sale line column, sales document, journal, outbox."""

from __future__ import annotations

import json

from pos.store import Database, OutboxRepository, SalesRepository, verify_journal

from .builders import SaleFactory

GS = "\x1d"
MARKING = "0104600439931256215Jj:+r/PmQ:c" + GS + "91FFD0" + GS + "92dGVzdHNpZ25hdHVyZQ=="


def test_a_marking_code_round_trips_through_sales_journal_and_outbox(
    db: Database, make_sale: SaleFactory
) -> None:
    doc = make_sale(lines=2)
    doc["lines"][0]["marking_code"] = MARKING
    doc["lines"][1]["marking_code"] = None
    repo = SalesRepository(db)
    repo.record_completed(doc)

    with db.raw() as conn:
        column = conn.execute(
            "SELECT marking_code FROM sale_lines WHERE sale_id = ? ORDER BY line_no",
            (doc["sale_id"],),
        ).fetchall()
        [payload] = conn.execute("SELECT payload FROM journal").fetchone()
    assert [row[0] for row in column] == [MARKING, None]
    assert column[0][0].encode("utf-8") == MARKING.encode("utf-8")  # GS bytes and all

    stored = repo.get(doc["sale_id"])
    assert stored is not None
    assert stored.document["lines"][0]["marking_code"] == MARKING
    assert json.loads(payload)["document"]["lines"][0]["marking_code"] == MARKING
    [item] = OutboxRepository(db).pending()
    assert item.payload["document"]["lines"][0]["marking_code"] == MARKING
    with db.session() as session:
        assert verify_journal(session).ok
