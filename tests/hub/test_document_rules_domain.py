"""The hub's document rules refuse nothing a till makes: random sales built with the domain's
own ``Sale`` (discounts, voided lines, net pricing, cash rounding, card and cash tenders) pass
``check_sale``, and random voids pass ``check_void``."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from pos.api.documents import SaleDocument, VoidDocument
from pos.domain.money import CHF, EUR, PLN, Money
from pos.domain.roles import Role
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind
from pos.hub.document_rules import check_sale, check_void
from tests.domain.builders import new_sale
from tests.domain.test_properties import apply_random_operation, products


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_every_sale_and_void_the_domain_makes_passes_the_hubs_rules(data: st.DataObject) -> None:
    currency = data.draw(st.sampled_from([EUR, CHF, PLN]))
    sale = new_sale(currency, pricing=data.draw(st.sampled_from(list(Pricing))))
    catalog = data.draw(products(currency))
    for _ in range(data.draw(st.integers(1, 12))):
        apply_random_operation(data, sale, catalog)
    if not sale.active_lines:
        return
    if data.draw(st.booleans()):
        voided = sale.void("changed mind", by_role=Role.MANAGER)
        void = json.loads(json.dumps(voided.to_document()))
        VoidDocument.model_validate(void)
        check_void(void, currency.code, datetime.now(UTC))
        return
    for _ in range(data.draw(st.integers(0, 2))):
        left = sale.balance_due
        if left.is_zero():
            break
        sale.add_tender(
            TenderKind.CARD, Money.from_minor(data.draw(st.integers(1, left.minor)), currency)
        )
    if not sale.balance_due.is_zero():
        extra = Money.from_minor(data.draw(st.integers(0, 10_000)), currency)
        sale.add_tender(TenderKind.CASH, sale.cash_due + extra)
    doc = json.loads(json.dumps(sale.complete().to_document()))
    SaleDocument.model_validate(doc)
    assert check_sale(doc, currency.code, datetime.now(UTC)).sale_id == doc["sale_id"]
