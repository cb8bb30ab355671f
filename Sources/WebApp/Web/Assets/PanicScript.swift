/// `/static/panic.js`: the panic page's script, hand-written, served by
/// Libertas under `script-src 'self'` (the outbox code comes first, shared
/// with the service worker).
///
/// Pressing the button reads the position (at most 10 s; an alert without one
/// still goes), writes the alert to the outbox, then tries to send it. Whatever
/// is still waiting is sent again on `online`, on page load, on focus, every 15 s
/// while something waits, and by Background Sync where the browser has it
/// (the service worker then sends even with the page closed).
enum PanicScript {
    static var javascript: String { PanicOutboxScript.javascript + "\n" + page }

    static let page = #"""
    (function () {
      "use strict";
      var button = document.getElementById("panic-button");
      var state = document.getElementById("panic-state");
      if (!button || !state || !window.indexedDB || !window.fetch) { return; }
      button.hidden = false;

      function say(name, extra) {
        state.setAttribute("data-state", name);
        state.textContent = state.getAttribute("data-" + name) + (extra ? " " + extra : "");
        document.body.setAttribute("data-panic-state", name);
      }
      function randomID() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
        var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
        return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
      }
      // A random id for the per-device rate limit; it names no one.
      function device() {
        var id = localStorage.getItem("libertas-panic-device");
        if (!id) { id = randomID(); localStorage.setItem("libertas-panic-device", id); }
        return id;
      }
      function details() {
        try { return JSON.parse(localStorage.getItem("libertas-panic-details") || "null"); } catch (e) { return null; }
      }

      var timer = null;
      function retry() {
        return PanicOutbox.flush().then(function (left) {
          if (left > 0) {
            say("queued");
            if (!timer) { timer = setInterval(retry, 15000); }
            if (navigator.serviceWorker && navigator.serviceWorker.ready) {
              navigator.serviceWorker.ready.then(function (reg) { if (reg.sync) { return reg.sync.register("panic-outbox"); } })["catch"](function () {});
            }
          } else {
            if (timer) { clearInterval(timer); timer = null; }
            var now = state.getAttribute("data-state");
            if (now === "queued" || now === "sending") { say("sent"); }
          }
        }, function () { say("queued"); });
      }

      function send(position) {
        var alert = { id: randomID(), sent_at: new Date().toISOString() };
        if (position) {
          alert.latitude = position.coords.latitude;
          alert.longitude = position.coords.longitude;
          alert.accuracy_m = Math.min(100000, Math.round(position.coords.accuracy));
        }
        var basic = details();
        if (basic) { alert.basic_data = basic; }
        PanicOutbox.put({ id: alert.id, device: device(), alert: alert }).then(function () {
          say(navigator.onLine === false ? "queued" : "sending", position ? "" : state.getAttribute("data-no-location"));
          return retry();
        }, function () { say("queued"); });
      }

      button.addEventListener("click", function () {
        button.disabled = true;
        setTimeout(function () { button.disabled = false; }, 3000);
        say("locating");
        if (!navigator.geolocation) { send(null); return; }
        navigator.geolocation.getCurrentPosition(send, function () { send(null); },
          { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
      });

      window.addEventListener("online", retry);
      window.addEventListener("focus", retry);
      document.addEventListener("visibilitychange", function () { if (!document.hidden) { retry(); } });
      if (navigator.serviceWorker) {
        navigator.serviceWorker.addEventListener("message", function (event) { if (event.data === "panic-outbox-changed") { retry(); } });
        navigator.serviceWorker.register("/panic-sw.js", { scope: "/panic" })["catch"](function () {});
      }
      PanicOutbox.all().then(function (items) { if (items.length) { say("queued"); retry(); } });

      // Pre-registered details: on this device only (localStorage), sent inside alerts.
      var panel = document.getElementById("panic-details");
      var fields = { name: "panic-name", phone: "panic-phone", note: "panic-note" };
      var status = document.getElementById("panic-details-status");
      if (panel) {
        panel.hidden = false;
        var saved = details() || {};
        Object.keys(fields).forEach(function (key) { document.getElementById(fields[key]).value = saved[key] || ""; });
        document.getElementById("panic-save").addEventListener("click", function (event) {
          var value = {};
          Object.keys(fields).forEach(function (key) {
            var text = document.getElementById(fields[key]).value.trim();
            if (text) { value[key] = text; }
          });
          if (Object.keys(value).length) { localStorage.setItem("libertas-panic-details", JSON.stringify(value)); }
          else { localStorage.removeItem("libertas-panic-details"); }
          status.textContent = event.target.getAttribute("data-done");
        });
        document.getElementById("panic-clear").addEventListener("click", function (event) {
          localStorage.removeItem("libertas-panic-details");
          Object.keys(fields).forEach(function (key) { document.getElementById(fields[key]).value = ""; });
          status.textContent = event.target.getAttribute("data-done");
        });
      }
    })();
    """#
}
