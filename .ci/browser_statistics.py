#!/usr/bin/env python3
"""Browser acceptance test of the national statistics dashboard (headless Chromium).

A register of 300 synthetic cases (seeded, so the same every run) is reported for Moldova:
1. the analyst finds Statistics in the navigation; every section is there, and every chart is an
   image with a text description and a table beside it;
2. the filters switch to one year by month, confirmed victims only: the address and the trends
   table follow;
3. the XLSX export downloads, LibreOffice converts its first sheet to CSV, and every cell of the
   sex × age table on the page has the same value in the file (`<5` and `x` included); a chart
   downloads as PNG;
4. no count from 1 to 4 appears anywhere on the page or in the file;
5. the page in Chinese (screenshot), and a case worker is refused.
Screenshots go to .ci/artifacts/statistics-*.png.
"""
import csv
import os
import re
import shutil
import subprocess

from selenium.webdriver.common.by import By

from browser_support import ARTIFACTS, Browser, acceptance_test

SECTIONS = ["totals", "sex-age", "forms", "citizenship", "justice", "sdg", "trends", "routes", "services", "comparison"]
GLOTIP_COLUMNS = ["Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension", "Category", "Sex", "Age", "Year",
                  "Unit of measurement", "txtVALUE", "Source"]
SEXES = ["Female", "Male", "Other", "Unknown", "Total"]
AGES = ["0 to 17 years", "18 years or over", "Unknown", "Total"]


def seed(binary, data_dir):
    """300 synthetic cases with the demo organisations and users; returns the users' password."""
    result = subprocess.run([binary, "seed", "--synthetic", "300", "--seed", "7", "--data-dir", data_dir, "--log-level", "warning"],
                            capture_output=True, text=True, timeout=600)
    match = re.search(r"signs in with the password:\s+(\S+)", result.stdout)
    if result.returncode != 0 or not match:
        raise SystemExit(f"libertas seed --synthetic failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    return match.group(1)


def small_counts(texts):
    """Cells that show a count from 1 to 4: there must be none."""
    return [text for text in texts if re.fullmatch(r"[1-4]", text.strip())]


class Statistics(Browser):
    def __init__(self, base_url, download_dir):
        super().__init__("statistics-", download_dir, base_url)

    def cells(self, selector):
        return [cell.text for cell in self.present(f"{selector} td")]

    def grid(self):
        """The sex × age table as {(sex, age): text}, read by position (the page is in English)."""
        rows = self.present("#sex-age-table tbody tr")
        return {(SEXES[i], AGES[j]): cell.text for i, row in enumerate(rows) for j, cell in enumerate(row.find_elements(By.TAG_NAME, "td"))}


def run(t, password, work_dir):
    d = t.driver
    print("1. The analyst opens the statistics from the navigation")
    t.sign_in("analyst.maria", password)
    t.click_and_wait(d.find_element(By.LINK_TEXT, "Statistics"))
    t.wait_for_path("/statistics")
    for section in SECTIONS:
        t.expect(t.present(f"section#{section}"), f"the {section} section is shown")
    charts = t.present("figure.chart svg")
    t.expect(len(charts) >= 4, f"{len(charts)} charts are drawn")
    for chart in charts:
        label = chart.get_attribute("aria-labelledby") or ""
        t.expect(chart.get_attribute("role") == "img" and "desc" in label, "a chart is an image described in words")
    t.expect(all(d.find_element(By.ID, chart.get_attribute("aria-labelledby").split()[-1]).get_attribute("textContent").strip() for chart in charts),
             "every chart's description has text")
    t.expect(not small_counts(t.cells("main table")), "no count from 1 to 4 on the page")
    t.expect(not d.find_element(By.ID, "statistics-loading").is_displayed(), "the notice that figures are coming is gone once they are there")
    t.full_shot("dashboard")

    print("2. Filters: 2024 only, by month, confirmed victims only")
    t.fill("from", "2024")
    t.fill("to", "2024")
    t.fill("granularity", "month")
    box = d.find_element(By.CSS_SELECTOR, "#statistics-filters input[type=checkbox][name=confirmed]")
    if not box.is_selected():
        box.click()
    t.submit("#statistics-filters")
    t.expect(re.search(r"from=2024&to=2024.*granularity=month", d.current_url) and "confirmed=true" in d.current_url, "the address holds the filters")
    periods = [row.text.split()[0] for row in t.present("#trends-table tbody tr")]
    t.expect(periods == [f"2024-{m:02d}" for m in range(1, 13)], f"the trends table has the twelve months of 2024 (got {periods})")
    t.expect(t.present("#sex-age-heading") and "2024" in d.find_element(By.ID, "sex-age-heading").text, "the tables are for 2024")
    grid = t.grid()
    t.expect(len(grid) == 20, "the sex × age table has 5 × 4 cells")
    t.full_shot("filtered")

    print("3. The XLSX export opens in LibreOffice with the page's values")
    xlsx = t.download("#export-xlsx", "libertas-statistics-MDA-2024-2024.xlsx", os.path.join(work_dir, "statistics.xlsx"))
    office = shutil.which("libreoffice") or shutil.which("soffice")
    t.expect(office is not None, "LibreOffice is installed (.ci/install-dependencies)")
    converted = subprocess.run([office, "--headless", "--convert-to", "csv", "--outdir", work_dir, xlsx], capture_output=True, text=True, timeout=180)
    path = os.path.join(work_dir, "statistics.csv")
    t.expect(converted.returncode == 0 and os.path.exists(path), f"LibreOffice converted the workbook ({converted.stdout.strip()} {converted.stderr.strip()})")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    t.expect(rows[0] == GLOTIP_COLUMNS, "the first sheet has the UNODC columns")
    values = {(r[7], r[8]): r[11] for r in rows[1:] if r[4] == "Detected trafficking victims" and r[5] == "Total" and r[9] == "2024"}
    mismatches = {key: (text, values.get(key)) for key, text in grid.items() if values.get(key) != text}
    t.expect(not mismatches, f"all 20 cells of the page's sex × age table equal the file's (differences: {mismatches})")
    t.expect(not small_counts(r[11] for r in rows[1:]), "no count from 1 to 4 in the file")
    print(f"  compared {len(grid)} cells; the file has {len(rows) - 1} rows")

    print("3b. A chart downloads as PNG")
    png = t.download("#chart-forms-png", "libertas-forms-MDA-2024.png", os.path.join(work_dir, "forms.png"))
    with open(png, "rb") as f:
        t.expect(f.read(8) == b"\x89PNG\r\n\x1a\n", "the chart downloads as a PNG image")
    shutil.copy(png, os.path.join(ARTIFACTS, "statistics-chart-forms.png"))

    print("4. The page in Chinese")
    t.in_chinese("国家统计")
    t.sign_out()

    print("5. A case worker is refused")
    t.sign_in("inspector.amara", password)
    t.go("/statistics")
    t.expect(not t.present("#sex-age-table") and not t.present("a[href='/statistics']"), "a case worker sees no statistics and no link to them")
    t.shot("case-worker-refused")


if __name__ == "__main__":
    acceptance_test("statistics", seed, Statistics, run, environment={"LIBERTAS_COUNTRY": "MDA"})
