// The pages' only stylesheet and script, served by the app itself: nothing is fetched from elsewhere.
export const STYLES = `
:root { --ink:#1d232b; --muted:#5b6672; --line:#d9dee4; --bg:#f6f7f9; --accent:#1f5fbf;
  --warn:#fff1b8; --review:#ffd8a8; --block:#ffc2c2; --ok:#d3f2dc; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:var(--bg); }
header.top { display:flex; gap:1.5rem; align-items:center; padding:.6rem 1.2rem; background:#14202e; color:#fff; }
header.top a { color:#cfe0ff; text-decoration:none; } header.top a:hover { text-decoration:underline; }
header.top .brand { font-weight:700; color:#fff; } header.top form { margin-left:auto; }
header.top .who { color:#9fb2c8; font-size:.85rem; }
main { max-width:1200px; margin:1.2rem auto; padding:0 1.2rem; }
h1 { font-size:1.4rem; margin:.2rem 0 1rem; } h2 { font-size:1.1rem; margin:1.4rem 0 .6rem; }
table { border-collapse:collapse; width:100%; background:#fff; border:1px solid var(--line); }
th, td { text-align:left; padding:.45rem .6rem; border-bottom:1px solid var(--line); vertical-align:top; font-size:.92rem; }
th { background:#eef1f4; font-weight:600; }
.card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; margin-bottom:1rem; }
.muted { color:var(--muted); font-size:.88rem; }
.badge { display:inline-block; padding:0 .45rem; border-radius:9px; font-size:.8rem; background:#e6eaef; }
.badge.pass, .badge.released { background:var(--ok); } .badge.review, .badge.needs_review { background:var(--review); }
.badge.block, .badge.blocked, .badge.failed { background:var(--block); } .badge.revise { background:var(--warn); }
.checked-text { white-space:pre-wrap; background:#fff; border:1px solid var(--line); padding:.8rem; border-radius:4px; font-family:Georgia, serif; }
mark.finding a { color:inherit; text-decoration:none; }
mark.finding { border-bottom:2px solid #b35c00; padding:0 1px; }
mark.sev-warn { background:var(--warn); } mark.sev-review { background:var(--review); } mark.sev-block { background:var(--block); border-color:#a30000; }
.revisions { display:grid; grid-template-columns:repeat(auto-fit, minmax(300px, 1fr)); gap:1rem; }
.findings { list-style:none; padding:0; margin:0; }
.findings li { border-left:4px solid #b35c00; background:#fff; padding:.5rem .7rem; margin-bottom:.5rem; }
.findings li.sev-block { border-color:#a30000; } .findings li.sev-warn { border-color:#c9a400; }
.findings li:target, .findings li.focused { outline:2px solid var(--accent); }
.layout-run { display:grid; grid-template-columns:minmax(0, 2fr) minmax(0, 1fr); gap:1.2rem; }
@media (max-width:900px) { .layout-run { grid-template-columns:1fr; } }
@media print { header.top, .no-print, form { display:none !important; } body { font-size:11pt; } table { page-break-inside:auto; } tr { page-break-inside:avoid; } }
.table-wrap { overflow-x:auto; max-width:100%; }
body.print header.top, body.print .no-print { display:none; }
form.stack { display:flex; flex-direction:column; gap:.6rem; }
label { font-weight:600; font-size:.9rem; }
input[type=text], input[type=password], input[type=date], textarea, select { font:inherit; padding:.4rem .5rem; border:1px solid #b7c0ca; border-radius:4px; width:100%; }
textarea { min-height:6rem; }
button, .button { font:inherit; padding:.45rem 1rem; border:0; border-radius:4px; background:var(--accent); color:#fff; cursor:pointer; text-decoration:none; display:inline-block; }
button.secondary { background:#5b6672; }
.choices { display:flex; gap:1rem; flex-wrap:wrap; } .choices label { font-weight:400; }
.flash { padding:.7rem 1rem; border-radius:4px; background:var(--ok); margin-bottom:1rem; }
.error { padding:.7rem 1rem; border-radius:4px; background:var(--block); margin-bottom:1rem; }
.bar { height:.8rem; background:var(--accent); border-radius:2px; min-width:1px; }
.adverse { background:var(--block); }
details.step { margin:.3rem 0 .3rem .8rem; border-left:2px solid var(--line); padding-left:.6rem; }
details.step summary { cursor:pointer; }
pre { white-space:pre-wrap; word-break:break-word; background:#f0f2f5; padding:.5rem; border-radius:4px; font-size:.82rem; max-height:18rem; overflow:auto; }
nav.pages { margin-top:.8rem; display:flex; gap:1rem; }
.hidden { display:none; }
form.inline { display:inline; } button.small { padding:.15rem .5rem; font-size:.8rem; }
form.filters { display:flex; flex-wrap:wrap; gap:.8rem; align-items:flex-end; }
form.filters label { display:flex; flex-direction:column; gap:.2rem; }
form.filters input[type=search] { min-width:14rem; font:inherit; padding:.35rem .5rem; border:1px solid #b7c0ca; border-radius:4px; }
#queue tr.current { outline:2px solid var(--accent); outline-offset:-2px; background:#eef4ff; }
#queue tr.selected td:first-child { background:#dbe8ff; }
.badge.reject-recommended { background:var(--block); }
.claim.mine { font-weight:600; color:#1f7a3a; } .claim.other { color:#a30000; }
.claim-bar { display:flex; gap:1rem; align-items:center; margin-bottom:1rem; }
.keys-hint { font-size:.8rem; margin-left:auto; }
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
.judged .judged-item h4 { margin:.6rem 0 .3rem; }
.judged .checked-text { max-height:24rem; overflow:auto; }
.diff del { background:#ffd6d6; text-decoration:line-through; } .diff ins { background:#d3f2dc; text-decoration:none; }
.findings li.judged-dismissed { opacity:.65; }
label.inline-check { font-weight:400; }
dialog#key-help { border:1px solid var(--line); border-radius:6px; padding:1rem 1.4rem; }
dialog#key-help table { border:0; } kbd { font-family:ui-monospace, monospace; background:#eef1f4; border:1px solid var(--line); border-radius:3px; padding:0 .3rem; }
header.top a.lang { font-size:.85rem; }
.table-wrap { max-width:100%; overflow-x:auto; }
.table-wrap table { margin:0; }
.card.table-wrap { padding:0; }
table.compact th, table.compact td { padding:.3rem .4rem; font-size:.82rem; white-space:nowrap; }
table.compact meter { width:3rem; }
.nowrap { white-space:nowrap; }
ol.timeline { list-style:none; margin:0; padding:0; }
ol.timeline li.step { padding:.25rem 0 .25rem .6rem; border-left:3px solid var(--line); margin:0; }
ol.timeline li.st-error { border-left-color:#a30000; }
ol.timeline .at { display:inline-block; min-width:5.5rem; color:var(--muted); font-variant-numeric:tabular-nums; font-size:.82rem; }
ol.timeline .kind { display:inline-block; min-width:7rem; font-size:.8rem; color:var(--muted); text-transform:uppercase; letter-spacing:.03em; }
ol.timeline details.raw { margin-left:12.5rem; }
li.depth-1 { margin-left:1rem !important; } li.depth-2 { margin-left:2rem !important; } li.depth-3 { margin-left:3rem !important; }
li.depth-4 { margin-left:4rem !important; } li.depth-5, li.depth-6 { margin-left:5rem !important; }
`;

