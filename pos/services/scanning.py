"""From a scanner's read to the till: meaning, routing, and the scanners that run on threads.

* :class:`ScanRouter` interprets a :class:`~drivers.scanner.ScanRead` (``pos.domain.
  scan_meaning``, with the store's variable-measure layouts) and hands the meaning to the
  handler registered for its route. Features plug in with :meth:`ScanRouter.register`: the
  till screen handles products, receipts and customers' promo codes (``pos.services.
  customers``); pickup codes get a placeholder that says "not supported yet" until their
  issue registers a real handler. A route nobody handles is an unknown code.
* :class:`ScannerService` starts the configured backends (``omnitill.scanners`` entry
  points: serial, camera...) on their own threads and publishes every read and state change
  on the core ``EventBus``; the UI's bridge carries them to the GUI thread. Nothing here
  imports Qt. The keyboard wedge is not started here: its keys are GUI events
  (``pos.ui.features.scanners.wedge_filter``), and its reads enter :meth:`ScanRouter.dispatch`
  directly.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Mapping

from drivers.scanner import ScannerBackend, ScannerState, ScanRead, available_scanners
from pos.config import ScannerSettings
from pos.domain.errors import DomainError
from pos.domain.gs1_codes import printable
from pos.domain.scan_meaning import Route, ScanMeaning, interpret
from pos.domain.variable_measure import VariableMeasureLayout
from pos.events import EventBus
from pos.services.errors import PickupCodesNotSupportedYet, UnknownCode
from pos.services.events import ScannerStateChanged, ScanReceived

log = logging.getLogger(__name__)

Handler = Callable[[ScanMeaning], None]


def layouts_from(settings: ScannerSettings) -> tuple[VariableMeasureLayout, ...]:
    return tuple(layout.layout() for layout in settings.variable_measure)


def _pickup_not_supported(_meaning: ScanMeaning) -> None:
    raise PickupCodesNotSupportedYet()


def _unknown(meaning: ScanMeaning) -> None:
    raise UnknownCode(printable(meaning.text))


# One code of each kind the parsers tell apart: EAN-13, UPC-E, a GS1 element string, a link.
WARM_UP_CODES = (
    "5901234123457",
    "04252614",
    "010590123412345710LOT7",
    "https://id.gs1.org/01/05901234123457",
)


def warm_up_scan_path(then: Callable[[], object] | None = None) -> threading.Thread:
    """Interpret one code of each kind on a thread of its own, so their parsers (biip, about a
    tenth of a second to load) load while the cashier types a PIN, not inside the first scan.

    ``then`` runs on that thread afterwards: the till chains its other start-up stragglers
    (the printer's first status, which loads python-escpos) behind it, so only one thread at a
    time competes with the GUI thread for the interpreter."""

    def run() -> None:
        for code in WARM_UP_CODES:
            with contextlib.suppress(DomainError):
                interpret(code)
        if then is not None:
            then()

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


class ScanRouter:
    """Meaning first, then the route's handler. Handlers raise DomainError for the cashier."""

    def __init__(self, settings: ScannerSettings) -> None:
        self.layouts = layouts_from(settings)
        self._handlers: dict[Route, Handler] = {
            Route.PICKUP: _pickup_not_supported,
            Route.UNKNOWN: _unknown,
        }

    def register(self, route: Route, handler: Handler) -> None:
        """Set the handler of ``route`` (a later feature replaces a placeholder)."""
        self._handlers[route] = handler

    def interpret(self, read: ScanRead) -> ScanMeaning:
        return interpret(read.text, read.symbology.value, self.layouts)

    def dispatch(self, read: ScanRead) -> ScanMeaning:
        """Interpret and route one read; DomainErrors (bad code, unsupported route) propagate
        to the caller, which shows them. Returns the meaning for logs and the test screen."""
        meaning = self.interpret(read)
        log.debug("scan from %s routed to %s", read.source or "?", meaning.route.value)
        self.route(meaning)
        return meaning

    def route(self, meaning: ScanMeaning) -> None:
        self._handlers.get(meaning.route, _unknown)(meaning)


class ScannerService:
    """The till's scanners that run on their own threads, built from the settings."""

    def __init__(
        self,
        settings: ScannerSettings,
        bus: EventBus,
        kinds: Mapping[str, type[ScannerBackend]] | None = None,
    ) -> None:
        self.settings = settings
        self.bus = bus
        self._kinds = kinds
        self.backends: list[ScannerBackend] = []

    def start(self) -> None:
        """Start the enabled devices. Only the kinds they name are checked for support: a
        check may import a device library (the camera's imports OpenCV and numpy, 0.4 s),
        and a till with only the keyboard wedge starts none of them."""
        devices = [device for device in self.settings.devices if device.enabled]
        if not devices:
            return
        kinds = self._kinds  # given: the caller chose them (supported or not)
        if kinds is None:
            kinds = {
                name: kind
                for name, kind in available_scanners(include_unsupported=True).items()
                if any(device.kind == name for device in devices) and kind.supported()
            }
        for device in devices:
            kind = kinds.get(device.kind)
            if kind is None:
                log.error("scanner kind %r is not available here", device.kind)
                self.bus.publish(ScannerStateChanged(device.kind, "unavailable", device.kind))
                continue
            try:
                backend = kind(**device.options)
            except (TypeError, ValueError) as problem:
                log.error("scanner %s: bad options %s (%s)", device.kind, device.options, problem)
                self.bus.publish(ScannerStateChanged(device.kind, "unavailable", str(problem)))
                continue
            self.start_backend(backend)

    def start_backend(self, backend: ScannerBackend) -> None:
        where = backend.describe()

        def on_read(read: ScanRead) -> None:
            self.bus.publish(ScanReceived(read))

        def on_state(state: ScannerState, detail: str) -> None:
            self.bus.publish(ScannerStateChanged(where, state.value, detail))

        backend.start(on_read, on_state)
        self.backends.append(backend)

    def backend(self, where: str) -> ScannerBackend | None:
        """The started backend that describes itself as ``where`` (its ``describe()``).

        The scanner screen previews a running camera through this rather than opening the
        device a second time (most cameras cannot be opened twice)."""
        return next((b for b in self.backends if b.describe() == where), None)

    def stop(self) -> None:
        backends, self.backends = self.backends, []
        for backend in backends:
            try:
                backend.stop()
            except Exception:
                log.exception("scanner %s did not stop cleanly", backend.describe())
