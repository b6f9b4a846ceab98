#!/usr/bin/env python3
"""Rebuilds resources/carbon/grid-factors.json, the bundled grid carbon intensity per region,
from the two public data sets kept in ../shared/carbon-sources (or the folder given as the
first argument): Google's yearly region-carbon-info (newest year) for Google Cloud regions, and
Cloud Carbon Footprint's grid emission factors for AWS, Azure and the Google regions Google's
file lacks. Only regions of resources/catalogue/regions.json are kept. Same inputs, same bytes.
See docs/carbon.md.

Upstream rows that do not read as a factor (CCF's Azure file gives "000077" for Finland Central
and "000402" for Germany West Central: the "0." is lost) are reported and left out, so the
region shows as having no factor rather than a wrong one.
"""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GOOGLE = {
    "id": "google-region-carbon-info-2024",
    "title": "Google Cloud region carbon data, 2024 (grid carbon intensity, location-based)",
    "repository": "GoogleCloudPlatform/region-carbon-info",
    "path": "data/yearly/2024.csv",
    "commit": "49f3f26bfd682305e8d9b572fea1f811900421a9",
    "date": "2025-12-03",
    "licence": "Apache-2.0",
}
CCF = {
    provider: {
        "id": "ccf-grid-" + provider,
        "title": "Cloud Carbon Footprint grid emission factors (" + provider + ")",
        "repository": "cloud-carbon-footprint/cloud-carbon-coefficients",
        "path": "data/grid-emissions-factors-" + provider + ".csv",
        "commit": "dda7621f8ab227dcb45096af6ccc2227aaf92b3e",
        "date": "2023-05-08",
        "licence": "Apache-2.0",
    }
    for provider in ("aws", "azure", "gcp")
}
# A grid above 2 kg CO2e/kWh exists nowhere: such a cell lost its decimal point.
MAX_TONNES_PER_KWH = 0.002


def sources_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    for candidate in ("../shared/carbon-sources", "../../shared/carbon-sources"):
        path = os.path.join(ROOT, candidate)
        if os.path.isdir(path):
            return path
    sys.exit("build-carbon-tables: no carbon-sources folder (give it as the first argument)")


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def tonnes(text, where):
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not 0.0 <= value <= MAX_TONNES_PER_KWH:
        print(f"build-carbon-tables: {where}: \"{text}\" is not a factor in t/kWh; left out",
              file=sys.stderr)
        return None
    return value


def main():
    src = sources_dir()
    catalogue = json.load(open(os.path.join(ROOT, "resources/catalogue/regions.json")))["regions"]
    known = {(r["provider"], r["code"]) for r in catalogue}
    azure_code = {r["name"]: r["code"] for r in catalogue if r["provider"] == "azure"}
    factors = {}

    def add(provider, code, grams, period, source, basis):
        if (provider, code) in known and (provider, code) not in factors:
            factors[(provider, code)] = {
                "provider": provider, "region": code, "gramsCo2ePerKwh": round(grams, 3),
                "period": period, "source": source["id"], "basis": basis,
            }

    google = os.path.join(src, "google-region-carbon-info", GOOGLE["path"])
    for r in rows(google):
        add("gcp", r["Google Cloud Region"], float(r["Grid carbon intensity (gCO2eq / kWh)"]),
            "2024", GOOGLE, "Google (hourly grid mix, yearly average)")
    ccf = os.path.join(src, "ccf-coefficients")
    for provider, key in (("aws", "Region"), ("azure", "Region"), ("gcp", "Region")):
        path = os.path.join(ccf, CCF[provider]["path"])
        for number, r in enumerate(rows(path), start=2):
            value = tonnes(r["CO2e (metric ton/kWh)"], f"{CCF[provider]['path']} line {number}")
            code = azure_code.get(r[key]) if provider == "azure" else r[key]
            if value is not None and code:
                add(provider, code, value * 1e6, "2021-2023", CCF[provider], r["Source"])

    out = {
        "about": "Grid carbon intensity per cloud region, location-based, in grams CO2e per kWh. "
                 "Built by scripts/build-carbon-tables.py from the sources named; "
                 "both data sets are Apache-2.0 (see resources/carbon/NOTICE).",
        "sources": [GOOGLE] + [CCF[p] for p in ("aws", "azure", "gcp")],
        "factors": [factors[k] for k in sorted(factors)],
    }
    target = os.path.join(ROOT, "resources/carbon/grid-factors.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"build-carbon-tables: {len(factors)} region factors written to {target}")


if __name__ == "__main__":
    main()
