#!/usr/bin/env python3
"""Independent totals for the CTDC Victim-Perpetrator synthetic file.

Uses only Python's csv module, so the Swift reader and mapper are checked
against a separate implementation. Run from anywhere:

    python3 Tests/InterchangeTests/Fixtures/ctdc_vp_counts.py [path/to/CTDC_VPsynthetic_condensed.csv]

The default path is ../shared/data/ctdc_vp_synthetic/ relative to the
repository root. The output is pasted into CTDCVictimPerpetratorFileTests.swift.
"""
import collections
import csv
import json
import os
import sys

here = os.path.dirname(os.path.realpath(__file__))
root = os.path.normpath(os.path.join(here, "..", "..", ".."))
default = os.path.join(root, "..", "shared", "data", "ctdc_vp_synthetic", "CTDC_VPsynthetic_condensed.csv")
path = sys.argv[1] if len(sys.argv) > 1 else default

counts = {
    "rows": 0,
    "gender": collections.Counter(),
    "majorityStatus": collections.Counter(),
    "isForcedLabour": 0,
    "isSexualExploit": 0,
    "IP_Exploiter": 0,
    "IP_RecruiterBroker": 0,
    "IP_TransactionProcess": 0,
    "IP_ControlAbuseKidnap": 0,
}
with open(path, newline="", encoding="utf-8-sig") as handle:
    for row in csv.DictReader(handle):
        counts["rows"] += 1
        counts["gender"][row["gender"]] += 1
        counts["majorityStatus"][row["majorityStatus"]] += 1
        for flag in ("isForcedLabour", "isSexualExploit", "IP_Exploiter", "IP_RecruiterBroker",
                     "IP_TransactionProcess", "IP_ControlAbuseKidnap"):
            if row[flag] == "1":
                counts[flag] += 1

print(json.dumps(counts, indent=2, sort_keys=True))
