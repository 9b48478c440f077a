#!/usr/bin/env python3
"""How the parallel split and join checks scale: a generated peta lintas fungsi of N blocks in a row, each a
split into three branches (one holding an inner split and join, one a perbaikan loop) and a join; prints the
time `probis validate` takes (minimum of 3 runs) for N = 100, 1000 and 3000 blocks.

Usage: python3 benchmarks/parallel_blocks.py [PROBIS_BINARY]   (default .build/release/probis)"""
import pathlib, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
probis = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / ".build" / "release" / "probis"


def flow(blocks):
    lines = ["kind: peta-lintas-fungsi", f"id: bench.paralel-{blocks}", "title: Paralel", "lanes:",
             "  - {id: a, title: Pihak A}", "  - {id: b, title: Pihak B}", "steps:",
             "  - {id: mulai, type: start, lane: a}"]
    for n in range(blocks):
        after = f"bagi-{n + 1}" if n + 1 < blocks else "selesai"
        lines += [
            f"  - {{id: bagi-{n}, lane: a, action: membagi, next: [satu-{n}, dua-{n}, tiga-{n}]}}",
            f"  - {{id: satu-{n}, lane: a, action: membagi lagi, next: [satu-a-{n}, satu-b-{n}]}}",
            f"  - {{id: satu-a-{n}, lane: a, action: bagian a, next: [satu-gabung-{n}]}}",
            f"  - {{id: satu-b-{n}, lane: b, action: bagian b, next: [satu-gabung-{n}]}}",
            f"  - {{id: satu-gabung-{n}, lane: a, join: true, action: menggabungkan, next: [gabung-{n}]}}",
            f"  - {{id: dua-{n}, lane: b, action: bagian dua}}",
            f"  - id: cek-{n}", "    type: decision", "    lane: b", "    question: Sesuai?", "    branches:",
            f"      - {{label: Ya, to: gabung-{n}, means: diterima}}",
            f"      - {{label: Tidak, to: dua-{n}, means: perbaikan}}",
            f"  - {{id: tiga-{n}, lane: b, action: bagian tiga, next: [gabung-{n}]}}",
            f"  - {{id: gabung-{n}, lane: a, join: true, action: menggabungkan hasil, next: [{after}]}}",
        ]
    lines.append("  - {id: selesai, type: end, lane: a}")
    return "\n".join(lines) + "\n"


with tempfile.TemporaryDirectory() as folder:
    for blocks in (100, 1000, 3000):
        path = pathlib.Path(folder) / f"paralel-{blocks}.yaml"
        path.write_text(flow(blocks))
        times = []
        for _ in range(3):
            started = time.perf_counter()
            out = subprocess.run([str(probis), "validate", str(path)], capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if out.returncode != 0:
                sys.exit(f"validate failed on {blocks} blocks: {out.stdout}{out.stderr}")
        print(f"{blocks:5d} blocks ({9 * blocks + 2:6d} steps): validate {min(times):.3f} s")
