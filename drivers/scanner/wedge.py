"""Keyboard-wedge scanners: tell a scanner's burst of keys from a person typing. Pure logic.

A wedge scanner is a keyboard that types very fast: 7-16 ms between keys, then Enter (or a
configured terminator). People rarely manage 30-50 ms between keys, and never for a whole
code. The classifier holds keys while they might be a scan and decides:

* a **scan**: at least ``min_length`` characters (prefix/suffix excluded) whose gaps average
  at most ``max_gap`` and never exceed ``hard_gap`` (USB polling and the OS scheduler add
  jitter to a scanner's rhythm), ended by the terminator, carrying the configured prefix and
  suffix if any (they are stripped);
* **typing**: anything else. The held keys are handed back (``replay``) in order, so the
  widget with the focus gets exactly what the person typed, only a few tens of ms later.

Keyboard layouts: a scanner presses the keys where a US keyboard has the characters; with a
Cyrillic (or AZERTY...) layout active the same keys type other characters. With
``physical=True`` the code is rebuilt from each key's scan code (set 1 / evdev numbering,
which is what Linux and Windows report) and shift state; keys without a scan code fall back
to ``layout_map`` (built-in maps for the Russian and Ukrainian ЙЦУКЕН layouts), then to the
typed text. The replayed keys are the originals: a person typing Cyrillic keeps Cyrillic.
Control characters (the GS of GS1 codes, sent by some scanners as Ctrl+]) are kept as typed.

Time is whatever monotonic clock the caller uses, in seconds. The caller calls
:meth:`WedgeClassifier.poll` when no key came for ``hard_gap`` (a timer), so a held key of a
person who stopped typing is handed back, and a scan without a terminator can end.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from drivers.scanner.aim import split_aim
from drivers.scanner.reads import ScanRead, Symbology

ENTER = "enter"
TAB = "tab"
OTHER = "other"  # a non-character key (arrows, F-keys, Backspace...)
MAX_HELD = 4096  # a "scan" longer than this is something stuck on the keyboard

# US layout by scan code (set 1 = Linux evdev): (unshifted, shifted).
_ROWS = (
    (2, "1234567890-=", "!@#$%^&*()_+"),
    (16, "qwertyuiop[]", "QWERTYUIOP{}"),
    (30, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (43, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
)
US_KEYS: dict[int, tuple[str, str]] = {
    code + i: (plain[i], shifted[i]) for code, plain, shifted in _ROWS for i in range(len(plain))
}
US_KEYS[57] = (" ", " ")
US_KEYS.update(
    {
        code: (char, char)
        for code, char in zip((71, 72, 73, 75, 76, 77, 79, 80, 81, 82), "7894561230", strict=True)
    }
)
US_KEYS.update({55: ("*", "*"), 74: ("-", "-"), 78: ("+", "+"), 83: (".", ".")})


def _layout(us: str, local: str) -> dict[str, str]:
    return dict(zip(local, us, strict=True))


_US_LETTERS = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"
_US_SHIFTED = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?~' + "@#$^&"
LAYOUT_MAPS: dict[str, dict[str, str]] = {
    "ru": _layout(
        _US_LETTERS + _US_SHIFTED,
        "йцукенгшщзхъфывапролджэячсмитьбю.ё" + "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё" + '"№;:?',
    ),
    "uk": _layout(
        _US_LETTERS + _US_SHIFTED,
        "йцукенгшщзхїфівапролджєячсмитьбю.'" + "ЙЦУКЕНГШЩЗХЇФІВАПРОЛДЖЄЯЧСМИТЬБЮ,₴" + '"№;:?',
    ),
}


@dataclass(frozen=True, slots=True)
class KeyPress:
    """One key press as the GUI saw it. ``key`` is "" for a character key, else ENTER, TAB or
    OTHER; ``scan_code`` is the set-1/evdev code of the physical key (0 when unknown)."""

    text: str
    at: float
    key: str = ""
    scan_code: int = 0
    shift: bool = False
    token: object = field(default=None, compare=False)  # the caller's own event, for replay


@dataclass(frozen=True, slots=True)
class WedgeConfig:
    max_gap: float = 0.030
    hard_gap: float = 0.060
    min_length: int = 6
    terminator: str | None = ENTER  # ENTER, TAB, or None: a scan ends when the keys stop
    prefix: str = ""
    suffix: str = ""
    physical: bool = True
    layout_map: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 < self.max_gap <= self.hard_gap:
            raise ValueError("need 0 < max_gap <= hard_gap")
        if self.min_length < 1:
            raise ValueError("min_length must be at least 1")


@dataclass(frozen=True, slots=True)
class WedgeResult:
    """What to do with the keys: hand ``replay`` back (in order), deliver ``scan``, and let
    the current key through unless ``consumed``."""

    replay: tuple[KeyPress, ...] = ()
    scan: ScanRead | None = None
    consumed: bool = False


NOTHING = WedgeResult()


class WedgeClassifier:
    def __init__(self, config: WedgeConfig | None = None, source: str = "wedge") -> None:
        self.config = config or WedgeConfig()
        self.source = source
        self._held: list[KeyPress] = []

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def deadline(self) -> float | None:
        """When :meth:`poll` must run if no other key comes (None: nothing held)."""
        return self._held[-1].at + self.config.hard_gap if self._held else None

    def feed(self, key: KeyPress) -> WedgeResult:
        earlier = NOTHING
        if self._held and key.at - self._held[-1].at > self.config.hard_gap:
            earlier = self.poll(key.at)
        current = self._feed(key)
        if earlier is NOTHING:
            return current
        return WedgeResult(
            earlier.replay + current.replay, earlier.scan or current.scan, current.consumed
        )

    def _feed(self, key: KeyPress) -> WedgeResult:
        config = self.config
        if key.key and key.key == (config.terminator or "\0"):
            if not self._held:
                return NOTHING
            read = self._as_scan(self._held, key.at)
            held, self._held = tuple(self._held), []
            if read is not None:
                return WedgeResult(scan=read, consumed=True)
            return WedgeResult(replay=held)
        if key.key or not key.text:  # another special key, or a bare modifier
            if key.key:
                held, self._held = tuple(self._held), []
                return WedgeResult(replay=held)
            return NOTHING  # Shift/Ctrl alone: let it through, keep holding
        self._held.append(key)
        if len(self._held) > MAX_HELD:
            held, self._held = tuple(self._held), []
            return WedgeResult(replay=held)
        return WedgeResult(consumed=True)

    def poll(self, now: float) -> WedgeResult:
        """The keys stopped: a terminator-less scan ends here; held typing is handed back."""
        if not self._held or now - self._held[-1].at <= self.config.hard_gap:
            return NOTHING
        held, self._held = tuple(self._held), []
        if self.config.terminator is None:
            read = self._as_scan(list(held), None)
            if read is not None:
                return WedgeResult(scan=read)
        return WedgeResult(replay=held)

    def _as_scan(self, keys: list[KeyPress], terminator_at: float | None) -> ScanRead | None:
        config = self.config
        times = [k.at for k in keys] + ([] if terminator_at is None else [terminator_at])
        gaps = [b - a for a, b in itertools.pairwise(times)]
        if gaps and (max(gaps) > config.hard_gap or sum(gaps) / len(gaps) > config.max_gap):
            return None
        text = "".join(self.character(k) for k in keys)
        if not (text.startswith(config.prefix) and text.endswith(config.suffix)):
            return None
        text = text[len(config.prefix) : len(text) - len(config.suffix)]
        if len(text) < config.min_length:
            return None
        symbology, data = split_aim(text.encode("utf-8"))
        return ScanRead(data, symbology or Symbology.UNKNOWN, self.source)

    def character(self, key: KeyPress) -> str:
        """The character the scanner meant by this key (see the module doc on layouts)."""
        if key.text and ord(key.text[0]) < 0x20:
            return key.text
        if self.config.physical:
            pair = US_KEYS.get(key.scan_code)
            if pair is not None:
                return pair[1] if key.shift else pair[0]
        return "".join(self.config.layout_map.get(c, c) for c in key.text)
