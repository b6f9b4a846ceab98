#!/usr/bin/env python3
"""Checks docs/review.schema.json against the JSON reviews the application writes.

Runs `resilience review --json` on every example design against a fresh price catalogue, twice:
each review must validate and both runs must give the same bytes. A design with regions but no
service must validate too, and say there is nothing to estimate instead of giving figures. Every other `--json` output of
the command line (check, simulate, simulate --region, estimate, estimate --tiers, estimate --tiers
--carbon) must validate
against the schema's `commandOutput`, and each section it prints must equal the review's own
(one writer per result type). A few broken variants must not validate, so the schema is known to
reject what a reader could not rely on.

Usage: check_review_schema.py SOURCE_DIR RESILIENCE_EXECUTABLE
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from schema_checks import count_accepted_breakages  # noqa: E402

root = pathlib.Path(sys.argv[1])
tool = sys.argv[2]
schema = json.loads((root / "docs/review.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
# The `baseline` section is the comparison of docs/cli.schema.json, referred to by its $id.
cli_schema = json.loads((root / "docs/cli.schema.json").read_text())
resolver = jsonschema.RefResolver.from_schema(schema, store={cli_schema["$id"]: cli_schema})
validator = jsonschema.Draft202012Validator(schema, resolver=resolver)

failures = 0
checks = 0


command_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"],
                  "$ref": "#/$defs/commandOutput"}
command_validator = jsonschema.Draft202012Validator(command_schema)

# Each command's --json, with the review sections it must reproduce exactly.
COMMANDS = {
    "check": (["check", "--json", "--fail-on", "error"], ["findings"]),
    "simulate": (["simulate", "--json", "--years", "2000"], ["scenarios"]),
    "simulate --region": (["simulate", "--json", "--years", "2000", "--region", "{region}"], []),
    "estimate": (["estimate", "--json"], ["cost", "pricingSources"]),
    # The review's tiers carry their emissions, so --carbon is what reproduces them.
    "estimate --tiers": (["estimate", "--json", "--tiers"], ["cost"]),
    "estimate --tiers --carbon": (["estimate", "--json", "--tiers", "--carbon"],
                                  ["cost", "tiers", "carbon"]),
}


def command_output(args, design, catalogue):
    needs_prices = args[0] == "estimate"
    full = [tool, args[0], str(design)] + args[1:]
    if needs_prices:
        full += ["--catalog", str(catalogue)]
    result = subprocess.run(full, capture_output=True, timeout=300)
    # 0 or 1: a tripped gate still prints its JSON; 2 is a usage error.
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{design.name}: {' '.join(args)}: exit {result.returncode}: "
                           f"{result.stderr.decode()}")
    doc = json.loads(result.stdout)
    if doc["summary"]["passed"] != (result.returncode == 0):
        raise RuntimeError(f"{design.name}: {' '.join(args)}: summary.passed disagrees with "
                           f"the exit code {result.returncode}")
    return doc


def review(design, catalogue, extra=()):
    result = subprocess.run(
        [tool, "review", str(design), "--json", "-", "--catalog", str(catalogue),
         "--timestamp", "2026-01-31T12:00:00Z", "--author", "schema check", *map(str, extra)],
        capture_output=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"{design.name}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout


with tempfile.TemporaryDirectory() as scratch:
    catalogue = pathlib.Path(scratch) / "prices.sqlite"
    examples = sorted((root / "resources/examples").glob("*.json"))
    if len(examples) < 6:
        print(f"FAIL expected at least 6 examples, found {len(examples)}")
        failures += 1
    reviews = {}
    for path in examples:
        checks += 2
        first = review(path, catalogue)
        second = review(path, catalogue)
        if first != second:
            print(f"FAIL {path.name}: two runs gave different bytes")
            failures += 1
        else:
            print(f"PASS {path.name}: the same bytes twice")
        doc = json.loads(first)
        reviews[path.name] = doc
        errors = list(validator.iter_errors(doc))
        for e in errors[:5]:
            print(f"FAIL {path.name}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
        failures += bool(errors)
        if not errors:
            print(f"PASS {path.name}: valid review")
        region = next((s["element"] for s in doc["scenarios"] if s["kind"] == "region-down"), None)
        for name, (args, same) in COMMANDS.items():
            if "{region}" in args and region is None:
                continue
            checks += 1
            out = command_output([a.replace("{region}", region or "") for a in args], path,
                                 catalogue)
            errors = list(command_validator.iter_errors(out))
            for e in errors[:5]:
                print(f"FAIL {path.name} {name}: /{'/'.join(map(str, e.absolute_path))}: "
                      f"{e.message}")
            differs = [k for k in same if out.get(k) != doc.get(k)]
            for k in differs:
                print(f"FAIL {path.name} {name}: '{k}' differs from the review's")
            failures += bool(errors) or bool(differs)
            if not errors and not differs:
                print(f"PASS {path.name} {name}: valid, same sections as the review")

    # Issue 17: a review with a baseline carries the comparison `compare` prints, whole.
    checks += 1
    before, after = examples[1], examples[2]
    doc = json.loads(review(after, catalogue, ["--baseline", before]))
    errors = list(validator.iter_errors(doc))
    for e in errors[:5]:
        print(f"FAIL baseline: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    compared = json.loads(subprocess.run(
        [tool, "compare", str(before), str(after), "--json", "--catalog", str(catalogue)],
        capture_output=True, timeout=300, check=True).stdout)
    compared.pop("comparisonFormatVersion")
    for side in ("before", "after"):  # the review names files without their folder
        compared[side]["file"] = pathlib.Path(compared[side]["file"]).name
    same = doc.get("baseline") == compared
    if not same:
        print("FAIL baseline: the review's baseline differs from compare --json")
    failures += bool(errors) or not same
    if not errors and same:
        print("PASS baseline: valid, the same comparison as compare --json")
    broken_baseline = dict(doc, baseline=dict(doc["baseline"], passed="yes"))
    checks += 1
    if validator.is_valid(broken_baseline):
        print("FAIL schema accepts: a baseline whose passed is not a boolean")
        failures += 1

    # Issue 13: an empty design has no availability, cost or tiers to show; its review says so
    # and is still a valid review.
    empty = pathlib.Path(scratch) / "empty.json"
    empty.write_text(json.dumps({
        "schemaVersion": 2, "name": "empty",
        "targets": {"tier": "critical", "availabilityPercent": 99.9},
        "regions": [{"id": "use1", "provider": "aws", "code": "us-east-1",
                     "trafficPercent": 100}],
        "services": [], "links": []}))
    checks += 1
    doc = json.loads(review(empty, catalogue))
    errors = list(validator.iter_errors(doc))
    for e in errors[:5]:
        print(f"FAIL empty design: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    says_nothing = doc["summary"].get("nothingToEstimate") is True
    if not says_nothing:
        print("FAIL empty design: summary.nothingToEstimate is not true")
    figures = [k for k in ("availability", "cost", "tiers", "carbon") if k in doc]
    if figures:
        print(f"FAIL empty design: shows figures it cannot have: {', '.join(figures)}")
    failures += bool(errors) or not says_nothing or bool(figures)
    if not errors and says_nothing and not figures:
        print("PASS empty design: valid review that says there is nothing to estimate")

base = reviews[sorted(reviews)[0]]
broken = {
    "unknown top-level field": lambda d: d.update(colour="red"),
    "newer format": lambda d: d.update(reviewFormatVersion=2),
    "short hash": lambda d: d["design"].update(sha256="abc"),
    "amount as a float": lambda d: d["summary"].update(monthlyTotal=12.5),
    "unknown severity": lambda d: d["summary"]["findings"].update(fatal=1),
    "scenario without RTO": lambda d: d["scenarios"][0].pop("rtoSeconds"),
    "negative RTO": lambda d: d["scenarios"][0].update(rtoSeconds={"expected": -1, "worst": 1}),
    "unknown cost category": lambda d: d["cost"]["byCategory"].update(misc="1.00"),
    "negative emissions": lambda d: d["carbon"].update(kgCo2e=-1),
    "unestimated line counted": lambda d: d["carbon"]["lines"].append(
        dict(d["carbon"]["lines"][0], unestimated=True, reason="x", energyUse=None, kgCo2e=2)),
    "carbon without sources": lambda d: d["carbon"].pop("sources"),
}
checks += len(broken)
failures += count_accepted_breakages(validator, base, broken)

print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
