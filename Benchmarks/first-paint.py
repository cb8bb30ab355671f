#!/usr/bin/env python3
"""First contentful paint of a page in headless Chromium, signed in; prints one Markdown table row.

    first-paint.py BASE USERNAME PASSWORD PATH RUNS
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".ci"))
from browser_support import Browser  # noqa: E402

base, username, password, path, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
browser = Browser(base_url=base)
try:
    browser.sign_in(username, password)
    paints, loads = [], []
    for _ in range(runs):
        browser.go(path)
        timing = browser.driver.execute_script(
            "const p = performance.getEntriesByName('first-contentful-paint')[0];"
            "const n = performance.getEntriesByType('navigation')[0];"
            "return [p ? p.startTime : null, n ? n.responseEnd : null];")
        paints.append(timing[0] / 1000)
        loads.append(timing[1] / 1000)
    print(f"Dashboard {path}: first contentful paint | {statistics.median(paints):.3f} s (min {min(paints):.3f}, max {max(paints):.3f}); HTML received at {statistics.median(loads):.3f} s |")
finally:
    browser.driver.quit()
