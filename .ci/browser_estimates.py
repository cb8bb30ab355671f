#!/usr/bin/env python3
"""Browser acceptance test of the estimate of the hidden number of victims (headless Chromium).

A register of 300 synthetic cases (seeded, so the same every run). Synthetic cases are each
registered by one organisation, so the test then links victims across organisations the way a
confirmed duplicate does (one person record for both), with a seeded choice, and counts the
capture histories itself from the database file:
1. the analyst finds Estimates in the navigation: the form, and an estimate for the default period;
2. three organisations for the whole period: the list totals and the overlap table equal the
   test's own count (where shown; counts from 1 to 4 are withheld), the Venn diagram is an image
   described in words, and the estimate lies in its interval and is at least the number registered;
3. four organisations, AIC selection, a bootstrap interval and a breakdown by sex;
4. a period that ends before it starts is refused with the form kept;
5. the page in Chinese (screenshot), and a case worker is refused.
Screenshots go to .ci/artifacts/estimates-*.png.
"""
import random
import re
import sqlite3
from collections import Counter

from selenium.webdriver.common.by import By

from browser_support import Browser, acceptance_test
from browser_statistics import seed as seed_synthetic, small_counts

POLICE, SHELTER, LABOUR, LEGAL = ("National Police – Anti-Trafficking Unit", "Safe Harbour Shelter", "Labour Inspectorate", "Legal Aid Clinic")
# Share of one organisation's victims that are persons another organisation registered too.
LINKS = [(SHELTER, POLICE, 0.35), (LABOUR, POLICE, 0.25), (LABOUR, SHELTER, 0.10), (LEGAL, POLICE, 0.30)]


def victims_by_organisation(db):
    """{organisation name: [(victim id, person id)]} for the cases with one victim, in the order the
    generator made them (source id `synthetic:7:<n>`), so the same seed links the same victims."""
    rows = db.execute("""SELECT o.name, v.id, v.person_id FROM victims v JOIN cases c ON c.id = v.case_id
                         JOIN organisations o ON o.id = c.organisation_id
                         WHERE (SELECT COUNT(*) FROM victims w WHERE w.case_id = v.case_id) = 1
                         ORDER BY CAST(substr(c.source_id, length('synthetic:7:') + 1) AS INTEGER)""").fetchall()
    grouped = {}
    for name, victim, person in rows:
        grouped.setdefault(name, []).append((victim, person))
    return grouped


def seed(binary, data_dir):
    """300 synthetic cases, then cross-organisation links; returns the users' password."""
    password = seed_synthetic(binary, data_dir)
    db = sqlite3.connect(f"{data_dir}/libertas.sqlite")
    grouped = victims_by_organisation(db)
    chooser = random.Random(7)
    linked = 0
    for source, target, share in LINKS:
        targets = chooser.sample([person for _, person in grouped[target]], k=len(grouped[target]))
        candidates = [victim for victim, person in grouped[source]]
        for victim, person in zip(chooser.sample(candidates, k=int(len(candidates) * share)), targets):
            db.execute("UPDATE victims SET person_id = ? WHERE id = ?", (person, victim))
            linked += 1
    db.commit()
    db.close()
    print(f"linked {linked} victims to persons of another organisation")
    return password


def capture_histories(data_dir, names):
    """Persons per pattern of the organisations `names`, counted here without the application's query:
    {" + ".join(names on which the person is): count}. Like the statistics, it counts actual and possible
    victims, not persons found not to be victims; every synthetic case falls in the test's period."""
    db = sqlite3.connect(f"{data_dir}/libertas.sqlite")
    seen = {}
    for name, person in db.execute("""SELECT o.name, v.person_id FROM victims v JOIN cases c ON c.id = v.case_id
                                      JOIN organisations o ON o.id = c.organisation_id
                                      WHERE v.trafficking_status <> 'NotAVictimOfTrafficking'"""):
        if name in names:
            seen.setdefault(person, set()).add(name)
    db.close()
    return Counter(" + ".join(n for n in names if n in lists) for lists in seen.values())


def number(text):
    return float(text.replace(",", "").replace("\u202f", "").replace("\u00a0", ""))


class Estimates(Browser):
    def __init__(self, base_url, download_dir):
        super().__init__("estimates-", download_dir, base_url)
        self.data_dir = None

    def choose(self, names):
        for box in self.present("#estimate-form input[type=checkbox][name='organisations[]']"):
            label = self.driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']").text
            if (label in names) != box.is_selected():
                box.click()

    def table(self, selector):
        """A two-column table as {row heading: cell text}."""
        return {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text for row in self.present(f"{selector} tbody tr")}

    def summary_numbers(self):
        facts = dict(zip([e.text for e in self.present("#estimate dl.details dt")], [e.text for e in self.present("#estimate dl.details dd")]))
        limits = next(v for k, v in facts.items() if "interval" in k and "method" not in k.lower())
        lower, upper = [number(part) for part in limits.split(" – ")]
        return number(facts["Registered (observed)"]), number(facts["Estimated total"]), lower, upper


