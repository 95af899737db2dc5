"""Errors the business rules raise.

Each error has a stable ``code`` (for logs, the journal and tests), string ``params`` and an
English ``template`` (a ``str.format`` template over the params). The UI translates the
template through Qt (context ``"DomainError"``) and formats it with the params, so a message
never has to be parsed back out of an exception string.
"""

from __future__ import annotations

from typing import ClassVar

from pos.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DomainError"


class DomainError(Exception):
    """A business rule refused an operation; the state it was asked to change is unchanged."""

    code: ClassVar[str] = "domain_error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("DomainError", "The operation is not allowed.")

    def __init__(self, **params: object) -> None:
        self.params: dict[str, str] = {key: str(value) for key, value in params.items()}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message; the UI formats the translated template instead."""
        return self.template.format(**self.params)

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling/copying working with kwargs
        return (_rebuild, (type(self), self.params))


def _rebuild(cls: type[DomainError], params: dict[str, str]) -> DomainError:
    error = cls.__new__(cls)
    error.params = dict(params)
    Exception.__init__(error, error.message)
    return error


# --- money ---------------------------------------------------------------------------------


class CurrencyMismatch(DomainError, ValueError):
    """Two amounts in different currencies met; also a ``ValueError`` for older callers."""

    code = "currency_mismatch"
    template = QT_TRANSLATE_NOOP("DomainError", "Currency {left} cannot be combined with {right}.")

    def __init__(self, left: str, right: str) -> None:
        super().__init__(left=left, right=right)


# --- quantities ----------------------------------------------------------------------------


class InvalidQuantity(DomainError):
    """Base for every quantity the till refuses."""

    code = "invalid_quantity"
    template = QT_TRANSLATE_NOOP("DomainError", "The quantity {quantity} is not valid.")

    def __init__(self, quantity: object) -> None:
        super().__init__(quantity=quantity)


class QuantityNotPositive(InvalidQuantity):
    code = "quantity_not_positive"
    template = QT_TRANSLATE_NOOP("DomainError", "The quantity must be more than zero.")


class QuantityNotWhole(InvalidQuantity):
    code = "quantity_not_whole"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This item is sold by the piece; {quantity} is not a whole number."
    )


class QuantityTooPrecise(InvalidQuantity):
    code = "quantity_too_precise"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A weight has at most three decimals (grams); {quantity} has more."
    )


class QuantityTooLarge(InvalidQuantity):
    code = "quantity_too_large"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The quantity {quantity} exceeds the limit {limit}."
    )

    def __init__(self, quantity: object, limit: object) -> None:
        DomainError.__init__(self, quantity=quantity, limit=limit)


# --- lines and prices ----------------------------------------------------------------------


class LineNotFound(DomainError):
    code = "line_not_found"
    template = QT_TRANSLATE_NOOP("DomainError", "There is no line {line_no} on this sale.")

    def __init__(self, line_no: int) -> None:
        super().__init__(line_no=line_no)


class LineAlreadyVoided(DomainError):
    code = "line_already_voided"
    template = QT_TRANSLATE_NOOP("DomainError", "Line {line_no} is already voided.")

    def __init__(self, line_no: int) -> None:
        super().__init__(line_no=line_no)


class InvalidPrice(DomainError):
    code = "invalid_price"
    template = QT_TRANSLATE_NOOP("DomainError", "The price {price} is not valid.")

    def __init__(self, price: object) -> None:
        super().__init__(price=price)


class ReasonRequired(DomainError):
    code = "reason_required"
    template = QT_TRANSLATE_NOOP("DomainError", "Please give a reason.")

    def __init__(self) -> None:
        super().__init__()


# --- discounts -----------------------------------------------------------------------------


class InvalidDiscount(DomainError):
    """Base for a discount that cannot exist or does not fit what it is applied to."""

    code = "invalid_discount"
    template = QT_TRANSLATE_NOOP("DomainError", "The discount {discount} is not valid.")

    def __init__(self, discount: object) -> None:
        super().__init__(discount=discount)


class DiscountNotPositive(InvalidDiscount):
    code = "discount_not_positive"
    template = QT_TRANSLATE_NOOP("DomainError", "A discount must be more than zero.")


class DiscountOverHundredPercent(InvalidDiscount):
    code = "discount_over_100_percent"
    template = QT_TRANSLATE_NOOP("DomainError", "A discount cannot exceed 100 %.")


class DiscountExceedsAmount(InvalidDiscount):
    code = "discount_exceeds_amount"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The discount {discount} is more than the amount {amount} it applies to."
    )

    def __init__(self, discount: object, amount: object) -> None:
        DomainError.__init__(self, discount=discount, amount=amount)


# --- permissions ---------------------------------------------------------------------------


class PermissionDenied(DomainError):
    """The acting role may not do this alone; a supervisor approval would allow it."""

    code = "permission_denied"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A {role} may not do this ({action}) without a supervisor's approval."
    )

    def __init__(self, action: str, role: str) -> None:
        super().__init__(action=action, role=role)


class DiscountOverLimit(PermissionDenied):
    """The discount is beyond the role's limit; ``params['limit']`` is that limit in percent."""

    code = "discount_over_limit"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A {role} may give at most {limit} % discount; this is {percent} %."
    )

    def __init__(self, role: str, limit: object, percent: object) -> None:
        DomainError.__init__(self, action="discount", role=role, limit=limit, percent=percent)


