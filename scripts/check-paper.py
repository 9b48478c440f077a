#!/usr/bin/env python3
"""Checks paper PDFs written by `probis render --format pdf` with an independent PDF reader (pdfminer.six):
every page has the size of the paper (landscape A3 or A4) and every character on it is at least 2 mm high,
measured as pdfminer measures a glyph: its font size times the scale of its text and transformation
matrices, in points on the page. Usage: python3 scripts/check-paper.py [--paper a3|a4] DIR|FILE..."""
import argparse, pathlib, sys
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTContainer

MM = 72 / 25.4
PAPERS = {"a3": (420 * MM, 297 * MM), "a4": (297 * MM, 210 * MM)}
MINIMUM = 2 * MM

def characters(item):
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from characters(child)

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paper", choices=sorted(PAPERS), default="a3")
    parser.add_argument("paths", nargs="+")
    arguments = parser.parse_args()
    width, height = PAPERS[arguments.paper]
    files = []
    for name in arguments.paths:
        path = pathlib.Path(name)
        files += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    problems, pages, smallest = 0, 0, None
    for path in files:
        count = 0
        for page in extract_pages(str(path)):
            count += 1
            x0, y0, x1, y1 = page.bbox  # the MediaBox
            if abs((x1 - x0) - width) > 0.5 or abs((y1 - y0) - height) > 0.5:
                problems += 1
                print(f"{path}: page {count}: {x1 - x0:.2f} x {y1 - y0:.2f} pt, not {arguments.paper} landscape "
                      f"({width:.2f} x {height:.2f} pt)")
            sizes = [char.size for char in characters(page)]
            if not sizes:
                continue
            low = min(sizes)
            if smallest is None or low < smallest[0]:
                smallest = (low, path, count)
            if low < MINIMUM - 0.01:
                problems += 1
                print(f"{path}: page {count}: text {low / MM:.2f} mm high, under 2 mm")
        if count == 0:
            problems += 1
            print(f"{path}: no pages")
        pages += count
    low = f"{smallest[0] / MM:.2f} mm ({smallest[1]} page {smallest[2]})" if smallest else "none"
    print(f"{len(files)} PDFs, {pages} pages on {arguments.paper}: smallest text {low}; {problems} problems")
    return 1 if problems or not files else 0

if __name__ == "__main__":
    sys.exit(main())
