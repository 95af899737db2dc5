"""The till screen's features, in the order they are built (their keyboard-only actions are
listed in the F1 help in this order). A new feature is one module and one line here."""

from __future__ import annotations

from pos.ui.features.base import Feature
from pos.ui.features.card_terminal.card_terminal import CardTerminal
from pos.ui.features.customer.customer import Customer
from pos.ui.features.discounts.approvals import Approvals
from pos.ui.features.discounts.discounts import Discounts
from pos.ui.features.parking.parking import Parking
from pos.ui.features.payment.payment import Payment
from pos.ui.features.pickup.pickup import Pickup
from pos.ui.features.returns.returns import Returns
from pos.ui.features.scanners.scanners import Scanners
from pos.ui.features.selling.lines import Lines
from pos.ui.features.selling.selling import Selling
from pos.ui.features.settings.settings import TillSettings
from pos.ui.features.shift.shift import Shifts
from pos.ui.features.stock.stock import Stock
from pos.ui.features.sync_records.sync_records import SyncRecords

FEATURES: tuple[type[Feature], ...] = (
    Selling,
    Lines,
    Approvals,
    Discounts,
    Parking,
    Payment,
    Customer,
    Stock,
    SyncRecords,
    Scanners,
    Pickup,
    CardTerminal,
    Shifts,
    Returns,
    TillSettings,
)
