/// `/static/report-map.js`: pointing at a place on the report form's map, hand-written and
/// loaded from this server like the form's other script.
///
/// Views come from `/report/map` (``ReportMapController``), snapped here to the same grid as on
/// the server (``PickerMap``) so that the address of a view says less than the place marked, and
/// the same view is the same cached URL. A click turns into degrees with the inverse of the view's
/// projection, read from the SVG's `data-` attributes; the marked place is drawn here, never
/// requested. The typed fields stay the way to give a place without a pointer.
enum ReportMapScript {
    static let javascript = #"""
    (function () {
      "use strict";
      var picker = document.getElementById("map-picker");
      var form = document.getElementById("report-form");
      if (!picker || !form || !window.fetch || !window.DOMParser) { return; }
      var holder = document.getElementById("map-view");
      var status = document.getElementById("map-status");
      var spans = picker.getAttribute("data-spans").split(",").map(Number);
      var svgNS = "http://www.w3.org/2000/svg";
      var view = { latitude: 0, longitude: 0, level: 0 };
      var marked = null;

      function number(svg, name) { return parseFloat(svg.getAttribute("data-" + name)); }
      function wrap(longitude) { return ((longitude + 180) % 360 + 360) % 360 - 180; }
      function precision(metres) { return metres >= 1000 ? Math.round(metres / 1000) + " km" : Math.max(1, Math.round(metres)) + " m"; }

      // The same grid as PickerMap: the centre moves in eighths of the view.
      function snap(latitude, longitude, level) {
        var step = spans[level] / 8, half = spans[level] / 2;
        var lon = Math.round(wrap(longitude) / step) * step;
        if (lon >= 180) { lon -= 360; }
        var lat = half >= 90 ? 0 : Math.min(Math.max(Math.round(latitude / step) * step, half - 90), 90 - half);
        return { latitude: lat, longitude: lon, level: level };
      }

      function project(svg, latitude, longitude) {
        var centre = number(svg, "center-longitude");
        var lon = longitude + Math.round((centre - longitude) / 360) * 360;
        var box = svg.viewBox.baseVal;
        return { x: box.width / 2 + (lon - centre) * number(svg, "longitude-scale"),
                 y: box.height / 2 - (latitude - number(svg, "center-latitude")) * number(svg, "scale") };
      }

      function unproject(svg, x, y) {
        var box = svg.viewBox.baseVal;
        return { longitude: wrap(number(svg, "center-longitude") + (x - box.width / 2) / number(svg, "longitude-scale")),
                 latitude: Math.min(90, Math.max(-90, number(svg, "center-latitude") - (y - box.height / 2) / number(svg, "scale"))) };
      }

      function circle(cx, cy, r, attributes) {
        var node = document.createElementNS(svgNS, "circle");
        node.setAttribute("cx", cx); node.setAttribute("cy", cy); node.setAttribute("r", r);
        Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        return node;
      }

      function drawMark() {
        var svg = holder.querySelector("svg");
        if (!svg) { return; }
        var old = svg.querySelector(".marked");
        if (old) { old.parentNode.removeChild(old); }
        if (!marked) { return; }
        var at = project(svg, marked.latitude, marked.longitude);
        var group = document.createElementNS(svgNS, "g");
        group.setAttribute("class", "marked");
        if (marked.metres) {
          group.appendChild(circle(at.x, at.y, Math.max(4, marked.metres / 111320 * number(svg, "scale")),
                                   { fill: "#D55E00", "fill-opacity": "0.18", stroke: "#D55E00", "stroke-width": "1.5" }));
        }
        group.appendChild(circle(at.x, at.y, 5, { fill: "#D55E00", stroke: "#ffffff", "stroke-width": "2" }));
        svg.appendChild(group);
      }

      function load(latitude, longitude, level) {
        var next = snap(latitude, longitude, Math.min(Math.max(level, 0), spans.length - 1));
        var url = "/report/map?latitude=" + next.latitude.toFixed(4) + "&longitude=" + next.longitude.toFixed(4) +
                  "&level=" + next.level + "&language=" + encodeURIComponent(picker.getAttribute("data-language"));
        return fetch(url, { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error("map")); })
          .then(function (text) {
            var svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
            if (!svg || svg.nodeName !== "svg") { throw new Error("map"); }
            while (holder.firstChild) { holder.removeChild(holder.firstChild); }
            holder.appendChild(document.importNode(svg, true));
            view = next;
            document.getElementById("map-zoom-out").disabled = view.level === 0;
            drawMark();
          })
          .catch(function () { status.textContent = picker.getAttribute("data-failed"); });
      }

      function mark(latitude, longitude, metres, say) {
        marked = { latitude: latitude, longitude: longitude, metres: metres };
        form.elements.latitude.value = latitude.toFixed(5);
        form.elements.longitude.value = longitude.toFixed(5);
        form.elements.accuracy_m.value = metres ? String(Math.round(metres)) : "";
        if (say) {
          status.textContent = picker.getAttribute("data-chosen").replace("{latitude}", latitude.toFixed(5))
            .replace("{longitude}", longitude.toFixed(5)).replace("{precision}", precision(metres));
        }
      }

      holder.addEventListener("click", function (event) {
        var svg = holder.querySelector("svg");
        if (!svg || !svg.getScreenCTM()) { return; }
        var point = svg.createSVGPoint();
        point.x = event.clientX; point.y = event.clientY;
        var local = point.matrixTransform(svg.getScreenCTM().inverse());
        var place = unproject(svg, local.x, local.y);
        mark(place.latitude, place.longitude, number(svg, "uncertainty-m"), true);
        if (view.level < spans.length - 1) { load(place.latitude, place.longitude, view.level + 1); } else { drawMark(); }
      });

      document.getElementById("map-zoom-out").addEventListener("click", function () {
        load(view.latitude, view.longitude, view.level - 1);
      });

      document.getElementById("map-clear").addEventListener("click", function () {
        marked = null;
        form.elements.latitude.value = "";
        form.elements.longitude.value = "";
        form.elements.accuracy_m.value = "";
        status.textContent = picker.getAttribute("data-cleared");
        drawMark();
      });

      // "Use my location" (report.js) and typed coordinates show on the map too.
      form.addEventListener("libertas:location", function (event) {
        var place = event.detail;
        mark(place.latitude, place.longitude, place.accuracy, false);
        load(place.latitude, place.longitude, spans.length - 2);
      });
      function typed() {
        var latitude = parseFloat(form.elements.latitude.value), longitude = parseFloat(form.elements.longitude.value);
        if (isNaN(latitude) || isNaN(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) { return false; }
        marked = { latitude: latitude, longitude: longitude, metres: parseFloat(form.elements.accuracy_m.value) || 0 };
        load(latitude, longitude, 3);
        return true;
      }
      form.elements.latitude.addEventListener("change", typed);
      form.elements.longitude.addEventListener("change", typed);

      picker.hidden = false;
      if (!typed()) { load(0, 0, 0); }
    })();
    """#
}
