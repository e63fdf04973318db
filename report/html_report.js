"use strict";
(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = document.querySelectorAll("[data-finding]");
  var rows = document.querySelectorAll("tr.finding-row");
  var groups = document.querySelectorAll("[data-rule-group]");
  var shown = document.getElementById("shown");
  // a row is one finding, or the same finding recurring on one line (data-members lists their numbers)
  function members(row) {
    var m = row.getAttribute("data-members");
    return m ? m.split(" ") : [row.getAttribute("data-finding")];
  }
  var total = 0;
  for (var t = 0; t < rows.length; t++) { total += members(rows[t]).length; }
  function checked(kind) {
    var set = {};
    var boxes = form.querySelectorAll("input[data-kind='" + kind + "']");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) { set[boxes[i].value] = true; }
    }
    return set;
  }
  function apply() {
    var sev = checked("severity");
    var rule = checked("rule");
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      var visible = sev[el.getAttribute("data-severity")] === true && rule[el.getAttribute("data-rule")] === true;
      el.classList.toggle("hidden", !visible);
    }
    for (var g = 0; g < groups.length; g++) {
      groups[g].classList.toggle("hidden", groups[g].querySelector("tr.finding-row:not(.hidden)") === null);
    }
    var n = 0;
    for (var j = 0; j < rows.length; j++) {
      if (!rows[j].classList.contains("hidden")) { n += members(rows[j]).length; }
    }
    if (shown) { shown.textContent = n + " of " + total + " findings shown"; }
    document.body.setAttribute("data-shown", String(n));
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("change", apply);
  apply();

  // Review: each finding is "accepted" (a real problem) or a "false alarm"; false alarms download as a baseline.
  var storeKey = "zhen-qa-review:" + (document.body.getAttribute("data-report") || "");
  var marks = {};
  try { marks = JSON.parse(window.localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { marks = {}; }
  var counts = document.getElementById("review-counts");
  function show(number, value) {
    var els = document.querySelectorAll("[data-finding='" + number + "']");
    for (var i = 0; i < els.length; i++) {
      els[i].classList.toggle("review-false", value === "false");
      els[i].classList.toggle("review-accepted", value === "accepted");
    }
  }
  function tally() {
    var a = 0, f = 0;
    for (var k in marks) {
      if (marks[k] === "accepted") { a++; } else if (marks[k] === "false") { f++; }
    }
    if (counts) { counts.textContent = "Reviewed " + (a + f) + " of " + total + ": " + a + " accepted, " + f + " false alarms"; }
    document.body.setAttribute("data-false-alarms", String(f));
  }
  for (var r = 0; r < rows.length; r++) {
    var number = rows[r].getAttribute("data-finding");
    var value = marks[number];
    if (value) {
      var box = rows[r].querySelector("input[value='" + value + "']");
      if (box) { box.checked = true; members(rows[r]).forEach(function (m) { show(m, value); }); }
    }
    rows[r].addEventListener("change", function (e) {
      var row = e.currentTarget;
      members(row).forEach(function (m) {
        marks[m] = e.target.value;
        show(m, e.target.value);
      });
      try { window.localStorage.setItem(storeKey, JSON.stringify(marks)); } catch (err) { /* a page without storage */ }
      tally();
    });
  }
  tally();
  function baseline() {
    var entries = [];
    for (var i = 0; i < rows.length; i++) {
      if (marks[rows[i].getAttribute("data-finding")] === "false") {
        var keys = rows[i].getAttribute("data-keys");
        entries = entries.concat(keys ? JSON.parse(keys) : [JSON.parse(rows[i].getAttribute("data-key"))]);
      }
    }
    return JSON.stringify({ version: 1, tool: "zhen-qa", root: document.body.getAttribute("data-root"), findings: entries }, null, 2) + "\n";
  }
  var button = document.getElementById("download-baseline");
  if (button) {
    button.addEventListener("click", function () {
      var url = URL.createObjectURL(new Blob([baseline()], { type: "application/json" }));
      var a = document.createElement("a");
      a.href = url;
      a.download = "zhen-qa-baseline.json";
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
  }
})();
