"""Give python-escpos a private, lasting cache for its printer-capabilities database.

Unless told otherwise, python-escpos parses its 1 MB capabilities file with YAML on every
import (about 0.4 s of the till's start) and leaves a new temporary directory behind each
time. Pointing ``ESCPOS_CAPABILITIES_PICKLE_DIR`` at a per-user cache directory (mode 0700:
it holds a pickle, which must not be writable by anyone else) makes later starts load the
pickle instead. An explicit setting in the environment wins.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
    cache = Path(platformdirs.user_cache_dir("omnitill", appauthor=False)) / "escpos"
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
