"""Domain errors carry a stable code, string params and a translatable English template."""

from __future__ import annotations

import copy
import inspect
import pickle
import string

import pytest

from pos.domain import errors
from pos.domain.errors import DomainError, LineNotFound, QuantityTooLarge
from pos.domain.i18n import QT_TRANSLATE_NOOP


def _error_classes() -> list[type[DomainError]]:
    return [
        obj
        for obj in vars(errors).values()
        if inspect.isclass(obj) and issubclass(obj, DomainError)
    ]


def test_marker_returns_the_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("DomainError", "Hello {name}") == "Hello {name}"


def test_every_error_has_its_own_code() -> None:
    codes = [cls.code for cls in _error_classes()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_template_fields_are_exactly_the_params_the_constructor_takes(
    cls: type[DomainError],
) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(cls.template) if name}
    signature = inspect.signature(cls.__init__)
    params = {name for name in signature.parameters if name != "self"}
    if params == {"params"}:  # the base class takes any keyword
        return
    assert fields <= params


def test_message_is_the_template_formatted_with_string_params() -> None:
    error = LineNotFound(7)
    assert error.code == "line_not_found"
    assert error.params == {"line_no": "7"}
    assert error.message == "There is no line 7 on this sale."
    assert str(error) == error.message


def test_errors_survive_copy_and_pickle() -> None:
    error = QuantityTooLarge(10000, 9999)
    for clone in (copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
        assert type(clone) is QuantityTooLarge
        assert clone.params == error.params
        assert str(clone) == str(error)
