#!/usr/bin/env python3
"""Runs the same models in probis and in Prosimos (PyPI `prosimos`) through `probis bpmn prosimos`, and prints
the mean cycle times side by side with the run times and their ratio:

1. the 3-task, 2-pool model (benchmarks/three-task), CASES cases, minimum of RUNS runs each;
2. one organization's default scenario (Kaltim Perangkat Daerah Tipe 2), as many Prosimos cases as probis
   completes in its first year, mean over probis's replications.

Cycle times are calendar time (probis `cycleCalendarDays`, Prosimos `cycle_time`). The organization's
scenario is exported with the approximations `probis bpmn prosimos` lists (team work, once-per-cycle steps,
holidays), so its two means are expected to differ; the 3-task model has none and should agree within
sampling error.

Usage: python3 benchmarks/prosimos_compare.py [PROBIS_BINARY]   (default .build/release/probis)
Prosimos is installed with pip into .build/interchange-venv on first use."""
import csv, io, json, pathlib, re, shutil, subprocess, sys, tempfile, time, venv

root = pathlib.Path(__file__).resolve().parent.parent
probis = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / ".build" / "release" / "probis"
environment = root / ".build" / "interchange-venv"
python = environment / "bin" / "python3"
if not python.exists():
    venv.create(environment, with_pip=True)
if subprocess.run([str(python), "-c", "import prosimos"], capture_output=True).returncode != 0:
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "prosimos==2.1.0"], check=True)
prosimos = environment / "bin" / "prosimos"
RUNS, CASES = 3, 20_000
work = pathlib.Path(tempfile.mkdtemp(prefix="probis-prosimos-"))


def run_prosimos(bpmn, parameters, cases):
    stats = work / "stat.csv"
    started = time.perf_counter()
    subprocess.run([str(prosimos), "start-simulation", "--bpmn_path", str(bpmn), "--json_path", str(parameters),
                    "--total_cases", str(cases), "--stat_out_path", str(stats)], check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    for row in csv.reader(io.StringIO(stats.read_text())):
        if row and row[0] == "cycle_time":
            return elapsed, float(row[3])
    raise SystemExit("prosimos wrote no cycle_time")


def run_probis(maps, scenario, seed=None):
    started = time.perf_counter()
    out = subprocess.run([str(probis), "simulate", scenario, "--maps", str(maps), "--format", "json", "--timing"]
                         + (["--seed", str(seed)] if seed else []),
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    engine = float(out.stderr.strip().split(" in ")[-1].split(" ")[0])
    summary = json.loads(out.stdout)
    return wall, engine, summary


def export(maps, scenario):
    subprocess.run([str(probis), "bpmn", "prosimos", scenario, "--maps", str(maps), "--output", str(work)], check=True, capture_output=True)
    return work / f"{scenario}.bpmn", work / f"{scenario}.json"


# 1. The 3-task model with CASES cases (a copy of its folder with the case limit changed).
maps = work / "three-task"
shutil.copytree(root / "benchmarks" / "three-task" / "ProcessMaps", maps)
scenario_file = maps / "tiga-tugas.skenario.yaml"
scenario_file.write_text(re.sub(r"limit: \d+", f"limit: {CASES}", scenario_file.read_text()))
bpmn, parameters = export(maps, "bench.tiga-tugas.skenario")
probis_runs = [run_probis(maps, "bench.tiga-tugas.skenario", seed=run + 1) for run in range(RUNS)]
prosimos_runs = [run_prosimos(bpmn, parameters, CASES) for _ in range(RUNS)]
probis_mean = sum(r[2]["cycleCalendarDays"]["mean"] for r in probis_runs) / RUNS * 86_400
prosimos_mean = sum(r[1] for r in prosimos_runs) / RUNS
probis_best, probis_engine = min(r[0] for r in probis_runs), min(r[1] for r in probis_runs)
prosimos_best = min(r[0] for r in prosimos_runs)
print(f"3-task, 2-pool model, {CASES:,} cases, {RUNS} runs each (means over the runs, minimum run times)")
print(f"  mean cycle time   probis {probis_mean:8.1f} s   Prosimos {prosimos_mean:8.1f} s   difference {abs(probis_mean - prosimos_mean) / prosimos_mean * 100:.2f}%")
print(f"  run time          probis {probis_best:8.3f} s (simulation {probis_engine:.3f} s)   Prosimos {prosimos_best:8.3f} s   "
      f"ratio {prosimos_best / probis_best:.1f}x (whole command), {prosimos_best / probis_engine:.1f}x (simulation)")

# 2. One organization's default scenario.
scenario = "kaltim.pd-tipe-2.bawaan"
bpmn, parameters = export(root / "ProcessMaps", scenario)
notes = subprocess.run([str(probis), "bpmn", "prosimos", scenario, "--maps", str(root / "ProcessMaps"), "--output", str(work)],
                       capture_output=True, text=True).stderr.strip().splitlines()
wall, engine, summary = run_probis(root / "ProcessMaps", scenario)
cases = round(summary["completed"]["mean"])
elapsed, prosimos_cycle = run_prosimos(bpmn, parameters, cases)
probis_cycle = summary["cycleCalendarDays"]["mean"] * 86_400
print(f"{scenario}: {summary['replications']} probis replications of a year ({cases} kegiatan each), one Prosimos run of {cases} cases")
print(f"  mean cycle time   probis {probis_cycle / 86_400:8.2f} days   Prosimos {prosimos_cycle / 86_400:8.2f} days")
print(f"  run time          probis {wall:8.3f} s   Prosimos {elapsed:8.3f} s")
print(f"  approximations in the export ({len(notes)}):")
for note in notes[:12]:
    print(f"    {note}")
shutil.rmtree(work)
