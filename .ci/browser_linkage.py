#!/usr/bin/env python3
"""Browser acceptance test of the coordinator's review of record-linkage pairs (headless Chromium).

The linkage benchmark's generator (../shared/bench/linkage, seeded, so the same every run) makes
300 persons held by up to four agencies with realistic variation: transliterations, typos,
nicknames, partial dates. Each agency list becomes an HTCDS file imported for a demo organisation
(police → the National Police, ngo and shelter → Safe Harbour Shelter, labour_inspection → the
Labour Inspectorate, hotline → the National Trafficking Hotline); every row must import (the
generator's year typos can put a birth date in the future, which the import refuses, so those
dates are left empty). Then `libertas link --from-database` flags the pairs of the review band.
The server's own background duplicate check is off, so the page holds the linkage flags only.
1. the command: one record per imported person, and at least one pair for review, all flagged;
2. the coordinator opens Duplicates from the navigation: every row is a linkage flag between two
   organisations with a likeness in the review band; the first row's evidence opens to field rows
   with a level of the model and a weight in bits; no given or family name of the input appears
   on the page (nor in the API's answer, which names the source and holds the evidence);
3. one flag is marked Same person and another Different people; the status filter shows each;
   Reopen returns one to Open; the audit log has the three `duplicateFlag.resolve` entries;
4. the page in Chinese (screenshot), with the evidence summary in Chinese;
5. a case worker is refused.
Screenshots go to .ci/artifacts/linkage-*.png. Without the benchmark folder the test is skipped.
"""
import csv
import datetime
import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.request

from selenium.webdriver.common.by import By

from browser_support import Browser, acceptance_test

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARNESS = os.path.join(REPO, "..", "shared", "bench", "linkage")
ORGANISATIONS = {
    "police": "National Police – Anti-Trafficking Unit", "ngo": "Safe Harbour Shelter", "shelter": "Safe Harbour Shelter",
    "labour_inspection": "Labour Inspectorate", "hotline": "National Trafficking Hotline",
}
COLUMNS = ["lbt_CaseReference", "lbt_CaseOpenedOn", "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Gender",
           "prs_Citizenship", "prs_MobilePhone", "prs_MailingCity"]
FIELDS = {"Given name", "Family name", "Birth date", "Sex", "Citizenship", "City", "Phone"}
# The model's comparison levels as the English page words them, read from the catalogue itself.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Localization", "Catalogs", "Catalog+English+Cases.swift"), encoding="utf-8") as catalogue:
    LEVEL_WORDS = set(re.findall(r'^\s*\.linkageLevel\w+: "([^"]+)",$', catalogue.read(), re.MULTILINE))
REFERENCE = re.compile(r"\b(?:police|ngo|shelter|labour_inspection|hotline)-\d{7}\b")
# What seeding learnt, for the checks of step 1.
RUN = {}


def htcds_rows(records):
    """The generator's records of one list as HTCDS rows: the record id is the case reference, the
    city the person's city (the field the linkage compares)."""
    today = datetime.date.today().isoformat()
    for n, r in enumerate(records):
        born = r["birth_date"] if r["birth_date"] <= today[:len(r["birth_date"])] else ""
        yield [r["record_id"], f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", r["given_name"], r["family_name"], born,
               {"F": "Feminine", "M": "Masculine"}.get(r["sex"], ""), r["nationality_iso3"], r["phone"], r["city"]]


