#!/usr/bin/env python3
"""Browser acceptance test of the knowledge portal (headless Chromium).

0. The demo seed publishes the four Chinese UN documents of ../shared/data/un_documents (when the
   folder is there) as bibliography records.
1. The knowledge editor (lawyer.nadia) writes four court cases in the editors' desk form, in
   English and in Chinese, and publishes them; a fifth stays a draft.
2. Signed out, the public searches in English ("debt bondage"), narrows by two facets (country
   Mexico, verdict Convicted), opens a case and follows "Similar cases" to the case with the same
   facts. The draft is never found.
3. The public searches in Chinese (劳动监察, 国家转介机制): the Chinese case and the UN documents
   using the term are found, the term marked in each snippet; the page in the Chinese interface is photographed. A case digest by two
   issues lists the cases under each, and its PDF (read back with pdftotext) holds them too.
4. A case worker (inspector.dmitri) saves the search "exploitation:ForcedLabour farm"; the
   editor publishes a matching case with its full decision attached as a file (its text is then
   searchable); the case worker's inbox shows the alert, whose link opens
   the new case.
Screenshots go to .ci/artifacts/knowledge-*.png.
"""
from selenium.webdriver.common.by import By

from browser_support import ARTIFACTS, Browser, acceptance_test
import os
import re
import subprocess

CASES = [
    dict(title="Prosecutor v. Ramírez and others", language="eng", countries="MEX", date="2019-05-14", verdict="Convicted",
         summary="Migrant workers were recruited for coffee farms and held in debt bondage; wages were withheld and documents taken.",
         exploitation=["ForcedLabour"], issues=["DebtBondage"], court="Supreme Court of Justice"),
    dict(title="Prosecutor v. Ortega", language="eng", countries="MEX", date="2021-02-03", verdict="Convicted",
         summary="Migrant workers were recruited for tomato farms and held in debt bondage; wages were withheld.",
         exploitation=["ForcedLabour"], issues=["DebtBondage"], court="Collegiate Tribunal"),
    dict(title="State v. Álvarez", language="eng", countries="GTM", date="2018-09-10", verdict="Acquitted",
         summary="The court found no proof of debt bondage in a bar where women worked.",
         exploitation=["SexualExploitation"], issues=["VictimTestimony"], court="Sentencing Court"),
    dict(title="劳动监察部门诉某工厂案", language="zho", countries="CHN", date="2020-06-01", verdict="Convicted",
         summary="劳动监察部门在检查中发现工厂强迫劳动，并通过国家转介机制将被害人转介给援助机构。",
         exploitation=["ForcedLabour"], issues=["VictimProtection"], court="中级人民法院"),
]
DRAFT = dict(title="Unpublished draft about debt bondage", language="eng", countries="MEX", date="2022-01-01", verdict="Pending",
             summary="A draft that must never be public: debt bondage.", exploitation=["ForcedLabour"], issues=[], court="")
ALERTING = dict(title="Prosecutor v. Fuentes", language="eng", countries="MEX", date="2023-03-03", verdict="Convicted",
                summary="Forced labour on a strawberry farm; the workers were found by the labour inspectorate.",
                exploitation=["ForcedLabour"], issues=["DebtBondage"], court="District Court")


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The demo seed publishes the four UN documents when ../shared is there; the Chinese terms are in them.
UN_DOCUMENTS = os.path.isdir(os.path.join(REPO, "..", "shared", "data", "un_documents"))
UN_TITLES = {
    "劳动监察": {"Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021",
              "Activities of the United Nations Office on Drugs and Crime to support the implementation of the Trafficking in Persons Protocol (CTOC/COP/2018/2)"},
    "国家转介机制": {"2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons (General Assembly resolution 76/7)"},
}


