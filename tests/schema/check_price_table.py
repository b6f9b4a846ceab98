#!/usr/bin/env python3
"""Checks the bundled price table (resources/pricing/default-prices.json, docs/pricing-data.md)
against itself and the catalogues: every row well-formed, bands of an item contiguous, every
source key defined and used, every region known, every priceKeys entry of a service kind priced.
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
for kind in services["kinds"]:
    for key in kind["priceKeys"]:
        check(key in priced, f"{kind['id']}: price key {key} has rows")

for f in failures[:40]:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
