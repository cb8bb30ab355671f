#!/usr/bin/env python3
"""Browser acceptance test of the national referral mechanism, in headless Chromium.

On a server seeded with the demo organisations:
1. the police case worker (organisation A) opens a case for an adult victim, is told that
   a referral cannot share personal data without consent, records a consent to referral
   covering identity only, and refers the victim to the Safe Harbour Shelter (NGO B);
2. B's case worker sees the referral with the consented identity and nothing else
   (no phone, no case details), and accepts it;
3. A's supervisor approves the support plan from the approval queue;
4. A withdraws the consent; B opens the referral again and the personal fields are gone.
Screenshots go to .ci/artifacts/referrals-*.png. Exits non-zero on any failure.

Usage: browser_referrals.py [--binary .build/debug/libertas]
"""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_cases import seed_demo
from browser_support import Browser, acceptance_test

WORKER_A = "inspector.amara"
SUPERVISOR_A = "sergeant.li"
WORKER_B = "caseworker.sofia"
SHELTER = "Safe Harbour Shelter"
VICTIM = {"givenName": "Blessing", "familyName": "Eze", "birthDate": "1996-02-20", "gender": "Feminine", "citizenship": "NGA",
          "phone": "+234 803 555 0199"}
CONTEXT = {"identifiedOn": "2026-10", "traffickingStatus": "ActualVictimOfTrafficking", "statusDecidedBy": "Police",
           "exploitationCountry": "ITA", "exploitationPlace": "A farm near Foggia", "exploitationTypes": ["ForcedLabour"]}


class Referrals(Browser):
    def __init__(self, base_url):
        super().__init__("referrals-", base_url=base_url)

    def open_all_details(self):
        self.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")


def open_case(t):
    d = t.driver
    print("1. A's case worker opens a case for an adult victim")
    t.go("/cases/new")
    t.fill("name", f"{VICTIM['givenName']} {VICTIM['familyName']}")
    t.submit("form[action='/cases/new/search']")
    t.click_and_wait("#register-new-person")
    t.wait_for_path("/cases/new/details")
    t.fill_all({"openedOn": "2026-10-20"})
    t.fill_all(VICTIM)
    t.fill_all(CONTEXT)
    t.submit("form[action='/cases']")
    match = t.wait_for_url(re.escape(t.base) + r"/cases/([0-9a-fA-F-]{36})")
    t.expect(t.flash_shown(), "the case is opened")
    return match.group(1)


def refer_with_consent(t, case_id):
    d = t.driver
    print("2. Without consent, the page explains why personal data cannot be shared; consent is recorded; the victim is referred")
    t.expect("there is no current consent to referral" in t.text(), "the referral section explains that there is no consent yet")
    t.open_all_details()
    t.full_shot("no-consent-explained", "#referrals")
    t.fill("serviceType", "Shelter", within="#refer-form")
    Select(d.find_element(By.CSS_SELECTOR, "#refer-form [name=toOrganisationId]")).select_by_visible_text(SHELTER)
    t.fill_all({"shares": ["Identity"]}, within="#refer-form")
    t.submit("#refer-form")
    t.expect("needs the victim's current consent to referral" in t.text(), "sharing identity without consent is refused, with the reason")
    t.shot("refused-without-consent")

    t.open_all_details()
    consent_form = f"form[action='/cases/{case_id}/consents']"
    t.fill("purpose", "Referral", within=consent_form)
    t.fill("givenOn", "2026-10-21", within=consent_form)
    t.fill("method", "Written", within=consent_form)
    t.fill_all({"shares": ["Identity"]}, within=consent_form)
    t.full_shot("consent-form", consent_form)
    t.submit(consent_form)
    t.expect(t.flash_shown(), "the consent is recorded")
    t.expect("a current consent to referral covers Identity." in t.text(), "the page says what a referral may now share")

    t.open_all_details()
    t.fill("serviceType", "Shelter", within="#refer-form")
    Select(d.find_element(By.CSS_SELECTOR, "#refer-form [name=toOrganisationId]")).select_by_visible_text(SHELTER)
    t.fill_all({"shares": ["Identity"]}, within="#refer-form")
    t.fill("note", "Needs a safe bed tonight.", within="#refer-form")
    t.submit("#refer-form")
    t.expect(t.flash_shown(), "the referral is sent")
    history = d.find_element(By.ID, "case-referrals").text
    t.expect(SHELTER in history and "Pending" in history, "the referral history on the case shows the pending referral")
    t.full_shot("referral-sent", "#referrals")