def seed(binary, data_dir):
    result = subprocess.run([binary, "seed", "--demo", "--data-dir", data_dir, "--log-level", "warning"], capture_output=True, text=True, timeout=300)
    match = re.search(r"signs in with the password:\s+(\S+)", result.stdout)
    if result.returncode != 0 or not match:
        raise SystemExit(f"libertas seed --demo failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    return match.group(1)


def write_case(t, case, publish=True, attachment=None):
    """Fills the editors' form for a new court case (attaching a file if given), saves it and, if asked,
    publishes it; returns its desk URL."""
    t.go("/knowledge/desk/new?type=case")
    if attachment:
        t.driver.find_element(By.NAME, "attachment").send_keys(attachment)
    t.fill_all({"language": case["language"], "title": case["title"], "summary": case["summary"], "countries": case["countries"],
                "date": case["date"], "court": case["court"], "verdict": case["verdict"], "exploitation": case["exploitation"],
                "issues": case["issues"], "crimes": ["TraffickingInPersons"], "victimsCount": "3"})
    t.submit("#knowledge-form")
    t.expect_no_form_errors(f"the case {case['title']} saves")
    t.expect("not public until you publish" in t.text(), f"{case['title']} is saved as a draft")
    desk = t.driver.current_url
    if publish:
        t.click_and_wait("form[action$='/publish'] button")
        t.expect("Published: the record is public" in t.text(), f"{case['title']} is published")
    return desk


def result_titles(t):
    return [e.text for e in t.present(".knowledge-result h2 a")]


def search(t, query):
    t.go("/knowledge")
    t.fill("q", query)
    t.submit(".knowledge-search")
    return result_titles(t)


def run(t, password, work_dir):
    t.sign_in("lawyer.nadia", password)
    t.go("/knowledge/desk")
    seeded = 4 if UN_DOCUMENTS else 0
    t.expect(len(t.present("table.list tbody tr")) == seeded, f"the editors' desk starts with the {seeded} UN documents of the demo seed")
    for case in CASES:
        write_case(t, case)
    write_case(t, DRAFT, publish=False)
    t.go("/knowledge/desk")
    t.expect(len(t.present("table.list tbody tr")) == seeded + 5, "the desk lists the five new records too")
    t.full_shot("knowledge-desk")
    t.sign_out()

    # 2. The public, signed out: English search, two facets, a case, its similar cases.
    titles = search(t, "debt bondage")
    t.expect(set(titles) == {CASES[0]["title"], CASES[1]["title"], CASES[2]["title"]}, f"'debt bondage' finds the three English cases and not the draft ({titles})")
    t.expect(len(t.present("mark")) >= 3, "the matches are marked in the snippets")
    t.full_shot("knowledge-search")
    t.click_and_wait("#facet-country a[data-facet='country:MEX']")
    t.expect(set(result_titles(t)) == {CASES[0]["title"], CASES[1]["title"]}, "the country facet keeps the two Mexican cases")
    t.click_and_wait("#facet-verdict a[data-facet='verdict:Convicted']")
    t.expect(set(result_titles(t)) == {CASES[0]["title"], CASES[1]["title"]}, "the verdict facet keeps both (both convicted)")
    query = t.driver.find_element(By.NAME, "q").get_attribute("value")
    t.expect("country:MEX" in query and "verdict:Convicted" in query, f"the facets are written into the query ({query})")
    t.expect("2 records" in t.text(), "the count says 2")
    t.full_shot("knowledge-facets")
    t.click_and_wait(t.driver.find_element(By.LINK_TEXT, CASES[0]["title"]))
    t.expect(t.driver.title.startswith(CASES[0]["title"]), "the case page is titled with the case")
    t.expect("Supreme Court of Justice" in t.text() and "Debt bondage" in t.text(), "the case page shows its court and issues")
    similar = [e.text for e in t.present("#similar li a")]
    t.expect(similar and similar[0] == CASES[1]["title"], f"the most similar case is the other coffee/tomato farm case ({similar})")
    t.full_shot("knowledge-case")
    t.click_and_wait(t.driver.find_element(By.CSS_SELECTOR, "#similar li a"))
    t.expect(t.driver.find_element(By.TAG_NAME, "h1").text == CASES[1]["title"], "following the similar case opens it")

    # 3. Chinese terms, and the Chinese interface.
    for term in ["劳动监察", "国家转介机制"]:
        titles = search(t, term)
        expected = {CASES[3]["title"]} | (UN_TITLES[term] if UN_DOCUMENTS else set())
        t.expect(set(titles) == expected, f"{term} finds the Chinese case and the UN documents that use it ({titles})")
        marked = [e.text for e in t.present(".knowledge-result mark")]
        t.expect(marked.count(term) == len(expected), f"{term} is marked in every snippet")
    t.in_chinese("判例、立法和文献", name="knowledge-chinese")

    # 3b. A case digest by issue, in the page and as PDF (pdftotext reads it back; page 1 is photographed).
    t.go("/knowledge/digest")
    t.fill_all({"issue": ["DebtBondage", "VictimProtection"]})
    t.submit("#digest-form")
    debt = [e.text for e in t.present("#issue-DebtBondage h3 a")]
    t.expect(debt == [CASES[1]["title"], CASES[0]["title"]], f"the debt-bondage section lists the two cases, newest first ({debt})")
    t.expect([e.text for e in t.present("#issue-VictimProtection h3 a")] == [CASES[3]["title"]], "the victim-protection section lists the Chinese case")
    t.full_shot("knowledge-digest")
    pdf = t.download("a[href^='/knowledge/digest.pdf']", "case-digest.pdf", os.path.join(work_dir, "digest.pdf"))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    t.expect(all(c["title"] in text for c in (CASES[0], CASES[1], CASES[3])) and "Debt bondage" in text, "the PDF digest holds the cases, the Chinese title included")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, os.path.join(ARTIFACTS, "knowledge-digest-pdf")], check=True)

    # 4. A saved search alerts its owner.
    t.sign_in("inspector.dmitri", password)
    search(t, "exploitation:ForcedLabour farm")
    t.fill("name", "Forced labour on farms")
    t.submit("form.save-search")
    t.expect("Search saved" in t.text() and "Forced labour on farms" in t.text(), "the case worker saves the search")
    t.sign_out()
    t.sign_in("lawyer.nadia", password)
    decision = os.path.join(work_dir, "decision.txt")
    with open(decision, "w", encoding="utf-8") as f:
        f.write("Full judgment. The strawberry growers housed the pickers in unheated caravans beside the polytunnels.")
    write_case(t, ALERTING, attachment=decision)
    t.sign_out()
    t.expect(search(t, "polytunnels") == [ALERTING["title"]], "the attached decision's text is the searchable full text")
    t.sign_in("inspector.dmitri", password)
    t.go("/inbox")
    t.expect("matches one of your saved searches" in t.text(), "the case worker's inbox has the alert")
    t.full_shot("knowledge-alert")
    t.click_and_wait(t.driver.find_element(By.CSS_SELECTOR, "main a[href^='/knowledge/records/']"))
    t.expect(t.driver.find_element(By.TAG_NAME, "h1").text == ALERTING["title"], "the alert opens the new case")


if __name__ == "__main__":
    acceptance_test("knowledge portal", seed, lambda base, downloads: Browser("knowledge-", download_dir=downloads, base_url=base), run)