def run(t, password, work_dir):
    d = t.driver
    data_dir = f"{work_dir}/data"
    print("1. The analyst opens the estimates from the navigation")
    t.sign_in("analyst.maria", password)
    t.click_and_wait(d.find_element(By.LINK_TEXT, "Estimates"))
    t.wait_for_path("/estimates")
    t.expect(t.present("#estimate-form") and t.present("#estimate-results"), "the form is there, with an estimate for the default period")
    t.expect(t.present("#assumptions"), "the assumptions are explained in words")
    t.shot("default")

    print("2. Three organisations, the whole period")
    three = [POLICE, SHELTER, LABOUR]
    t.fill("from", "2010")
    t.fill("to", "2026")
    t.choose(three)
    t.submit("#estimate-form")
    t.expect(t.present("#estimate-results"), "an estimate is shown")
    listed = sorted(three)
    counts = capture_histories(data_dir, listed)
    observed_here = sum(counts.values())
    totals = t.table("#list-totals")
    expected_totals = {name: sum(c for pattern, c in counts.items() if name in pattern.split(" + ")) for name in listed}
    for name, count in expected_totals.items():
        shown = totals.get(name)
        t.expect(shown == (f"{count:,}" if count >= 5 else "<5"), f"{name} registered {count} persons (page: {shown})")
    overlap = t.table("#overlap-table")
    # Counts from 1 to 4 read "<5"; a larger one may read "x" (secondary suppression), so that a small
    # one cannot be worked out from the list totals, but only when the table has a small count.
    has_small = any(1 <= count <= 4 for count in counts.values())
    for pattern, count in counts.items():
        shown = overlap.get(pattern)
        allowed = ["<5"] if count < 5 else [f"{count:,}"] + (["x"] if has_small else [])
        t.expect(shown in allowed, f"{count} persons are on {pattern} only (page: {shown})")
    t.expect(len(overlap) == len(counts), f"the overlap table has the {len(counts)} observed patterns and no others")
    t.expect(not small_counts([e.text for e in t.present("#estimate-results td")]), "no count from 1 to 4 on the page")
    venn = t.present("#venn svg")
    t.expect(venn and venn[0].get_attribute("role") == "img", "the Venn diagram is an image")
    description = d.find_element(By.ID, venn[0].get_attribute("aria-labelledby").split()[-1]).get_attribute("textContent").strip()
    t.expect(description, "the diagram is described in words")
    observed, estimate, lower, upper = t.summary_numbers()
    t.expect(observed == observed_here, f"{observed_here} persons were registered by at least one of the three (page: {observed})")
    t.expect(observed <= lower <= estimate <= upper, f"observed {observed} ≤ lower {lower} ≤ estimate {estimate} ≤ upper {upper}")
    t.expect("victims in total" in d.find_element(By.ID, "estimate-summary").text, "the estimate is said in words")
    print(f"  {observed:.0f} registered; estimate {estimate:,.0f} ({lower:,.0f}–{upper:,.0f})")
    t.full_shot("three-lists")

    print("3. Four organisations, AIC, bootstrap interval, by sex")
    t.choose([POLICE, SHELTER, LABOUR, LEGAL])
    t.fill("method", "aic")
    t.fill("interval", "bootstrap")
    t.fill("stratify", "sex")
    t.submit("#estimate-form")
    t.expect(re.search(r"method=aic", d.current_url) and "interval=bootstrap" in d.current_url, "the address holds the choices")
    t.expect(len(t.table("#list-totals")) == 4 and not t.present("#venn"), "four lists, and no three-set diagram")
    observed, estimate, lower, upper = t.summary_numbers()
    t.expect(observed <= lower <= estimate <= upper, f"bootstrap: observed {observed} ≤ {lower} ≤ {estimate} ≤ {upper}")
    t.expect("bootstrap" in t.text() and "aic" in t.text(), "the interval and selection methods are named")
    t.expect(t.present("#strata"), "estimates by sex are shown (or why not)")
    t.full_shot("four-lists-by-sex")

    print("4. A period that ends before it starts is refused, the form kept")
    t.fill("from", "2025")
    t.fill("to", "2020")
    t.submit("#estimate-form")
    t.expect(t.present(".notice.error[role=alert]") and not t.present("#estimate-results"), "the error is explained and nothing is estimated")
    t.expect(d.find_element(By.CSS_SELECTOR, "#estimate-form [name='from']").get_attribute("value") == "2025", "the form keeps what was typed")
    t.expect(len([box for box in t.present("#estimate-form input[type=checkbox][name='organisations[]']") if box.is_selected()]) == 4,
             "and the four organisations ticked")
    t.shot("refused")

    print("5. The page in Chinese")
    t.go("/estimates?from=2010&to=2026")
    t.in_chinese("隐藏受害者人数估计")
    t.sign_out()

    print("6. A case worker is refused")
    t.sign_in("inspector.amara", password)
    t.go("/estimates?from=2010&to=2026")
    t.expect(not t.present("#estimate-results") and not t.present("a[href='/estimates']"), "a case worker sees no estimate and no link to it")
    t.shot("case-worker-refused")


if __name__ == "__main__":
    acceptance_test("estimates", seed, Estimates, run, environment={"LIBERTAS_COUNTRY": "MDA"})
