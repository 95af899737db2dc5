"""GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) check digits.

A misread scan usually breaks the check digit; refusing it here stops a wrong product from
landing in the cart. Codes are compared as GTIN-14 so "0012345678905" (EAN-13) and
"012345678905" (UPC-A) find the same product.
"""

from __future__ import annotations

from pos.domain.errors import InvalidBarcode

GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def gtin_check_digit(digits: str) -> int:
    """Check digit for a GTIN payload (the code without its check digit).

    Weights 3, 1, 3, ... from the rightmost payload digit; the check digit brings the sum
    up to a multiple of ten.
    """
    if not digits.isascii() or not digits.isdigit():
        raise InvalidBarcode(digits)
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True for an all-digit code of length 8, 12, 13 or 14 with a correct check digit."""
    if len(code) not in GTIN_LENGTHS or not code.isascii() or not code.isdigit():
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def normalize_gtin14(code: str) -> str:
    """The code zero-padded to 14 digits; raises InvalidBarcode if it is not a valid GTIN."""
    text = code.strip()
    if not is_valid_gtin(text):
        raise InvalidBarcode(code)
    return text.zfill(14)
