"""``pos-hub``: the reference central omnichannel API server (arrives with the sync issue)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print(
        "pos-hub: the reference hub is not part of this version yet; "
        "the till works offline on its local cache.",
        file=sys.stderr,
    )
    return 2
