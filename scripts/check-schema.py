#!/usr/bin/env python3
"""Checks every ProcessMaps file against docs/processmaps.schema.json with an independent validator
(Python's jsonschema), so the schema that `probis schema` generates is known to accept the whole library,
scenarios included. Usage: python3 scripts/check-schema.py [DIR]   (default ProcessMaps)."""
import json, pathlib, sys
import jsonschema, yaml

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "docs" / "processmaps.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "ProcessMaps"

class Loader(yaml.SafeLoader):
    """Reads scalars as an editor's YAML mode does for the types the schema names (integers, decimals,
    booleans) and everything else as text, as probis does (quoted codes like '01' stay strings)."""
for first in list(Loader.yaml_implicit_resolvers):
    Loader.yaml_implicit_resolvers[first] = [r for r in Loader.yaml_implicit_resolvers[first]
                                              if r[0] in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                                          "tag:yaml.org,2002:bool")]

failures = 0
files = sorted(folder.rglob("*.yaml"))
for path in files:
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    for error in sorted(validator.iter_errors(document), key=str):
        failures += 1
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: schema: {where}: {error.message}")
print(f"{len(files)} files checked against docs/processmaps.schema.json: {failures} problems")
sys.exit(1 if failures else 0)
