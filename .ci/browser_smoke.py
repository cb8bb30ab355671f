#!/usr/bin/env python3
"""Browser smoke test: a new administrator's first session, in headless Chromium.

Starts `libertas serve` on an empty temporary data directory, signs in with the
one-time password it prints, chooses a password, creates an organisation and a
user, switches the interface to Chinese, and checks that the audit log shows
those actions. Screenshots go to .ci/artifacts/. Exits non-zero on any failure.

Usage: browser_smoke.py [--binary .build/debug/libertas] [--keep-data DIR]
"""
import argparse
import os
import shutil
import tempfile

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_support import ARTIFACTS, Browser, free_port, start_server, stop_server

NEW_PASSWORD = "a long and private passphrase 2026"


class Smoke(Browser):
    def __init__(self, base_url):
        super().__init__(base_url=base_url)


def run(smoke, one_time_password):
    d = smoke.driver
    print("1. The login page loads and is accessible by keyboard")
    smoke.go("/")
    smoke.wait_for_path("/login")
    smoke.expect(d.find_element(By.TAG_NAME, "h1").text == "Sign in", "the sign-in page is shown")
    smoke.expect(all(d.find_elements(By.CSS_SELECTOR, f"label[for={i.get_attribute('id')}]")
                     for i in d.find_elements(By.CSS_SELECTOR, "input:not([type=hidden])")),
                 "every visible input has a label")
    first = d.execute_script("return document.querySelector('a[href],button,input:not([type=hidden]),select,textarea').className")
    smoke.expect(first == "skip-link", "the skip link is the first thing to focus")
    smoke.expect(d.switch_to.active_element.get_attribute("name") == "username", "the username field has focus")
    smoke.shot("login")

    print("2. The first administrator signs in with the one-time password and chooses their own")
    smoke.fill("username", "admin")
    smoke.fill("password", one_time_password)
    smoke.submit()
    smoke.wait_for_path("/account/password")
    smoke.shot("choose-password")
    smoke.fill("currentPassword", one_time_password)
    smoke.fill("newPassword", NEW_PASSWORD)
    smoke.fill("confirmPassword", NEW_PASSWORD)
    smoke.submit()
    WebDriverWait(d, 10).until(lambda d: d.current_url.rstrip("/") == smoke.base)
    smoke.expect("Welcome, Administrator" in smoke.text(), "the dashboard greets the administrator")
    ActionChains(d).send_keys(Keys.TAB).perform()
    smoke.expect("skip-link" in (d.switch_to.active_element.get_attribute("class") or ""), "the first Tab reaches the skip link")
    smoke.shot("skip-link-focused")
    ActionChains(d).send_keys(Keys.ENTER).perform()
    ActionChains(d).send_keys(Keys.TAB).perform()
    smoke.expect(d.switch_to.active_element.text != "Libertas", "Enter on the skip link moves focus past the header")
    smoke.shot("dashboard")

    print("3. Create an organisation")
    smoke.go("/organisations")
    smoke.click_and_wait(d.find_element(By.LINK_TEXT, "New organisation"))
    # The browser's own check of required fields may stop the form before it is sent.
    smoke.submit(navigates=False)
    smoke.expect("There is a problem" in smoke.text() or d.current_url.endswith("/organisations/new"),
                 "an empty form is not accepted")
    smoke.go("/organisations/new")
    smoke.fill("name", "Safe Harbour Shelter")
    smoke.fill("acronym", "SHS")
    Select(d.find_element(By.NAME, "type")).select_by_value("NGO")
    smoke.fill("phone", "+41 22 917 12 34")
    smoke.submit()
    smoke.expect("Organisation created." in smoke.text(), "the organisation is created")
    smoke.expect("+41229171234" in smoke.text(), "the phone number is stored in E.164")
    smoke.shot("organisation-created")

    print("4. Create a user in that organisation")
    smoke.go("/users/new")
    smoke.fill("username", "amara.okafor")
    smoke.fill("displayName", "Amara Okafor")
    smoke.fill("email", "amara@shelter.example")
    Select(d.find_element(By.NAME, "organisationId")).select_by_visible_text("Safe Harbour Shelter")
    smoke.shot("new-user-form")
    smoke.submit()
    smoke.expect("The account amara.okafor was created." in smoke.text(), "the user is created")
    user_password = d.find_element(By.ID, "one-time-password").text
    smoke.expect(len(user_password) >= 20, "a one-time password is shown once")
    smoke.shot("user-created")

    print("5. Switch the interface to Chinese")
    smoke.click_and_wait(d.find_element(By.LINK_TEXT, "简体中文"))
    smoke.expect(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans", "the page is marked as Chinese")
    smoke.go("/")
    smoke.expect("欢迎" in smoke.text() and "机构" in smoke.text(), "the dashboard is in Chinese")
    smoke.shot("dashboard-zh")

    print("6. The audit log shows every action")
    smoke.click_and_wait(d.find_element(By.LINK_TEXT, "审计日志"))
    smoke.wait_for_path("/audit")
    table = d.find_element(By.ID, "audit-entries").text
    for action in ["auth.login", "user.password.change", "organisation.create", "user.create"]:
        smoke.expect(action in table, f"the audit log lists {action}")
    smoke.expect("Safe Harbour Shelter" in table, "the organisation's creation is summarised")
    smoke.expect("Amara Okafor" not in table and "amara@shelter.example" not in table,
                 "personal data is not copied into the audit log")
    smoke.shot("audit-log-zh")
    smoke.click_and_wait(d.find_element(By.PARTIAL_LINK_TEXT, "校验"))
    smoke.expect("审计日志完整" in smoke.text(), "the hash chain verifies")
    smoke.shot("audit-verified-zh")

    print("7. The new user must choose a password; a phone-sized screen works")
    smoke.sign_out()
    smoke.fill("username", "amara.okafor")
    smoke.fill("password", user_password)
    smoke.submit()
    smoke.wait_for_path("/account/password")
    smoke.expect("一次性密码" in smoke.text(), "the forced password change is explained, in Chinese")
    d.set_window_size(390, 844)
    smoke.shot("mobile-password-zh")
    width = d.execute_script("return document.documentElement.scrollWidth")
    smoke.expect(width <= 390, f"no horizontal scrolling on a phone (page is {width}px wide)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/libertas")
    parser.add_argument("--keep-data", help="use this data directory and keep it afterwards")
    args = parser.parse_args()
    os.makedirs(ARTIFACTS, exist_ok=True)
    data_dir = args.keep_data or tempfile.mkdtemp(prefix="libertas-smoke-")
    port = free_port()
    server, password = start_server(args.binary, data_dir, port)
    smoke = None
    try:
        smoke = Smoke(f"http://127.0.0.1:{port}")
        run(smoke, password)
        print("Browser smoke test passed.")
    finally:
        if smoke:
            smoke.driver.quit()
        stop_server(server)
        if not args.keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
