#!/usr/bin/env bash
# Set up a virtual environment with the application and its test tools, then run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,build]'
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
