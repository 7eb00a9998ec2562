#!/usr/bin/env python3
"""Writes a report made at random from a fixture, for the PDF round trip.

    random_report.py SEED > report.json

The same seed gives the same report. The fixture (seed 002, seed 003, or seed 002 with every
matrix cell a different number) keeps its text and meta; its part 三 and part 四 cells (and
from seed 81 on, part 二's) are drawn anew: counts of one to five digits, blank cells (none, a tenth, three tenths or six
tenths of them), sometimes a raw mark ("/", "—", "-", "无"), and in four reports of ten the
法人或其他组织 subtotal column. What the parser reads back from the printed PDF is compared
with it cell by cell: a cell may come back blank (reported), never wrong.
"""
import json
import random
import sys

FIXTURES = [
    "tests/fixtures/pdf/002_distinct_values.json",
    "tests/fixtures/reports/003_liaocheng_2019.json",
    "tests/fixtures/reports/002_luohe_huizu_2022.json",
]
ORGANIZATIONS = [
    "commercial_enterprise",
    "research_institution",
    "public_welfare_organization",
    "legal_service_institution",
    "other_organization",
]
COLUMNS = ["natural_person", *ORGANIZATIONS, "total"]


def main() -> int:
    rng = random.Random(int(sys.argv[1]))
    report = json.load(open(rng.choice(FIXTURES), encoding="utf-8"))
    subtotal = rng.random() < 0.4
    blank = rng.choice([0, 0.1, 0.3, 0.6])
    raw = rng.choice([0, 0.05])

    def count():
        r = rng.random()
        if r < 0.5:
            return rng.randint(0, 9)
        if r < 0.8:
            return rng.randint(10, 999)
        return rng.randint(1000, 99999)

    def cell():
        r = rng.random()
        if r < blank:
            return None
        if r < blank + raw:
            return {"raw": rng.choice(["/", "—", "-", "无"])}
        return count()

    def rows(node):
        if isinstance(node, dict):
            if "natural_person" in node and "total" in node:
                drawn = {c: cell() for c in COLUMNS}
                node.clear()
                for c in COLUMNS:
                    node[c] = drawn[c]
                    if c == "other_organization" and subtotal:
                        node["organization_subtotal"] = None if rng.random() < blank else count()
                return
            for value in node.values():
                rows(value)

    def proactive(node):
        for key, value in list(node.items()):
            if isinstance(value, dict):
                proactive(value)
            elif key == "items_change":
                node[key] = None if rng.random() < blank else rng.randint(-99, 99)
            elif key == "amount":
                node[key] = None if rng.random() < blank else f"{rng.randint(0, 999)}.{rng.randint(0, 9999):04d}"
            elif key == "total_amount":
                node[key] = None if rng.random() < blank else f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}"
            elif isinstance(value, int) or value is None or isinstance(value, dict) and "raw" in value:
                if key not in ("report_year",):
                    node[key] = cell()

    # Part 二 as well, from seed 81 on (the first 80 reports keep the fixture's part 二).
    if int(sys.argv[1]) > 80:
        proactive({k: v for k, v in report["proactive"].items() if isinstance(v, dict)})
    rows(report["requests"])
    for block in report["review_litigation"].values():
        if isinstance(block, dict):
            for outcome in block:
                block[outcome] = None if rng.random() < blank else count()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
