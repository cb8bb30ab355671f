/// The outbox both the panic page and its service worker use: alerts waiting in
/// IndexedDB (database `libertas-panic`, store `outbox`) until the server has
/// answered for them. An alert is written there before the first send is tried,
/// so closing the page or losing the connection mid-send loses nothing; the
/// server stores each alert id once, so sending one twice is harmless.
enum PanicOutboxScript {
    static let javascript = #"""
    var PanicOutbox = (function () {
      "use strict";
      function open() {
        return new Promise(function (resolve, reject) {
          var request = indexedDB.open("libertas-panic", 1);
          request.onupgradeneeded = function () { request.result.createObjectStore("outbox", { keyPath: "id" }); };
          request.onsuccess = function () { resolve(request.result); };
          request.onerror = function () { reject(request.error); };
        });
      }
      function run(mode, action) {
        return open().then(function (db) {
          return new Promise(function (resolve, reject) {
            var tx = db.transaction("outbox", mode);
            var result = action(tx.objectStore("outbox"));
            tx.oncomplete = function () { db.close(); resolve(result && result.result); };
            tx.onerror = function () { db.close(); reject(tx.error); };
          });
        });
      }
      function put(item) { return run("readwrite", function (store) { store.put(item); }); }
      function all() { return run("readonly", function (store) { return store.getAll(); }); }
      function remove(id) { return run("readwrite", function (store) { store["delete"](id); }); }
      // Sends every waiting alert; resolves with how many are still waiting.
      function flush() {
        return all().then(function (items) {
          return Promise.all(items.map(function (item) {
            return fetch("/api/v1/public/alerts", {
              method: "POST", credentials: "omit", cache: "no-store",
              headers: { "Content-Type": "application/json", "X-Libertas-Device": item.device },
              body: JSON.stringify(item.alert)
            }).then(function (response) {
              // Stored now (201) or before (200); a 4xx other than 429 will never be accepted.
              if (response.ok || (response.status >= 400 && response.status < 500 && response.status !== 429)) { return remove(item.id); }
            }, function () {});
          })).then(all).then(function (left) { return left.length; });
        });
      }
      return { put: put, all: all, flush: flush };
    })();
    """#
}
