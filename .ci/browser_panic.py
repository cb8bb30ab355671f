#!/usr/bin/env python3
"""Browser acceptance test of the panic alert and the operator console (issue 10, headless Chromium).

1. A person opens /panic (no account) with Chromium's geolocation override (Lima); the service worker
   takes control and the web app manifest is linked; they save their details on the device.
2. Offline (DevTools network emulation), they press the button: the page says "queued", the alert
   waits in IndexedDB, and the database holds no alert. Reloaded offline, the page still opens and
   still says "queued".
3. The hotline operator (demo user operator.chen, in a second browser) has the console open.
4. Back online, the page sends the alert and says "sent"; without a reload, the console shows it,
   exactly once, with the right coordinates; the database holds one row.
5. The operator opens it (SVG map with the point and accuracy circle, the country, the registered
   details), adds a note, ticks the checklist, takes it, and escalates it to a case, which opens with
   the place in Peru.
6. The operator refers it from the alert page: the service directory proposes the demo shelter for
   the service "Shelter"; the referral shows on the alert and in the queue. The shelter's case
   worker (caseworker.sofia) finds it among the incoming referrals and in the inbox, with the
   minimal profile only, and gets 404 on the console.
Screenshots go to .ci/artifacts/panic-*.png.
"""
import json
import os
import sqlite3
import time
import urllib.request

import websocket  # websocket-client, which Selenium itself depends on

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser_cases import seed_demo
from browser_support import Browser, acceptance_test

LIMA = {"latitude": -12.046374, "longitude": -77.042793, "accuracy": 30}


