// reportminer review workspace: keyboard shortcuts. No framework, no build step.
(function () {
  "use strict";

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function go(id) {
    var link = document.getElementById(id);
    if (link) { window.location.href = link.href; }
  }

  function toggleHelp() {
    var help = document.getElementById("help");
    if (help) { help.hidden = !help.hidden; }
  }

  function submitDecision(next) {
    var form = document.getElementById("decision-form");
    var button = document.getElementById(next ? "record-next" : "record");
    if (form && button) {
      if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
    }
  }

  function casePage(event) {
    var key = event.key;
    if (key === "n" || key === "j") { go("next-case"); }
    else if (key === "p" || key === "k") { go("prev-case"); }
    else if (key === "l" || key === "u") { go("back-to-list"); }
    else if (key === "e") { var ev = document.getElementById("evidence"); if (ev) { ev.scrollIntoView(); } }
    else if (/^[1-4]$/.test(key)) {
      var radio = document.querySelector('#decision-form input[type=radio][data-key="' + key + '"]');
      if (radio) {
        radio.checked = true;
        var reviewer = document.getElementById("reviewer");
        var target = reviewer && !reviewer.value ? reviewer : document.getElementById("comment");
        if (target) { target.focus(); }
      }
    } else { return false; }
    return true;
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#case-table tbody tr[data-href]")); }

  function listPage(event) {
    var all = rows();
    var current = all.findIndex(function (r) { return r.classList.contains("selected"); });
    var key = event.key;
    if (key === "j" || key === "k") {
      var next = key === "j" ? Math.min(all.length - 1, current + 1) : Math.max(0, current - 1);
      if (all[current]) { all[current].classList.remove("selected"); }
      if (all[next]) { all[next].classList.add("selected"); all[next].scrollIntoView({block: "nearest"}); }
    } else if ((key === "Enter" || key === "o") && all[current]) {
      window.location.href = all[current].getAttribute("data-href");
    } else if (key === "/") {
      var search = document.getElementById("f-patient");
      if (search) { search.focus(); }
    } else { return false; }
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && document.getElementById("decision-form")) {
      event.preventDefault();
      submitDecision(event.shiftKey);
      return;
    }
    if (event.key === "Escape") {
      if (typing(event.target)) { event.target.blur(); }
      var help = document.getElementById("help");
      if (help) { help.hidden = true; }
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "?") { toggleHelp(); event.preventDefault(); return; }
    var handled = document.body.classList.contains("page-case") ? casePage(event)
      : document.body.classList.contains("page-cases") ? listPage(event) : false;
    if (handled) { event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("help-toggle");
    if (button) { button.addEventListener("click", toggleHelp); }
    // Filters apply as soon as a choice changes (the Filter button stays for keyboard users and dates).
    ["f-status", "f-priority", "f-reason", "f-language"].forEach(function (id) {
      var select = document.getElementById(id);
      if (select) { select.addEventListener("change", function () { select.form.submit(); }); }
    });
  });
}());
