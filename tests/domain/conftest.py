"""Domain test setup.

When a Hypothesis test fails, Hypothesis imports ``libcst`` to suggest a patch; ``libcst``
imports ``mypy_extensions.TypedDict``, which warns, and ``filterwarnings = error`` turns the
failure report into a pytest INTERNALERROR. Importing ``libcst`` once here with that warning
silenced keeps failures readable. (Better: an ``ignore`` entry in pyproject's filterwarnings.)
"""

from __future__ import annotations

import contextlib
import warnings

with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import libcst  # noqa: F401