def plan_and_request_approval(t, case_id):
    print("3. A adds a support plan and asks for its approval")
    t.open_all_details()
    plan_form = f"form[action='/cases/{case_id}/support-plans']"
    t.fill("type", "Health", within=plan_form)
    t.fill("objectives", "Medical check and counselling.", within=plan_form)
    t.submit(plan_form)
    t.expect(t.flash_shown(), "the support plan is added")
    t.open_all_details()
    approval_form = f"form[action='/cases/{case_id}/approvals']"
    t.fill("step", "SupportPlan", within=approval_form)
    t.fill("comment", "Plan agreed with the victim.", within=approval_form)
    t.submit(approval_form)
    t.expect(t.flash_shown(), "the approval is requested")


def receiver_accepts(t):
    d = t.driver
    print("4. B's case worker sees only the consented fields, and accepts")
    t.go("/referrals")
    links = d.find_elements(By.CSS_SELECTOR, "#referral-list a[href^='/referrals/']")
    t.expect(len(links) == 1, "one incoming referral")
    t.expect("Blessing" not in d.find_element(By.ID, "referral-list").text, "the list shows no personal data")
    t.click_and_wait(links[0])
    text = t.text()
    t.expect("Blessing" in text and "Eze" in text, "the consented identity is shown")
    t.expect("+2348035550199" not in text and "Foggia" not in text, "contact and case details are not shown")
    t.expect("Needs a safe bed tonight." in text, "the sender's note is shown")
    t.full_shot("receiver-sees-consented-fields")
    t.submit("form[action$='/accept']")
    t.expect(t.flash_shown() and "Accepted" in t.text(), "the referral is accepted")
    return d.current_url


def supervisor_approves(t):
    print("5. A's supervisor approves the support plan from the queue")
    t.go("/approvals")
    t.expect("Plan agreed with the victim." in t.text(), "the request is in the supervisor's queue")
    t.full_shot("approval-queue")
    t.fill("comment", "Approved.", within="main form[action$='/approve']")
    t.submit("main form[action$='/approve']")
    t.expect(t.flash_shown(), "the support plan is approved")


def withdraw_consent(t, case_id):
    d = t.driver
    print("6. A withdraws the consent")
    t.go(f"/cases/{case_id}")
    approvals = d.find_element(By.ID, "approvals").text
    t.expect("Approved" in approvals, "the case shows the approved support plan")
    t.click_and_wait("#consent form[action$='/withdraw'] button")
    t.expect(t.flash_shown(), "the consent is withdrawn")
    t.full_shot("consent-withdrawn", "#consent")


def receiver_loses_access(t, referral_url):
    print("7. B opens the referral again: the personal fields are gone")
    t.driver.get(referral_url)
    text = t.text()
    t.expect("Blessing" not in text and "Eze" not in text, "the name is no longer shown")
    t.expect("Not shown, because no current consent covers it: Identity." in text, "the page says why")
    t.full_shot("receiver-after-withdrawal")


def run(t, password):
    t.sign_in(WORKER_A, password)
    case_id = open_case(t)
    refer_with_consent(t, case_id)
    plan_and_request_approval(t, case_id)
    t.sign_out()
    t.sign_in(WORKER_B, password)
    referral_url = receiver_accepts(t)
    t.sign_out()
    t.sign_in(SUPERVISOR_A, password)
    supervisor_approves(t)
    t.sign_out()
    t.sign_in(WORKER_A, password)
    withdraw_consent(t, case_id)
    t.sign_out()
    t.sign_in(WORKER_B, password)
    receiver_loses_access(t, referral_url)


if __name__ == "__main__":
    acceptance_test("referral", seed_demo, lambda base_url, _downloads: Referrals(base_url), lambda t, password, _work_dir: run(t, password))
