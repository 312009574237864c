/* Link pages: count the opening (a POST, so a GET stays free of side effects) and autosave
   assessment drafts while the supervisor types. The page works fully without this file. */
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="link-csrf"]');
  if (!meta) { return; }
  var csrf = meta.getAttribute("content");
  var path = window.location.pathname;

  function post(fields) {
    var body = new URLSearchParams(fields);
    body.set("csrf", csrf);
    return window.fetch(path, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    });
  }

  post({ action: "opened" }).catch(function () { /* counting is best effort */ });

  var form = document.querySelector("form[data-autosave]");
  if (!form) { return; }
  var status = document.getElementById("autosave-status");
  var revision = form.querySelector('input[name="revision"]');
  var timer = null;
  var inFlight = null;
  var dirty = false;

  function say(key) {
    if (status) { status.textContent = status.getAttribute("data-" + key) || ""; }
  }

  function save() {
    timer = null;
    if (inFlight) { dirty = true; return inFlight; }
    dirty = false;
    var fields = new FormData(form);
    fields.set("action", "autosave");
    say("saving");
    inFlight = post(fields).then(function (response) {
      return response.json().then(function (data) {
        if (response.ok) {
          revision.value = data.revision;
          say("saved");
        } else if (response.status === 409 && data.submitted) {
          window.location.reload();
        } else if (response.status === 422) {
          say("invalid");
        } else {
          if (status) { status.textContent = data.detail || status.getAttribute("data-failed"); }
        }
      });
    }).catch(function () { say("failed"); }).then(function () {
      inFlight = null;
      if (dirty) { schedule(); }
    });
    return inFlight;
  }

  function schedule() {
    if (timer) { window.clearTimeout(timer); }
    timer = window.setTimeout(save, 1200);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", function (event) {
    // Let a running autosave finish first, so the form posts the newest revision.
    if (timer) { window.clearTimeout(timer); timer = null; }
    if (inFlight) {
      event.preventDefault();
      var submitter = event.submitter;
      inFlight.then(function () { form.requestSubmit(submitter); });
    }
  });
})();
