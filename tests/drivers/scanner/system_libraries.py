"""Tests that need a system library say so in the summary when it is missing, instead of
failing with a ctypes error: ``scripts/install-system-deps.sh`` installs it. In CI (``$CI``
set) the library must be there, so a missing install step fails rather than skips."""

from __future__ import annotations

import os

import pytest

from drivers.scanner.decoders import PyzbarDecoder

ZBAR_MISSING = (
    "the system library libzbar0 is missing (pyzbar loads it): "
    "scripts/install-system-deps.sh installs it"
)

needs_zbar = pytest.mark.skipif(
    not os.environ.get("CI") and not PyzbarDecoder.supported(), reason=ZBAR_MISSING
)
