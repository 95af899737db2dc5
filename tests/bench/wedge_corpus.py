"""A corpus of keyboard-wedge scans and human typing, for the classifier's tests and benchmark.

Simulated, seeded (no recordings of real keyboards were available): timings follow the field
notes — scanners type 7-16 ms apart, with occasional USB/scheduler jitter spikes of up to 30 ms
more; people type 30-50 ms apart at the very fastest (rolled digraphs), fast typists averaging
60-90 ms per key and ordinary ones 150-250 ms (lognormal gaps).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from drivers.scanner.wedge import ENTER, US_KEYS, KeyPress

# Character -> (scan code, shift) on a US keyboard, for simulated key events.
US_POSITIONS: dict[str, tuple[int, bool]] = {}
for _code, (_plain, _shifted) in sorted(US_KEYS.items(), reverse=True):
    US_POSITIONS[_shifted] = (_code, True)
    US_POSITIONS[_plain] = (_code, False)
for _digit in "0123456789":  # prefer the number row over the keypad
    US_POSITIONS[_digit] = (2 + (int(_digit) - 1) % 10, False)

# What a Russian ЙЦУКЕН layout types for a US key position (for "layout active" samples).
RU_PLAIN = dict(
    zip("qwertyuiop[]asdfghjkl;'zxcvbnm,./", "йцукенгшщзхъфывапролджэячсмитьбю.", strict=True)
)


@dataclass(frozen=True)
class Sample:
    keys: list[KeyPress]
    is_scan: bool
    code: str  # what a scan must yield ("" for typing)
    label: str


def keys_for(
    text: str, gaps: list[float], *, start: float = 0.0, layout: str = "us"
) -> list[KeyPress]:
    """Key presses typing ``text`` then Enter, ``gaps[i]`` seconds before key i+1."""
    keys: list[KeyPress] = []
    at = start
    for i, char in enumerate(text):
        code, shift = US_POSITIONS.get(char, (0, False))
        typed = char
        if layout == "ru" and char.lower() in RU_PLAIN:
            typed = RU_PLAIN[char.lower()].upper() if char.isupper() else RU_PLAIN[char.lower()]
        keys.append(KeyPress(typed, at, scan_code=code, shift=shift))
        at += gaps[i]
    keys.append(KeyPress("\r", at, key=ENTER, scan_code=28))
    return keys


def scanner_gaps(rng: random.Random, n: int, jitter: float = 0.03) -> list[float]:
    gaps = [rng.uniform(0.007, 0.016) for _ in range(n)]
    for i in range(n):
        if rng.random() < jitter:
            gaps[i] += rng.uniform(0.005, 0.030)
    return gaps


def human_gaps(rng: random.Random, n: int, median: float, sigma: float) -> list[float]:
    return [max(0.030, rng.lognormvariate(0.0, sigma) * median) for _ in range(n)]


def _ean13(rng: random.Random) -> str:
    body = "590" + "".join(rng.choice(string.digits) for _ in range(9))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str(-total % 10)


def _code128(rng: random.Random) -> str:
    return "".join(
        rng.choice(string.ascii_uppercase + string.digits + "-/.")
        for _ in range(rng.randint(6, 20))
    )


def _qr(rng: random.Random) -> str:
    token = "".join(
        rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(8, 60))
    )
    return rng.choice(("omnitill:promo:", "omnitill:pickup:", "https://shop.example/p/")) + token


HUMAN_TEXTS = (
    "1001",
    "1042",
    "3*5901234123457",
    "mleko",
    "chleb razowy",
    "Maslo extra",
    "5901234123457",
    "2*1003",
    "ser zolty",
    "woda",
    "jablka",
    "OMNITILL",
    "pomidory malinowe",
    "kawa ziarnista",
    "12345678",
    "0.250",
    "hello world",
    "qwerty",
)


def corpus(seed: int = 4, scans: int = 600, typed: int = 600) -> list[Sample]:
    rng = random.Random(seed)
    samples: list[Sample] = []
    makers = (_ean13, _code128, _qr)
    for i in range(scans):
        code = makers[i % len(makers)](rng)
        layout = "ru" if i % 5 == 0 else "us"
        keys = keys_for(code, scanner_gaps(rng, len(code)), start=i * 10.0, layout=layout)
        samples.append(Sample(keys, True, code, f"scan {layout} {code}"))
    typists = (("fast", 0.065, 0.35), ("very fast", 0.050, 0.30), ("ordinary", 0.180, 0.5))
    for i in range(typed):
        text = HUMAN_TEXTS[i % len(HUMAN_TEXTS)]
        name, median, sigma = typists[i % len(typists)]
        keys = keys_for(text, human_gaps(rng, len(text), median, sigma), start=1e5 + i * 10.0)
        samples.append(Sample(keys, False, "", f"typing ({name}) {text}"))
    return samples
