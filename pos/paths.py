"""Where one till keeps its files. Tests and ``--data-dir`` never touch the user's real dirs.

The data dir is the till's alone: 0700, every file in it 0600 (``pos.private_files``),
tightened on every start so an older install is fixed too."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from pos.private_files import lock_down, private_dir, restrict

ENV_DATA_DIR = "OMNITILL_DATA_DIR"


def resolve_data_dir(explicit: Path | None = None) -> Path:
    """``--data-dir`` wins, then ``$OMNITILL_DATA_DIR``, then the platform's user data dir."""
    if explicit is not None:
        path = explicit
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        path = Path(platformdirs.user_data_dir("omnitill", appauthor=False))
    path = path.expanduser().resolve()
    private_dir(path)
    _tighten_till_files(path)
    return path


_OWN_DIRS = ("logs", "printed", "hub", "support")  # wholly the till's
_OWN_PREFIXES = ("till.", "settings.", ".settings-", ".token-", "device-token")


def _tighten_till_files(root: Path) -> None:
    """The till's own files in ``root`` 0600 and its own subdirectories locked down; anything
    else there is left alone (``--data-dir`` given a directory that holds other things)."""
    restrict(p for p in root.iterdir() if p.is_file() and p.name.startswith(_OWN_PREFIXES))
    for name in _OWN_DIRS:
        if (root / name).is_dir():
            lock_down(root / name)


class TillPaths:
    """The files of one till inside its data dir."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / "till.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def device_token(self) -> Path:
        """The hub's device token (owner-only file; see ``pos.store.pairing``)."""
        return self.root / "device-token"

    @property
    def hub_dir(self) -> Path:
        """The embedded reference hub of ``pos --demo`` (its own SQLite file)."""
        return self.root / "hub"

    @property
    def log_dir(self) -> Path:
        return private_dir(self.root / "logs")

    @property
    def support_dir(self) -> Path:
        """Support bundles (``pos support-bundle``, the settings screen): owner-only zips."""
        return private_dir(self.root / "support")

    @property
    def receipts_dir(self) -> Path:
        """Where the virtual printer keeps the exact bytes of every job (demo and tests)."""
        return private_dir(self.root / "printed")
