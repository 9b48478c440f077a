#!/usr/bin/env bash
# Checks probis's interchange files with independent tools (run by `make test`):
#   - every peta lintas fungsi and stage flow exported to BPMN 2.0 validates against the OMG XSD, passes bpmnlint's
#     recommended rules and runs to completion in SpiffWorkflow on every branch (scripts/check_bpmn.py);
#   - XES event logs of two scenarios validate against the IEEE 1849-2016 schema and load in pm4py with the traces
#     and events of their CSV twins (scripts/check_xes.py).
# The tools live in a venv under .build/ that this script creates once (pinned versions from PyPI) and reuses.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build/interchange-venv
PACKAGES="spiffworkflow==3.2.0 lxml==6.1.3 bpmn-io==0.2.2 pm4py==2.7.23.11"
if ! "$VENV/bin/python" -c "import SpiffWorkflow, lxml, bpmn_io, pm4py" 2>/dev/null; then
  echo "interchange-checks: installing $PACKAGES into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet $PACKAGES
fi
PROBIS=${PROBIS:-}
if [ -z "$PROBIS" ]; then
  ${SWIFT:-swift} build --product probis >/dev/null
  PROBIS="$(${SWIFT:-swift} build --show-bin-path)/probis"
fi
OUT=.build/interchange-check
rm -rf "$OUT" && mkdir -p "$OUT/bpmn"
"$PROBIS" bpmn export --all --maps ProcessMaps --output "$OUT/bpmn" >/dev/null
for fixture in parallel letters; do
  "$PROBIS" bpmn export --all --maps "Tests/ProbisInterchangeTests/Fixtures/$fixture.yaml" --output "$OUT/bpmn" >/dev/null
done
"$VENV/bin/python" scripts/check_bpmn.py "$OUT"/bpmn/*.bpmn | grep -v '^$' | tail -n 40
logs=()
for scenario in kaltim.pd-tipe-2.bawaan bungo.dinas-badan-2-level.bawaan; do
  for format in xes csv; do
    "$PROBIS" simulate "$scenario" --maps ProcessMaps --seed 7 --event-log "$OUT/$scenario.$format" >/dev/null
  done
  logs+=("$OUT/$scenario.xes" "$OUT/$scenario.csv")
done
PYTHONWARNINGS=ignore "$VENV/bin/python" scripts/check_xes.py "${logs[@]}" 2>/dev/null