def database_rows(work_dir, sql):
    connection = sqlite3.connect(f"file:{os.path.join(work_dir, 'data', 'libertas.sqlite')}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def panic_state(driver):
    return driver.find_element(By.ID, "panic-state").get_attribute("data-state")


CONDITIONS = {"latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}


class ServiceWorkerSession:
    """A DevTools session on the panic page's service worker. Emulating offline on the page alone
    leaves its worker online, and Background Sync would send the alert from there at once; a real
    device loses the network for both. The emulation lasts as long as this session is open."""

    def __init__(self, driver):
        address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
        targets = json.load(urllib.request.urlopen(f"http://{address}/json/list"))
        worker = next(t for t in targets if t["type"] == "service_worker" and t["url"].endswith("/panic-sw.js"))
        self.socket = websocket.create_connection(worker["webSocketDebuggerUrl"], timeout=10, suppress_origin=True)
        self.next_id = 0

    def send(self, method, params=None):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method} on the service worker: {message['error']}")
                return message.get("result")

    def offline(self, offline):
        self.send("Network.enable")
        self.send("Network.emulateNetworkConditions", {"offline": offline, **CONDITIONS})

    def close(self):
        self.socket.close()


def set_offline(driver, offline):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": offline, **CONDITIONS})


def outbox_size(driver):
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; PanicOutbox.all().then(function (items) { done(items.length); }, function () { done(-1); });")


def run(browser, password, work_dir):
    driver = browser.driver
    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": browser.base, "permissions": ["geolocation", "backgroundSync"]})
    driver.execute_cdp_cmd("Emulation.setGeolocationOverride", LIMA)

    print("1. The panic page: installable, details kept on the device")
    browser.go("/panic")
    browser.expect(driver.find_element(By.ID, "panic-button").is_displayed(), "the panic button is shown")
    browser.expect(browser.present("link[rel=manifest][href='/panic/manifest.webmanifest']"), "the web app manifest is linked")
    scope = driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function (r) { done(r.scope); }, function (e) { done(String(e)); });")
    browser.expect(scope == browser.base + "/panic", f"the service worker is active with scope /panic ({scope})")
    driver.find_element(By.ID, "panic-name").send_keys("Rosa Q.")
    driver.find_element(By.ID, "panic-phone").send_keys("+51 900 555 123")
    driver.find_element(By.ID, "panic-note").send_keys("Speaks Quechua and Spanish")
    driver.find_element(By.ID, "panic-save").click()
    browser.expect("Saved on this device only" in driver.find_element(By.ID, "panic-details-status").text, "the details are saved on the device")
    browser.full_shot("page")
    browser.in_chinese("紧急求助按钮", "page-chinese")

    print("2. Offline: press the button")
    worker = ServiceWorkerSession(driver)
    worker.offline(True)
    set_offline(driver, True)
    driver.find_element(By.ID, "panic-button").click()
    WebDriverWait(driver, 20).until(lambda d: panic_state(d) == "queued")
    browser.expect("Queued — will send when online" in driver.find_element(By.ID, "panic-state").text, "the page says the alert is queued")
    browser.expect(outbox_size(driver) == 1, "the alert waits in IndexedDB")
    browser.shot("queued")
    time.sleep(3)
    browser.expect(database_rows(work_dir, "SELECT count(*) FROM panic_alerts")[0][0] == 0, "the server has no alert while the device is offline")
    driver.refresh()
    WebDriverWait(driver, 20).until(lambda d: panic_state(d) == "queued")
    browser.expect(panic_state(driver) == "queued" and outbox_size(driver) == 1, "reloaded offline, the page opens and still says queued")
    browser.shot("queued-after-reload")

    print("3. The operator's console is open")
    operator = Browser("panic-operator-", base_url=browser.base)
    try:
        operator.sign_in("operator.chen", password)
        operator.go("/operator")
        operator.expect("Operator console" in operator.text(), "the console opens for a hotline operator")
        operator.expect(not operator.present("#queue-New tr.kind-alert"), "no alert is in the queue yet")

        print("4. Online again: sent, and on the console exactly once")
        set_offline(driver, False)
        worker.offline(False)
        worker.close()
        WebDriverWait(driver, 40).until(lambda d: panic_state(d) == "sent")
        browser.expect("Sent. The operators have your alert." in driver.find_element(By.ID, "panic-state").text, "the page says sent")
        browser.expect(outbox_size(driver) == 0, "the outbox is empty")
        browser.shot("sent")
        driver.refresh()  # a reload sends nothing more: the outbox is empty, and the server keeps an id once anyway
        WebDriverWait(operator.driver, 30).until(lambda d: operator.present("#queue-New tr.kind-alert"))
        rows = operator.present("#queue-New tr.kind-alert")
        operator.expect(len(rows) == 1, f"the alert appears on the console without a reload, once ({len(rows)} rows)")
        position = rows[0].find_element(By.CSS_SELECTOR, "td.position").text
        operator.expect(position.startswith("-12.04637, -77.04279") and "±30 m" in position, f"with the right coordinates ({position})")
        stored = database_rows(work_dir, "SELECT latitude, longitude, accuracy_m FROM panic_alerts")
        operator.expect(len(stored) == 1 and abs(stored[0][0] - LIMA["latitude"]) < 1e-6 and abs(stored[0][1] - LIMA["longitude"]) < 1e-6,
                        f"the database holds the alert once ({stored})")
        operator.full_shot("console")

        print("5. The operator works on the alert and escalates it")
        operator.click_and_wait(rows[0].find_element(By.CSS_SELECTOR, "th a"))
        alert_path = operator.driver.current_url[len(operator.base):]
        operator.expect(operator.present("svg.point-map circle.point") and operator.present("svg.point-map circle.accuracy"),
                        "the map shows the point and its accuracy circle")
        operator.expect("Peru" in operator.driver.find_element(By.ID, "alert-country").text, "the country is derived from the coordinates")
        basic = operator.driver.find_element(By.ID, "alert-basic-data").text
        operator.expect("Rosa Q." in basic and "Quechua" in basic, "the details registered on the device are shown")
        operator.fill("text", "Called +51 900 555 123: no answer; texted the hotline number.")
        operator.submit("#note-form")
        operator.expect(operator.flash_shown() and "no answer" in operator.driver.find_element(By.ID, "operator-notes").text, "the note is added")
        for value in ["contacted", "locationConfirmed"]:
            operator.driver.find_element(By.CSS_SELECTOR, f"#checklist-form input[value='{value}']").click()
        operator.submit("#checklist-form")
        operator.expect(operator.driver.find_element(By.CSS_SELECTOR, "#checklist-form input[value='contacted']").is_selected(), "the checklist is saved")
        operator.submit("#assign-form")  # the operator's own name is chosen by default
        operator.fill("status", "InProgress")
        operator.submit("#status-form")
        operator.expect("In progress" in operator.driver.find_element(By.ID, "alert-details").text, "the alert is in progress")
        operator.full_shot("alert")
        operator.submit("#escalate-form")
        operator.expect(operator.present("#escalated-case"), "the case is linked from the alert")
        operator.click_and_wait("#escalated-case")
        operator.wait_for_path("/cases/")
        text = operator.text()
        operator.expect("Peru" in text and "panic alert" in text.lower(), "the case opens, pre-filled with the place and the alert")
        operator.full_shot("case")
        operator.go("/operator")
        operator.expect(len(operator.present("#queue-InProgress tr.kind-alert")) == 1 and not operator.present("#queue-New tr.kind-alert"),
                        "the console lists the alert as in progress, once")
        operator.expect(database_rows(work_dir, "SELECT count(*) FROM panic_alerts WHERE case_id IS NOT NULL")[0][0] == 1, "the alert records its case")

        print("6. The operator refers the alert to a shelter found in the service directory")
        operator.go(alert_path)
        operator.expect("Not referred yet." in operator.driver.find_element(By.ID, "referral").text, "the alert is not referred yet")
        operator.fill("service", "Shelter", within="#refer-directory-form")
        operator.submit("#refer-directory-form")
        proposed = operator.present("#refer-form optgroup option")
        operator.expect(proposed and "Safe Harbour" in proposed[0].text and "free places" in proposed[0].text,
                        f"the directory proposes the shelter, with its free places ({[o.text for o in proposed]})")
        operator.fill("toOrganisationId", proposed[0].get_attribute("value"), within="#refer-form")
        service = operator.driver.find_element(By.CSS_SELECTOR, "#refer-form select[name='serviceType']")
        operator.expect(service.get_attribute("value") == "Shelter", "the service chosen in the directory is the referral's")
        operator.fill("note", "Needs a safe bed tonight. Speaks Quechua and Spanish.", within="#refer-form")
        operator.full_shot("refer-form")
        operator.full_shot("refer-section", "#referral")
        operator.submit("#refer-form")
        operator.expect(operator.flash_shown(), "the page says it was referred")
        referred = operator.driver.find_element(By.ID, "item-referrals").text
        operator.expect("Safe Harbour Shelter" in referred and "Pending" in referred, f"the alert lists the referral, pending ({referred})")
        operator.full_shot("referred", "#referral")
        operator.go("/operator")
        line = operator.driver.find_element(By.CSS_SELECTOR, "#queue-InProgress tr.kind-alert td.referred").text
        operator.expect("Safe Harbour Shelter" in line and "Pending" in line, f"the queue says where the alert went ({line})")
        operator.full_shot("console-referred")
        operator.expect(database_rows(work_dir, "SELECT count(*) FROM referrals r JOIN operator_referrals o ON o.id = r.id")[0][0] == 1,
                        "one referral, recorded with the alert")

        operator.sign_out()
        operator.sign_in("caseworker.sofia", password)
        operator.go("/referrals")
        incoming = operator.present("#referral-list a[href^='/referrals/']")
        operator.expect(len(incoming) == 1, "the shelter's case worker has the referral among the incoming ones")
        operator.full_shot("shelter-referrals")
        operator.go("/inbox")
        operator.expect("A referral was sent to your organisation." in operator.text(), "and in the inbox")
        operator.click_and_wait("ul.inbox a[href^='/referrals/']")
        text = operator.text()
        operator.expect("Needs a safe bed tonight" in text and "Rosa" not in text,
                        "the referral opens with the note and the minimal profile, not the name (no consent is recorded)")
        operator.full_shot("shelter-referral")
        operator.go("/operator")
        operator.expect("Operator console" not in operator.text() and "not found" in operator.text().lower(), "a case worker gets 404 on the console")
    finally:
        operator.driver.quit()


if __name__ == "__main__":
    acceptance_test("panic alert", seed_demo, lambda base, downloads: Browser("panic-", download_dir=downloads, base_url=base), run)
