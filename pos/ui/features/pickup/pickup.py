"""Click & collect at the till: the pickup screen (Ctrl+O, or a scanned pickup QR straight at
the handover), and an unpaid order paid as a sale of this till (``PickupCheckout``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer

from drivers.scanner import ScanRead
from pos.domain.scan_meaning import Route, ScanMeaning
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.payment.payment import Payment
from pos.ui.features.pickup.checkout import PickupCheckout
from pos.ui.features.pickup.pickup_dialog import PickupDialog
from pos.ui.features.selling.selling import Selling


class Pickup(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.till.scan_router.register(Route.PICKUP, self._scanned)

    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Pickup orders: queue, picking, handover")
        return [TillAction("Ctrl+O", label, self.open_pickup, on_key_row=False)]

    def attach(self) -> None:
        payment = self.screen.feature(Payment)
        self.checkout = PickupCheckout(
            self.till,
            self.bridge,
            self.screen,
            self.screen.feature(Selling).add_product,
            payment.pay,
        )
        self.screen.sale_ending.append(self.checkout.sale_ending)
        payment.sale_recorded.connect(self.checkout.recorded)

    def open_pickup(self, qr_token: str | None = None) -> None:
        """Ctrl+O: the pickup queue, picking and handover (a scanned pickup QR opens it at
        the handover)."""
        dialog = self.pickup_dialog()
        if dialog is None:
            return
        if qr_token is not None:
            dialog.hand_over_qr(qr_token)
        dialog.exec()
        self.after_pickup(dialog)

    def pickup_dialog(self) -> PickupDialog | None:
        if self.till.pickup is None or self.till.sync is None:
            self.screen.show_message(
                self.tr("Pickup orders come from the hub; this till does not sync with one."),
                "warning",
            )
            return None
        if self.till.current_user is None:
            return None
        screen = self.screen

        def listen(listener: Callable[[ScanRead], None] | None) -> None:
            screen.scan_listener = listener

        return PickupDialog(self.till, self.bridge, listen, self.parent_widget)

    def after_pickup(self, dialog: PickupDialog) -> None:
        """The pickup screen closed: an unpaid order it handed on is paid as a sale."""
        request = dialog.payment_request
        dialog.deleteLater()
        if request is not None:
            self.checkout.start(request)
        self.screen.back_to_scan()

    def _scanned(self, meaning: ScanMeaning) -> None:
        QTimer.singleShot(0, lambda: self.open_pickup(meaning.value))
