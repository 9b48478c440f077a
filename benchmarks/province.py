#!/usr/bin/env python3
"""Province-scale run: every default scenario × 1 year × 30 replications (`probis simulate --all`), with its
wall time (minimum of 3 runs) and peak memory (maximum resident set, from /usr/bin/time -v or getrusage).

Usage: python3 benchmarks/province.py [MAPS_DIR] [PROBIS_BINARY]   (defaults ProcessMaps, .build/release/probis)"""
import pathlib, resource, subprocess, sys, time

root = pathlib.Path(__file__).resolve().parent.parent
maps = sys.argv[1] if len(sys.argv) > 1 else str(root / "ProcessMaps")
probis = sys.argv[2] if len(sys.argv) > 2 else str(root / ".build" / "release" / "probis")
command = [probis, "simulate", "--all", "--maps", maps, "--horizon", "1y", "--replications", "30", "--format", "csv"]

times, rows = [], 0
for _ in range(3):
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True)
    times.append(time.perf_counter() - started)
    rows = len([line for line in out.stdout.splitlines()[1:] if line.split(",")[1]])
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
timed = pathlib.Path("/usr/bin/time")
if timed.exists():
    report = subprocess.run([str(timed), "-v"] + command, capture_output=True, text=True).stderr
    for line in report.splitlines():
        if "Maximum resident set size" in line:
            peak_kb = int(line.split(":")[-1])
print(f"province scale: {rows} default scenarios x 1 year x 30 replications")
print(f"  wall time {min(times):.3f} s (minimum of 3; target < 1 s), peak memory {peak_kb / 1024:.1f} MiB")
