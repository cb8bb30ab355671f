/// `/static/listen.js`: the awareness pages' "listen" button, hand-written and
/// served by Libertas (the content security policy allows no other script).
///
/// It reads the page's main text (`#listen-text`) aloud with the browser's own
/// speech synthesis (Web Speech API), in the page's language, for readers who
/// read with difficulty. Nothing leaves the device. Without `speechSynthesis`,
/// or without scripts, the button stays hidden and the page is unchanged.
/// Parts marked `data-listen="skip"` (citations, navigation, this button) are
/// not read. The text goes to the engine in short pieces, because some engines
/// stop a long utterance after about fifteen seconds.
enum ListenScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var box = document.getElementById("listen");
      var button = document.getElementById("listen-button");
      var root = document.getElementById("listen-text");
      if (!box || !button || !root || !("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") { return; }
      var synth = window.speechSynthesis;
      var lang = button.getAttribute("data-lang") || document.documentElement.lang || "en";
      var speaking = false;
      var run = 0;

      function skipped(element) {
        return element.closest("[data-listen='skip'], [hidden], script, style, noscript") !== null;
      }

      // The element's own words, without the parts marked to skip (a citation inside a list item).
      function wordsOf(element) {
        var copy = element.cloneNode(true);
        var drop = copy.querySelectorAll("[data-listen='skip']");
        for (var i = 0; i < drop.length; i++) { drop[i].parentNode.removeChild(drop[i]); }
        return copy.textContent.replace(/\s+/g, " ").trim();
      }

      // Sentences of at most about 200 characters, cut after a full stop in either script.
      function pieces(text) {
        var out = [];
        var sentences = text.match(/[^.!?。！？；;]+[.!?。！？；;]*\s*/g) || [text];
        var current = "";
        for (var i = 0; i < sentences.length; i++) {
          if (current && (current + sentences[i]).length > 200) { out.push(current.trim()); current = ""; }
          current += sentences[i];
        }
        if (current.trim()) { out.push(current.trim()); }
        return out;
      }

      function texts() {
        var blocks = root.querySelectorAll("h1, h2, h3, p, li, dt, dd");
        var out = [];
        for (var i = 0; i < blocks.length; i++) {
          if (skipped(blocks[i])) { continue; }
          var words = wordsOf(blocks[i]);
          if (words) { out = out.concat(pieces(words)); }
        }
        return out;
      }

      function voice() {
        var voices = synth.getVoices ? synth.getVoices() : [];
        var wanted = lang.toLowerCase();
        var base = wanted.split("-")[0];
        var best = null;
        for (var i = 0; i < voices.length; i++) {
          var tag = (voices[i].lang || "").toLowerCase().replace("_", "-");
          if (tag === wanted) { return voices[i]; }
          if (!best && tag.split("-")[0] === base) { best = voices[i]; }
        }
        return best;
      }

      function show(on) {
        speaking = on;
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.textContent = button.getAttribute(on ? "data-stop" : "data-play");
      }

      function stop() {
        run += 1;
        synth.cancel();
        show(false);
      }

      function start() {
        var parts = texts();
        if (!parts.length) { return; }
        synth.cancel();
        run += 1;
        var mine = run;
        var chosen = voice();
        show(true);
        parts.forEach(function (text, index) {
          var utterance = new window.SpeechSynthesisUtterance(text);
          utterance.lang = lang;
          if (chosen) { utterance.voice = chosen; }
          if (index === parts.length - 1) {
            utterance.onend = function () { if (mine === run) { show(false); } };
          }
          utterance.onerror = function () { if (mine === run) { stop(); } };
          synth.speak(utterance);
        });
      }

      button.addEventListener("click", function () {
        if (speaking) { stop(); } else { start(); }
      });
      // Leaving the page must not leave the browser talking.
      window.addEventListener("pagehide", function () { synth.cancel(); });
      box.hidden = false;
    })();
    """#
}