def seed(binary, data_dir):
    """The demo organisations and users, 300 generated persons imported list by list, then the linkage
    run; returns the users' password."""
    work_dir = os.path.dirname(data_dir)
    result = subprocess.run([binary, "seed", "--demo", "--data-dir", data_dir, "--log-level", "warning"], capture_output=True, text=True, timeout=300)
    match = re.search(r"signs in with the password:\s+(\S+)", result.stdout)
    if result.returncode != 0 or not match:
        raise SystemExit(f"libertas seed --demo failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    generated = os.path.join(work_dir, "persons.csv")
    subprocess.run([sys.executable, os.path.join(HARNESS, "generate.py"), "--persons", "300", "--out", generated],
                   check=True, capture_output=True, timeout=120)
    with open(generated, newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    RUN["names"] = {r[k].strip() for r in records for k in ("given_name", "family_name") if r[k].strip()}
    RUN["records"] = len(records)
    imported = 0
    for source_list in ["police", "ngo", "shelter", "labour_inspection", "hotline"]:
        path = os.path.join(work_dir, f"{source_list}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(COLUMNS)
            writer.writerows(htcds_rows([r for r in records if r["source_list"] == source_list]))
        result = subprocess.run([binary, "import", "htcds", path, "--organisation", ORGANISATIONS[source_list], "--data-dir", data_dir,
                                 "--json", "--log-level", "warning"], capture_output=True, text=True, timeout=300)
        errors = open(path + ".errors.csv", encoding="utf-8").read() if os.path.exists(path + ".errors.csv") else ""
        try:
            counts = json.loads(result.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            raise SystemExit(f"libertas import htcds {source_list}.csv failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
        if result.returncode != 0 or counts["errors"] or counts["imported"] != counts["read"]:
            raise SystemExit(f"{source_list}.csv did not import completely: {counts}\n{errors}{result.stderr}")
        print(f"imported {source_list}.csv for {ORGANISATIONS[source_list]}: {counts}")
        imported += counts["imported"]
    RUN["imported"] = imported
    clusters = os.path.join(work_dir, "clusters.csv")
    result = subprocess.run([binary, "link", "--from-database", "--out", clusters, "--data-dir", data_dir, "--log-level", "warning"],
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"libertas link --from-database failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    RUN["summary"] = json.loads(result.stdout.strip().splitlines()[-1])
    RUN["stderr"] = result.stderr
    with open(clusters, newline="", encoding="utf-8") as f:
        RUN["clustered"] = len(list(csv.DictReader(f)))
    return match.group(1)


class Linkage(Browser):
    def __init__(self, base_url, download_dir):
        super().__init__("linkage-", download_dir, base_url)

    def rows(self):
        return self.present("#duplicate-flags > tbody > tr:not(.evidence-row)")

    def evidence_of(self, row):
        """The evidence of a flag: a full-width row under the flag's own."""
        return row.find_element(By.XPATH, "following-sibling::tr[1][contains(@class, 'evidence-row')]").find_element(By.CSS_SELECTOR, "details.evidence")

    def references(self, row):
        """The two sides of a row as (organisation, case references) pairs."""
        cells = row.find_elements(By.CSS_SELECTOR, ":scope > td")
        return tuple((cell.find_element(By.TAG_NAME, "strong").text, cell.find_element(By.CSS_SELECTOR, "p.mono").text) for cell in cells[1:3])

    def listed(self, status):
        """The flags the status filter shows, as their sides, chosen in the form as a coordinator would."""
        self.fill("status", status)
        self.submit("form.filters")
        self.expect(f"status={status}" in self.driver.current_url, f"the address holds the filter {status}")
        return [self.references(row) for row in self.rows()]

    def decide(self, row, status):
        """Presses the button of `row` that posts `status`; returns the row's sides."""
        sides = self.references(row)
        form = next(f for f in row.find_elements(By.CSS_SELECTOR, "form.inline-form")
                    if f.find_element(By.CSS_SELECTOR, "input[name=status]").get_attribute("value") == status)
        self.click_and_wait(form.find_element(By.TAG_NAME, "button"))
        self.expect(self.flash_shown(), f"the flag between {sides[0][1]} and {sides[1][1]} is saved as {status}")
        return sides

    def all_text(self):
        """Everything the page holds as text, shown or not (closed evidence, the title)."""
        return self.driver.execute_script("return document.documentElement.textContent")


def leaked_names(text, names, keep=()):
    """The input's given and family names that `text` holds as whole words, once the case references
    and the strings in `keep` (the signed-in user's name) are taken out."""
    text = REFERENCE.sub(" ", text)
    for allowed in keep:
        text = text.replace(allowed, " ")
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
    return sorted({m.group(1) for m in pattern.finditer(text)})


def run(t, password, work_dir):
    d = t.driver
    summary, names = RUN["summary"], RUN["names"]
    print("1. The linkage run")
    print(f"  {RUN['stderr'].strip()}")
    print(f"  summary: records {summary['records']}, candidatePairs {summary['candidatePairs']}, reviewCandidates {summary['reviewCandidates']}, "
          f"pairsAboveThreshold {summary.get('pairsAboveThreshold')}, clusters {summary.get('clusters')}, training {summary['seconds']['training']:.1f} s")
    t.expect(RUN["imported"] == RUN["records"], f"all {RUN['records']} generated records were imported")
    t.expect(summary["records"] == RUN["imported"], f"the run read {summary['records']} persons, the {RUN['imported']} imported")
    t.expect(RUN["clustered"] == RUN["imported"], f"clusters.csv has a row for each of the {RUN['imported']} persons")
    said = re.search(r"(\d+) persons; (\d+) new pairs for review", RUN["stderr"])
    t.expect(said and int(said.group(1)) == summary["records"], "the command says how many persons it linked")
    flagged = int(said.group(2))
    t.expect(summary["candidatePairs"] > 0 and summary["reviewCandidates"] >= 1,
             f"{summary['candidatePairs']} candidate pairs, {summary['reviewCandidates']} in the review band (0.5–0.95)")
    # Pairs within one organisation are left to search before create: flags are between organisations.
    t.expect(1 <= flagged <= summary["reviewCandidates"], f"{flagged} pairs between organisations became flags")
    levels = {field["name"]: {level["name"] for level in field["levels"]} for field in summary["parameters"]["fields"]}

    print("2. The coordinator reviews the flags")
    t.sign_in("coordinator.ana", password)
    t.click_and_wait(d.find_element(By.LINK_TEXT, "Duplicates"))
    t.wait_for_path("/duplicates")
    t.expect(d.title.startswith("Possible duplicates between organisations"), f"the page is the duplicates list ({d.title})")
    rows = t.rows()
    t.expect(len(rows) == flagged, f"the list shows the {flagged} open flags (got {len(rows)})")
    for row in rows:
        (left, left_refs), (right, right_refs) = t.references(row)
        likeness = row.find_elements(By.CSS_SELECTOR, ":scope > td")[3].text
        percent = int(re.match(r"(\d+) %", likeness).group(1))
        t.expect(left in ORGANISATIONS.values() and right in ORGANISATIONS.values() and REFERENCE.fullmatch(left_refs) and REFERENCE.fullmatch(right_refs)
                 and "Found by record linkage" in likeness and 50 <= percent <= 95,
                 f"{left_refs} ({left}) ~ {right_refs} ({right}): {percent} %, found by record linkage")
        t.expect(all(ORGANISATIONS[ref.split("-")[0]] == name for name, ref in ((left, left_refs), (right, right_refs))),
                 "each case reference is on the organisation that imported it")
    t.full_shot("list")
    first = rows[0]
    evidence = t.evidence_of(first)
    t.expect(evidence.find_element(By.TAG_NAME, "summary").text == "Evidence per field (record linkage)", "the first flag has evidence, closed")
    t.expect(not evidence.find_element(By.CSS_SELECTOR, "table.evidence-table").is_displayed(), "the evidence is folded away at first")
    evidence.find_element(By.TAG_NAME, "summary").click()
    table = evidence.find_element(By.CSS_SELECTOR, "table.evidence-table")
    t.expect(table.is_displayed(), "the evidence opens")
    field_keys = {"Given name": "given_name", "Family name": "family_name", "Birth date": "birth_date", "Sex": "sex",
                  "Citizenship": "nationality", "City": "city", "Phone": "phone"}
    shown = []
    for row in table.find_elements(By.CSS_SELECTOR, ":scope > tbody > tr"):
        kind = row.get_attribute("class")
        field, level, weight = row.find_element(By.TAG_NAME, "th").text, *[c.text for c in row.find_elements(By.TAG_NAME, "td")]
        t.expect(field in FIELDS and level in LEVEL_WORDS, f"{field}: “{level}” is a level of the model in words, not a value")
        t.expect(re.fullmatch(r"[+-]?\d+\.\d", weight) and kind == ("for" if weight.startswith("+") else "against" if weight.startswith("-") else "neutral"),
                 f"{field}: weight {weight} bits, a row {kind}")
        shown.append(field)
    t.expect(set(shown) == FIELDS, f"the evidence has a row for each of the seven fields ({shown})")
    t.expect("Levels and weights only: the values stay with the organisations." in evidence.text, "the evidence says that values are not shown")
    leaked = leaked_names(t.all_text(), names, keep=["Ana Petrović"])
    t.expect(not leaked, f"none of the {len(names)} given and family names of the input is on the page" + (f" (found {leaked})" if leaked else ""))
    t.shot("evidence-open")
    t.full_shot("evidence", "#duplicate-flags > tbody > tr.evidence-row")

    print("2b. The API gives the same flags, with their source and evidence")
    t.go("/account/tokens")
    t.fill("name", "linkage review")
    t.submit("main form.stacked")
    token = d.find_element(By.ID, "new-token").text.strip()
    request = urllib.request.Request(t.base + "/api/v1/duplicate-flags?status=all", headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read().decode("utf-8")
    items = json.loads(body)["items"]
    t.expect(len(items) == flagged and all(i["source"] == "Linkage" and len(i["evidence"]) == 7 for i in items),
             f"the API lists {len(items)} flags, each from Linkage with seven fields of evidence")
    t.expect(all(set(e) == {"field", "level", "weight"} and e["level"] in levels[e["field"]] for i in items for e in i["evidence"]),
             "the API's evidence is fields, levels and weights only")
    t.expect(not leaked_names(body, names), "the API's answer holds no name of the input")

    t.go("/duplicates?status=all&source=Search")
    t.expect(not t.rows(), "filtered by source, the background check's flags: none (it is off)")
    t.expect(t.driver.find_element(By.NAME, "source").get_attribute("value") == "Search", "the source filter keeps its choice")

    print("3. Same person, different people, and reopened")
    t.go("/duplicates")
    same = t.decide(t.rows()[0], "SamePerson")
    different = t.decide(t.rows()[0], "DifferentPeople")
    t.expect(len(t.rows()) == flagged - 2, f"{flagged - 2} flags are still open")
    t.expect(t.listed("SamePerson") == [same], f"Same person lists {same[0][1]} ~ {same[1][1]} alone")
    t.full_shot("same-person")
    t.expect(t.listed("DifferentPeople") == [different], f"Different people lists {different[0][1]} ~ {different[1][1]} alone")
    everything = t.listed("all")
    t.expect(len(everything) == flagged and same in everything and different in everything, f"All lists the {flagged} flags")
    badges = [row.find_element(By.CSS_SELECTOR, ".badge").text for row in t.rows()]
    t.expect(badges.count("Same person") == 1 and badges.count("Different people") == 1 and badges.count("Open") == flagged - 2,
             f"the badges say which are decided ({sorted(set(badges))})")
    t.listed("DifferentPeople")
    t.click_and_wait(t.rows()[0].find_element(By.XPATH, ".//button[normalize-space()='Reopen']"))
    t.expect(t.flash_shown(), "the flag is reopened")
    open_now = t.listed("Open")
    t.expect(len(open_now) == flagged - 1 and different in open_now, f"{different[0][1]} ~ {different[1][1]} is open again ({len(open_now)} open)")
    t.shot("reopened")
    t.expect(t.listed("DifferentPeople") == [], "and no longer listed as different people")
    db = sqlite3.connect(os.path.join(work_dir, "data", "libertas.sqlite"))
    changes = [json.loads(s) for (s,) in db.execute("SELECT summary FROM audit_entries WHERE action = 'duplicateFlag.resolve' ORDER BY seq")]
    db.close()
    print(f"  audit summaries: {changes}")
    t.expect(len(changes) == 3 and not leaked_names(json.dumps(changes, ensure_ascii=False), names),
             "the audit log has the three decisions (duplicateFlag.resolve), without names")

    print("4. The page in Chinese")
    t.go("/duplicates?status=all")
    t.click_and_wait(d.find_element(By.LINK_TEXT, "简体中文"))
    t.expect("机构间的疑似重复登记" in t.text(), "the title is in Chinese (机构间的疑似重复登记)")
    summaries = [s.text for s in t.present("details.evidence summary")]
    t.expect(summaries and all(s == "逐字段证据（记录链接）" for s in summaries), "the evidence summary is in Chinese (逐字段证据（记录链接）)")
    chinese_evidence = t.evidence_of(t.rows()[0])
    chinese_evidence.find_element(By.TAG_NAME, "summary").click()
    headings = [th.text for th in chinese_evidence.find_elements(By.CSS_SELECTOR, "table.evidence-table > tbody th")]
    t.expect(set(headings) == {"名", "姓", "出生日期", "性别", "国籍", "城市", "电话"}, f"the fields are named in Chinese ({headings})")
    untranslated = sorted({td.text for td in chinese_evidence.find_elements(By.CSS_SELECTOR, "table.evidence-table > tbody td:not(.number)") if re.search(r"[A-Za-z]", td.text)})
    t.expect(not untranslated, f"the levels are in Chinese too ({untranslated or 'all'})")
    t.expect(not leaked_names(t.all_text(), names, keep=["Ana Petrović"]), "no name of the input on the Chinese page either")
    t.full_shot("chinese")
    t.click_and_wait(d.find_element(By.LINK_TEXT, "English"))
    t.sign_out()

    print("5. A case worker is refused")
    t.sign_in("inspector.amara", password)
    t.expect(not t.present("a[href='/duplicates']"), "a case worker has no Duplicates in the navigation")
    t.go("/duplicates?status=all")
    t.expect(not t.present("#duplicate-flags") and "Not allowed" in t.text(), "and is refused the page")
    t.shot("case-worker-refused")


if __name__ == "__main__":
    if not os.path.isfile(os.path.join(HARNESS, "generate.py")):
        print(f"skipped: the linkage harness is not at {os.path.normpath(HARNESS)}")
        sys.exit(0)
    acceptance_test("linkage", seed, Linkage, run, environment={"LIBERTAS_DUPLICATE_CHECK_INTERVAL": "0"})
