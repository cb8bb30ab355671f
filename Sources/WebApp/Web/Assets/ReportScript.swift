/// `/static/report.js`: the report form's only script, hand-written, loaded
/// from this server (the content security policy allows no other).
///
/// It does two things a page cannot do alone: read the position when the
/// person presses "use my location", and compute the proof of work just
/// before sending (a fresh challenge, so a form written slowly never expires).
/// If anything fails, the form is sent without it and the server falls back
/// to its time check.
enum ReportScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var form = document.getElementById("report-form");
      if (!form) { return; }

      var locate = document.getElementById("use-location");
      var locationStatus = document.getElementById("location-status");
      if (locate && navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener("click", function () {
          locationStatus.textContent = locate.getAttribute("data-locating");
          navigator.geolocation.getCurrentPosition(function (position) {
            var c = position.coords;
            form.elements.latitude.value = c.latitude.toFixed(6);
            form.elements.longitude.value = c.longitude.toFixed(6);
            form.elements.accuracy_m.value = String(Math.round(c.accuracy));
            locationStatus.textContent = locate.getAttribute("data-found").replace("{metres}", String(Math.round(c.accuracy)));
            // The map (report-map.js) shows the place too.
            form.dispatchEvent(new CustomEvent("libertas:location", { detail: { latitude: c.latitude, longitude: c.longitude, accuracy: c.accuracy } }));
          }, function () {
            locationStatus.textContent = locate.getAttribute("data-failed");
          }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
        });
      }

      function zeroBits(bytes) {
        var count = 0;
        for (var i = 0; i < bytes.length; i++) {
          if (bytes[i] === 0) { count += 8; continue; }
          return count + Math.clz32(bytes[i]) - 24;
        }
        return count;
      }

      // SHA-256("challenge:nonce") must start with `bits` zero bits; tried in batches so the page stays responsive.
      function solve(challenge, bits) {
        var encoder = new TextEncoder();
        var next = 0;
        return new Promise(function (resolve, reject) {
          function batch() {
            var tries = [];
            for (var i = 0; i < 512; i++) {
              tries.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge + ":" + (next + i))));
            }
            Promise.all(tries).then(function (digests) {
              for (var j = 0; j < digests.length; j++) {
                if (zeroBits(new Uint8Array(digests[j])) >= bits) { resolve(String(next + j)); return; }
              }
              next += digests.length;
              setTimeout(batch, 0);
            }, reject);
          }
          batch();
        });
      }

      var sending = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (sending) { return; }
        sending = true;
        var note = document.getElementById("proof-status");
        note.textContent = note.getAttribute("data-working");
        var button = form.querySelector("button[type=submit]");
        if (button) { button.disabled = true; }
        fetch("/api/v1/public/reports/challenge", { headers: { "Accept": "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : Promise.reject(new Error("challenge")); })
          .then(function (issued) {
            return solve(issued.challenge, issued.bits).then(function (nonce) {
              form.elements.proof_challenge.value = issued.challenge;
              form.elements.proof_nonce.value = nonce;
            });
          })
          .catch(function () { form.elements.proof_nonce.value = ""; })
          .then(function () { form.submit(); });
      });
    })();
    """#
}
