#!/usr/bin/env python3
"""Writes N CTDC-like rows for the import benchmark.

Rows are drawn at random (with replacement, fixed seed) from the real CTDC
Victim–Perpetrator synthetic file, so the mix of values, blanks and
multi-value cells is the real one; only the number of rows grows.

Usage: make-ctdc-rows.py N OUT.csv [--source ../shared/data/ctdc_vp_synthetic/CTDC_VPsynthetic_condensed.csv]
"""
import argparse
import csv
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
default_source = os.path.join(here, "..", "..", "shared", "data", "ctdc_vp_synthetic", "CTDC_VPsynthetic_condensed.csv")

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("rows", type=int)
parser.add_argument("out")
parser.add_argument("--source", default=default_source)
parser.add_argument("--seed", type=int, default=2026)
args = parser.parse_args()

if not os.path.exists(args.source):
    sys.exit(f"The CTDC file is absent: {args.source}. It comes with ../shared/data; see its README.")
with open(args.source, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
rng = random.Random(args.seed)
with open(args.out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(header)
    for _ in range(args.rows):
        writer.writerow(rng.choice(rows))
print(f"wrote {args.rows} rows to {args.out}")
