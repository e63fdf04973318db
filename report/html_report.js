"use strict";
(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = document.querySelectorAll("[data-finding]");
  var rows = document.querySelectorAll("tr.finding-row");
  var shown = document.getElementById("shown");
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
    var n = 0;
    for (var j = 0; j < rows.length; j++) {
      if (!rows[j].classList.contains("hidden")) { n++; }
    }
    if (shown) { shown.textContent = n + " of " + rows.length + " findings shown"; }
    document.body.setAttribute("data-shown", String(n));
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("change", apply);
  apply();
})();
