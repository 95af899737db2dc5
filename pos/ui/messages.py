"""Turns core errors into translated sentences for people. No traceback ever reaches a screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from pos.domain.errors import DomainError

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """A clear, translated message for ``exc``; unexpected errors are logged in full."""
    if isinstance(exc, DomainError):
        template = QCoreApplication.translate("DomainError", exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return template
    log.error("unexpected error shown to the user", exc_info=exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong ({0}). The sale is safe; please try again."
    ).format(type(exc).__name__)
