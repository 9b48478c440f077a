#!/usr/bin/env python3
"""Checks XES event logs that probis wrote, with tools independent of probis: each log validates against
the XES schema of IEEE 1849-2016 (scripts/schemas/xes-1849-2016.xsd, no target namespace) with lxml, and
loads in pm4py with as many traces and events as its CSV twin (same scenario and seed) says: one trace per
distinct case_id and two events (start, complete) per row.

Usage: check_xes.py LOG.xes LOG.csv [LOG.xes LOG.csv …]   (run by scripts/interchange-checks.sh in its venv)
Prints one line per problem and a closing 'N passed, N failed' line; exit 1 on any failure."""
import csv, pathlib, sys, warnings
from lxml import etree

warnings.filterwarnings("ignore")
import pm4py

schema = etree.XMLSchema(etree.parse(str(pathlib.Path(__file__).parent / "schemas" / "xes-1849-2016.xsd")))


def problems(xes, twin):
    found = []
    if not schema.validate(etree.parse(str(xes))):
        found += [f"schema: {e.line}:{e.column}: {e.message}" for e in list(schema.error_log)[:5]]
    with open(twin, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    want_traces, want_events = len({row["case_id"] for row in rows}), 2 * len(rows)
    log = pm4py.read_xes(str(xes), return_legacy_log_object=True)
    traces, events = len(log), sum(len(trace) for trace in log)
    if (traces, events) != (want_traces, want_events):
        found.append(f"pm4py: {traces} traces and {events} events; the CSV log has {want_traces} cases and {want_events // 2} steps")
    missing = {key for trace in log for key in ("unit", "assignment") if key not in trace.attributes and not trace.attributes["concept:name"].startswith("siklus")}
    missing |= {key for trace in log for event in trace for key in ("org:resource", "org:role", "lifecycle:transition") if key not in event}
    if missing:
        found.append(f"pm4py: attributes missing: {', '.join(sorted(missing))}")
    return found, traces, events


def main(arguments):
    pairs = list(zip(arguments[0::2], arguments[1::2]))
    passed = failed = 0
    for xes, twin in pairs:
        found, traces, events = problems(pathlib.Path(xes), pathlib.Path(twin))
        for problem in found:
            print(f"{xes}: {problem}")
        print(f"{xes}: {traces} traces, {events} events")
        passed, failed = (passed, failed + 1) if found else (passed + 1, failed)
    print(f"XES: {len(pairs)} logs against the IEEE 1849-2016 schema and pm4py {pm4py.__version__}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
