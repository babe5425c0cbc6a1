#!/usr/bin/env bash
# Set up a virtual environment with the application, then open it (default database, bundled questionnaires).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/survey-app "$@"
