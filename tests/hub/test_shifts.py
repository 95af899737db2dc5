"""Shifts at the hub: a till's drawer story arrives as one ``shift`` record per event, each
taken only when it is the next step a till could take, and the day's shifts are listed beside
the sales the hub itself received from each till."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from pos.domain.cash import DENOMINATIONS
from pos.hub.cli import main
from pos.hub.db import open_hub_database
from pos.hub.embedded import RunningHub
from pos.hub.schema import SCHEMA_VERSION
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.conftest import STORE, TILL, pair

NOTES = sorted((d.minor for d in DENOMINATIONS["PLN"]), reverse=True)


def pieces(amount: str) -> list[dict[str, int]]:
    """The fewest PLN notes and coins making ``amount``, as a count lists them."""
    left = int(Decimal(amount) * 100)
    out = []
    for minor in NOTES:
        if left >= minor:
            out.append({"minor": minor, "count": left // minor})
            left %= minor
    return out


class Till:
    """Writes a shift's records the way the till's outbox holds them: one per drawer event,
    a minute apart from an hour ago (the Z at the moment it is asked for)."""

    def __init__(self, store: str = STORE, till: str = TILL, user: str = "anna") -> None:
        self.store, self.till, self.user = store, till, user
        self.shift_id = str(uuid.uuid4())
        self.clock = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
        self.opened_at = self.clock

    def event(self, event: str, *, at: datetime | None = None, **block: Any) -> dict[str, Any]:
        self.clock += timedelta(minutes=1)
        doc = {
            "schema": 1,
            "record_id": str(uuid.uuid4()),
            "shift_id": self.shift_id,
            "store_id": self.store,
            "till_id": self.till,
            "user_id": self.user,
            "currency": "PLN",
            "event": event,
            "at": (at or self.clock).isoformat(),
            **block,
        }
        return {"id": doc["record_id"], "kind": "shift", "document": doc}

    def opened(self, float_: str = "300.00") -> dict[str, Any]:
        self.shift_id = str(uuid.uuid4())
        self.opened_at = self.clock + timedelta(minutes=1)
        return self.event("opened", opening={"pieces": pieces(float_), "total": float_})

    def movement(self, kind: str, amount: str, note: str = "") -> dict[str, Any]:
        return self.event("movement", movement={"kind": kind, "amount": amount, "note": note})

    def handover(self, to_user: str) -> dict[str, Any]:
        return self.event("handover", to_user=to_user)

    def count(self, counted: str, expected: str | None) -> dict[str, Any]:
        return self.event(
            "count", count={"pieces": pieces(counted), "total": counted, "expected": expected}
        )

    def closed(
        self,
        z_number: int,
        count: dict[str, Any],
        *,
        sales: tuple[int, str] = (0, "0.00"),
        approval: dict[str, Any] | None = None,
        no_sales: int = 0,
    ) -> dict[str, Any]:
        c = count["document"]["count"]
        expected = c["expected"]
        counted = c["total"]
        totals = {
            "sales": {"count": sales[0], "amount": sales[1]},
            "returns": {"count": 0, "amount": "0.00"},
            "voided_sales": {"count": 0, "amount": "0.00"},
            "no_sales": no_sales,
            "expected": expected,
            "counted": counted,
            "variance": str(Decimal(counted) - Decimal(expected)),
        }
        closing = {
            "z_number": z_number,
            "count_record_id": count["id"],
            "approval": approval,
            "totals": totals,
        }
        return self.event("closed", at=datetime.now(UTC), closing=closing)


def approval(action: str = "cash_variance") -> dict[str, Any]:
    return {
        "action": action,
        "approver_id": "boss",
        "approved_at": datetime.now(UTC).isoformat(),
        "detail": "",
    }


def upload(client: httpx.Client, *records: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.post("/v1/documents/batches", json={"records": list(records)})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def statuses(client: httpx.Client, *records: dict[str, Any]) -> list[str | None]:
    """Each record's status, or its reject code."""
    return [r["code"] or r["status"] for r in upload(client, *records)]


def with_doc(rec: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**rec, "document": {**rec["document"], **changes}}


