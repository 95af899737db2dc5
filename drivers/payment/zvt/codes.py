"""Numbers the terminal sends and what they mean (PA00P015: error messages, intermediate
status codes, terminal status codes, card-type ids), plus ISO 4217 numeric currency codes.

Texts are English log/fallback texts; the till translates the outcome, not these strings.
"""

from __future__ import annotations

RESULT_OK = 0x00
RESULT_ABORT = 0x6C  # abort via timeout or abort key
RESULT_FUNCTION_NOT_POSSIBLE = 0x83
RESULT_NOT_REGISTERED = 0x6B
RESULT_SYSTEM_ERROR = 0xFF

RESULT_TEXTS: dict[int, str] = {
    0x00: "no error",
    0x64: "card not readable",
    0x65: "card data not present",
    0x66: "processing error",
    0x67: "function not permitted for ec and Maestro cards",
    0x68: "function not permitted for credit and tank cards",
    0x6A: "turnover file full",
    0x6B: "function deactivated (terminal not registered)",
    0x6C: "abort via timeout or abort key",
    0x6E: "card in blocked list",
    0x6F: "wrong currency",
    0x71: "credit not sufficient",
    0x72: "chip error",
    0x73: "card data incorrect",
    0x77: "end-of-day batch not possible",
    0x78: "card expired",
    0x79: "card not yet valid",
    0x7A: "card unknown",
    0x7D: "communication error",
    0x83: "function not possible",
    0x85: "key missing",
    0x89: "PIN pad defective",
    0x9A: "ZVT protocol error",
    0x9B: "error from dial-up / communication fault",
    0x9C: "please wait",
    0xA0: "receiver not ready",
    0xA1: "remote station does not respond",
    0xA3: "no connection",
    0xB1: "memory full",
    0xB2: "merchant journal full",
    0xB4: "already reversed",
    0xB5: "reversal not possible",
    0xC3: "maximum amount exceeded",
    0xC5: "payment method not supported",
    0xC6: "currency not applicable",
    0xC8: "amount too small",
    0xCC: "printer not ready",
    0xDC: "card inserted",
    0xE2: "card reader does not answer",
    0xF0: "open end-of-day batch present",
    0xFF: "system error",
}

# Result codes that mean the terminal or its host failed, not that the card was refused.
TECHNICAL_RESULTS = frozenset(
    {0x6A, 0x6B, 0x7D, 0x83, 0x85, 0x89, 0x9A, 0x9B, 0xA0, 0xA1, 0xA3, 0xB1, 0xB2, 0xCC, 0xE2, 0xFF}
)

# Intermediate status (04 FF) codes: what the terminal shows the customer.
INTERMEDIATE_TEXTS: dict[int, str] = {
    0x00: "Waiting for amount confirmation",
    0x01: "Please watch the PIN pad",
    0x02: "Please watch the PIN pad",
    0x03: "Not accepted",
    0x04: "Waiting for the host",
    0x05: "Sending auto-reversal",
    0x06: "Sending post-bookings",
    0x07: "Card not admitted",
    0x08: "Card unknown",
    0x09: "Card expired",
    0x0A: "Insert card",
    0x0B: "Please remove the card",
    0x0C: "Card not readable",
    0x0D: "Processing error",
    0x0E: "Please wait",
    0x0F: "Automatic end-of-day batch",
    0x10: "Invalid card",
    0x11: "Balance display",
    0x12: "System malfunction",
    0x13: "Payment not possible",
    0x14: "Credit not sufficient",
    0x15: "Incorrect PIN",
    0x16: "Limit not sufficient",
    0x17: "Please wait",
    0x18: "PIN try limit exceeded",
    0x19: "Card data incorrect",
    0x1A: "Service mode",
    0x1B: "Approved, please fill up",
    0x1C: "Approved, please take the goods",
    0x1D: "Declined",
}

# Terminal status codes (completion of a status enquiry).
TERMINAL_STATUS_TEXTS: dict[int, str] = {
    0x00: "ready",
    0x51: "initialisation required",
    0x62: "date/time not set",
    0x9C: "please wait",
    0xA0: "receiver not ready",
    0xB1: "memory full",
    0xDC: "card inserted",
    0xF0: "open end-of-day batch present",
}

# ZVT card-type ids (BMP 8A); a name from BMP 8B wins when the terminal sends one.
CARD_TYPES: dict[int, str] = {
    0x05: "girocard",
    0x06: "Mastercard",
    0x08: "American Express",
    0x0A: "Visa",
    0x0C: "Diners",
    0x2E: "Maestro",
    0x0D: "V PAY",
}

CURRENCIES: dict[str, int] = {
    "EUR": 978,
    "PLN": 985,
    "CHF": 756,
    "GBP": 826,
    "USD": 840,
    "CZK": 203,
    "SEK": 752,
    "DKK": 208,
    "NOK": 578,
    "HUF": 348,
    "UAH": 980,
}
CURRENCY_NAMES = {number: name for name, number in CURRENCIES.items()}


def result_text(code: int) -> str:
    if 0x01 <= code <= 0x63:
        return f"refused by the authorisation system ({code:02x})"
    return RESULT_TEXTS.get(code, f"result {code:02x}")


def intermediate_text(code: int) -> str:
    return INTERMEDIATE_TEXTS.get(code, f"Status {code:02x}")
