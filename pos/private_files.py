"""Owner-only files: what the till and the hub keep on disk is for their own user alone.

The till's database holds PIN hashes (an offline guess takes seconds), the hub's holds
customers and its key file can mint promo codes. So their directories are 0700 and their
files 0600: made so when created (:func:`owner_only` sets the umask around the creation, so
SQLite's -wal/-shm and a log's rotated files are born private too) and fixed when opened
(:func:`restrict`, :func:`lock_down`), so an install made before this is tightened on its
next start. On Windows the POSIX modes mean little; the per-user data dir is the protection
there, so these are no-ops.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600
UMASK: Final = 0o077
_OTHERS: Final = stat.S_IRWXG | stat.S_IRWXO
POSIX: Final = os.name == "posix"


@contextmanager
def owner_only() -> Iterator[None]:
    """Files and directories created inside are their owner's alone (the umask is
    process-wide: anything another thread creates meanwhile is private too, never wider)."""
    if not POSIX:
        yield
        return
    previous = os.umask(UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def private_dir(path: Path) -> Path:
    """``path`` as an existing 0700 directory (created with its parents, tightened if not)."""
    with owner_only():
        path.mkdir(parents=True, exist_ok=True)
    _tighten(path, DIR_MODE)
    return path


def write_private(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole or not at all, owner-only: a 0600 temp
    file beside it, fsync, rename over (settings, the device token, the hub's key file, a
    support bundle: never half a file)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)  # mkstemp makes it 0600 already; say so explicitly
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def restrict(paths: Iterable[Path]) -> list[Path]:
    """Make each existing file of ``paths`` 0600; returns those that were wider."""
    return [p for p in paths if _tighten(p, FILE_MODE)]


def lock_down(root: Path) -> list[Path]:
    """``root`` and every directory under it 0700, every file 0600 (symlinks are not followed:
    a link's target is not ours to change). Returns what was tightened."""
    changed: list[Path] = []
    if _tighten(root, DIR_MODE):
        changed.append(root)
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        changed.extend(base / d for d in dirs if _tighten(base / d, DIR_MODE))
        changed.extend(base / f for f in files if _tighten(base / f, FILE_MODE))
    if changed:
        log.warning("made owner-only (others could read them): %s", ", ".join(map(str, changed)))
    return changed


def accessible_to_others(root: Path) -> list[Path]:
    """Every path under ``root`` (itself included) that group or others may use."""
    found = [root] if root.lstat().st_mode & _OTHERS else []
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            path = Path(folder) / name
            if not path.is_symlink() and path.lstat().st_mode & _OTHERS:
                found.append(path)
    return found


def _tighten(path: Path, mode: int) -> bool:
    if not POSIX:
        return False
    try:
        current = path.lstat().st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(current) or stat.S_IMODE(current) & ~mode == 0:
        return False
    path.chmod(stat.S_IMODE(current) & mode)
    return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the first, and each one a rollover opens) is 0600:
    a log names users, devices and refused codes."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: private, returns a TextIO
        with owner_only():
            stream = super()._open()
        restrict([Path(self.baseFilename)])
        return stream