def listing(admin: httpx.Client, **params: str) -> dict[str, Any]:
    params.setdefault("date", datetime.now(UTC).date().isoformat())
    response = admin.get("/v1/admin/shifts", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def opened_today(shift: Till) -> dict[str, str]:
    """The listing's date of the till's last opened shift."""
    return {"date": shift.opened_at.date().isoformat()}


@pytest.fixture
def second_till(hub: RunningHub) -> Iterator[httpx.Client]:
    device = pair(hub, STORE, "TILL-02")
    headers = {"Authorization": f"Bearer {device['token']}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as client:
        yield client


# --- a whole shift ------------------------------------------------------------------------------


def test_a_whole_shift_is_accepted_once_and_listed_with_its_figures(
    till: httpx.Client, admin: httpx.Client
) -> None:
    s = Till()
    row = next(r for r in catalog_products(till, 200) if r[5] == "piece")
    opened = s.opened("300.00")
    sale = sale_document([(row, "1")])
    day = opened_today(s)
    story = [
        opened,
        s.movement("pay_in", "50.00", "change from the safe"),
        s.movement("safe_drop", "100.00"),
        s.movement("no_sale", "0", "customer asked for change"),
        s.handover("bob"),
    ]
    expected = str(Decimal("250.00") + Decimal(sale["total"]))
    counted = str(Decimal(expected) - 2)
    count = s.count(counted, expected)
    story.append(count)
    assert statuses(till, *story) == ["accepted"] * 6
    assert statuses(till, record(sale)) == ["accepted"]
    closed = s.closed(1, count, sales=(1, sale["total"]), no_sales=1)
    assert statuses(till, closed) == ["accepted"]

    assert statuses(till, *story, closed) == ["duplicate"] * 7  # a resend changes nothing

    body = listing(admin, store_id=STORE, **day)
    assert (body["store_id"], body["date"], body["timezone"]) == (STORE, day["date"], "UTC")
    (shift,) = body["shifts"]
    assert shift == {
        "shift_id": s.shift_id,
        "store_id": STORE,
        "till_id": TILL,
        "state": "closed",
        "opened_by": "anna",
        "opened_at": shift["opened_at"],
        "holder": "bob",
        "opening_float": "300.00",
        "movements": {
            "no_sale": {"count": 1, "amount": "0.00"},
            "pay_in": {"count": 1, "amount": "50.00"},
            "safe_drop": {"count": 1, "amount": "100.00"},
        },
        "expected": expected,
        "counted": counted,
        "variance": "-2.00",
        "closed_by": "anna",
        "closed_at": shift["closed_at"],
        "z_number": 1,
        "approval": None,  # within the till's limit: the hub cannot know it, and lists it
        "reported": closed["document"]["closing"]["totals"],
        "received_sales": {"count": 1, "amount": sale["total"]},
        "sales_mismatch": False,
    }
    assert shift["opened_at"] == opened["document"]["at"].replace("+00:00", "Z")


def test_a_z_whose_sales_the_hub_did_not_all_receive_is_flagged(
    till: httpx.Client, admin: httpx.Client
) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("300.00", "300.00")
    assert statuses(till, opened, count) == ["accepted", "accepted"]
    # the till says two sales; none reached the hub (still queued, or lost)
    assert statuses(till, s.closed(1, count, sales=(2, "19.98"))) == ["accepted"]
    (shift,) = listing(admin, **opened_today(s))["shifts"]
    assert shift["received_sales"] == {"count": 0, "amount": "0.00"}
    assert shift["sales_mismatch"] is True


def test_an_open_shift_is_listed_with_its_last_count(
    till: httpx.Client, admin: httpx.Client
) -> None:
    s = Till()
    assert statuses(till, s.opened("100.00"), s.count("95.00", "100.00")) == ["accepted"] * 2
    (shift,) = listing(admin, **opened_today(s))["shifts"]
    assert (shift["state"], shift["z_number"], shift["closed_at"]) == ("open", None, None)
    assert (shift["counted"], shift["expected"], shift["variance"]) == ("95.00", "100.00", "-5.00")
    assert (shift["reported"], shift["sales_mismatch"]) == (None, None)


def test_a_large_variance_keeps_its_approval(till: httpx.Client, admin: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("250.00", "300.00")
    closed = s.closed(1, count, approval=approval())
    assert statuses(till, opened, count, closed) == ["accepted"] * 3
    (shift,) = listing(admin, **opened_today(s))["shifts"]
    assert shift["variance"] == "-50.00"
    assert shift["approval"]["approver_id"] == "boss"


# --- one shift per till, events only of an open shift the hub holds -------------------------------


def test_a_till_opens_one_shift_at_a_time(till: httpx.Client) -> None:
    s = Till()
    first = s.opened()
    assert statuses(till, first) == ["accepted"]
    assert statuses(till, s.opened()) == ["shift_open"]  # the first is still open
    assert statuses(till, with_doc(first, record_id="again", event="opened")) == ["id_mismatch"]
    again = s.event("opened", opening=first["document"]["opening"])
    again["document"]["shift_id"] = first["document"]["shift_id"]
    assert statuses(till, again) == ["shift_open"]  # that shift was opened before


def test_after_the_z_the_till_opens_a_new_shift(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("300.00", "300.00")
    assert statuses(till, opened, count, s.closed(1, count)) == ["accepted"] * 3
    assert statuses(till, s.movement("safe_drop", "10.00")) == ["shift_closed"]
    assert statuses(till, s.count("300.00", "300.00")) == ["shift_closed"]
    assert statuses(till, s.opened()) == ["accepted"]


def test_an_event_of_a_shift_the_hub_does_not_hold_is_refused(
    till: httpx.Client, second_till: httpx.Client
) -> None:
    s = Till()
    s.shift_id = "never-opened"
    assert statuses(till, s.movement("pay_out", "5.00", "window cleaner")) == ["unknown_shift"]
    other = Till(till="TILL-02")
    assert statuses(second_till, other.opened()) == ["accepted"]
    mine = Till()
    mine.shift_id = other.shift_id  # another till's shift is none of this till's
    assert statuses(till, mine.handover("bob")) == ["unknown_shift"]


def test_a_second_till_keeps_its_own_shift_and_z_numbers(
    till: httpx.Client, second_till: httpx.Client, admin: httpx.Client
) -> None:
    one, two = Till(), Till(till="TILL-02", user="bob")
    assert statuses(till, one.opened()) == ["accepted"]
    assert statuses(second_till, two.opened("200.00")) == ["accepted"]  # both open at once
    c1, c2 = one.count("300.00", "300.00"), two.count("200.00", "200.00")
    assert statuses(second_till, two.movement("pickup", "50.00")) == ["accepted"]
    assert statuses(till, c1, one.closed(1, c1)) == ["accepted"] * 2
    c2 = two.count("150.00", "150.00")  # a recount after the pickup
    assert statuses(second_till, c2, two.closed(1, c2)) == ["accepted"] * 2  # its own Z 1
    shifts = listing(admin, store_id=STORE, **opened_today(one))["shifts"]
    assert [(s["till_id"], s["z_number"], s["opening_float"]) for s in shifts] == [
        (TILL, 1, "300.00"),
        ("TILL-02", 1, "200.00"),
    ]
    assert shifts[1]["movements"] == {"pickup": {"count": 1, "amount": "50.00"}}
    assert listing(admin, store_id="STORE-002", **opened_today(one))["shifts"] == []


# --- the Z ----------------------------------------------------------------------------------------


def test_z_numbers_follow_on_per_till(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("300.00", "300.00")
    assert statuses(till, opened, count) == ["accepted"] * 2
    assert statuses(till, s.closed(2, count)) == ["z_number_out_of_order"]  # the first is 1
    assert statuses(till, s.closed(1, count)) == ["accepted"]
    assert statuses(till, s.opened()) == ["accepted"]
    count = s.count("300.00", "300.00")
    assert statuses(till, count) == ["accepted"]
    assert statuses(till, s.closed(1, count)) == ["z_number_out_of_order"]  # 1 is taken
    assert statuses(till, s.closed(3, count)) == ["z_number_out_of_order"]  # 2 is missing
    assert statuses(till, s.closed(2, count)) == ["accepted"]


def test_the_z_closes_on_the_shifts_last_count_with_its_figures(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    first = s.count("290.00", "300.00")
    recount = s.count("300.00", "300.00")
    assert statuses(till, opened, first, recount) == ["accepted"] * 3
    assert statuses(till, s.closed(1, first)) == ["unknown_count"]  # not the last count
    stranger = s.count("300.00", "300.00")  # never uploaded
    assert statuses(till, s.closed(1, stranger)) == ["unknown_count"]
    wrong_counted = s.closed(1, recount)
    wrong_counted["document"]["closing"]["totals"].update(counted="310.00", variance="10.00")
    assert statuses(till, wrong_counted) == ["totals_mismatch"]
    wrong_expected = s.closed(1, recount)
    wrong_expected["document"]["closing"]["totals"].update(expected="290.00", variance="10.00")
    assert statuses(till, wrong_expected) == ["totals_mismatch"]
    bad_sum = s.closed(1, recount)
    bad_sum["document"]["closing"]["totals"]["variance"] = "1.00"
    assert statuses(till, bad_sum) == ["totals_mismatch"]  # variance is counted - expected
    assert statuses(till, s.closed(1, recount)) == ["accepted"]


def test_a_count_cash_has_moved_since_cannot_close(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("300.00", "300.00")
    drop = s.movement("safe_drop", "100.00")
    assert statuses(till, opened, count, drop) == ["accepted"] * 3
    assert statuses(till, s.closed(1, count)) == ["unknown_count"]  # count again
    recount = s.count("200.00", "200.00")
    assert statuses(till, recount, s.closed(1, recount)) == ["accepted"] * 2


def test_an_approval_is_only_of_a_variance(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    level = s.count("300.00", "300.00")
    assert statuses(till, opened, level) == ["accepted"] * 2
    assert statuses(till, s.closed(1, level, approval=approval())) == ["approval_mismatch"]
    short = s.count("280.00", "300.00")
    assert statuses(till, short) == ["accepted"]
    assert statuses(till, s.closed(1, short, approval=approval("no_sale"))) == ["approval_mismatch"]
    assert statuses(till, s.closed(1, short)) == ["accepted"]  # the till's limit is its own


# --- documents no till could make -----------------------------------------------------------------


def test_counts_are_real_notes_and_coins_that_add_up(till: httpx.Client) -> None:
    s = Till()
    assert statuses(till, s.opened()) == ["accepted"]
    three = s.event("count", count={"pieces": [{"minor": 300, "count": 1}], "total": "3.00"})
    assert statuses(till, three) == ["unknown_denomination"]  # no 3 zł coin
    short = s.event("count", count={"pieces": pieces("50.00"), "total": "60.00"})
    assert statuses(till, short) == ["totals_mismatch"]
    twice = s.event(
        "count",
        count={"pieces": [{"minor": 1000, "count": 1}] * 2, "total": "20.00"},
    )
    assert statuses(till, twice) == ["invalid_document"]
    float_ = s.event("opened", opening={"pieces": pieces("10.00"), "total": "10.01"})
    assert statuses(till, float_) == ["totals_mismatch"]


def test_each_event_carries_exactly_its_block(till: httpx.Client) -> None:
    s = Till()
    assert statuses(till, s.opened()) == ["accepted"]
    bare = s.event("movement")
    both = s.event(
        "count",
        count={"pieces": [], "total": "0.00"},
        movement={"kind": "pay_in", "amount": "1.00", "note": "x"},
    )
    handover = s.event("handover")
    garbage = s.event("closed", closing={"z_number": "one"})
    assert statuses(till, bare, both, handover, garbage) == ["invalid_document"] * 4


def test_movements_are_what_the_till_can_move(till: httpx.Client) -> None:
    s = Till()
    assert statuses(till, s.opened()) == ["accepted"]
    assert statuses(
        till,
        s.movement("pay_out", "-5.00", "refund"),
        s.movement("safe_drop", "0.00"),
        s.movement("no_sale", "1.00", "opened it"),
        s.movement("pickup", "0.001"),
        s.movement("pickup", "99999999999999.00"),
        s.movement("pay_in", "10.00"),  # a pay-in says why
    ) == ["amount_out_of_range"] * 5 + ["invalid_document"]


def test_times_are_neither_in_the_future_nor_before_the_opening(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    assert statuses(till, opened) == ["accepted"]
    at = datetime.fromisoformat(opened["document"]["at"])
    future = s.event("handover", at=datetime.now(UTC) + timedelta(hours=1), to_user="bob")
    earlier = s.event("handover", at=at - timedelta(seconds=1), to_user="bob")
    ancient = s.event("handover", at=datetime(1970, 1, 1, tzinfo=UTC), to_user="bob")
    assert statuses(till, future, earlier, ancient) == ["time_out_of_range"] * 3


def test_a_till_speaks_for_its_own_store_and_the_hubs_currency(till: httpx.Client) -> None:
    s = Till()
    opened = s.opened()
    assert statuses(
        till,
        with_doc(opened, till_id="TILL-09"),
        with_doc(opened, store_id="STORE-002"),
        with_doc(opened, currency="EUR"),
        with_doc(opened, record_id="someone-else"),
    ) == ["wrong_store", "wrong_store", "currency_mismatch", "id_mismatch"]


def test_a_refused_record_changes_nothing_and_the_rest_of_the_batch_goes_on(
    till: httpx.Client, admin: httpx.Client
) -> None:
    s = Till()
    opened = s.opened()
    count = s.count("300.00", "300.00")
    assert statuses(
        till,
        opened,
        s.closed(1, count),  # refused: its count is not there yet
        s.movement("pay_in", "-1.00", "x"),  # refused
        count,
        s.closed(1, count),
    ) == ["accepted", "unknown_count", "amount_out_of_range", "accepted", "accepted"]
    (shift,) = listing(admin, **opened_today(s))["shifts"]
    assert (shift["state"], shift["z_number"], shift["movements"]) == ("closed", 1, {})


# --- the listing ----------------------------------------------------------------------------------


def test_the_listing_takes_a_utc_date_and_an_optional_store(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client
) -> None:
    s = Till()
    assert statuses(till, s.opened()) == ["accepted"]
    day = datetime.fromisoformat(opened_today(s)["date"])
    assert len(listing(admin, **opened_today(s))["shifts"]) == 1  # every store
    other_day = (day - timedelta(days=1)).date().isoformat()
    assert listing(admin, date=other_day)["shifts"] == []
    for bad in ({"date": "2026-13-01"}, {"date": "0001-01-01"}, {"store_id": "no spaces"}):
        response = admin.get("/v1/admin/shifts", params=bad)
        assert response.status_code == 422, (bad, response.text)
    assert httpx.get(f"{hub.url}/v1/admin/shifts").status_code == 401


def test_pos_hub_shifts_prints_a_table(
    hub: RunningHub, hub_db_url: str, till: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    s = Till()
    opened = s.opened()
    drops = [s.movement("safe_drop", "100.00"), s.movement("safe_drop", "50.00")]
    no_sale = s.movement("no_sale", "0", "change")
    count = s.count("298.00", "300.00")
    assert statuses(till, opened, *drops, no_sale, count, s.closed(1, count)) == ["accepted"] * 6
    day = opened_today(s)["date"]
    assert main(["--db", hub_db_url, "shifts", "--store", STORE, "--date", day]) == 0
    title, header, rule, row = capsys.readouterr().out.rstrip("\n").split("\n")
    assert title == f"Shifts opened on {day} (UTC), {STORE}:"
    assert header.split()[:4] == ["Store", "Till", "Opened", "by"]
    assert set(rule) <= {"-", " "}
    cells = [c.strip() for c in row.split("  ") if c.strip()]
    assert cells[:2] == [STORE, TILL]
    assert "no_sale x1, safe_drop 2x 150.00" in row
    assert cells[-7:] == [
        "300.00",
        "298.00",
        "-2.00",
        "-",
        "0 / 0.00",
        "0 / 0.00",
        "ok",
    ]
    assert main(["--db", hub_db_url, "shifts", "--store", "STORE-002", "--date", day]) == 0
    assert capsys.readouterr().out.strip() == f"Shifts opened on {day} (UTC), STORE-002: none"


# --- the schema -----------------------------------------------------------------------------------


def test_a_version_3_database_is_moved_on_with_the_shift_tables(hub_db_url: str) -> None:
    db = open_hub_database(hub_db_url)
    try:
        with db.write() as conn:  # as version 3 made it: no shifts
            conn.execute(text("DROP TABLE shift_events"))
            conn.execute(text("DROP TABLE shifts"))
            conn.execute(text("UPDATE hub_meta SET value = '3' WHERE key = 'schema_version'"))
    finally:
        db.dispose()
    moved = open_hub_database(hub_db_url)
    try:
        with moved.read() as conn:
            version = conn.execute(
                text("SELECT value FROM hub_meta WHERE key = 'schema_version'")
            ).scalar_one()
            assert conn.execute(text("SELECT count(*) FROM shift_events")).scalar_one() == 0
    finally:
        moved.dispose()
    assert version == SCHEMA_VERSION == "4"
