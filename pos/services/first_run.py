"""First-run set-up of a new till, without the window's widgets (pos.ui.first_run shows it).

Nothing is written until :func:`finish_first_run`: asking the hub to pair keeps the answer
(the device token among it) in memory, a printer test page and a terminal check touch only
the devices, the first manager is only checked. Finishing writes the pairing and the device
token, then the first manager and the settings file together: the file is written inside the
user's transaction, which commits after it (and if the commit fails the file is taken away
again). The settings file is what says "set up", so a crash before it leaves a till that
shows the set-up again, never one that half believes it is set up.

The pairing code is one-time: once the hub confirmed the store and till, the code is spent;
cancelling after that needs a new code from the hub's manager (the set-up says so).
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from drivers.payment import TerminalStatus
from drivers.printer import ReceiptPrinter
from drivers.printer.receipt import Receipt, Row
from pos.api.devices import PairingResult
from pos.api.problems import ProblemCode
from pos.config import PaymentSettings, PrinterSettings, Settings, save_settings
from pos.domain.errors import PinsDiffer
from pos.paths import TillPaths
from pos.services.payments import make_terminal
from pos.services.printing import make_connection
from pos.store import Pairing, PairingRepository, TokenFile, UserRepository
from pos.store.db import Database, open_database
from pos.store.models import utc_text
from pos.store.users import check_name, check_pin
from pos.sync.client import HubClient
from pos.sync.errors import HubError, HubUnreachable, Refused

log = logging.getLogger(__name__)

PAIRING_TIMEOUT = 10.0  # seconds; an unreachable hub is said so within it


class SetupProblem(Exception):
    """What went wrong, as a stable ``code`` the set-up screen translates."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


BAD_URL = "bad_url"
UNREACHABLE = "unreachable"
CODE_INVALID = "code_invalid"
CODE_USED = "code_used"
CODE_EXPIRED = "code_expired"
HUB_ERROR = "hub_error"
_BY_PROBLEM = {
    ProblemCode.PAIRING_CODE_INVALID: CODE_INVALID,
    ProblemCode.PAIRING_CODE_USED: CODE_USED,
    ProblemCode.PAIRING_CODE_EXPIRED: CODE_EXPIRED,
}


@dataclass(frozen=True, slots=True)
class PendingPairing:
    """The hub's answer to the pairing code, kept in memory until the set-up is finished."""

    hub_url: str
    result: PairingResult
    store_name: str

    def pairing(self) -> Pairing:
        r = self.result
        return Pairing(
            hub_url=self.hub_url, store_id=r.store_id, till_id=r.till_id,
            device_id=r.device_id, location_id=r.location_id, currency=r.currency,
            hub_id=r.hub_id, paired_at=utc_text(r.paired_at),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class FirstManager:
    """The till's first user, a manager, kept in memory until Finish (``repr`` hides the PIN)."""

    name: str
    pin: str

    def __repr__(self) -> str:
        return f"FirstManager(name={self.name!r})"


def first_manager(name: str, pin: str, again: str) -> FirstManager:
    """The typed manager if ``pos user add``'s rules take it (an ``InvalidUser`` if not)."""
    name = check_name(name)
    if pin != again:
        raise PinsDiffer()
    check_pin(pin)
    return FirstManager(name, pin)


def till_has_users(paths: TillPaths) -> bool:
    """Whether the till's database has an active user (no database yet: none, none created)."""
    if not paths.database.exists():
        return False
    db = open_database(paths.database)
    try:
        return bool(UserRepository(db).list_active())
    finally:
        db.engine.dispose()


def needs_first_run(paths: TillPaths) -> bool:
    """A till whose data dir has no settings file has never been set up."""
    return not paths.settings.exists()


def checked_hub_url(text: str) -> str:
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SetupProblem(BAD_URL, text)
    return url


def ask_hub_to_pair(hub_url: str, code: str) -> PendingPairing:
    """Exchange ``code`` at the hub and learn the store's name; blocking, writes nothing."""
    url = checked_hub_url(hub_url)
    code = code.strip()
    if not 4 <= len(code) <= 32:
        raise SetupProblem(CODE_INVALID, code)
    try:
        with HubClient(url, timeout=PAIRING_TIMEOUT) as client:
            result = client.pair(code, socket.gethostname()[:100] or None)
        with HubClient(url, result.token, timeout=PAIRING_TIMEOUT) as client:
            names = {loc.id: loc.name for loc in client.locations().locations}
    except HubUnreachable as exc:
        raise SetupProblem(UNREACHABLE, str(exc)) from exc
    except Refused as exc:
        raise SetupProblem(_BY_PROBLEM.get(exc.problem_code, HUB_ERROR), str(exc)) from exc
    except HubError as exc:
        raise SetupProblem(HUB_ERROR, str(exc)) from exc
    store_name = names.get(result.location_id) or names.get(result.store_id) or result.store_id
    return PendingPairing(url, result, store_name)


def print_test_page(settings: PrinterSettings, lines: tuple[str, ...]) -> str:
    """Print a short page on the printer as configured; its description. Raises on failure."""
    printer = ReceiptPrinter(make_connection(settings), settings.profile)
    printer.print_receipt(Receipt(header=lines[:1], items=(), total=Row("", ""), footer=lines[1:]))
    return printer.connection.describe()


def check_terminal(settings: PaymentSettings) -> TerminalStatus | None:
    """Ask the configured card terminal for its status (``None``: the till has none)."""
    terminal = make_terminal(settings)
    if terminal is None:
        return None
    try:
        return terminal.status()
    finally:
        terminal.close()


def finish_first_run(
    paths: TillPaths,
    settings: Settings,
    pending: PendingPairing | None,
    manager: FirstManager | None = None,
) -> None:
    """Write the set-up: pairing and device token first, then the first manager and the
    settings file (atomic) together - neither without the other."""
    db: Database | None = None
    try:
        if pending is not None:
            pairing = pending.pairing()
            settings.store.store_id = pairing.store_id
            settings.store.till_id = pairing.till_id
            settings.store.store_name = pending.store_name
            settings.store.currency = pairing.currency
            db = open_database(paths.database)
            PairingRepository(db).save(pairing)
            TokenFile(paths.device_token).write(pending.result.token)
        if manager is None:
            save_settings(settings, paths.settings)
        else:
            db = db or open_database(paths.database)
            _save_with_manager(db, paths, settings, manager)
    finally:
        if db is not None:
            db.engine.dispose()
    log.info("first-run set-up written (%s)", "paired" if pending else "no hub")


def _save_with_manager(
    db: Database, paths: TillPaths, settings: Settings, manager: FirstManager
) -> None:
    written = False
    try:
        with UserRepository(db).creating(manager.name, "manager", manager.pin, first=True):
            save_settings(settings, paths.settings)  # a refused file rolls the user back
            written = True
    except BaseException:
        if written:  # the user's commit failed after the file: take the file away again
            paths.settings.unlink(missing_ok=True)
        raise
