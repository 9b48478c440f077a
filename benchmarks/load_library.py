#!/usr/bin/env python3
"""Loading and validating 1,000 ProcessMaps files: builds a library of 1,000 map files from the shipped
ProcessMaps (every document copied under new ids until there are 1,000 files), then times
`probis validate` on it with the release binary. Prints the minimum and median of 5 runs.

Also times each file of the malformed-input corpus (generated as in Tests/ProbisCLITests/Corpus.swift).

Usage: python3 benchmarks/load_library.py [path/to/probis]
"""
import os, pathlib, re, shutil, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
probis = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / ".build/release/probis").resolve()
# Map files only: scenarios name one organization type each and are not maps.
sources = sorted(p for p in (root / "ProcessMaps").rglob("*.yaml") if not re.search(r"^kind: scenario", p.read_text(), re.M))
work = pathlib.Path(tempfile.mkdtemp(prefix="probis-bench-"))

# Region and catalog documents are copied once; every other document is copied with a suffix on its
# own id (references to other copied documents keep pointing at the originals, which stay valid).
shared = [p for p in sources if re.search(r"^kind: (region|artifact-catalog)", p.read_text(), re.M)]
maps = [p for p in sources if p not in shared]
for path in shared:
    target = work / path.relative_to(root / "ProcessMaps")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, target)
count, copy = len(shared), 0
while count < 1000:
    for path in maps + ([] if maps else []):
        if count >= 1000:
            break
        text = path.read_text()
        doc_id = re.search(r"^id: (\S+)", text, re.M).group(1)
        if copy:
            text = re.sub(r"^id: \S+", f"id: {doc_id}.salinan-{copy}", text, count=1, flags=re.M)
        target = work / f"salinan-{copy}" / path.relative_to(root / "ProcessMaps")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        count += 1
    copy += 1
    if not maps:
        break

def timed(args):
    start = time.perf_counter()
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, result

runs = [timed([str(probis), "validate", str(work)]) for _ in range(5)]
summary = runs[-1][1].stdout.strip().splitlines()[-1]
times = [t for t, _ in runs]
print(f"validate {count} files: min {min(times):.3f} s, median {statistics.median(times):.3f} s  ({summary})")

corpus = {
    "deep.yaml": ("kind: region\nid: contoh\ntitle:\n" + " [\n" * 50_000 + " ]\n" * 50_000).encode(),
    "long-line.yaml": ("kind: region\nid: contoh\ntitle: " + "a" * 10_000_000 + "\n").encode(),
    "alias-bomb.yaml": ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{n}: &{n} [" + ", ".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefghi", "bcdefghij"))).encode(),
    "binary.yaml": bytes((i * 7919) & 0xFF for i in range(4096)),
    "block-deep.yaml": "".join("  " * i + "a:\n" for i in range(1500)).encode(),
}
worst = 0.0
for name, data in corpus.items():
    path = work / "corpus" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    elapsed, result = timed([str(probis), "validate", str(path)])
    worst = max(worst, elapsed)
    print(f"  {name:16} {elapsed:.3f} s  exit {result.returncode}  {result.stdout.splitlines()[0][:110]}")
print(f"malformed corpus: slowest file {worst:.3f} s")
shutil.rmtree(work)
