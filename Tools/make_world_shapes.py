#!/usr/bin/env python3
"""Convert Natural Earth 1:50m admin-0 countries into the compact Swift data files of the Charts module.

Usage:
    python3 Tools/make_world_shapes.py path/to/ne_50m_admin_0_countries.json [--out Sources/Charts/Geo/Data]

The GeoJSON comes from https://github.com/martynafford/natural-earth-geojson (CC0), commit
0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, file 50m/cultural/ne_50m_admin_0_countries.7z (Natural Earth
v4.0.0, public domain). Unpack it with `7zz x` (Debian package 7zip) or pass the .7z itself when
`7zz`/`7z` is installed. Sources/Charts/README.md has the full provenance.

Why 1:50m and not 1:110m: 1:110m drops ~70 small states (Malta, Singapore, Bahrain, Mauritius, ...)
that matter on trafficking routes. We simplify 1:50m ourselves, which keeps them.

What the script does, and why:
  * Codes: ISO_A3, falling back to ADM0_A3 where Natural Earth has -99 (France, Norway, ...); Kosovo
    becomes XKX (as CaseModel codes it); Northern Cyprus and Somaliland are merged into CYP and SOM
    (the case data uses de jure ISO codes); Siachen Glacier and Ashmore and Cartier Islands are dropped.
  * Overseas parts that have their own ISO code (GUF, GLP, MTQ, REU, MYT in France; SJM in Norway; BES
    in the Netherlands; CXR and CCK in "Indian Ocean Territories") are carved out by location, so a
    route through France does not fit South America into the view.
  * Simplification is topology-aware: rings are cut into arcs wherever the set of rings sharing a
    vertex changes, and each arc is simplified once (Douglas-Peucker) and reused by both neighbours,
    so simplified borders do not open gaps or overlaps between countries.
  * Tolerance depends on the country's size (0.3 deg for large ones, 0.1 deg for medium, 0.02 deg and
    0.01 deg rounding for small states) so Luxembourg or Malta keep a recognisable outline.
  * Label point: the pole of inaccessibility (polylabel) of the largest simplified polygon, so the
    marker always sits inside the country (a centroid can fall outside, e.g. Croatia or Chile).
  * Main box: the box around the polygons at least half as large as the largest, which RouteMap
    fits to (Indonesia keeps Sumatra to New Guinea; the USA does not pull in Alaska).
  * Codes from CaseModel's Country+All.swift that have no shape get a label point from
    EXTRA_LABEL_POINTS below; the Vatican, which collapses when rounded to 0.01 deg, keeps the mean of
    its outline as label point. The script fails if any code is left without either, or if the data
    holds a code CaseModel does not know.
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep Tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from world_shapes_geometry import bbox, douglas_peucker, geo_area, mean_point, polylabel, signed_area  # noqa: E402

SOURCE_REPO = "martynafford/natural-earth-geojson"
SOURCE_COMMIT = "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e"
SOURCE_FILE = "50m/cultural/ne_50m_admin_0_countries.7z"

RENAME = {"KOS": "XKX"}
MERGE = {"CYN": "CYP", "SOL": "SOM"}
DROP = {"KAS", "ATC"}

# (parent code, child code, lon_min, lat_min, lon_max, lat_max): polygons of the parent whose outer ring
# has its mean vertex inside the box become the child's.
CARVE = [
    ("FRA", "GUF", -55.0, 1.0, -51.0, 6.5),
    ("FRA", "GLP", -62.0, 15.7, -60.9, 16.6),
    ("FRA", "MTQ", -61.3, 14.3, -60.7, 15.0),
    ("FRA", "REU", 55.0, -21.5, 56.0, -20.7),
    ("FRA", "MYT", 44.9, -13.1, 45.4, -12.5),
    ("NOR", "SJM", 0.0, 74.0, 40.0, 82.0),  # Svalbard
    ("NOR", "SJM", -10.0, 70.5, -7.0, 71.5),  # Jan Mayen
    ("NLD", "BES", -68.5, 12.0, -68.0, 12.4),  # Bonaire
    ("NLD", "BES", -63.3, 17.4, -62.9, 17.7),  # Sint Eustatius and Saba
    ("IOA", "CXR", 105.0, -11.0, 106.0, -10.0),
    ("IOA", "CCK", 96.0, -12.5, 97.5, -11.8),
]

# Codes too small for 1:50m. GIB and TUV are the Natural Earth 1:50m populated places for Gibraltar and
# Funafuti (same repository, 50m/cultural/ne_50m_populated_places.json); BVT, TKL and UMI are rounded
# GeoNames coordinates of Bouvet Island, Nukunonu (Tokelau) and Wake Island (the most visited of the
# scattered U.S. Minor Outlying Islands).
EXTRA_LABEL_POINTS = {
    "GIB": (-5.35, 36.14),
    "TUV": (179.22, -8.52),
    "BVT": (3.40, -54.42),
    "TKL": (-171.85, -9.20),
    "UMI": (166.63, 19.29),
}

# Tolerances (degrees) and rounding steps by the extent of a country's largest ring.
def tolerance_for(extent):
    if extent >= 4.0:
        return 0.3, 1
    if extent >= 1.5:
        return 0.1, 1
    return 0.02, 2


# ---------------------------------------------------------------- loading

def load_features(path):
    if path.endswith(".7z"):
        tool = shutil.which("7zz") or shutil.which("7z")
        if tool is None:
            sys.exit("need 7zz or 7z to unpack " + path)
        tmp = tempfile.mkdtemp()
        subprocess.run([tool, "x", "-y", "-o" + tmp, path], check=True, stdout=subprocess.DEVNULL)
        path = os.path.join(tmp, [n for n in os.listdir(tmp) if n.endswith(".json")][0])
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["features"]


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def strip_ring(ring):
    """Drops the closing vertex; rings are implicitly closed from here on."""
    points = [(float(x), float(y)) for x, y in ring]
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def build_units(features):
    """Returns {code: [polygon]}, a polygon being [outer ring, hole, ...] of (lon, lat) tuples."""
    units = {}
    for feature in features:
        props = feature["properties"]
        code = props["ISO_A3"] if props["ISO_A3"] not in ("-99", "", None) else props["ADM0_A3"]
        code = RENAME.get(code, code)
        if code in DROP:
            continue
        code = MERGE.get(code, code)
        polygons = [[strip_ring(r) for r in polygon] for polygon in polygons_of(feature["geometry"])]
        units.setdefault(code, []).extend(polygons)
    for parent, child, x0, y0, x1, y1 in CARVE:
        keep, moved = [], []
        for polygon in units.get(parent, []):
            x, y = mean_point(polygon[0])
            (moved if x0 <= x <= x1 and y0 <= y <= y1 else keep).append(polygon)
        if not moved:
            sys.exit(f"carve {parent}->{child}: nothing in the box")
        units[parent] = keep
        units.setdefault(child, []).extend(moved)
    return {code: polys for code, polys in units.items() if polys}


# ---------------------------------------------------------------- topology-aware simplification

def simplify_units(units):
    # Ring ids: (code, polygon index, ring index).
    rings = {}
    for code, polygons in units.items():
        for pi, polygon in enumerate(polygons):
            for ri, ring in enumerate(polygon):
                rings[(code, pi, ri)] = ring
    owners = {}
    for rid, ring in rings.items():
        for p in ring:
            owners.setdefault(p, set()).add(rid)
    settings = {}
    for code, polygons in units.items():
        largest = max((polygon[0] for polygon in polygons), key=geo_area)
        x0, y0, x1, y1 = bbox([largest])
        settings[code] = tolerance_for(max(x1 - x0, y1 - y0))

    def tolerance_of(point_owners):
        return min(settings[rid[0]][0] for rid in point_owners)

    def digits_of(point_owners):
        return max(settings[rid[0]][1] for rid in point_owners)

    arc_cache = {}

    def simplify_arc(arc):
        key = tuple(arc)
        reverse_key = tuple(reversed(arc))
        canonical = min(key, reverse_key)
        if canonical not in arc_cache:
            shared = set.union(*(owners[p] for p in canonical))
            arc_cache[canonical] = douglas_peucker(list(canonical), tolerance_of(shared))
        result = arc_cache[canonical]
        return list(result) if canonical == key else list(reversed(result))

    simplified = {}
    for rid, ring in rings.items():
        n = len(ring)
        if n < 3:
            continue
        cuts = [i for i in range(n)
                if owners[ring[i]] != owners[ring[i - 1]] or owners[ring[i]] != owners[ring[(i + 1) % n]]]
        if not cuts:
            # A ring shared with nobody (an island): split at its first and farthest vertex.
            far = max(range(n), key=lambda i: math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]))
            tol = tolerance_of(owners[ring[0]])
            out = douglas_peucker(ring[:far + 1], tol)[:-1] + douglas_peucker(ring[far:] + [ring[0]], tol)[:-1]
        else:
            out = []
            for k, start in enumerate(cuts):
                end = cuts[(k + 1) % len(cuts)]
                arc = ring[start:end + 1] if end > start else ring[start:] + ring[:end + 1]
                out.extend(simplify_arc(arc)[:-1])
        rounded = []
        for p in out:
            digits = digits_of(owners[p])
            q = (round(p[0], digits), round(p[1], digits))
            if not rounded or rounded[-1] != q:
                rounded.append(q)
        while len(rounded) > 1 and rounded[0] == rounded[-1]:
            rounded.pop()
        simplified[rid] = rounded
    return simplified, settings


# ---------------------------------------------------------------- assembling countries

def assemble(units, simplified, settings):
    countries = {}
    for code, polygons in units.items():
        tolerance, _ = settings[code]
        kept = []
        for pi, polygon in enumerate(polygons):
            outer = simplified.get((code, pi, 0), [])
            if len(outer) < 3 or abs(signed_area(outer)) == 0:
                continue
            holes = [simplified.get((code, pi, ri), []) for ri in range(1, len(polygon))]
            holes = [h for h in holes if len(h) >= 3 and abs(signed_area(h)) > tolerance * tolerance]
            kept.append([outer] + holes)
        if not kept:
            # Too small to survive rounding (the Vatican): a label point from the unsimplified outline.
            original = max(polygons, key=lambda polygon: geo_area(polygon[0]))
            x, y = mean_point(original[0])
            countries[code] = {"label": (x, y), "main": (x, y, x, y), "polygons": []}
            continue
        kept.sort(key=lambda polygon: -geo_area(polygon[0]))
        largest = kept[0]
        # Islands smaller than the tolerance are noise at the scales we draw; the largest polygon stays.
        kept = [largest] + [p for p in kept[1:] if abs(signed_area(p[0])) > tolerance * tolerance]
        label = polylabel(largest, precision=0.01)
        main_area = geo_area(largest[0])
        main = [p[0] for p in kept if geo_area(p[0]) >= 0.5 * main_area]
        countries[code] = {"label": label, "main": bbox(main), "polygons": kept}
    return countries


# ---------------------------------------------------------------- output

def fmt(value):
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def encode(code, label, main, rings):
    parts = [code, f"{fmt(label[0])},{fmt(label[1])}", ",".join(fmt(v) for v in main)]
    parts.append(";".join(" ".join(f"{fmt(x)},{fmt(y)}" for x, y in ring) for ring in rings))
    return "|".join(parts)


def read_case_model_codes(path):
    with open(path, encoding="utf-8") as handle:
        return re.findall(r'iso3: "([A-Z]{3})"', handle.read())


HEADER = """// Generated by Tools/make_world_shapes.py — do not edit by hand; re-run the script instead.
//
// Source: Natural Earth 1:50m admin-0 countries, v4.0.0 (public domain, naturalearthdata.com), as
// GeoJSON from github.com/{repo} (CC0) at commit {commit}, file {file}.
// Simplified (topology-aware Douglas-Peucker, 0.3/0.1/0.02 deg by country size) and rounded to
// 0.1 deg (0.01 deg for small states). Format: one country a line,
// `ISO3|labelLon,labelLat|mainMinLon,mainMinLat,mainMaxLon,mainMaxLat|ring;ring` with a ring as
// `lon,lat lon,lat ...` (implicitly closed; holes are rings too, drawn with the even-odd rule).
// Codes without a shape (too small for 1:50m) have an empty ring list and main box = label point.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="ne_50m_admin_0_countries.json (or .7z)")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "Sources/Charts/Geo/Data"))
    parser.add_argument("--countries", default=os.path.join(root, "Sources/CaseModel/Country+All.swift"))
    args = parser.parse_args()

    units = build_units(load_features(args.source))
    simplified, settings = simplify_units(units)
    countries = assemble(units, simplified, settings)

    codes = read_case_model_codes(args.countries)
    lines = {}
    shape_count = sum(1 for c in countries.values() if c["polygons"])
    for code in sorted(countries):
        country = countries[code]
        rings = [ring for polygon in country["polygons"] for ring in polygon]
        lines[code] = encode(code, country["label"], country["main"], rings)
    for code, (x, y) in EXTRA_LABEL_POINTS.items():
        if code in countries:
            sys.exit(f"{code} has a shape now; drop it from EXTRA_LABEL_POINTS")
        lines[code] = encode(code, (x, y), (x, y, x, y), [])
    missing = [c for c in codes if c not in lines]
    if missing:
        sys.exit("codes without shape or label point: " + ", ".join(missing))
    extra = sorted(c for c in lines if c not in codes)
    if extra:
        sys.exit("codes unknown to CaseModel: " + ", ".join(extra))

    # Split alphabetically into files of similar size so that none is unpleasant to open.
    ordered = [lines[c] for c in sorted(lines)]
    total = sum(len(l) + 1 for l in ordered)
    chunks, current, size = [], [], 0
    parts = 4
    for line in ordered:
        current.append(line)
        size += len(line) + 1
        if size >= total / parts * (len(chunks) + 1) and len(chunks) < parts - 1:
            chunks.append(current)
            current = []
    chunks.append(current)

    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.startswith("WorldShapeData") and name.endswith(".swift"):
            os.remove(os.path.join(args.out, name))
    names = []
    for index, chunk in enumerate(chunks):
        first, last = chunk[0][:3], chunk[-1][:3]
        names.append(f"part{first}{last}")
        body = "\n".join(chunk)
        swift = (HEADER.format(repo=SOURCE_REPO, commit=SOURCE_COMMIT, file=SOURCE_FILE)
                 + f"\nextension WorldShapeData {{\n    /// Countries {first} to {last}.\n"
                 + f"    static let part{first}{last} = #\"\"\"\n{body}\n\"\"\"#\n}}\n")
        with open(os.path.join(args.out, f"WorldShapeData+{first}-{last}.swift"), "w", encoding="utf-8") as handle:
            handle.write(swift)
    index_swift = (HEADER.format(repo=SOURCE_REPO, commit=SOURCE_COMMIT, file=SOURCE_FILE)
                   + "\n/// The encoded country shapes, decoded once by `WorldShapes`.\nenum WorldShapeData {\n"
                   + "    /// Every part, in code order.\n"
                   + "    static var parts: [String] { [" + ", ".join(names) + "] }\n"
                   + f"    /// How many codes the data holds ({len(lines)}), and how many of them have a shape"
                   + f" ({shape_count}).\n"
                   + f"    static let codeCount = {len(lines)}\n    static let shapeCount = {shape_count}\n}}\n")
    with open(os.path.join(args.out, "WorldShapeData.swift"), "w", encoding="utf-8") as handle:
        handle.write(index_swift)

    points = sum(l.count(",") for l in ordered)
    print(f"{shape_count} shapes, {len(lines) - shape_count} label points only, "
          f"{len(lines)} codes, ~{points} coordinate pairs, {total} bytes of data in {len(chunks)} files")


if __name__ == "__main__":
    main()
