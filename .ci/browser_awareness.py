#!/usr/bin/env python3
"""Browser acceptance test of the awareness section and its help directory (issue 10, headless Chromium).

1. Signed out, the public opens /learn in English: every quotation has its source (document symbol
   and paragraph) and the sources are listed; the "listen" button is there when the browser has
   speech synthesis, and toggles (the test records what the page asks the speech engine to say, in
   which language) without a JavaScript error.
2. The recruitment page cites the Political Declaration's paragraph 26 on online recruitment.
3. The same pages in Chinese (the in-page language links): the official Chinese wording, the
   citations in Chinese, and the listen button speaks zh-CN.
4. The demo system administrator (sysadmin.tomas) adds a help contact on the administration page;
   a missing way to reach it is refused on the page first.
5. Signed out, the contact is on the public directory; the filters (kind, country, language) find
   it, and a filter that finds nothing says so.
Screenshots go to .ci/artifacts/awareness-*.png.
"""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_cases import seed_demo
from browser_support import Browser, acceptance_test

# Runs before every page's own scripts (DevTools scripts are not subject to the page's CSP): collects
# script errors, and records what the page gives the speech engine instead of speaking it.
INSTRUMENT = """
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message || e)); });
window.__spoken = [];
window.__cancelled = 0;
if (window.speechSynthesis) {
  window.speechSynthesis.speak = function (u) { window.__spoken.push({ text: u.text, lang: u.lang }); };
  window.speechSynthesis.cancel = function () { window.__cancelled += 1; };
}
"""

CONTACT = {"name": "Embassy of Cambodia (browser test)", "kind": "consulate", "represents": "KH", "country": "GB",
           "languages": "km, en", "hours": "Monday to Friday, 9:00 to 16:00"}


def errors(driver):
    return driver.execute_script("return window.__errors || []")


def check_listen(t, language, heading):
    """The listen button toggles and hands the page's words to the speech engine in `language`."""
    driver = t.driver
    has_speech = driver.execute_script("return 'speechSynthesis' in window")
    box = driver.find_element(By.ID, "listen")
    if not has_speech:
        t.expect(not box.is_displayed(), "without speech synthesis the listen button stays hidden")
        return
    t.expect(box.is_displayed(), "the listen button is shown where the browser has speech synthesis")
    button = driver.find_element(By.ID, "listen-button")
    play_label = button.text
    button.click()
    t.expect(button.get_attribute("aria-pressed") == "true" and button.text == button.get_attribute("data-stop"),
             f"pressed, the button turns into '{button.text}'")
    spoken = driver.execute_script("return window.__spoken")
    t.expect(spoken and all(s["lang"] == language for s in spoken), f"{len(spoken)} pieces go to the speech engine in {language}")
    t.expect(any(heading in s["text"] for s in spoken), f"what is read starts with the page's heading ({heading})")
    t.expect(not any("A/RES/76/7" in s["text"] for s in spoken), "citations are not read aloud")
    t.shot(f"listening-{language}")
    button.click()
    t.expect(button.get_attribute("aria-pressed") == "false" and button.text == play_label, "pressed again, it stops")
    t.expect(driver.execute_script("return window.__cancelled") >= 1, "stopping cancels the speech")
    t.expect(not errors(driver), f"no script error ({errors(driver)})")


