"""A customer's promo code at the till: verify it offline, ask the hub for the customer view,
honour it offline within a limit, and keep the customer only in memory.

1. :meth:`CustomerService.check` (GUI thread, microseconds: no I/O) verifies the scanned
   token against the hub's public keys the till keeps, its store scope and its promotion.
   Any problem raises its own :class:`~pos.services.errors.PromoCodeProblem`; nothing is
   applied. What it returns is enough for the panel's first paint.
2. :meth:`CustomerService.lookup` (the ``customer`` worker) refuses a single-use code this
   till sold with already, then asks the hub for the customer view (which the hub records).
   A refusal from the hub is its own error; no answer at all (offline, timeout, busy) gives
   an offline lookup, which honours the promotion up to ``offline_max_discount`` when that
   is above zero, with the risk recorded with the sale.
3. The screen attaches the result to the sale (``Sale.set_promotion``) and shows the view.
   The view lives in memory only (the screen drops it when the sale ends, on detach or
   after ``attach_minutes``); it is never written to the cache or logged. Logs name token
   ids and promotion ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pos.api.customers import PROMO_TOKEN, CustomerView, PromoClaims
from pos.api.signed_tokens import (
    TokenError,
    TokenExpired,
    TokenForged,
    TokenNotYetValid,
    TokenOversized,
    TokenUnknownKey,
    TokenUnsupportedVersion,
    TokenWrongPurpose,
    VerifiedToken,
)
from pos.config import CustomerSettings
from pos.domain.money import Currency, Money
from pos.domain.promotions import AppliedPromotion, Promotion
from pos.services.errors import (
    PromoCodeExpired,
    PromoCodeForged,
    PromoCodeMalformed,
    PromoCodeNewerVersion,
    PromoCodeNotPromo,
    PromoCodeNotYetValid,
    PromoCodeOtherStore,
    PromoCodeProblem,
    PromoCodeTooLong,
    PromoCodeUnknownKey,
    PromoCodeUsed,
    PromoConsentWithdrawn,
    PromoHubOffline,
    PromoNoKeys,
    PromotionEnded,
    PromoUnknownPromotion,
)
from pos.services.workers import SerialWorker
from pos.sync.errors import HubError, NotPaired, Refused

if TYPE_CHECKING:
    from pos.sync.engine import SyncEngine

log = logging.getLogger(__name__)

LEEWAY_SECONDS = 60  # clock skew between the hub and the till tolerated at the edges


def receipt_name(masked: str) -> str:
    """What the receipt prints of a customer: initials only ('Anna K.' -> 'A*** K.')."""
    words = masked.split()
    return " ".join(w if w.endswith(".") and len(w) <= 2 else f"{w[:1]}***" for w in words)


@dataclass(frozen=True, slots=True)
class ScannedPromo:
    """A promo code verified at the till (no personal data in it: a pseudonymous ref)."""

    text: str  # the token as scanned (sent to the hub to ask for the view)
    token: VerifiedToken[PromoClaims]
    promotion: Promotion | None  # None: made after the till last fetched the promotions

    @property
    def token_id(self) -> str:
        return self.token.token_id


@dataclass(frozen=True, slots=True)
class CustomerLookup:
    """What the hub said of a scanned code: the view, or offline (``view`` None)."""

    scanned: ScannedPromo
    promotion: Promotion
    view: CustomerView | None
    offline_cap: Money | None  # offline: what may be honoured (None: online, no cap)

    @property
    def offline(self) -> bool:
        return self.view is None

    def applied(self) -> AppliedPromotion:
        claims = self.scanned.token.claims
        name = receipt_name(self.view.masked_name) if self.view is not None else ""
        return AppliedPromotion(
            promotion=self.promotion,
            customer_ref=claims.customer,
            token_id=self.scanned.token_id,
            receipt_name=name,
            offline=self.offline,
            cap=self.offline_cap,
        )


class CustomerService:
    """Promo codes and customer views for one till. ``engine`` None: a till without a hub
    (every code is refused as "no keys")."""

    def __init__(
        self,
        engine: SyncEngine | None,
        settings: CustomerSettings,
        currency: Currency,
        store_id: Callable[[], str],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.currency = currency
        self._store_id = store_id
        self._clock = clock
        self.worker = SerialWorker("customer")

    def shutdown(self) -> None:
        self.worker.shutdown()

    def check(self, text: str) -> ScannedPromo:
        """Verify a scanned token offline (no I/O: the keys and promotions are in memory once
        loaded). Raises the PromoCodeProblem that names what is wrong."""
        if self.engine is None:
            raise PromoNoKeys()
        ring = self.engine.key_ring()
        if len(ring) == 0:
            raise PromoNoKeys()
        try:
            token = ring.verify(text, PROMO_TOKEN, self._clock(), LEEWAY_SECONDS)
        except TokenError as exc:
            log.info("promo code refused at the till: %s", exc.code)
            raise _refusal(exc) from None
        claims = token.claims
        store = self._store_id()
        if claims.stores is not None and store not in claims.stores:
            raise PromoCodeOtherStore(", ".join(claims.stores))
        info = next(
            (p for p in self.engine.promotions() if p.promotion_id == claims.promotion), None
        )
        if info is None:  # a promotion made after the last fetch: the hub may know it
            return ScannedPromo(text, token, None)
        promotion = info.to_rule()
        if promotion.valid_until <= self._clock():
            raise PromotionEnded()
        return ScannedPromo(text, token, promotion)

    def lookup(self, scanned: ScannedPromo, viewer: str) -> Future[CustomerLookup]:
        """Ask the hub for the customer (on the ``customer`` worker)."""
        return self.worker.submit(self._lookup, scanned, viewer)

    def _lookup(self, scanned: ScannedPromo, viewer: str) -> CustomerLookup:
        assert self.engine is not None
        claims = scanned.token.claims
        if self.engine.redemptions.uses_at_this_till(scanned.token_id) >= claims.uses:
            raise PromoCodeUsed()
        try:
            view = self.engine.customer_view(scanned.text, viewer)
        except Refused as exc:
            log.info("the hub refused promo token %s: %s", scanned.token_id, exc.problem_code)
            raise _hub_refusal(exc, scanned.token) from None
        except (HubError, NotPaired) as exc:
            log.warning("customer view for token %s offline: %s", scanned.token_id, exc)
            return self._offline(scanned)
        return CustomerLookup(scanned, view.promotion.to_rule(), view, None)

    def _offline(self, scanned: ScannedPromo) -> CustomerLookup:
        limit = self.settings.offline_max_discount
        if limit <= 0:
            raise PromoHubOffline()
        if scanned.promotion is None:  # not in the kept promotions: its rules are unknown
            raise PromoUnknownPromotion()
        return CustomerLookup(scanned, scanned.promotion, None, Money.of(limit, self.currency))


def _refusal(exc: TokenError) -> PromoCodeProblem:
    if isinstance(exc, TokenOversized):
        return PromoCodeTooLong()
    if isinstance(exc, TokenUnsupportedVersion):
        return PromoCodeNewerVersion()
    if isinstance(exc, TokenUnknownKey):
        return PromoCodeUnknownKey(exc.key_id)
    if isinstance(exc, TokenForged):
        return PromoCodeForged()
    if isinstance(exc, TokenWrongPurpose):
        return PromoCodeNotPromo()
    if isinstance(exc, TokenNotYetValid):
        return PromoCodeNotYetValid(_when(exc.not_before))
    if isinstance(exc, TokenExpired):
        return PromoCodeExpired(_when(exc.expired_at))
    return PromoCodeMalformed()


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _hub_refusal(exc: Refused, token: VerifiedToken[PromoClaims]) -> PromoCodeProblem:
    code = exc.problem_code
    simple: dict[str, Callable[[], PromoCodeProblem]] = {
        "promo_token_used": PromoCodeUsed,
        "consent_withdrawn": PromoConsentWithdrawn,
        "promotion_ended": PromotionEnded,
        "token_forged": PromoCodeForged,
        "token_oversized": PromoCodeTooLong,
        "token_wrong_purpose": PromoCodeNotPromo,
        "token_unsupported_version": PromoCodeNewerVersion,
    }
    if code in simple:
        return simple[code]()
    if code == "promo_wrong_store":
        return PromoCodeOtherStore(", ".join(token.claims.stores or ()))
    if code == "token_unknown_key":  # the hub withdrew the key
        return PromoCodeUnknownKey(token.key_id)
    if code == "token_expired":  # the hub's clock is ahead of the till's
        return PromoCodeExpired(_when(token.expires_at))
    if code == "token_not_yet_valid":
        return PromoCodeNotYetValid(_when(token.not_before))
    return PromoCodeMalformed()
