/// `/panic-sw.js`: the panic page's service worker, scope `/panic`.
///
/// It keeps the page, its script, the stylesheet, the icon and the manifest in
/// a cache so the page opens without a connection (network first, so updates
/// and the reader's language still arrive when online), and on Background Sync
/// sends the outbox even when the page is closed. It touches only same-origin
/// requests of its own files; the alert POSTs are never cached.
enum PanicServiceWorker {
    static var javascript: String { PanicOutboxScript.javascript + "\n" + worker }

    static let shell = ["/panic", "/static/panic.js", "/static/app.css", "/static/icon.svg", "/panic/manifest.webmanifest"]

    static let worker = #"""
    (function () {
      "use strict";
      var CACHE = "libertas-panic-v1";
      var SHELL = [\#(shell.map { "\"\($0)\"" }.joined(separator: ", "))];
    """# + "\n" + workerBody

    static let workerBody = #"""
      self.addEventListener("install", function (event) {
        event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).then(function () { return self.skipWaiting(); }));
      });
      self.addEventListener("activate", function (event) {
        event.waitUntil(caches.keys().then(function (keys) {
          return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) { return caches["delete"](key); }));
        }).then(function () { return self.clients.claim(); }));
      });
      self.addEventListener("fetch", function (event) {
        var url = new URL(event.request.url);
        if (event.request.method !== "GET" || url.origin !== self.location.origin || SHELL.indexOf(url.pathname) < 0) { return; }
        event.respondWith(fetch(event.request).then(function (response) {
          if (response.ok) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { return cache.put(url.pathname, copy); });
          }
          return response;
        })["catch"](function () {
          return caches.match(url.pathname).then(function (cached) { return cached || Response.error(); });
        }));
      });
      self.addEventListener("sync", function (event) {
        if (event.tag !== "panic-outbox") { return; }
        event.waitUntil(PanicOutbox.flush().then(function (left) {
          return self.clients.matchAll().then(function (clients) {
            clients.forEach(function (client) { client.postMessage("panic-outbox-changed"); });
            // Still waiting: fail, so the browser tries the sync again later.
            if (left > 0) { throw new Error("still offline"); }
          });
        }));
      });
    })();
    """#
}
