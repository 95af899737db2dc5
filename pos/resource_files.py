"""Where the till's data files are: ``pos/resources/`` (theme, translations, the API document),
found through ``importlib.resources`` so a wheel, an sdist install and a source checkout all
find the copy that belongs to the code running, never a path relative to the source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource(*parts: str) -> Path:
    """A file or directory under ``pos/resources``. The package is installed unzipped (a
    wheel, a checkout, PyInstaller's folder), so the location is a real path Qt can read."""
    return Path(str(resources.files("pos").joinpath("resources", *parts)))
