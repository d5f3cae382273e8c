// reportminer workspace, Validation: mark concept spans in a note without seeing reportminer's mentions.
// The note's text arrives as JSON and becomes one text node, so a selection's offsets index the exact stored
// text (no HTML newline normalisation); offsets are sent as code points (Python's string indices), not UTF-16.
(function () {
  "use strict";
  var form = document.getElementById("label-form");
  if (!form) { return; }
  var box = document.getElementById("note-text");
  var hidden = document.getElementById("spans");
  var text = box ? JSON.parse(box.getAttribute("data-text")) : "";
  var spans = [];
  try { spans = JSON.parse(hidden.value || "[]"); } catch (e) { spans = []; }
  var findFrom = 0;
  if (box) { box.textContent = text; }

  function codePoints(utf16) { return Array.from(text.slice(0, utf16)).length; }
  function value(id) { return document.getElementById(id).value; }

  function render() {
    var list = document.getElementById("span-list");
    if (!list) { return; }
    list.textContent = "";
    spans.forEach(function (s, i) {
      var li = document.createElement("li");
      li.className = "span-item";
      li.textContent = s.concept + " · " + s.assertion + (s.text ? ": “" + s.text + "”" : " (whole note)") + " ";
      var remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "remove";
      remove.addEventListener("click", function () { spans.splice(i, 1); render(); });
      li.appendChild(remove);
      list.appendChild(li);
    });
    document.getElementById("span-empty").hidden = spans.length > 0;
    hidden.value = JSON.stringify(spans);
  }

  function add(start16, end16) {
    var span = {concept: value("span-concept"), assertion: value("span-assertion")};
    if (start16 !== null) {
      span.start = codePoints(start16);
      span.end = codePoints(end16);
      span.text = text.slice(start16, end16);
    }
    spans.push(span);
    render();
  }

  function markSelection() {
    var sel = window.getSelection();
    if (!box || !sel.rangeCount || sel.isCollapsed) { return false; }
    var range = sel.getRangeAt(0);
    var node = box.firstChild;
    if (!node || !box.contains(range.startContainer) || !box.contains(range.endContainer)) { return false; }
    var start = range.startContainer === node ? range.startOffset : 0;
    var end = range.endContainer === node ? range.endOffset : text.length;
    while (start < end && /\s/.test(text[start])) { start += 1; }  // trim what a double-click drags along
    while (end > start && /\s/.test(text[end - 1])) { end -= 1; }
    if (end <= start) { return false; }
    add(start, end);
    sel.removeAllRanges();
    return true;
  }

  function markFound() {
    var phrase = value("span-find");
    if (!phrase) { return; }
    var at = text.indexOf(phrase, findFrom);
    if (at < 0) { at = text.indexOf(phrase); }
    if (at < 0) { document.getElementById("span-find").setCustomValidity("not in the note"); document.getElementById("span-find").reportValidity(); return; }
    document.getElementById("span-find").setCustomValidity("");
    add(at, at + phrase.length);
    findFrom = at + phrase.length;
  }

  var addButton = document.getElementById("span-add");
  if (addButton) {
    addButton.addEventListener("mousedown", function (e) { e.preventDefault(); });  // keep the selection
    addButton.addEventListener("click", markSelection);
    document.getElementById("span-note").addEventListener("click", function () { add(null, null); });
    document.getElementById("span-find").addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); markFound(); }
    });
  }

  function typing(t) { var tag = t && t.tagName; return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT"; }
  function choose(id, index) { var s = document.getElementById(id); if (s && index < s.options.length) { s.selectedIndex = index; } }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var key = event.key;
    if (/^[1-9]$/.test(key)) {
      var radio = form.querySelector('input[type=radio][data-key="' + key + '"]');
      if (radio) { radio.checked = true; } else { choose("span-concept", Number(key) - 1); }
    } else if ("qwert".indexOf(key) >= 0 && key.length === 1) { choose("span-assertion", "qwert".indexOf(key)); }
    else if (key === "m") { markSelection(); }
    else if (key === "/") { var f = document.getElementById("span-find"); if (f) { f.focus(); } }
    else { return; }
    event.preventDefault();
  });

  render();
}());
