#!/usr/bin/env bash
# Proves the core and the device layer need no Qt: a venv without PySide6 runs their tests.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${TMPDIR:-/tmp}/omnitill-noqt"
python3 -m venv --clear "$venv"
"$venv/bin/pip" install -q --no-deps -e .
# The project's own dependencies and test tools, less Qt (read from pyproject.toml, one list).
mapfile -t reqs < <(python3 - <<'PY'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
qt = re.compile(r"^(PySide6|pytest-qt|shiboken6)", re.I)
for req in project["dependencies"] + project["optional-dependencies"]["test"]:
    if not qt.match(req):
        print(req)
PY
)
"$venv/bin/pip" install -q "${reqs[@]}"
"$venv/bin/python" - <<'PY'
import importlib.util, sys
sys.exit("PySide6 must be absent here" if importlib.util.find_spec("PySide6") else 0)
PY
"$venv/bin/python" -m pytest -c tests/noqt.ini --rootdir . tests/domain tests/store tests/drivers tests/services tests/core tests/api tests/hub -q
