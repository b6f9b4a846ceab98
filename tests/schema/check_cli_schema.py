#!/usr/bin/env python3
"""Checks docs/cli.schema.json against every other `--json` output of the command line.

Runs, on real inputs, `validate --json` (the examples, a design with errors in its meaning, one
with a syntax error, a missing file), `rules --json`, and on a fresh temporary catalogue
`pricing list --json`, `pricing import … --json` of sample price files, `pricing update … --json`
from a local server, `pricing diff … --json` of the bundled and the updated version with the
examples as designs, `pricing coverage --json` (all providers, one, --strict-prices) around a
discount and a custom price, and `pricing list --json` once more with a damaged stored report, and `compare --json` of example
pairs (one of two providers, one with every gate tripped, one with a custom price that leaves
usage unpriced).
Each output must validate against its command's `$defs` entry in the schema. A few broken
variants of each must not validate, so the schema is known to reject a wrong shape.

Usage: check_cli_schema.py SOURCE_DIR RESILIENCE_EXECUTABLE
"""
import functools
import http.server
import json
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from schema_checks import (count_accepted_breakages, definition_validator,  # noqa: E402
                           load_schema)

root, tool = pathlib.Path(sys.argv[1]), sys.argv[2]
schema = load_schema(root / "docs/cli.schema.json")
samples = root / "tests/pricing/data/samples"
examples = sorted((root / "resources/examples").glob("*.json"))

failures = 0
checks = 0
seen = {}  # $defs name -> the last output that validated, for the breakages


def validator(name):
    return definition_validator(schema, name)


def run(args, exits=(0,)):
    result = subprocess.run([tool] + [str(a) for a in args], capture_output=True, timeout=300)
    if result.returncode not in exits:
        raise RuntimeError(f"{' '.join(map(str, args))}: exit {result.returncode}: "
                           f"{result.stderr.decode()}")
    return json.loads(result.stdout)


