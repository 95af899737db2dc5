"""Translation marker for user-facing domain text.

The domain may not import Qt, yet its error messages must reach Qt's translation tools.
``QT_TRANSLATE_NOOP`` has the name and signature ``lupdate`` looks for, so the English
templates are extracted into the ``.ts`` files while the domain stays pure; the UI then
calls ``QCoreApplication.translate(context, template)`` at display time.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # name fixed by lupdate
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text
