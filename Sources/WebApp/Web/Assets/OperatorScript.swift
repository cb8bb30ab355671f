/// `/static/operator.js`: keeps the operator console's queue current without a
/// reload. Every 5 s it asks `/operator/version` (a digest of ids and statuses);
/// only when that changed does it fetch the queue fragment, rendered and escaped
/// on the server like the page, and put it in place. Both carry the page's own
/// query (`data-query`: which page of finished items it shows). Without the
/// script the page is complete; it is only as fresh as its last load.
enum OperatorScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var queue = document.getElementById("operator-queue");
      if (!queue || !window.fetch) { return; }
      var query = queue.getAttribute("data-query") || "";
      var busy = false;
      function check() {
        if (busy || document.hidden) { return; }
        busy = true;
        fetch("/operator/version" + query, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
          .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
          .then(function (body) {
            if (body.version === queue.getAttribute("data-version")) { return; }
            return fetch("/operator/queue" + query, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
              if (!response.ok) { throw new Error(String(response.status)); }
              var version = response.headers.get("X-Queue-Version") || body.version;
              return response.text().then(function (html) {
                queue.innerHTML = html;
                queue.setAttribute("data-version", version);
              });
            });
          })
          .then(function () { busy = false; }, function () { busy = false; });
      }
      setInterval(check, 5000);
      document.addEventListener("visibilitychange", check);
    })();
    """#
}