class InvalidApproval(PermissionDenied):
    """An approval was given but does not cover this action (wrong action or too low a role)."""

    code = "invalid_approval"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The approval by a {role} does not cover this action ({action})."
    )


# --- sale state ----------------------------------------------------------------------------


class SaleNotOpen(DomainError):
    code = "sale_not_open"
    template = QT_TRANSLATE_NOOP("DomainError", "This sale is {state} and cannot be changed.")

    def __init__(self, state: str) -> None:
        super().__init__(state=state)


class EmptySale(DomainError):
    code = "empty_sale"
    template = QT_TRANSLATE_NOOP("DomainError", "The sale has no items.")

    def __init__(self) -> None:
        super().__init__()


class PaymentInProgress(DomainError):
    """Lines, discounts and parking are frozen once a tender is taken; remove tenders first."""

    code = "payment_in_progress"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Payment has started; remove the payments before changing the sale."
    )

    def __init__(self) -> None:
        super().__init__()


# --- tenders -------------------------------------------------------------------------------


class InvalidTender(DomainError):
    code = "invalid_tender"
    template = QT_TRANSLATE_NOOP("DomainError", "The payment amount {amount} is not valid.")

    def __init__(self, amount: object) -> None:
        super().__init__(amount=amount)


class TenderExceedsDue(DomainError):
    """A non-cash tender may not exceed what is left to pay (only cash gives change)."""

    code = "tender_exceeds_due"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The payment {amount} is more than the {due} left to pay."
    )

    def __init__(self, amount: object, due: object) -> None:
        super().__init__(amount=amount, due=due)


class TenderNotFound(DomainError):
    code = "tender_not_found"
    template = QT_TRANSLATE_NOOP("DomainError", "There is no payment {tender_id} on this sale.")

    def __init__(self, tender_id: str) -> None:
        super().__init__(tender_id=tender_id)


class InsufficientPayment(DomainError):
    code = "insufficient_payment"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{paid} paid of {due} due; {balance} is still to pay."
    )

    def __init__(self, due: object, paid: object, balance: object) -> None:
        super().__init__(due=due, paid=paid, balance=balance)


# --- documents and codes -------------------------------------------------------------------


class InvalidDocument(DomainError):
    code = "invalid_document"
    template = QT_TRANSLATE_NOOP("DomainError", "The stored sale document is invalid: {problem}.")

    def __init__(self, problem: str) -> None:
        super().__init__(problem=problem)


class InvalidBarcode(DomainError):
    code = "invalid_barcode"
    template = QT_TRANSLATE_NOOP("DomainError", "{barcode} is not a valid barcode.")

    def __init__(self, barcode: str) -> None:
        super().__init__(barcode=barcode)


class InvalidMeasureLabel(DomainError):
    code = "invalid_measure_label"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The weight or price in label {barcode} does not check out; weigh the item again.",
    )

    def __init__(self, barcode: str) -> None:
        super().__init__(barcode=barcode)


class InvalidLabelLayout(DomainError, ValueError):
    """A scale-label layout that no EAN-13 can follow (also a ``ValueError``: the settings
    file's validator reports it like any other bad value)."""

    code = "invalid_label_layout"
    template = QT_TRANSLATE_NOOP("DomainError", "This label layout cannot be used.")


class LabelPrefixesWrong(InvalidLabelLayout):
    code = "label_prefixes_wrong"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Label prefixes are two digits from 20 to 29, e.g. 27, 28."
    )


class LabelLengthWrong(InvalidLabelLayout):
    code = "label_length_wrong"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The layout uses {used} digits; an EAN-13 code has 13."
    )

    def __init__(self, used: int) -> None:
        super().__init__(used=used)


class LabelCheckDigitWrong(InvalidLabelLayout):
    code = "label_check_digit_wrong"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A check digit before the value needs a value of 4 or 5 digits."
    )


