"""What the browser tests share: a free port, a `libertas serve` process, headless Chromium."""
import argparse
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ARTIFACTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "artifacts")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, data_dir, port, first_start=True, environment=None):
    """Starts `libertas serve` (with extra `environment` variables); on a first start, returns the
    administrator's one-time password too."""
    process = subprocess.Popen(
        [binary, "serve", "--data-dir", data_dir, "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **(environment or {})},
    )
    output = []

    def fail(message):
        stop_server(process)
        raise SystemExit(message + ":\n" + "".join(output))

    deadline = time.time() + 120
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                fail("libertas serve exited early")
            continue
        output.append(line)
        if "Libertas is running at" in line:
            break
    else:
        fail("libertas serve did not start within 120 s")
    match = re.search(r"One-time password:\s+(\S+)", "".join(output))
    if first_start and not match:
        fail("no one-time password printed on first start")
    # The banner is printed just before the server binds its port.
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                fail(f"libertas serve is not listening on port {port}")
            time.sleep(0.1)
    print(f"server started on port {port}; it printed:\n" + "".join(output))
    return process, match.group(1) if match else None


def stop_server(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def chrome(download_dir=None):
    """Headless Chromium in British English, 1280×900; downloads go to `download_dir` if given."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB"]:
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "en-GB,en"}
    if download_dir:
        prefs.update({"download.default_directory": download_dir, "download.prompt_for_download": False})
    options.add_experimental_option("prefs", prefs)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    if download_dir:
        # Headless Chrome ignores the preference without this DevTools command.
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    driver.implicitly_wait(5)
    return driver


class Browser:
    """One headless Chromium session against a Libertas server, with the steps every browser test uses.

    Form submission waits for the next page to replace the current one, so a check that follows never
    reads the page being left (the cause of intermittent "stale element" failures in CI).
    """

    def __init__(self, screenshot_prefix="", download_dir=None, base_url=None):
        self.base = base_url
        self.prefix = screenshot_prefix
        self.download_dir = download_dir
        self.driver = chrome(download_dir)
        self.step = 0

    def shot(self, name):
        self.step += 1
        path = os.path.join(ARTIFACTS, f"{self.prefix}{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        print(f"  screenshot {path}")

    def full_shot(self, name, selector=None):
        """A screenshot of the whole page from the top, or of one part of it, not just what the window shows."""
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1280, min(max(height + 300, 900), 8000))
        self.driver.execute_script("window.scrollTo(0, 0)")
        if selector:
            self.step += 1
            path = os.path.join(ARTIFACTS, f"{self.prefix}{self.step:02d}-{name}.png")
            self.driver.find_element(By.CSS_SELECTOR, selector).screenshot(path)
            print(f"  screenshot {path}")
        else:
            self.shot(name)
        self.driver.set_window_size(1280, 900)

    def go(self, path):
        self.driver.get(self.base + path)

    def settled(self, action):
        """Runs `action`, finding its elements again if Chromium answered for the page just left.

        Right after a navigation Chromium sometimes resolves a lookup to a node of the old document
        ("does not belong to the document", or a stale element); a fresh lookup on the new page works.
        """
        for attempt in range(5):
            try:
                return action()
            except (StaleElementReferenceException, WebDriverException) as error:
                transient = isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error)
                if attempt == 4 or not transient:
                    raise
                time.sleep(0.3)

    def fill(self, name, value, within="main"):
        return self.settled(lambda: self._fill(name, value, within))

    def _fill(self, name, value, within):
        field = self.driver.find_element(By.CSS_SELECTOR, f"{within} [name='{name}']")
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        elif field.get_attribute("type") in ("date", "month"):
            # Chrome's date widgets take keystrokes in the locale's order; set the value the form posts.
            self.driver.execute_script("arguments[0].value = arguments[1]", field, value)
        else:
            field.clear()
            field.send_keys(value)

    def fill_all(self, values, within="main"):
        for name, value in values.items():
            if isinstance(value, list):
                for code in value:
                    box = self.driver.find_element(By.CSS_SELECTOR, f"{within} input[type=checkbox][name='{name}[]'][value='{code}']")
                    if not box.is_selected():
                        box.click()
            else:
                self.fill(name, value, within)

    def click_and_wait(self, target, navigates=True):
        """Clicks `target`, an element or a CSS selector; when it `navigates`, waits until the next page
        has replaced this one. A selector is found again if the first lookup hit the page just left."""
        if isinstance(target, str):
            page = self.settled(lambda: self._click(target))
        else:
            page = self.driver.find_element(By.TAG_NAME, "html")
            target.click()
        if navigates:
            WebDriverWait(self.driver, 15).until(lambda d: self.left(page))
            WebDriverWait(self.driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")

    @staticmethod
    def left(page):
        """True once `page`, the `html` element of a page, has been replaced by another document.

        Chromium reports this either as a stale element or as a node that "does not belong to the document".
        """
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    def _click(self, selector):
        page = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(By.CSS_SELECTOR, selector).click()
        return page

    def submit(self, form_selector="main form.stacked", navigates=True):
        """Submits the form; `navigates=False` when the browser's own validation is expected to stop it."""
        self.click_and_wait(f"{form_selector} button[type=submit]", navigates)

    def text(self):
        return self.settled(lambda: self.driver.find_element(By.TAG_NAME, "body").text)

    def present(self, selector):
        """The elements matching `selector` now, without waiting for them to appear."""
        self.driver.implicitly_wait(0)
        try:
            return self.settled(lambda: self.driver.find_elements(By.CSS_SELECTOR, selector))
        finally:
            self.driver.implicitly_wait(5)

    def expect(self, condition, message):
        if not condition:
            self.shot("failure")
            raise AssertionError(message + f"\n  at {self.driver.current_url}\n  page text: {self.text()[:1500]}")
        print(f"  ok: {message}")

    def expect_no_form_errors(self, what):
        problems = [e.text for e in self.present(".field-error, .error-summary")]
        self.expect(not problems, f"{what}: no form errors" + (f" (got {problems})" if problems else ""))

    def wait_for_path(self, prefix):
        WebDriverWait(self.driver, 10).until(lambda d: d.current_url.startswith(self.base + prefix))

    def wait_for_url(self, pattern):
        WebDriverWait(self.driver, 10).until(lambda d: re.match(pattern, d.current_url))
        return re.match(pattern, self.driver.current_url)

    def flash_shown(self):
        return bool(self.present("main .notice.success[role=status]"))

    def download(self, link_selector, name, save_as):
        """Clicks a download link, waits for the file `name` and moves it to `save_as`."""
        target = os.path.join(self.download_dir, name)
        if os.path.exists(target):
            os.remove(target)
        self.settled(lambda: self.driver.find_element(By.CSS_SELECTOR, link_selector).click())
        deadline = time.time() + 30
        while time.time() < deadline:
            partial = [n for n in os.listdir(self.download_dir) if n.endswith(".crdownload")]
            if os.path.exists(target) and not partial:
                break
            time.sleep(0.2)
        else:
            raise AssertionError(f"no {name} was downloaded to {self.download_dir} (it has {os.listdir(self.download_dir)})")
        shutil.move(target, save_as)
        print(f"  downloaded {save_as} ({os.path.getsize(save_as)} bytes)")
        return save_as

    def describe(self, failure):
        """A WebDriver failure with the test line that met it, the page it was on and that page's text."""
        frames = [f for f in traceback.extract_tb(failure.__traceback__) if f.filename.endswith(".py") and "/selenium/" not in f.filename]
        where = " ← ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames[-4:]))
        self.shot("failure")
        return f"{failure.__class__.__name__} in {where} at {self.driver.current_url}: {failure.msg}\n  page text: {self.text()[:1500]}"

    def use_server(self, base_url):
        """Points the browser at another server; sessions there are separate."""
        self.driver.delete_all_cookies()
        self.base = base_url

    def sign_in(self, username, password):
        self.go("/login")
        self.fill("username", username)
        self.fill("password", password)
        self.submit()
        WebDriverWait(self.driver, 10).until(lambda d: not d.current_url.startswith(self.base + "/login"))

    def in_chinese(self, expected, name="chinese"):
        """Switches the page to Simplified Chinese, checks that `expected` is on it, takes a full
        screenshot (fonts-noto-cjk draws it) and switches back to English."""
        self.click_and_wait(self.driver.find_element(By.LINK_TEXT, "简体中文"))
        self.expect(expected in self.text(), f"the page is in Chinese ({expected})")
        self.full_shot(name)
        self.click_and_wait(self.driver.find_element(By.LINK_TEXT, "English"))

    def sign_out(self):
        self.click_and_wait("form[action='/logout'] button")
        self.wait_for_path("/login")


def acceptance_test(title, seed, make_browser, run, environment=None):
    """Runs one browser acceptance test on a fresh installation: first start, `seed(binary,
    data_dir)` (returns the users' password), a server with `environment`, then
    `run(browser, password, work_dir)`. Any failure ends the process with a message naming `title`,
    and the server, the browser and the files are cleaned up whatever happens."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/libertas")
    binary = os.path.abspath(parser.parse_args().binary)
    os.makedirs(ARTIFACTS, exist_ok=True)
    work_dir = tempfile.mkdtemp(prefix="libertas-browser-")
    data_dir, downloads = os.path.join(work_dir, "data"), os.path.join(work_dir, "downloads")
    os.makedirs(downloads)
    started = time.time()
    server, browser = None, None
    try:
        first, _ = start_server(binary, data_dir, free_port())
        stop_server(first)
        password = seed(binary, data_dir)
        port = free_port()
        server = start_server(binary, data_dir, port, first_start=False, environment=environment)[0]
        browser = make_browser(f"http://127.0.0.1:{port}", downloads)
        run(browser, password, work_dir)
        print(f"Browser {title} test passed in {time.time() - started:.0f} s.")
    except AssertionError as failure:
        raise SystemExit(f"Browser {title} test FAILED: {failure}")
    except WebDriverException as failure:
        if browser:
            failure = browser.describe(failure)
        raise SystemExit(f"Browser {title} test FAILED: {failure}")
    finally:
        if browser:
            browser.driver.quit()
        if server:
            stop_server(server)
        shutil.rmtree(work_dir, ignore_errors=True)
