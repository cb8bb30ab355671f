#!/usr/bin/env python3
"""Build the population resource the Reporting library ships with.

Reads the WPP 2024 extract in ../shared/data/population/wpp2024_population.csv.gz (one row per
iso3/year/sex/age group, persons) and writes Sources/Reporting/Resources/wpp2024_population.csv,
one line per iso3/year/sex with the 21 five-year age groups side by side. The wide layout is about
a third of the long one, and the server then needs no /work/shared folder at run time.

Usage (from the repository root):
  python3 Tools/make_population.py [path/to/wpp2024_population.csv.gz]

Only the Python standard library is used. The output is deterministic (sorted, LF line ends), so a
rerun on the same input gives the same bytes and the diff shows any change in the source.
"""
import csv
import gzip
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "data", "population", "wpp2024_population.csv.gz")
TARGET = os.path.join(ROOT, "Sources", "Reporting", "Resources", "wpp2024_population.csv")
AGE_STARTS = list(range(0, 101, 5))  # 0, 5, ..., 100 (100 = 100 and over)
YEARS = list(range(1990, 2051, 5))
SEXES = ["female", "male"]

# Lines starting with '#' are comments; the Swift reader skips them. The attribution travels with
# the numbers because CC BY 3.0 IGO requires it wherever the data go.
HEADER = """\
# Population by sex and five-year age group, persons, 1 July of each year.
# Source: United Nations, Department of Economic and Social Affairs, Population Division (2024).
#   World Population Prospects 2024, Online Edition (Medium variant; 2025 onwards are projections).
# Licence: Creative Commons Attribution 3.0 IGO (CC BY 3.0 IGO), https://creativecommons.org/licenses/by/3.0/igo/
# Reshaped by Libertas (Tools/make_population.py): one line per country, year and sex; the reshaping
#   does not imply endorsement by the United Nations.
# Columns: iso3, year, sex, then persons aged 0-4, 5-9, ..., 95-99, 100 and over (21 values).
"""


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    table: dict[tuple[str, int, str], dict[int, int]] = {}
    with gzip.open(source, "rt", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["iso3", "m49", "year", "sex", "age_group_start", "value"], reader.fieldnames
        for row in reader:
            key = (row["iso3"], int(row["year"]), row["sex"])
            groups = table.setdefault(key, {})
            age = int(row["age_group_start"])
            assert age not in groups, (key, age)
            groups[age] = int(row["value"])

    # Every country must have every year, sex and age group: the Swift side relies on it.
    countries = sorted({iso3 for iso3, _, _ in table})
    for iso3 in countries:
        for year in YEARS:
            for sex in SEXES:
                groups = table.get((iso3, year, sex))
                assert groups is not None and sorted(groups) == AGE_STARTS, (iso3, year, sex)

    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w", newline="\n") as out:
        out.write(HEADER)
        out.write("iso3,year,sex," + ",".join(f"a{age}" for age in AGE_STARTS) + "\n")
        for key in sorted(table):
            iso3, year, sex = key
            values = ",".join(str(table[key][age]) for age in AGE_STARTS)
            out.write(f"{iso3},{year},{sex},{values}\n")
    print(f"{len(countries)} countries, {len(table)} lines, {os.path.getsize(TARGET):,} bytes -> {TARGET}")


if __name__ == "__main__":
    main()