def check(label, name, doc):
    global failures, checks
    checks += 1
    errors = list(validator(name).iter_errors(doc))
    for e in errors[:5]:
        print(f"FAIL {label}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
    if not errors:
        print(f"PASS {label}: valid {name}")
        seen[name] = doc
    return doc


def serve(folder):
    """A local HTTP server on `folder`, for `pricing update --base-url`."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


with tempfile.TemporaryDirectory() as scratch:
    scratch = pathlib.Path(scratch)

    # validate: valid files, errors with a pointer, a syntax error with line and column, and an
    # unreadable file (exit 2, still one JSON document).
    check("validate examples", "validate", run(["validate", *examples, "--json"]))
    design = json.loads(examples[0].read_text())
    design["colour"] = "red"
    design.setdefault("links", []).append({"from": "nowhere", "to": "nothing", "kind": "request"})
    wrong = scratch / "wrong-meaning.json"
    wrong.write_text(json.dumps(design))
    broken = scratch / "wrong-syntax.json"
    broken.write_text('{"schemaVersion": 1,\n  "regions": [,]}\n')
    doc = check("validate bad designs", "validate",
                run(["validate", examples[0], wrong, broken, "--json"], exits=(1,)))
    codes = {e["code"] for f in doc["files"] for e in f.get("errors", [])}
    pointed = any("pointer" in e for f in doc["files"] for e in f.get("errors", []))
    placed = any("line" in e for f in doc["files"] for e in f.get("errors", []))
    checks += 1
    if doc["valid"] or "syntax" not in codes or not pointed or not placed:
        print(f"FAIL validate bad designs: expected a syntax error with a line and an error "
              f"with a pointer, got {sorted(codes)}")
        failures += 1
    else:
        print("PASS validate bad designs: a placed syntax error and a pointed error")
    check("validate missing file", "validate",
          run(["validate", scratch / "absent.json", "--json"], exits=(2,)))

    check("rules", "rules", run(["rules", "--json"]))

    # pricing, on a catalogue of its own: created from the bundled table on first use.
    catalogue = ["--catalog", scratch / "prices.sqlite"]
    check("pricing list (bundled)", "pricingList", run(["pricing", "list", "--json", *catalogue]))
    lambda_csv = samples / "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv"
    check("pricing import (AWS CSV)", "pricingImport",
          run(["pricing", "import", lambda_csv, "--json", *catalogue]))
    check("pricing import (Azure, activated)", "pricingImport",
          run(["pricing", "import", samples / "azure-retail-prices-uksouth-subset.json",
               "--activate", "--json", *catalogue]))

    # update: a local server shaped like the AWS offer index, with the Lambda offer file.
    site = scratch / "site"
    (site / "offers/v1.0/aws").mkdir(parents=True)
    (site / "offers/v1.0/aws/index.json").write_text(json.dumps(
        {"offers": {"AWSLambda": {"currentRegionIndexUrl": "/lambda/region_index.json"}}}))
    (site / "lambda").mkdir()
    (site / "lambda/region_index.json").write_text(json.dumps(
        {"regions": {"eu-west-2": {"currentVersionUrl": "/lambda/offer.json"}}}))
    (site / "lambda/offer.json").write_bytes(
        (samples / "aws-offer-AWSLambda-20161207-allregions.json").read_bytes())
    server = serve(site)
    try:
        updated = check("pricing update (local server)", "pricingUpdate",
                        run(["pricing", "update", "--provider", "aws", "--service",
                             "AWSLambda", "--region", "eu-west-2", "--base-url",
                             f"http://127.0.0.1:{server.server_address[1]}", "--json",
                             *catalogue]))
    finally:
        server.shutdown()

    # The 2016 offer file's Lambda prices differ from the bundled table's.
    aws = min(v["id"] for v in run(["pricing", "list", "--json", *catalogue])
              if v["provider"] == "aws")
    doc = check("pricing diff", "pricingDiff",
                run(["pricing", "diff", aws, updated["version"], "--designs", *examples,
                     "--json", *catalogue]))
    checks += 1
    kinds = {c["kind"] for c in doc["changes"]}
    if not doc["changes"] or len(doc["designs"]) != len(examples):
        print(f"FAIL pricing diff: {len(doc['changes'])} changes, {len(doc['designs'])} designs")
        failures += 1
    else:
        print(f"PASS pricing diff: {len(doc['changes'])} changes ({', '.join(sorted(kinds))}), "
              f"{len(doc['designs'])} designs")

    check("pricing coverage", "pricingCoverage",
          run(["pricing", "coverage", "--json", *catalogue]))
    # discount and override print text; a custom price where the list has none (the cell
    # borrowed another region's) shows in coverage.
    subprocess.run([tool, "pricing", "discount", "aws", "12.5", *map(str, catalogue)],
                   check=True, capture_output=True)
    doc = check("pricing coverage --provider aws", "pricingCoverage",
                run(["pricing", "coverage", "--provider", "aws", "--json", *catalogue]))
    kind, cell = next((k, c) for k in doc["providers"][0]["kinds"] for c in k["cells"]
                      if c["status"] == "borrowed" and c["place"] != "global"
                      and len(k["keys"]) == 1)
    subprocess.run([tool, "pricing", "override", kind["keys"][0], cell["place"], "0.25",
                    "--note", "schema check", *map(str, catalogue)], check=True,
                   capture_output=True)
    check("pricing list (imported)", "pricingList", run(["pricing", "list", "--json", *catalogue]))
    doc = check("pricing coverage --strict-prices", "pricingCoverage",
                run(["pricing", "coverage", "--strict-prices", "--json", *catalogue]))
    now = next(c for p in doc["providers"] for k in p["kinds"] if k["kind"] == kind["kind"]
               for c in k["cells"] if c["place"] == cell["place"])
    checks += 1
    if now["status"] != "custom" or not doc["strictPrices"]:
        print(f"FAIL pricing coverage: {kind['kind']} in {cell['place']} is {now['status']} "
              "after a custom price")
        failures += 1
    else:
        print(f"PASS pricing coverage: {kind['kind']} in {cell['place']} custom after override")

    # A stored report that is not JSON (a damaged catalogue) must still give a JSON list.
    with sqlite3.connect(scratch / "prices.sqlite") as db:
        db.execute("UPDATE catalogue_versions SET report = 'not json' WHERE id = ?",
                   (updated["version"],))
    db.close()
    doc = check("pricing list (a damaged report)", "pricingList",
                run(["pricing", "list", "--json", *catalogue]))
    checks += 1
    if any("report" in v for v in doc if v["id"] == updated["version"]):
        print("FAIL pricing list: a report that is not JSON is listed")
        failures += 1
    else:
        print("PASS pricing list: a report that is not JSON is left out")

    # compare: pairs of examples against the bundled prices; every gate asked for (exit 1);
    # designs of two providers; the same design twice (nothing changed).
    bundled = ["--catalog", scratch / "compare.sqlite"]
    by_name = {e.name[:2]: e for e in examples}
    same = check("compare same", "compare",
                 run(["compare", by_name["05"], by_name["05"], "--json", *bundled]))
    checks += 1
    if same["elements"]["list"] or same["findings"]["added"] or same["cost"]["total"]["change"] != "0.00":
        print("FAIL compare same: a design compared with itself shows a change")
        failures += 1
    check("compare 02 -> 03", "compare",
          run(["compare", by_name["02"], by_name["03"], "--json", *bundled]))
    gated = check("compare gates", "compare",
                  run(["compare", by_name["02"], by_name["03"], "--json",
                       "--fail-on", "targets,info,cost:1,cost:1%", *bundled], exits=(1,)))
    checks += 1
    if not (gated["gates"]["findingsGateFailed"] and gated["gates"]["costGateFailed"]
            and not gated["passed"]):
        print("FAIL compare gates: the findings and cost gates did not trip")
        failures += 1
    check("compare aws -> azure", "compare",
          run(["compare", by_name["02"], by_name["04"], "--json", *bundled]))

expected = {"validate", "rules", "pricingList", "pricingImport", "pricingUpdate", "pricingDiff",
            "pricingCoverage", "compare"}
missing = expected - set(seen)
checks += 1
if missing:
    print(f"FAIL no valid output to break for: {', '.join(sorted(missing))}")
    failures += 1
    sys.exit(1)
print("PASS every command gave a valid output")


def first_with(items, test):
    return next(i for i in items if test(i))


BROKEN = {
    "validate": {
        "unknown top-level field": lambda d: d.update(colour="red"),
        "valid as text": lambda d: d.update(valid="yes"),
        "valid file with errors": lambda d: d["files"][0].update(errors=[]),
        "unknown error code": lambda d: d["files"].append(
            {"path": "x.json", "valid": False, "errors": [{"code": "fatal", "message": "m"}]}),
        "line without column": lambda d: d["files"].append(
            {"path": "x.json", "valid": False,
             "errors": [{"code": "syntax", "message": "m", "line": 2}]}),
    },
    "rules": {
        "unknown severity": lambda d: d[0].update(severity="fatal"),
        "rule without remediation": lambda d: d[0].pop("remediation"),
        "not a list": lambda d: d.clear() or d.append("RES-001"),
    },
    "pricingList": {
        "unknown status": lambda d: d[0].update(status="retired"),
        "rows as text": lambda d: d[0].update(rows="83"),
        "report with an unknown field": lambda d: first_with(d, lambda v: "report" in v)[
            "report"].update(colour="red"),
    },
    "pricingImport": {
        "version 0": lambda d: d.update(version=0),
        "report without skipped": lambda d: d["report"].pop("skipped"),
        "effective date with time": lambda d: d.update(effectiveDate="2026-08-01T00:00:00Z"),
    },
    "pricingUpdate": {
        "unknown provider": lambda d: d.update(provider="oracle"),
        "negative record count": lambda d: d["report"].update(recordsRead=-1),
    },
    "pricingDiff": {
        "price as a float": lambda d: d["changes"][0].update(before=0.2, after=0.3),
        "added price with a before": lambda d: first_with(
            d["changes"], lambda c: c["kind"] == "added").update(before="1"),
        "total as a float": lambda d: d["designs"][0]["before"].update(total=12.5),
        "change without a key": lambda d: d["changes"][0].pop("key"),
    },
    "pricingCoverage": {
        "unknown status": lambda d: d["providers"][0]["kinds"][0]["cells"][0].update(
            status="priced"),
        "percent over 100": lambda d: d["providers"][0].update(pricedPercent=140),
        "counts without missing": lambda d: d["providers"][0]["counts"].pop("missing"),
        "borrowed without lenders": lambda d: d["providers"][0]["kinds"][0]["cells"][0].update(
            status="borrowed") or d["providers"][0]["kinds"][0]["cells"][0].pop(
            "borrowedFrom", None),
    },
    "compare": {
        "amount as a float": lambda d: d["cost"]["total"].update(change=12.5),
        "unknown element change": lambda d: d["elements"]["list"][0].update(change="moved"),
        "unknown verdict change": lambda d: d["regionLosses"][0].update(change="worse"),
        "no version": lambda d: d.pop("comparisonFormatVersion"),
        "extra field": lambda d: d.update(extra=1),
        "region loss without its RTO": lambda d: first_with(
            d["regionLosses"], lambda r: r["after"])["after"].pop("rtoSeconds"),
    },
}
for name, broken in BROKEN.items():
    checks += len(broken)
    failures += count_accepted_breakages(validator(name), seen[name], broken)

print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
