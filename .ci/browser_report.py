#!/usr/bin/env python3
"""Browser acceptance test of the public report form (issue 10, headless Chromium).

1. Signed out, the public opens /report: every field says why it is asked and how it is used;
   the form switches to Chinese and back with the in-page language links.
2. "Use my location" reads the position from Chromium's geolocation override (Bogotá) into the
   form; the contact fields appear only after choosing to leave contact details; a text file is
   attached. The page's script computes the proof of work (16 bits) before sending.
3. The answer shows the report code and the secret with the advice to write them down.
4. /report/status: a wrong secret is refused on the page; the right one shows the status; the
   reporter adds information and sees it listed.
5. The database files hold neither the browser's user agent nor the address it came from.
Screenshots go to .ci/artifacts/report-*.png.
"""
import glob
import os

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser_support import Browser, acceptance_test

BOGOTA = {"latitude": 4.711234, "longitude": -74.072111, "accuracy": 25}
DESCRIPTION = "Twelve workers are locked inside a garment workshop at night; their passports are kept by the owner."


def click_map_at(driver, latitude, longitude):
    """Clicks the form's map where it draws (latitude, longitude), with the view's own projection."""
    svg = driver.find_element(By.CSS_SELECTOR, "#map-view svg")
    dx, dy = driver.execute_script("""
        const svg = arguments[0], lat = arguments[1], lon = arguments[2];
        const n = name => parseFloat(svg.getAttribute('data-' + name));
        const box = svg.viewBox.baseVal, rect = svg.getBoundingClientRect();
        const x = box.width / 2 + (lon - n('center-longitude')) * n('longitude-scale');
        const y = box.height / 2 - (lat - n('center-latitude')) * n('scale');
        return [x * rect.width / box.width - rect.width / 2, y * rect.height / box.height - rect.height / 2];
    """, svg, latitude, longitude)
    ActionChains(driver).move_to_element_with_offset(svg, int(round(dx)), int(round(dy))).click().perform()


def seed(binary, data_dir):
    return None  # the public form needs no accounts


