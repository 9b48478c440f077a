#!/usr/bin/env python3
"""The before/after compare of the worked example (`probis compare ... --people`, 30 replications, both
scenarios simulated, the report built), wall time as the minimum of 3 runs; then the same with the workload
imported from a 5,000-row Anjab-ABK table (the example table's rows repeated, each repeat's norma waktu divided
so that the beban kerja stays the example's), in a scratch copy of the library.

Usage: python3 benchmarks/reorganize_compare.py [MAPS_DIR] [PROBIS_BINARY]   (defaults ProcessMaps, .build/release/probis)"""
import csv, io, pathlib, shutil, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
maps = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "ProcessMaps").resolve()
probis = sys.argv[2] if len(sys.argv) > 2 else str(root / ".build" / "release" / "probis")
BEFORE, AFTER, ABK = "kaltim.contoh.dinas-kesehatan.bawaan", "kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan", "kaltim.contoh.dinas-kesehatan.abk"
TABLE = pathlib.Path("kaltim/contoh/dinas-kesehatan-abk.csv")


def timed(arguments, library):
    command = [probis, "compare"] + arguments + ["--people", "--replications", "30", "--format", "csv", "--maps", str(library)]
    times = []
    for _ in range(3):
        started = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if out.returncode != 0:
            sys.exit(f"probis failed: {out.stderr}")
    return min(times), len(out.stdout.splitlines()) - 1


def write_big_table(source, target, rows_wanted=5000):
    reader = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8"))))
    header, rows = reader[0], reader[1:]
    norma = header.index("norma waktu")
    uraian = header.index("uraian tugas")
    copies = [rows_wanted // len(rows) + (1 if i < rows_wanted % len(rows) else 0) for i in range(len(rows))]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for repeat in range(max(copies)):
        for index, row in enumerate(rows):
            if repeat >= copies[index]:
                continue
            copy = list(row)
            copy[norma] = f"{float(row[norma]) / copies[index]:.6f}"
            copy[uraian] = f"{row[uraian]} (bagian {repeat + 1})"
            writer.writerow(copy)
    target.write_text(out.getvalue(), encoding="utf-8")
    return sum(copies)


example, rows = timed([BEFORE, AFTER], maps)
print(f"worked example: compare --people {BEFORE} -> {AFTER}, 30 replications each: {rows} CSV rows")
print(f"  wall time {example:.3f} s (minimum of 3)")
with tempfile.TemporaryDirectory() as scratch:
    library = pathlib.Path(scratch) / "ProcessMaps"
    shutil.copytree(maps, library)
    count = write_big_table(maps / TABLE, library / TABLE)
    big, rows = timed([ABK, AFTER], library)
    print(f"ABK workload: {count}-row Anjab-ABK table imported, compare --people {ABK} -> {AFTER}, 30 replications each")
    print(f"  wall time {big:.3f} s (minimum of 3; target < 2 s)")
