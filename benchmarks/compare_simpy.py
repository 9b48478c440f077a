#!/usr/bin/env python3
"""One run of the speed benchmark: the same 3-task, 2-pool model for
100,000 cases in probis and in SimPy. Prints both times (minimum of 3 runs each), the ratio, and the mean
cycle times with their relative difference.

Usage: python3 benchmarks/compare_simpy.py [PROBIS_BINARY]   (default .build/release/probis)
SimPy is installed with pip into benchmarks/.venv on first use."""
import json, pathlib, subprocess, sys, time, venv

here = pathlib.Path(__file__).resolve().parent
root = here.parent
probis = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / ".build" / "release" / "probis"
environment = here / ".venv"
python = environment / "bin" / "python3"
if not python.exists():
    venv.create(environment, with_pip=True)
probe = subprocess.run([str(python), "-c", "import simpy"], capture_output=True)
if probe.returncode != 0:
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "simpy==4.1.2"], check=True)
version = subprocess.run([str(python), "-c", "import simpy; print(simpy.__version__)"], capture_output=True, text=True).stdout.strip()

RUNS, CASES = 3, 100_000
simpy_runs = []
for run in range(RUNS):
    out = subprocess.run([str(python), str(here / "simpy_three_task.py"), str(CASES), str(run + 1)], capture_output=True, text=True, check=True)
    simpy_runs.append(json.loads(out.stdout))

probis_runs = []
maps = here / "three-task" / "ProcessMaps"
for run in range(RUNS):
    started = time.perf_counter()
    out = subprocess.run([str(probis), "simulate", "bench.tiga-tugas.skenario", "--maps", str(maps), "--format", "json",
                          "--seed", str(run + 1), "--timing"], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    engine = float(out.stderr.strip().split(" in ")[-1].split(" ")[0])
    summary = json.loads(out.stdout)
    probis_runs.append({"wall": wall, "engine": engine, "mean_cycle_seconds": summary["cycleWorkingHours"]["mean"] * 3600,
                        "completed": summary["completed"]["mean"]})

simpy_best = min(r["seconds"] for r in simpy_runs)
engine_best = min(r["engine"] for r in probis_runs)
wall_best = min(r["wall"] for r in probis_runs)
simpy_mean = sum(r["mean_cycle_seconds"] for r in simpy_runs) / RUNS
probis_mean = sum(r["mean_cycle_seconds"] for r in probis_runs) / RUNS
difference = abs(probis_mean - simpy_mean) / simpy_mean
print(f"3-task, 2-pool model, {CASES:,} cases, minimum of {RUNS} runs (SimPy {version})")
print(f"  SimPy  run time                 {simpy_best:8.3f} s")
print(f"  probis simulation               {engine_best:8.3f} s   ratio {simpy_best / engine_best:6.1f}x (target >= 30x)")
print(f"  probis whole command            {wall_best:8.3f} s   ratio {simpy_best / wall_best:6.1f}x (process start, YAML, report)")
print(f"  mean cycle time  SimPy {simpy_mean:8.1f} s   probis {probis_mean:8.1f} s   difference {difference * 100:.2f}% (target < 3%)")
for index, (s, p) in enumerate(zip(simpy_runs, probis_runs)):
    print(f"    seed {index + 1}: SimPy {s['seconds']:.3f} s, {s['mean_cycle_seconds']:.1f} s;  probis {p['engine']:.4f} s "
          f"({p['wall']:.3f} s whole), {p['mean_cycle_seconds']:.1f} s, {p['completed']:.0f} cases")
sys.exit(0 if difference < 0.03 else 1)
