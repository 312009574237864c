// Small helpers for the staff pages; every page works without them.
(function () {
  "use strict";
  // After a form comes back with errors, move focus to the summary so screen readers hear it.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
  // Ask before actions that cannot be undone (buttons with data-confirm).
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });
  // Disable a form's submit buttons once it is sent, so a double click sends it only once.
  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) { return; }
    var form = event.target;
    window.setTimeout(function () {
      form.querySelectorAll("button[type=submit], button:not([type])").forEach(function (b) {
        b.disabled = true;
      });
    }, 0);
  });
}());
