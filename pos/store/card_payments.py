"""Card payments on disk: the row is written before the terminal is asked, so a crash or a
lost connection always leaves a trace that blocks a blind retry until it is cleared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos.store.db import Database
from pos.store.journal import append_entry
from pos.store.models import CardPayment

OPEN_STATES = ("pending", "unknown")


@dataclass(frozen=True, slots=True)
class CardPaymentInfo:
    payment_id: str
    sale_id: str | None
    operation: str
    amount_minor: int
    currency: str
    state: str
    prior_trace: int | None
    result_code: int | None
    result_text: str
    auth_code: str
    trace_no: int | None
    terminal_receipt_no: int | None
    terminal_id: str
    card_brand: str
    masked_pan: str
    resolution: str
    resolved_by: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CardOutcome:
    """What the terminal said, as stored (no card data beyond what a receipt shows)."""

    state: str
    result_code: int | None = None
    result_text: str = ""
    auth_code: str = ""
    trace_no: int | None = None
    terminal_receipt_no: int | None = None
    terminal_id: str = ""
    card_brand: str = ""
    masked_pan: str = ""


def _info(row: CardPayment) -> CardPaymentInfo:
    return CardPaymentInfo(
        payment_id=row.payment_id,
        sale_id=row.sale_id,
        operation=row.operation,
        amount_minor=row.amount_minor,
        currency=row.currency,
        state=row.state,
        prior_trace=row.prior_trace,
        result_code=row.result_code,
        result_text=row.result_text,
        auth_code=row.auth_code,
        trace_no=row.trace_no,
        terminal_receipt_no=row.terminal_receipt_no,
        terminal_id=row.terminal_id,
        card_brand=row.card_brand,
        masked_pan=row.masked_pan,
        resolution=row.resolution,
        resolved_by=row.resolved_by,
        created_at=row.created_at,
    )


class CardPaymentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def begin(
        self,
        payment_id: str,
        sale_id: str | None,
        operation: str,
        amount_minor: int,
        currency: str,
        now: datetime,
    ) -> CardPaymentInfo:
        """Record the attempt (state ``pending``) with the terminal's last known trace."""
        with self._db.write_session() as s:
            prior = s.scalar(
                select(CardPayment.trace_no)
                .where(CardPayment.trace_no.is_not(None))
                .order_by(CardPayment.created_at.desc())
                .limit(1)
            )
            row = CardPayment(
                payment_id=payment_id,
                sale_id=sale_id,
                operation=operation,
                amount_minor=amount_minor,
                currency=currency,
                state="pending",
                prior_trace=prior,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            return _info(row)

    def finish(
        self,
        payment_id: str,
        outcome: CardOutcome,
        now: datetime,
        *,
        resolution: str = "",
        resolved_by: str | None = None,
        note: str = "",
    ) -> CardPaymentInfo:
        with self._db.write_session() as s:
            row = s.get(CardPayment, payment_id)
            if row is None:
                raise KeyError(payment_id)
            row.state = outcome.state
            row.result_code = outcome.result_code
            row.result_text = outcome.result_text
            row.auth_code = outcome.auth_code
            row.trace_no = outcome.trace_no
            row.terminal_receipt_no = outcome.terminal_receipt_no
            row.terminal_id = outcome.terminal_id
            row.card_brand = outcome.card_brand
            row.masked_pan = outcome.masked_pan
            row.resolution = resolution
            row.resolved_by = resolved_by
            row.resolution_note = note
            row.updated_at = now
            s.flush()
            if resolution == "manual":  # a person's decision about money: journalled
                append_entry(
                    s,
                    "card_settled",
                    payment_id,
                    {
                        "payment_id": payment_id,
                        "sale_id": row.sale_id,
                        "amount_minor": row.amount_minor,
                        "currency": row.currency,
                        "state": row.state,
                        "by": resolved_by,
                        "note": note,
                    },
                )
            return _info(row)

    def get(self, payment_id: str) -> CardPaymentInfo | None:
        with self._db.session() as s:
            row = s.get(CardPayment, payment_id)
            return _info(row) if row is not None else None

    def unresolved(self) -> list[CardPaymentInfo]:
        """Payments whose outcome nobody knows yet (oldest first)."""
        with self._db.session() as s:
            rows = s.scalars(
                select(CardPayment)
                .where(CardPayment.state.in_(OPEN_STATES))
                .order_by(CardPayment.created_at)
            )
            return [_info(r) for r in rows]

    def last_approved(self, operation: str = "sale") -> CardPaymentInfo | None:
        with self._db.session() as s:
            row = s.scalars(
                select(CardPayment)
                .where(CardPayment.state == "approved", CardPayment.operation == operation)
                .order_by(CardPayment.created_at.desc())
                .limit(1)
            ).first()
            return _info(row) if row is not None else None
