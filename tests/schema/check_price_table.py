#!/usr/bin/env python3
"""Checks the bundled price table (resources/pricing/default-prices.json, docs/pricing-data.md)
against itself and the catalogues: every row well-formed, bands of an item contiguous, every
source key defined and used, every region known; every service kind has pricing rules whose
keys are priced in a unit that measures the rule's usage, and every priceKeys entry is priced
unless docs/pricing-data.md lists it among the keys no source prices (and then it has no row).
"""
import json
import pathlib
import re
import sys
from collections import defaultdict

root = pathlib.Path(sys.argv[1])
table = json.loads((root / "resources/pricing/default-prices.json").read_text())
services = json.loads((root / "resources/catalogue/services.json").read_text())
regions = json.loads((root / "resources/catalogue/regions.json").read_text())["regions"]
known_regions = {(r["provider"], r["code"]) for r in regions}
units = {"request", "GB", "GB-month", "GB-second", "GiB", "GiB-month", "GiB-second",
         "vCPU-second", "hour", "month", "key-month", "secret-month", "10k-requests", "MAU",
         "RU", "RU/s", "node-hour", "connection-minute"}
fields = ["key", "provider", "service", "sku", "usageType", "description", "region", "toRegion",
          "unit", "tierStart", "tierEnd", "price", "effectiveDate", "source", "confidence",
          "freeTier", "note"]
decimal = re.compile(r"^[0-9]+(\.[0-9]{1,12})?$")

failures = []
passed = 0


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)


check(table.get("formatVersion") == 1, "formatVersion is 1")
bands = defaultdict(list)
used_sources = set()
for i, row in enumerate(table["rows"]):
    where = f"row {i} ({row.get('key')}, {row.get('region')})"
    check(list(row.keys()) == fields, f"{where}: fields in the documented order")
    check(row["unit"] in units, f"{where}: known unit {row['unit']}")
    check(bool(decimal.match(row["price"])), f"{where}: plain decimal price {row['price']}")
    check(row["source"] in table["sources"], f"{where}: source {row['source']} defined")
    check(row["confidence"] in ("FILE", "DOC", "2ND", "UNCONF"), f"{where}: confidence")
    check(row["confidence"] != "UNCONF" or bool(row["note"]), f"{where}: UNCONF rows say why")
    check(row["region"] == "global" or (row["provider"], row["region"]) in known_regions,
          f"{where}: region {row['region']} in the region catalogue")
    used_sources.add(row["source"])
    bands[(row["key"], row["region"], row["toRegion"])].append(row)
check(used_sources == set(table["sources"]), "every source key is used")
for (key, region, to), rows in bands.items():
    rows.sort(key=lambda r: r["tierStart"])
    check(rows[0]["tierStart"] == 0, f"{key} {region}: first band starts at 0")
    for a, b in zip(rows, rows[1:]):
        check(a["tierEnd"] == b["tierStart"], f"{key} {region} {to}: bands follow on at {b['tierStart']}")
    check(len({r["unit"] for r in rows}) == 1, f"{key}: one unit")
priced = {k for (k, _, _) in bands}
unit_of = {r["key"]: r["unit"] for r in table["rows"]}


def unsourced_keys():
    """The keys of the table under the heading '### Keys no source prices' in pricing-data.md."""
    text = (root / "docs/pricing-data.md").read_text()
    section = text.split("### Keys no source prices", 1)[1].split("\n#", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9.-]+)` \|", section, re.MULTILINE))


# What each usage can be priced in (core/src/cost/CostEngine.cpp unitFactor).
usage_units = {
    "requests": {"request", "RU", "10k-requests"}, "invocations": {"request", "RU", "10k-requests"},
    "messages": {"request", "RU", "10k-requests"}, "key-requests": {"request", "RU", "10k-requests"},
    "read-units": {"request", "RU", "10k-requests"}, "write-units": {"request", "RU", "10k-requests"},
    "replicated-write-units": {"request", "RU", "10k-requests"},
    "compute-gb-seconds": {"GB-second", "GiB-second"}, "storage-gb-month": {"GB-month", "GiB-month"},
    "message-gb": {"GB", "GiB", "TiB"}, "health-checks": {"month"}, "hours": {"hour", "node-hour"},
    "resource-months": {"month", "key-month", "secret-month", "MAU"}, "vcpu-seconds": {"vCPU-second"},
}
unsourced = unsourced_keys()
listed = set()
for kind in services["kinds"]:
    kid = kind["id"]
    listed.update(kind["priceKeys"])
    for key in kind["priceKeys"]:
        check(key in priced or key in unsourced,
              f"{kid}: price key {key} has rows or is listed as unsourced in pricing-data.md")
    check(bool(kind.get("pricing")), f"{kid}: has pricing rules")
    for i, rule in enumerate(kind.get("pricing", [])):
        where = f"{kid} rule {i} ({rule['usage']} -> {rule['key']})"
        if rule["key"] in unit_of:
            check(unit_of[rule["key"]] in usage_units[rule["usage"]],
                  f"{where}: unit {unit_of[rule['key']]} measures {rule['usage']}")
        if "free" in rule:
            free_rows = [r for r in table["rows"] if r["key"] == rule["free"]]
            check(bool(free_rows) and all(r["region"] == "global" and r["freeTier"] for r in free_rows),
                  f"{where}: free allowance {rule['free']} is one account-wide free band")
for key in sorted(unsourced):
    check(key not in priced, f"{key} is listed as unsourced but has rows")
    check(key in listed, f"{key} is listed as unsourced but no kind names it")

for f in failures[:40]:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
