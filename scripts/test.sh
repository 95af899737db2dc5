#!/usr/bin/env bash
# The README's test command: the system libraries, the project with its test tools, the suite.
# Arguments go to pytest (scripts/test.sh tests/hub -x). .ci/run calls this same script.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh --tests
python3 -m pip install -q -e '.[test]'
python3 -m pytest "$@"
