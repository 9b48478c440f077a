#!/usr/bin/env python3
"""Rendering the whole library: times a cold `probis render` into an empty folder (release binary, one
forked worker process per map, as many at once as there are cores) against piping each map's DOT into the
`dot` command (`dot -Tsvg`, as many at once as there are cores), both to SVG, and prints both times and
their ratio (dot / probis: how many times faster probis is). Median of 3 runs each.

It also times the incremental cases on a copy of the library: `probis render` again with nothing changed
(the manifest says every file is current), and after changing one relation label of a peta relasi (exactly
that map is laid out again).

The DOT comes from `probis render --format dot`, so both sides lay out exactly the same graphs. The script
installs the `graphviz` package (the `dot` command) with apt-get when `dot` is missing. It also counts the
maps whose SVG from probis is byte-identical to the one from `dot`.

Usage: python3 benchmarks/render_library.py [--maps ProcessMaps] [--probis .build/release/probis]
"""
import argparse, concurrent.futures, os, pathlib, re, resource, shutil, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--maps", default=str(root / "ProcessMaps"))
parser.add_argument("--probis", default=str(root / ".build/release/probis"))
parser.add_argument("--runs", type=int, default=3)
args = parser.parse_args()
probis = str(pathlib.Path(args.probis).resolve())
cores = os.cpu_count() or 1

if shutil.which("dot") is None:
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing the graphviz package (dot) with apt-get", file=sys.stderr)
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "graphviz"],
                   check=True, stdout=subprocess.DEVNULL)

work = pathlib.Path(tempfile.mkdtemp(prefix="probis-render-bench-"))
dots = work / "dot"
subprocess.run([probis, "render", "--maps", args.maps, "--output", str(dots), "--format", "dot"],
               check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
files = sorted(dots.rglob("*.dot"))
if not files:
    sys.exit(f"no maps rendered from {args.maps}")

def probis_render(maps, output):
    start = time.perf_counter()
    subprocess.run([probis, "render", "--maps", str(maps), "--output", str(output), "--format", "svg"],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

def cpu_seconds():
    """User and system time of every finished child process so far (the render's workers included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def probis_run(number):
    output = work / f"probis-{number}"
    start = cpu_seconds()
    elapsed = probis_render(args.maps, output)
    return elapsed, output, cpu_seconds() - start

def change_one_map(maps):
    """Appends to the first unquoted relation label of the first peta relasi: only that map's DOT changes."""
    for path in sorted(pathlib.Path(maps).glob("*/peta-relasi/*.yaml")):
        text = path.read_text(encoding="utf-8")
        changed, count = re.subn(r"(?m)^(\s*label: [^\"'\n{].*)$", r"\1 (diubah)", text, count=1)
        if count:
            path.write_text(changed, encoding="utf-8")
            return
    sys.exit("no peta relasi with an unquoted label to change")

def incremental_runs(number):
    maps, output = work / f"maps-{number}", work / f"incremental-{number}"
    shutil.copytree(args.maps, maps)
    probis_render(maps, output)
    unchanged = probis_render(maps, output)
    change_one_map(maps)
    return unchanged, probis_render(maps, output)

def dot_one(path, output):
    target = output / path.relative_to(dots).with_suffix(".svg")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "rb") as source, open(target, "wb") as sink:
        subprocess.run(["dot", "-Tsvg"], stdin=source, stdout=sink, stderr=subprocess.DEVNULL, check=False)

def dot_run(number, width):
    output = work / f"dot-{width}-{number}"
    cpu = cpu_seconds()
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=width) as pool:
        list(pool.map(lambda path: dot_one(path, output), files))
    return time.perf_counter() - start, output, cpu_seconds() - cpu

# Interleaved, so that load from elsewhere on the machine weighs on both sides alike.
probis_runs, dot_runs = [], []
for n in range(args.runs):
    probis_runs.append(probis_run(n))
    dot_runs.append(dot_run(n, cores))
serial_runs = [dot_run(n, 1) for n in range(args.runs)]
incremental = [incremental_runs(n) for n in range(args.runs)]
probis_time = statistics.median(t for t, _, _ in probis_runs)
probis_cpu = statistics.median(c for _, _, c in probis_runs)
dot_cpu = statistics.median(c for _, _, c in dot_runs)
unchanged_time = statistics.median(t for t, _ in incremental)
one_changed_time = statistics.median(t for _, t in incremental)
dot_time = statistics.median(t for t, _, _ in dot_runs)
serial_time = statistics.median(t for t, _, _ in serial_runs)

identical = 0
for path in files:
    relative = path.relative_to(dots).with_suffix(".svg")
    mine, theirs = probis_runs[0][1] / relative, dot_runs[0][1] / relative
    if mine.exists() and theirs.exists() and mine.read_bytes() == theirs.read_bytes():
        identical += 1

print(f"{len(files)} diagrams to SVG, {cores} at a time, median of {args.runs} runs")
print(f"probis render, cold (one forked worker per map):  {probis_time:.3f} s")
print(f"dot -Tsvg per map ({cores} at a time):              {dot_time:.3f} s")
print(f"dot -Tsvg per map (one at a time):                {serial_time:.3f} s")
print(f"ratio dot / probis ({cores} at a time): {dot_time / probis_time:.2f} (probis is that many times faster)")
print(f"CPU time, probis render / dot -Tsvg per map: {probis_cpu:.3f} s / {dot_cpu:.3f} s (ratio {dot_cpu / probis_cpu:.2f})")
print(f"load average at the end: {os.getloadavg()[0]:.2f} (other work on the machine stretches both sides' times)")
print(f"probis render, nothing changed:                   {unchanged_time:.3f} s")
print(f"probis render, one map changed:                   {one_changed_time:.3f} s")
print(f"SVG byte-identical to dot -Tsvg: {identical} of {len(files)}")
shutil.rmtree(work)