class LabelDecimalsWrong(InvalidLabelLayout):
    code = "label_decimals_wrong"
    template = QT_TRANSLATE_NOOP("DomainError", "The value has fewer digits than decimals.")


class InvalidGs1Code(DomainError):
    code = "invalid_gs1_code"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The code {barcode} could not be read as a GS1 code; scan it again."
    )

    def __init__(self, barcode: str) -> None:
        super().__init__(barcode=barcode)


class MeasureNotForPieces(DomainError):
    code = "measure_not_for_pieces"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{name} is sold by the piece; a weight label cannot sell it."
    )

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class MarkingCodeTwice(DomainError):
    code = "marking_code_twice"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This marked item is already in the sale (line {line_no})."
    )

    def __init__(self, line_no: int) -> None:
        super().__init__(line_no=line_no)


class MarkedItemIsOne(DomainError):
    code = "marked_item_is_one"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A marked item is sold one at a time: scan each item's own code."
    )


# --- users ---------------------------------------------------------------------------------


class InvalidUser(DomainError, ValueError):
    """A user or PIN the till refuses; also a ``ValueError`` (``pos user add`` prints it)."""

    code = "invalid_user"
    template = QT_TRANSLATE_NOOP("DomainError", "This user cannot be added.")


class UserNameEmpty(InvalidUser):
    code = "user_name_empty"
    template = QT_TRANSLATE_NOOP("DomainError", "Type the user's name.")


class PinNotDigits(InvalidUser):
    code = "pin_not_digits"
    template = QT_TRANSLATE_NOOP("DomainError", "The PIN must contain digits only.")


class PinWrongLength(InvalidUser):
    code = "pin_wrong_length"
    template = QT_TRANSLATE_NOOP("DomainError", "The PIN must be 4 to 8 digits long.")


class PinTaken(InvalidUser):
    code = "pin_taken"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This PIN is already used by another user; choose another."
    )


class PinsDiffer(InvalidUser):
    code = "pins_differ"
    template = QT_TRANSLATE_NOOP("DomainError", "The two PINs differ; type the same PIN twice.")


class UsersExist(InvalidUser):
    """The first manager is added only to a till with no users (no PIN is asked for then)."""

    code = "users_exist"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This till has users already; a manager adds new ones."
    )


# --- shifts and cash -----------------------------------------------------------------------


class NoDenominations(DomainError):
    code = "no_denominations"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The till knows no banknotes and coins of {currency} to count."
    )

    def __init__(self, currency: str) -> None:
        super().__init__(currency=currency)


class InvalidCashCount(DomainError):
    code = "invalid_cash_count"
    template = QT_TRANSLATE_NOOP("DomainError", "{value} cannot be part of a drawer count.")

    def __init__(self, value: object) -> None:
        super().__init__(value=value)


class InvalidCashAmount(DomainError):
    code = "invalid_cash_amount"
    template = QT_TRANSLATE_NOOP("DomainError", "{amount} is not an amount of cash this can move.")

    def __init__(self, amount: object) -> None:
        super().__init__(amount=amount)


class ShiftNotOpen(DomainError):
    code = "shift_not_open"
    template = QT_TRANSLATE_NOOP("DomainError", "No shift is open on this till: open one first.")

    def __init__(self) -> None:
        super().__init__()


class ShiftAlreadyOpen(DomainError):
    code = "shift_already_open"
    template = QT_TRANSLATE_NOOP("DomainError", "A shift is already open on this till.")

    def __init__(self) -> None:
        super().__init__()


class DrawerEventTwice(DomainError):
    code = "drawer_event_twice"
    template = QT_TRANSLATE_NOOP("DomainError", "The cash record {record} is in the shift already.")

    def __init__(self, record: str) -> None:
        super().__init__(record=record)


class DrawerNotCounted(DomainError):
    code = "drawer_not_counted"
    template = QT_TRANSLATE_NOOP("DomainError", "Count the drawer before closing the shift.")

    def __init__(self) -> None:
        super().__init__()


class CountOutdated(DomainError):
    code = "count_outdated"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Cash went in or out after the drawer was counted: count it again."
    )

    def __init__(self) -> None:
        super().__init__()


class VarianceNeedsApproval(DomainError):
    code = "variance_needs_approval"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The counted cash is {variance} off the expected: a supervisor must approve the close.",
    )

    def __init__(self, variance: object) -> None:
        super().__init__(variance=variance)


class SalesStillOpen(DomainError):
    code = "sales_still_open"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Finish or void the open and parked sales first ({count})."
    )

    def __init__(self, count: int) -> None:
        super().__init__(count=count)
