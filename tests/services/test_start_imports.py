"""What the till's start leaves for later: the hub client, the printer library and the barcode
parsers load when first needed (or in the warm-up after the login screen), not on the way to
it. Each check runs in a fresh interpreter, where nothing is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LATER = ("httpx", "pos.sync.engine", "escpos", "PIL", "qrcode", "biip")


def loaded_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_till_services_loads_none_of_what_the_start_leaves_for_later() -> None:
    loaded = loaded_after("import pos.services.till, pos.services.sync, pos.config, pos.store")
    assert loaded.isdisjoint(LATER), sorted(loaded & set(LATER))


def test_the_warm_up_loads_the_scan_parsers() -> None:
    loaded = loaded_after(
        "from pos.services.scanning import warm_up_scan_path\nwarm_up_scan_path().join()"
    )
    assert "biip" in loaded


def test_every_listed_printer_name_resolves() -> None:
    import drivers.printer

    for name in drivers.printer.__all__:
        assert getattr(drivers.printer, name) is not None, name
    with pytest.raises(AttributeError):
        _ = drivers.printer.NoSuchName  # type: ignore[attr-defined]
