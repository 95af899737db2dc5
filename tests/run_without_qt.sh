#!/usr/bin/env bash
# Proves the core and the device layer need no Qt: a venv without PySide6 runs their tests.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${TMPDIR:-/tmp}/omnitill-noqt"
python3 -m venv --clear "$venv"
"$venv/bin/pip" install -q --no-deps -e .
"$venv/bin/pip" install -q SQLAlchemy alembic 'python-escpos[serial]' argon2-cffi babel platformdirs \
  pydantic qrcode pillow pytest hypothesis
"$venv/bin/python" - <<'PY'
import importlib.util, sys
sys.exit("PySide6 must be absent here" if importlib.util.find_spec("PySide6") else 0)
PY
"$venv/bin/python" -m pytest -c tests/noqt.ini --rootdir . tests/domain tests/store tests/drivers tests/services tests/core -q
