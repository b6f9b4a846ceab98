#!/usr/bin/env python3
"""Checks docs/design.schema.json against the files the application writes.

The example designs are kept in canonical form (tst_examples checks that), so they are the
writer's output: each must validate. A few broken variants must not, so the schema is known to
reject what the reader rejects structurally.
"""
import json
import pathlib
import sys

import jsonschema

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from schema_checks import count_accepted_breakages  # noqa: E402

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / "docs/design.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = 0
examples = sorted((root / "resources/examples").glob("*.json"))
if len(examples) < 6:
    print(f"expected at least 6 examples, found {len(examples)}")
    failures += 1
for path in examples:
    errors = list(validator.iter_errors(json.loads(path.read_text())))
    for e in errors:
        print(f"FAIL {path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
    if not errors:
        print(f"PASS {path.name}")

base = json.loads(examples[0].read_text())
broken = {
    "unknown top-level field": lambda d: d.update(colour="red"),
    "misspelt link field": lambda d: d["links"][0].update(payload=5),
    "negative payload": lambda d: d["links"][0].update(payloadBytes=-1),
    "newer schema": lambda d: d.update(schemaVersion=3),
    "common-cause share above 1": lambda d: d.update(assumptions={"commonCauseFraction": 1.5}),
    "negative outage rate": lambda d: d.update(assumptions={"regionOutagesPerYear": -1}),
    "misspelt assumption": lambda d: d.update(assumptions={"freeTier": True}),
    "unknown link kind": lambda d: d["links"][0].update(kind="teleport"),
    "bad id": lambda d: d["services"][0].update(id="has space"),
}
failures += count_accepted_breakages(validator, base, broken)

print(f"{len(examples) + len(broken) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
