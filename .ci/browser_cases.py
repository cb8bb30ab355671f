#!/usr/bin/env python3
"""Browser acceptance test of case work, in headless Chromium.

The acceptance criterion: a browser test creates a case with a victim, a
perpetrator and a three-event route; search-before-create offers the existing
person when a near-duplicate name is typed; the test then exports HTCDS CSV
and re-imports it into an empty database, and the records come back equal.

Server A starts on an empty temporary data directory; the first administrator
signs in with the one-time password it prints and chooses a password. The
server is stopped, `libertas seed --demo` adds the demo organisations and
users, and it is started again. A demo case worker then, through the pages
only: opens a case for a new victim, adds a perpetrator, adds a route of
Recruitment, Transit and Exploitation in three countries, checks the timeline
and the SVG route map, types a near-duplicate of the victim's name when
opening another case and checks the existing person is offered, and exports
the cases as HTCDS CSV. Server B starts on a second empty data directory
(seeded the same way); the same case worker imports the file through the
import page, the summary must show one row imported and none rejected, the
imported case must show the three steps of its route, and B's own export must
equal A's in every column. Every column is compared: the HTCDS layout holds no
internal ids, timestamps or organisation, and the importer keeps the case
reference when it is free, as it is in an empty database. A's export must also
hold every value typed into the forms.

The case worker is caseworker.sofia, not inspector.amara, whose display name
is the victim's name here and would show in every page header.

The exports are real browser downloads: Chrome's download directory is set
with the `download.default_directory` preference and, for headless Chrome,
the DevTools command `Browser.setDownloadBehavior`.

Screenshots go to .ci/artifacts/cases-NN-name.png. Exits non-zero on any failure.

Usage: browser_cases.py [--binary .build/debug/libertas] [--keep-data DIR]
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import tempfile
import time

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_support import ARTIFACTS, Browser, free_port, start_server, stop_server

NEW_PASSWORD = "a long and private passphrase 2026"
CASE_WORKER = "caseworker.sofia"
EXPORT_NAME = "libertas-cases-htcds.csv"

CASE = {"openedOn": "2025-03-14", "summary": "Referred by the border police after a roadside check."}
VICTIM = {
    "givenName": "Amara", "familyName": "Okafor", "aliases": "Ama", "birthDate": "1998-04-12", "gender": "Feminine",
    "citizenship": "NGA", "primaryLanguage": "yor", "phone": "+234 803 555 0142", "maritalStatus": "Single", "notes": "Speaks some Italian.",
}
VICTIM_CONTEXT = {
    "identifiedOn": "2025-03", "traffickingStatus": "ActualVictimOfTrafficking", "statusDecidedBy": "Police",
    "ageWhenTrafficked": "26", "relationshipToTrafficker": "Acquainted", "exploitationCountry": "ITA",
    "exploitationPlace": "An apartment near the station",
    "exploitationTypes": ["SexualExploitation", "ForcedBegging"], "sexualExploitationTypes": ["Prostitution"],
    "controlMethods": ["DebtBondage", "FalsePromises"], "recruitmentMethods": ["ThroughFriendsOrSocialEvents"],
}
NEAR_DUPLICATE = "Amarah Okafur"
PERPETRATOR = {"givenName": "Chidi", "familyName": "Eze", "birthDate": "1985", "gender": "Masculine", "citizenship": "NGA"}
PERPETRATOR_CONTEXT = {"roles": ["RecruiterOrIntermediary", "Transporter"], "relationship": "Acquainted", "roleDetails": "Promised a job in a hair salon."}
EVENTS = [
    {"type": "Recruitment", "dateFrom": "2024-06", "dateTo": "", "country": "NGA", "city": "Benin City", "description": "Met through a friend."},
    {"type": "Transit", "dateFrom": "2024-07-02", "dateTo": "2024-07-20", "country": "NER", "city": "Agadez", "description": "Held in a compound."},
    {"type": "Exploitation", "dateFrom": "2024-08", "dateTo": "2025-02", "country": "ITA", "city": "Turin", "description": ""},
]
COUNTRY_NAMES = {"NGA": "Nigeria", "NER": "Niger", "ITA": "Italy"}


def seed_demo(binary, data_dir):
    """Adds the demo organisations and users; returns their shared password."""
    result = subprocess.run([binary, "seed", "--demo", "--data-dir", data_dir, "--log-level", "warning"],
                            capture_output=True, text=True, timeout=120)
    match = re.search(r"signs in with the password:\s+(\S+)", result.stdout)
    if result.returncode != 0 or not match:
        raise SystemExit(f"libertas seed --demo failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    print("demo data seeded: " + result.stdout.splitlines()[0])
    return match.group(1)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise SystemExit(f"{path} is empty")
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


class Cases(Browser):
    def __init__(self, download_dir):
        super().__init__("cases-", download_dir)


def first_administrator(t, one_time_password):
    print("1. The first administrator signs in with the one-time password and chooses their own")
    t.sign_in("admin", one_time_password)
    t.wait_for_path("/account/password")
    t.fill("currentPassword", one_time_password)
    t.fill("newPassword", NEW_PASSWORD)
    t.fill("confirmPassword", NEW_PASSWORD)
    t.submit("main form.stacked")
    WebDriverWait(t.driver, 10).until(lambda d: d.current_url.rstrip("/") == t.base)
    t.expect(not t.present("input[name=currentPassword]"), "the administrator has chosen a password")
    t.sign_out()


def open_case(t, demo_password):
    d = t.driver
    print("2. The case worker opens a case for a new victim, searching first")
    t.sign_in(CASE_WORKER, demo_password)
    t.go("/cases")
    d.find_element(By.CSS_SELECTOR, "main a[href='/cases/new']").click()
    t.wait_for_path("/cases/new")
    t.fill("name", f"{VICTIM['givenName']} {VICTIM['familyName']}")
    t.submit("form[action='/cases/new/search']")
    t.expect(d.find_elements(By.ID, "matches-heading") and not t.present("main .match"),
             "the search on an empty register finds no one")
    d.find_element(By.ID, "register-new-person").click()
    t.wait_for_path("/cases/new/details")
    t.expect(d.find_element(By.NAME, "givenName").get_attribute("value") == VICTIM["givenName"]
             and d.find_element(By.NAME, "familyName").get_attribute("value") == VICTIM["familyName"],
             "the searched name is carried into the new person's fields")
    t.fill_all(CASE)
    t.fill_all(VICTIM)
    t.fill_all(VICTIM_CONTEXT)
    t.full_shot("new-case-form")
    t.submit("form[action='/cases']")
    match = t.wait_for_url(re.escape(t.base) + r"/cases/([0-9a-fA-F-]{36})")
    case_id = match.group(1)
    t.expect(t.flash_shown(), "the case is opened")
    victim = d.find_element(By.CSS_SELECTOR, "#victims article.victim")
    t.expect(victim.find_element(By.TAG_NAME, "h2").text == "Amara Okafor", "the victim is on the case")
    person_link = victim.find_element(By.CSS_SELECTOR, "a[href*='/persons/']").get_attribute("href")
    person_id = re.search(r"/persons/([0-9a-fA-F-]{36})/edit", person_link).group(1)
    for fact in ["1998-04-12", "Nigeria", "+2348035550142", "Italy"]:
        t.expect(fact in victim.text, f"the victim's card shows {fact}")
    return case_id, person_id


def add_perpetrator(t, case_id):
    d = t.driver
    print("3. Add a perpetrator")
    d.find_element(By.CSS_SELECTOR, f"#perpetrators a[href='/cases/{case_id}/perpetrators/new']").click()
    t.wait_for_path(f"/cases/{case_id}/perpetrators/new")
    t.fill("name", f"{PERPETRATOR['givenName']} {PERPETRATOR['familyName']}")
    t.submit(f"form[action='/cases/{case_id}/perpetrators/search']")
    d.find_element(By.ID, "register-new-person").click()
    t.wait_for_path(f"/cases/{case_id}/perpetrators/details")
    t.fill_all(PERPETRATOR)
    t.fill_all(PERPETRATOR_CONTEXT)
    t.submit(f"form[action='/cases/{case_id}/perpetrators']")
    t.wait_for_path(f"/cases/{case_id}")
    t.expect_no_form_errors("adding the perpetrator")
    t.expect(t.flash_shown(), "the perpetrator is added")
    cards = d.find_elements(By.CSS_SELECTOR, "#perpetrators article.perpetrator")
    t.expect(len(cards) == 1 and cards[0].find_element(By.TAG_NAME, "h2").text == "Chidi Eze", "the perpetrator is on the case")


def add_route(t, case_id):
    d = t.driver
    print("4. Add a route of three steps and check the timeline and the map")
    for number, event in enumerate(EVENTS, start=1):
        form = d.find_element(By.ID, "event-form")
        disclosure = form.find_element(By.XPATH, "ancestor::details[1]")
        if disclosure.get_attribute("open") is None:
            disclosure.find_element(By.TAG_NAME, "summary").click()
        t.fill_all(event, within="#event-form")
        t.submit("#event-form")
        t.wait_for_path(f"/cases/{case_id}")
        t.expect_no_form_errors(f"adding step {number}")
        steps = d.find_elements(By.CSS_SELECTOR, "#route ol.timeline li.event")
        t.expect(len(steps) == number, f"the timeline has {number} step(s) after adding {event['type']}")
    check_route(t)
    t.full_shot("case-page")
    t.full_shot("case-route", selector="#route")


def check_route(t):
    d = t.driver
    steps = d.find_elements(By.CSS_SELECTOR, "#route ol.timeline li.event")
    t.expect([s.get_attribute("class").split()[-1] for s in steps] == ["event-recruitment", "event-transit", "event-exploitation"],
             "the timeline lists Recruitment, Transit and Exploitation in order")
    for step, event in zip(steps, EVENTS):
        t.expect(event["city"] in step.text and COUNTRY_NAMES[event["country"]] in step.text and event["dateFrom"] in step.text,
                 f"the {event['type']} step shows {event['dateFrom']}, {event['city']}, {COUNTRY_NAMES[event['country']]}")
    maps = d.find_elements(By.CSS_SELECTOR, "#route .route-map svg")
    t.expect(len(maps) == 1, "the route is drawn as an SVG map")
    drawn = maps[0].get_attribute("textContent")
    for name in COUNTRY_NAMES.values():
        t.expect(name in drawn, f"the map names {name}")
    size = maps[0].size
    t.expect(size["width"] > 300 and size["height"] > 150, f"the map is visible ({size['width']}x{size['height']} px)")


def near_duplicate(t, person_id):
    d = t.driver
    print("5. A near-duplicate name typed when opening a case offers the existing person")
    t.go("/cases/new")
    t.fill("name", NEAR_DUPLICATE)
    t.fill("birthYear", "1998")
    t.submit("form[action='/cases/new/search']")
    t.expect(d.find_elements(By.ID, "matches-heading"), "the search shows its results")
    offered = [card for card in d.find_elements(By.CSS_SELECTOR, "main .match")
               if card.find_element(By.CSS_SELECTOR, "input[name=personId]").get_attribute("value").lower() == person_id.lower()]
    t.expect(len(offered) == 1, f"typing '{NEAR_DUPLICATE}' offers the existing person {person_id}")
    card = offered[0]
    t.expect(card.find_element(By.TAG_NAME, "h2").text == "Amara Okafor" and "1998-04-12" in card.text,
             "the offer shows the registered name and birth date")
    t.expect(d.find_elements(By.ID, "register-new-person"), "registering someone new is still possible")
    t.full_shot("near-duplicate-offered")
    card.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    t.wait_for_path("/cases/new/details")
    chosen = d.find_elements(By.CSS_SELECTOR, "form[action='/cases'] input[type=hidden][name=personId]")
    t.expect(chosen and chosen[0].get_attribute("value").lower() == person_id.lower()
             and not t.present("[name=givenName]"),
             "choosing the offer opens the case for the existing person, without person fields to retype")
    t.shot("near-duplicate-chosen")


def export(t, save_as):
    t.go("/cases")
    return t.download("main a[href='/cases/export.csv']", EXPORT_NAME, save_as)


def import_file(t, path):
    d = t.driver
    print("7. Import the file into the empty database")
    t.go("/cases")
    d.find_element(By.CSS_SELECTOR, "main a[href='/cases/import']").click()
    t.wait_for_path("/cases/import")
    t.fill("format", "htcds")
    d.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(path)
    t.submit("form[action='/cases/import']")
    notice = d.find_element(By.CSS_SELECTOR, "main .notice")
    counts = [int(n) for n in re.findall(r"\d+", notice.text)]
    t.expect(len(counts) == 4, f"the summary gives rows read, imported, already there and rejected ({notice.text!r})")
    read, imported, skipped, errors = counts
    t.expect((read, imported, skipped, errors) == (1, 1, 0, 0), f"1 row read, 1 imported, 0 already there, 0 rejected (got {counts})")
    t.expect("success" in notice.get_attribute("class") and not t.present("#import-errors"), "no import errors are listed")
    t.shot("import-summary")


def typed_cells():
    """The HTCDS cells the forms filled in, by column; lists are `;`-joined, in any order."""
    cells = {"lbt_CaseOpenedOn": CASE["openedOn"], "lbt_CaseSummary": CASE["summary"], "cas_Status": "Active"}
    person = {"givenName": "FirstName", "familyName": "SecondName", "birthDate": "Birthdate", "gender": "Gender", "citizenship": "Citizenship"}
    cells.update({f"prs_{column}": VICTIM[field] for field, column in person.items()})
    cells.update({"lbt_Aliases": VICTIM["aliases"], "prs_PrimaryLanguage": VICTIM["primaryLanguage"], "prs_MobilePhone": "+2348035550142",
                  "prs_MaritalStatus": VICTIM["maritalStatus"], "lbt_PersonNotes": VICTIM["notes"]})
    victim = {"traffickingStatus": "vic_TraffickingStatus", "statusDecidedBy": "vic_TraffickingStatusDecisionMakingOrg", "identifiedOn": "lbt_IdentifiedOn",
              "relationshipToTrafficker": "vic_RelationshipToTrafficker", "ageWhenTrafficked": "vic_AgeWhenTrafficked",
              "exploitationCountry": "lbt_ExploitationCountry", "exploitationPlace": "vic_LocationOfExploitation",
              "exploitationTypes": "vic_TypeOfExploitation", "sexualExploitationTypes": "vic_TypeOfSexExploitation",
              "controlMethods": "vic_MethodsOfControl", "recruitmentMethods": "vic_MethodOfRecruitment"}
    for field, column in victim.items():
        value = VICTIM_CONTEXT[field]
        cells[column] = ";".join(value) if isinstance(value, list) else value
    cells.update({f"per1_{column}": PERPETRATOR[field] for field, column in person.items()})
    cells.update({"per1_RoleInProcess": ";".join(PERPETRATOR_CONTEXT["roles"]), "per1_RelationshipToTrafficker": PERPETRATOR_CONTEXT["relationship"],
                  "per1_RoleDetails": PERPETRATOR_CONTEXT["roleDetails"]})
    event = {"type": "Type", "dateFrom": "Date", "dateTo": "DateTo", "country": "Country", "city": "City", "description": "Description"}
    for number, typed in enumerate(EVENTS, start=1):
        cells.update({f"hte{number}_{column}": typed[field] for field, column in event.items()})
        cells[f"hte{number}_Scope"] = "victim"
    return cells


def compare_exports(path_a, path_b):
    print("8. The export of the re-imported case equals the original")
    header_a, rows_a = read_csv(path_a)
    header_b, rows_b = read_csv(path_b)
    if header_a != header_b:
        raise AssertionError(f"the exports have different columns:\n  A: {header_a}\n  B: {header_b}")
    if len(rows_a) != 1 or len(rows_b) != 1:
        raise AssertionError(f"expected one victim row in each export, got {len(rows_a)} and {len(rows_b)}")
    a, b = rows_a[0], rows_b[0]
    # Every HTCDS column describes the case, the victim, the perpetrator or the route; the layout
    # has no internal ids, timestamps or organisation. The case reference is kept on import when
    # it is free, as it is in an empty database, so it must come back too.
    differences = [(column, a[column], b[column]) for column in header_a if a[column] != b[column]]
    if differences:
        width = max(len(c) for c, _, _ in differences)
        lines = "\n".join(f"  {c:<{width}}  A={va!r}  B={vb!r}" for c, va, vb in differences)
        raise AssertionError(f"{len(differences)} column(s) differ after export, import and export:\n{lines}")
    typed = typed_cells()
    wrong = [(column, value, a.get(column)) for column, value in typed.items()
             if sorted(a.get(column, "").split(";")) != sorted(value.split(";"))]
    if wrong:
        raise AssertionError("the export does not hold what was typed:\n" + "\n".join(f"  {c}: typed {v!r}, exported {e!r}" for c, v, e in wrong))
    print(f"  ok: the export holds all {len(typed)} values typed in the forms")
    filled = [column for column in header_a if a[column]]
    print(f"  ok: both exports hold the same {len(filled)} filled cells of {len(header_a)} columns")


def run(t, servers, one_time_password, work_dir):
    (url_a, password_a), (url_b, password_b) = servers
    t.use_server(url_a)
    first_administrator(t, one_time_password)
    case_id, person_id = open_case(t, password_a)
    add_perpetrator(t, case_id)
    add_route(t, case_id)
    near_duplicate(t, person_id)
    print("6. Export the cases as HTCDS CSV")
    export_a = export(t, os.path.join(work_dir, "export-a.csv"))

    t.use_server(url_b)
    t.sign_in(CASE_WORKER, password_b)
    import_file(t, export_a)
    t.go("/cases")
    links = t.driver.find_elements(By.CSS_SELECTOR, "#case-list tbody a[href^='/cases/']")
    t.expect(len(links) == 1, "server B lists the one imported case")
    links[0].click()
    t.wait_for_url(re.escape(t.base) + r"/cases/[0-9a-fA-F-]{36}")
    check_route(t)
    t.full_shot("imported-case-page")
    export_b = export(t, os.path.join(work_dir, "export-b.csv"))
    compare_exports(export_a, export_b)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/libertas")
    parser.add_argument("--keep-data", help="put the data directories and exports here and keep them afterwards")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    os.makedirs(ARTIFACTS, exist_ok=True)
    work_dir = os.path.abspath(args.keep_data) if args.keep_data else tempfile.mkdtemp(prefix="libertas-cases-")
    data_a, data_b, downloads = (os.path.join(work_dir, name) for name in ("server-a", "server-b", "downloads"))
    for directory in (data_a, data_b, downloads):
        if os.path.exists(directory) and os.listdir(directory):
            raise SystemExit(f"{directory} is not empty: the test needs empty data directories")
        os.makedirs(directory, exist_ok=True)
    started = time.time()
    processes = []
    t = None
    try:
        # The first start creates the administrator; demo users are added with the server stopped.
        first, one_time_password = start_server(binary, data_a, free_port())
        stop_server(first)
        password_a = seed_demo(binary, data_a)
        port_a = free_port()
        processes.append(start_server(binary, data_a, port_a, first_start=False)[0])
        password_b = seed_demo(binary, data_b)
        port_b = free_port()
        processes.append(start_server(binary, data_b, port_b, first_start=False)[0])
        t = Cases(downloads)
        run(t, [(f"http://127.0.0.1:{port_a}", password_a), (f"http://127.0.0.1:{port_b}", password_b)], one_time_password, work_dir)
        print(f"Browser case test passed in {time.time() - started:.0f} s.")
    except AssertionError as failure:
        raise SystemExit(f"Browser case test FAILED: {failure}")
    except WebDriverException as failure:
        if t:
            failure = t.describe(failure)
        raise SystemExit(f"Browser case test FAILED: {failure}")
    finally:
        if t:
            t.driver.quit()
        for process in processes:
            stop_server(process)
        if not args.keep_data:
            shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
