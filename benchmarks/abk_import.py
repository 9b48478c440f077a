#!/usr/bin/env python3
"""Importing a 5,000-row Anjab-ABK table: copies the shipped ProcessMaps, replaces the example Dinas
Kesehatan's table with 5,000 generated rows (every unit, jabatan and langkah the example uses, seeded volumes
and norma waktu), then times with the release binary:

- `probis abk` (read the library, read and resolve the table, the static figure as CSV);
- `probis simulate` of the ABK scenario with 30 replications (the table derived into workload and durations);
- `reorganize --scenario` of the ABK scenario to Tipe 1 (the 5,000 rows carried over, once);
- `compare --people` of the ABK scenario with its carried-over Tipe 1 scenario (both tables imported, both
  sides simulated with 30 replications): the import + before/after compare figure.

Prints the minimum and median of 5 runs of each. Usage: python3 benchmarks/abk_import.py [path/to/probis]
"""
import csv, pathlib, random, shutil, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
probis = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / ".build/release/probis").resolve()
scenario = "kaltim.contoh.dinas-kesehatan.abk"
work = pathlib.Path(tempfile.mkdtemp(prefix="probis-abk-bench-"))
maps = work / "ProcessMaps"
shutil.copytree(root / "ProcessMaps", maps)
table = maps / "kaltim/contoh/dinas-kesehatan-abk.csv"

# Each unit's jabatan and the langkah they may name (as in the example table); volumes are small so that
# 5,000 rows stay a plausible year of work for 50 people.
with open(root / "ProcessMaps/kaltim/contoh/dinas-kesehatan-abk.csv", newline="", encoding="utf-8") as handle:
    shapes = sorted({(r["unit"], r["jabatan"], r["langkah"]) for r in csv.DictReader(handle)})
rng = random.Random(20260101)
rows = []
for number in range(5000):
    unit, jabatan, step = shapes[number % len(shapes)]
    period = rng.choice(["tahun", "tahun", "bulan"])
    volume = rng.randint(1, 3) if period == "tahun" else 1
    norma, unit_of_time = (rng.choice([15, 30, 45, 60, 90]), "menit") if rng.random() < 0.5 else (rng.choice([1, 2, 3]), "jam")
    rows.append([unit, jabatan, f"Uraian tugas {number + 1}", f"Hasil kerja {number + 1}", "dokumen",
                 str(volume), period, str(norma), unit_of_time, step])
with open(table, "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(["unit", "jabatan", "uraian tugas", "hasil kerja", "satuan", "volume", "periode", "norma waktu", "satuan waktu", "langkah"])
    writer.writerows(rows)

def timed(args):
    start = time.perf_counter()
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr}")
    return elapsed, result

def report(label, args, runs=5):
    results = [timed(args) for _ in range(runs)]
    times = [t for t, _ in results]
    print(f"{label}: min {min(times):.3f} s, median {statistics.median(times):.3f} s")
    return results[-1][1]

figure = report("abk (5,000 rows: read, resolve, figure)", [str(probis), "abk", scenario, "--maps", "ProcessMaps", "--format", "csv"])
print(f"  {len(figure.stdout.splitlines()) - 1} figure rows")
report("simulate the ABK scenario, 30 replications", [str(probis), "simulate", scenario, "--maps", "ProcessMaps", "--replications", "30"])
# The table carried over to Tipe 1 (every row kept, jabatan and langkah renamed), written next to the Dinas.
for stale in ["kaltim/contoh/dinas-kesehatan.pd-tipe-1-abk.csv", "scenarios/kaltim/contoh-dinas-kesehatan-abk.pd-tipe-1.yaml"]:
    (maps / stale).unlink(missing_ok=True)
report("reorganize --scenario (carry the 5,000-row table over to Tipe 1)",
       [str(probis), "reorganize", "kaltim.contoh.dinas-kesehatan", "--to", "kaltim.pd-tipe-1", "--scenario", scenario, "--maps", "ProcessMaps"], runs=1)
# Import both tables (library load) + simulate both sides + compare, as a user runs it.
report("import + compare --people, ABK before vs ABK after (Tipe 1), 30 replications",
       [str(probis), "compare", scenario, "kaltim.contoh.dinas-kesehatan.pd-tipe-1.abk", "--people", "--maps", "ProcessMaps",
        "--replications", "30"])
shutil.rmtree(work)