// Progressive enhancement only: every page works without it.
const BASE_SCRIPT = `
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element ? event.target.closest("mark.finding a") : null;
  if (!link) return;
  document.querySelectorAll(".findings li.focused").forEach(function (li) { li.classList.remove("focused"); });
  var target = document.getElementById(link.getAttribute("href").slice(1));
  if (target) target.classList.add("focused");
});
document.querySelectorAll("form[data-decision]").forEach(function (form) {
  var edit = form.querySelector("[data-edit]");
  function sync() {
    var checked = form.querySelector("input[name=decision]:checked");
    if (edit) edit.classList.toggle("hidden", !checked || checked.value !== "edit_approve");
  }
  form.addEventListener("change", sync);
  sync();
});
`;

// Keyboard shortcuts: in the queue, j/k (n, arrows) move, Enter/o opens, a/r/e open with a decision chosen,
// c claims, s picks a colleague to assign the item to (Enter assigns), x checks for the bulk decision, / searches; on a run, a/r/e choose the decision and put the
// cursor in the reason, Ctrl+Enter saves, n goes to the next item, u back to the queue; ? shows the help.
const SCRIPT_KEYS = `
(function () {
  var typing = function (el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  };
  var help = document.getElementById("key-help");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tr[data-run]"));
  var current = rows.length ? 0 : -1;
  function mark() {
    rows.forEach(function (r, i) { r.classList.toggle("current", i === current); });
    if (rows[current]) rows[current].scrollIntoView({ block: "nearest" });
  }
  mark();
  function open(choice) {
    var row = rows[current];
    if (row) location.href = row.getAttribute("data-href") + (choice ? "?choose=" + choice : "");
  }
  var form = document.getElementById("decision-form");
  function choose(value) {
    if (!form) return false;
    var radio = form.querySelector("input[name=decision][value=" + value + "]");
    if (!radio) return false;
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    var target = value === "edit_approve" ? form.querySelector("#editedText") : form.querySelector("#reason");
    if (target) target.focus();
    return true;
  }
  if (form) {
    var preset = form.querySelector("input[name=decision]:checked");
    var reason = form.querySelector("#reason");
    if (preset && reason && !reason.value) reason.focus();
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && typing(event.target)) {
      var owner = event.target.form;
      if (owner) { event.preventDefault(); owner.requestSubmit(); }
      return;
    }
    // In the list of colleagues to assign to (focused by s): arrows or letters pick, Enter assigns.
    if (event.key === "Enter" && event.target.tagName === "SELECT" && event.target.form && event.target.form.hasAttribute("data-assign")) {
      if (event.target.value) { event.preventDefault(); event.target.form.requestSubmit(); }
      return;
    }
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    var k = event.key;
    if (k === "?") { if (help) { help.open ? help.close() : help.showModal(); } event.preventDefault(); return; }
    if (rows.length) {
      if (k === "j" || k === "n" || k === "ArrowDown") { current = Math.min(rows.length - 1, current + 1); mark(); event.preventDefault(); return; }
      if (k === "k" || k === "ArrowUp") { current = Math.max(0, current - 1); mark(); event.preventDefault(); return; }
      if (k === "Enter" || k === "o") { open(""); event.preventDefault(); return; }
      if (k === "a") { open("approve"); return; }
      if (k === "r") { open("reject"); return; }
      if (k === "e") { open("edit_approve"); return; }
      if (k === "x") {
        var box = rows[current] && rows[current].querySelector("input[type=checkbox]");
        if (box) { box.checked = !box.checked; rows[current].classList.toggle("selected", box.checked); }
        event.preventDefault();
        return;
      }
      if (k === "c") {
        var claim = rows[current] && rows[current].querySelector("form[data-claim]");
        if (claim) claim.requestSubmit();
        return;
      }
      if (k === "s") {
        var pick = rows[current] && rows[current].querySelector("form[data-assign] select");
        if (pick) { pick.focus(); event.preventDefault(); }
        return;
      }
    }
    if (k === "/") { var search = document.getElementById("search"); if (search) { search.focus(); event.preventDefault(); } return; }
    if (form && (k === "a" || k === "r" || k === "e")) {
      if (choose(k === "a" ? "approve" : k === "r" ? "reject" : "edit_approve")) event.preventDefault();
      return;
    }
    if (!rows.length && (k === "n" || k === "j")) { var next = document.getElementById("next-item"); if (next) location.href = next.href; return; }
    if (!rows.length && k === "c") { var f = document.querySelector("#claim-bar form[data-claim]"); if (f) f.requestSubmit(); return; }
    if (!rows.length && k === "s") { var p = document.querySelector("#claim-bar form[data-assign] select"); if (p) { p.focus(); event.preventDefault(); } return; }
    if (k === "u") { location.href = "/ui/queue"; }
  });
})();
`;
export const SCRIPT = BASE_SCRIPT + SCRIPT_KEYS;

export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14202e"/><path d="M4 8l3 3 5-6" stroke="#cfe0ff" stroke-width="2" fill="none"/></svg>`;
