#!/bin/sh
# Renders the paper PDF of every diagram of ProcessMaps into a temporary folder and checks it with an
# independent PDF reader (scripts/check-paper.py, pdfminer.six): every page A3 landscape, all text at least
# 2 mm high. pdfminer.six lives in a virtual environment under .build/, created once and kept.
# Usage: scripts/check-paper.sh [PROBIS]   (default: swift run probis)
set -eu
cd "$(dirname "$0")/.."
venv=.build/venv-paper
if ! "$venv/bin/python" -c "import pdfminer" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pdfminer.six==20260107"
fi
output=$(mktemp -d)
trap 'rm -rf "$output"' EXIT
${1:-swift run probis} render --maps ProcessMaps --format pdf --output "$output" >/dev/null
"$venv/bin/python" scripts/check-paper.py --paper a3 "$output"
