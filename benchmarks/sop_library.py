#!/usr/bin/env python3
"""SOP documents of the whole library: times `probis sop --all --default-scenario` writing the SOP AP PDF of
every peta lintas fungsi and stage flow into an empty folder (release binary), median of 3 runs, and checks
the PDFs independently: each file starts with `%PDF-`, and when `pdfinfo` (poppler-utils) is present its
page count and paper size (landscape A4, 842 x 595 pt) are read from the file.

Usage: python3 benchmarks/sop_library.py [--maps ProcessMaps] [--probis .build/release/probis] [--paper a4]
"""
import argparse, pathlib, re, shutil, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--maps", default=str(root / "ProcessMaps"))
parser.add_argument("--probis", default=str(root / ".build/release/probis"))
parser.add_argument("--paper", default="a4")
parser.add_argument("--runs", type=int, default=3)
args = parser.parse_args()
probis = str(pathlib.Path(args.probis).resolve())

work = pathlib.Path(tempfile.mkdtemp(prefix="probis-sop-bench-"))
times = []
for run in range(args.runs):
    output = work / f"run-{run}"
    start = time.perf_counter()
    result = subprocess.run([probis, "sop", "--all", "--default-scenario", "--maps", args.maps, "--paper", args.paper,
                             "--output", str(output)], capture_output=True, text=True)
    times.append(time.perf_counter() - start)
    if result.returncode != 0:
        sys.exit(f"probis sop failed:\n{result.stderr}")
files = sorted((work / "run-0").glob("*.pdf"))
bad = [f.name for f in files if not f.read_bytes().startswith(b"%PDF-")]
pages = 0
if shutil.which("pdfinfo"):
    for f in files:
        info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
        pages += int(re.search(r"Pages:\s+(\d+)", info).group(1))
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
        if float(size.group(1)) <= float(size.group(2)):
            bad.append(f"{f.name} (not landscape)")
same = all((work / f"run-{run}" / f.name).read_bytes() == f.read_bytes() for run in range(1, args.runs) for f in files)
print(f"{len(files)} SOP PDFs ({pages or '?'} pages): median {statistics.median(times):.3f} s "
      f"(runs: {', '.join(f'{t:.3f}' for t in times)}); identical across runs: {same}; target under 5 s")
if bad:
    sys.exit(f"bad PDFs: {', '.join(bad)}")
shutil.rmtree(work)
