#!/usr/bin/env python3
"""The review pack of the whole library: times `probis review` (release binary) from nothing (no pack and no
SVG cache: every diagram and overlay laid out, every scenario simulated) and again when nothing changed (the
pack's manifest says it is current), and once more after changing one map by hand-editing a copy of the
library (that map is laid out again, every scenario simulated again). Median of 3 runs each; targets: under
10 s from nothing, under 2 s when nothing changed.

Usage: python3 benchmarks/review_pack.py [--maps ProcessMaps] [--probis .build/release/probis] [--runs 3]
"""
import argparse, pathlib, shutil, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--maps", default=str(root / "ProcessMaps"))
parser.add_argument("--probis", default=str(root / ".build/release/probis"))
parser.add_argument("--runs", type=int, default=3)
args = parser.parse_args()
probis = str(pathlib.Path(args.probis).resolve())
work = pathlib.Path(tempfile.mkdtemp(prefix="probis-review-bench-"))


def review(maps, output):
    start = time.perf_counter()
    result = subprocess.run([probis, "review", "--maps", str(maps), "--output", str(output)], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"probis review failed:\n{result.stderr}")
    return elapsed, result.stdout.strip()


try:
    cold, warm, changed = [], [], []
    for run in range(args.runs):
        output = work / f"cold-{run}" / "Review"
        elapsed, line = review(args.maps, output)
        cold.append(elapsed)
        elapsed, again = review(args.maps, output)
        warm.append(elapsed)
    print(f"from nothing:        {statistics.median(cold):6.2f} s  (median of {args.runs}; {line})")
    print(f"nothing changed:     {statistics.median(warm):6.2f} s  (median of {args.runs}; {again})")

    library = work / "maps"
    shutil.copytree(args.maps, library)
    output = work / "changed" / "Review"
    review(library, output)
    target = next(path for path in sorted(library.rglob("*.yaml")) if "peta-relasi" in str(path))
    for run in range(args.runs):
        text = target.read_text(encoding="utf-8")
        target.write_text(text + f"\n# benchmark edit {run}\n", encoding="utf-8")
        elapsed, line = review(library, output)
        changed.append(elapsed)
    print(f"one file changed:    {statistics.median(changed):6.2f} s  (median of {args.runs}; {line})")
finally:
    shutil.rmtree(work, ignore_errors=True)