def run(browser, _password, work_dir):
    driver = browser.driver
    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": browser.base, "permissions": ["geolocation"]})
    driver.execute_cdp_cmd("Emulation.setGeolocationOverride", BOGOTA)
    user_agent = driver.execute_script("return navigator.userAgent")

    print("1. The form, with its data-use notices, in English and Chinese")
    browser.go("/report")
    text = browser.text()
    browser.expect("Report a situation" in text, "the form opens without signing in")
    notices = browser.present("p.data-use")
    browser.expect(len(notices) >= 5 and all("Why we ask:" in n.text and "How it is used:" in n.text for n in notices),
                   f"every field says why it is asked and how it is used ({len(notices)} notices)")
    browser.expect(not browser.present(".contact-fields")[0].is_displayed(), "contact fields are hidden while the report is anonymous")
    browser.expect(not driver.find_element(By.ID, "field-website").is_displayed(), "the spam trap is not visible")
    browser.full_shot("form-english")
    browser.click_and_wait(driver.find_element(By.CSS_SELECTOR, ".report-languages a[hreflang='zh-Hans']"))
    browser.expect("报告情况" in browser.text() and "为什么询问" in browser.text(), "the form reads in Chinese")
    browser.full_shot("form-chinese")
    browser.click_and_wait(driver.find_element(By.CSS_SELECTOR, ".report-languages a[hreflang='en']"))

    print("1b. Point at Bogotá on the map: each click marks the place and zooms in")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#map-view svg[data-level='0']"))
    browser.expect(driver.find_element(By.ID, "map-picker").is_displayed(), "the map shows when scripts run")
    for level in range(1, 4):
        click_map_at(driver, BOGOTA["latitude"], BOGOTA["longitude"])
        WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#map-view svg[data-level='{level}']"))
    picked = (float(driver.find_element(By.NAME, "latitude").get_attribute("value")),
              float(driver.find_element(By.NAME, "longitude").get_attribute("value")))
    accuracy = int(driver.find_element(By.NAME, "accuracy_m").get_attribute("value"))
    browser.expect(abs(picked[0] - BOGOTA["latitude"]) < 0.25 and abs(picked[1] - BOGOTA["longitude"]) < 0.25,
                   f"three clicks put the mark near Bogotá ({picked})")
    browser.expect(15_000 < accuracy < 25_000, f"the mark claims the pointer's accuracy at that zoom, about 20 km ({accuracy} m)")
    browser.expect("Place marked" in driver.find_element(By.ID, "map-status").text, "the page says the place was marked")
    browser.expect(len(driver.find_elements(By.CSS_SELECTOR, "#map-view svg .marked circle")) == 2, "the mark and its accuracy circle are drawn")
    browser.shot("form-map")
    driver.find_element(By.ID, "map-clear").click()
    browser.expect(driver.find_element(By.NAME, "latitude").get_attribute("value") == "", "removing the place empties the coordinates")

    print("2. Fill in: description, my location, a date, contact details, a file")
    browser.fill("description", DESCRIPTION)
    driver.find_element(By.ID, "use-location").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.NAME, "latitude").get_attribute("value") != "")
    latitude = driver.find_element(By.NAME, "latitude").get_attribute("value")
    browser.expect(latitude.startswith("4.711"), f"the browser's position fills the form (latitude {latitude})")
    browser.expect("Location added" in driver.find_element(By.ID, "location-status").text, "the page says the location was added")
    browser.fill("occurred_at", "2026-03-01")
    driver.find_element(By.CSS_SELECTOR, "label[for='anonymous-no']").click()
    browser.expect(browser.present(".contact-fields")[0].is_displayed(), "contact fields appear after choosing to leave contact details")
    browser.fill("contact_phone", "+57 300 555 0101")
    browser.fill("contact_preferred", "sms")
    evidence = os.path.join(work_dir, "shift-list.txt")
    with open(evidence, "w") as f:
        f.write("Night shift: 22:00-06:00. Doors locked from outside.\n")
    driver.find_element(By.ID, "file-input").send_keys(evidence)
    browser.full_shot("form-filled")
    browser.submit("#report-form")

    print("3. The code and secret")
    browser.expect("Your report has been received" in browser.text(), "the report is received")
    code = driver.find_element(By.ID, "report-code").text
    secret = driver.find_element(By.ID, "report-secret").text
    browser.expect(code.startswith("R-") and len(code) == 11 and len(secret) >= 20, f"a code ({code}) and a secret are shown")
    browser.expect("Write down this code and secret" in browser.text(), "the page says to write them down")
    browser.expect(code not in driver.current_url and secret not in driver.current_url, "neither is in the address")
    browser.full_shot("received")

    print("4. The status page")
    browser.go("/report/status")
    browser.fill("code", code)
    browser.fill("secret", "not-my-secret")
    browser.submit("#status-form")
    browser.expect("No report matches this code and secret" in browser.text(), "a wrong secret is refused on the page")
    browser.fill("code", code)
    browser.fill("secret", secret)
    browser.submit("#status-form")
    browser.expect("Received, waiting to be read" in browser.text(), "the status is shown")
    browser.expect("Files sent: 1" in browser.text(), "the attached file is counted")
    browser.fill("text", "They moved six of the workers to a second building on Calle 13.")
    browser.submit("#followup-form")
    browser.expect("Your information was added" in browser.text(), "the addition is confirmed")
    browser.expect("second building on Calle 13" in browser.text(), "what was added is listed")
    browser.expect(secret not in driver.current_url, "the secret never reaches the address")
    browser.full_shot("status")

    print("5. Nothing about the browser in the database")
    files = glob.glob(os.path.join(work_dir, "data", "libertas.sqlite*"))
    contents = b"".join(open(path, "rb").read() for path in files)
    browser.expect(files and user_agent.encode() not in contents and b"HeadlessChrome" not in contents,
                   f"the database files ({len(files)}) do not hold the user agent")
    browser.expect(DESCRIPTION.encode() not in contents and b"555 0101" not in contents, "the description and phone are not stored in the clear")


if __name__ == "__main__":
    acceptance_test("public report form", seed, lambda base, downloads: Browser("report-", download_dir=downloads, base_url=base), run)
