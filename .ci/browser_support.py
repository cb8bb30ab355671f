"""What the browser tests share: a free port, a `libertas serve` process, headless Chromium."""
import os
import re
import shutil
import socket
import subprocess
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ARTIFACTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "artifacts")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, data_dir, port, first_start=True):
    """Starts `libertas serve`; on a first start, returns the administrator's one-time password too."""
    process = subprocess.Popen(
        [binary, "serve", "--data-dir", data_dir, "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
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