def run(t, password, _work_dir):
    driver = t.driver
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": INSTRUMENT})

    print("1. /learn in English: sources cited, listen button")
    t.go("/learn")
    text = t.text()
    t.expect("Learn about human trafficking" in text, "the awareness section opens without signing in")
    t.expect("In danger now?" in text and t.present(".danger-box a[href='/panic']") and t.present(".danger-box a[href='/learn/help']"),
             "the page says what to do in danger, with the panic button and the help directory")
    captions = [c.text for c in t.present("figure.quote figcaption")]
    t.expect(captions and all(c.startswith("Source: A/RES/76/7, paragraph") for c in captions), f"every quotation has its source ({captions})")
    t.expect("A/RES/76/7 — General Assembly resolution 76/7" in text, "the Political Declaration is listed among the sources")
    t.expect(t.present("nav.main-nav a[href='/learn'][aria-current='page']"), "the public navigation leads here")
    check_listen(t, "en", "Learn about human trafficking")
    t.full_shot("learn-english")

    print("2. Online recruitment")
    t.click_and_wait(driver.find_element(By.CSS_SELECTOR, "ul.topics a[href='/learn/recruitment']"))
    text = t.text()
    t.expect("Recruitment tricks, online and offline" in text, "the recruitment page opens from the topic list")
    t.expect("A/RES/76/7, paragraph 26" in text and "in all aspects of trafficking in persons, including advertising, grooming, recruitment" in text,
             "online recruitment quotes paragraph 26 of the Political Declaration")
    t.expect("CTOC/COP/WG.4/2021/4, recommendation 4" in text, "and the Working Group's recommendation 4 on children online")
    t.expect(t.present("a.button[href='/report']") and t.present("a[href='/panic']"), "the page leads to the report form and the panic button")
    t.full_shot("recruitment-english")

    print("3. The same in Chinese")
    t.click_and_wait(driver.find_element(By.CSS_SELECTOR, "nav.report-languages a[hreflang='zh-Hans']"))
    text = t.text()
    t.expect("招募手法：网上和网下" in text, "the page reads in Chinese")
    t.expect("包括广告、美容、招募、控制、金融交易" in text, "paragraph 26 in its official Chinese wording")
    t.expect("A/RES/76/7，第 26 段" in text and "CTOC/COP/WG.4/2021/4，建议 4" in text, "the citations in Chinese")
    check_listen(t, "zh-CN", "招募手法")
    t.full_shot("recruitment-chinese")
    t.go("/learn")
    t.expect("了解人口贩运" in t.text() and "“人口贩运”系指" in t.text(), "the index quotes the definition in Chinese")
    t.full_shot("learn-chinese")
    t.click_and_wait(driver.find_element(By.CSS_SELECTOR, "nav.report-languages a[hreflang='en']"))

    print("4. The demo system administrator adds a help contact")
    t.sign_in("sysadmin.tomas", password)
    t.go("/admin/help-contacts")
    t.expect("Help contacts" in t.text() and "National Trafficking Hotline (example)" in t.text(), "the administration page lists the demo contacts")
    t.click_and_wait("a[href='/admin/help-contacts/new']")
    t.fill_all(CONTACT)
    t.submit("#help-contact-form")
    t.expect("Give at least one way to reach them" in t.text(), "a contact without phone, email or website is refused on the page")
    t.expect(driver.find_element(By.NAME, "name").get_attribute("value") == CONTACT["name"], "what was typed is kept")
    t.fill("phone", "+44 20 7946 0321")
    t.full_shot("admin-form")
    t.submit("#help-contact-form")
    t.expect_no_form_errors("the contact")
    t.expect(t.flash_shown() and CONTACT["name"] in t.text(), "the contact is added and listed")
    t.full_shot("admin-list")
    t.sign_out()

    print("5. The public directory, filtered")
    t.go("/learn/help")
    t.expect(CONTACT["name"] in t.text(), "the new contact is on the public directory")
    t.expect(t.present(f"a[href='tel:+442079460321']"), "with a number a phone can call")
    Select(driver.find_element(By.NAME, "kind")).select_by_value("consulate")
    Select(driver.find_element(By.NAME, "country")).select_by_value("KHM")
    t.submit("form.filters")
    names = [h.text for h in t.present("article.help-contact h2")]
    t.expect(names == [CONTACT["name"]], f"kind Consulate and country Cambodia find it alone ({names})")
    Select(driver.find_element(By.NAME, "country")).select_by_value("")
    Select(driver.find_element(By.NAME, "language")).select_by_value("khm")
    t.submit("form.filters")
    names = [h.text for h in t.present("article.help-contact h2")]
    t.expect(names == [CONTACT["name"]], f"the language Khmer finds it too ({names})")
    t.full_shot("directory-filtered")
    Select(driver.find_element(By.NAME, "kind")).select_by_value("police")
    t.submit("form.filters")
    t.expect("No contact matches these filters" in t.text() and t.present("p.empty a[href='/learn/help']"), "a filter that finds nothing says so")
    t.go("/learn/help")
    check_listen(t, "en", "Help contacts and consulates")
    t.full_shot("directory-english")
    t.in_chinese("求助联系名录和领事馆", name="directory-chinese")
    t.expect(not errors(driver), "no script error on any page")


if __name__ == "__main__":
    acceptance_test("awareness section", seed_demo, lambda base, downloads: Browser("awareness-", download_dir=downloads, base_url=base), run)
