"""Where one till keeps its files. Tests and ``--data-dir`` never touch the user's real dirs.

The data dir is the till's alone: 0700, every file in it 0600 (``pos.private_files``),
tightened on every start so an older install is fixed too."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from pos.private_files import lock_down, private_dir

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
    lock_down(path)
    return path


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
    def receipts_dir(self) -> Path:
        """Where the virtual printer keeps the exact bytes of every job (demo and tests)."""
        return private_dir(self.root / "printed")
