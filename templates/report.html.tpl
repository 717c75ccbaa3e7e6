{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>barge assessment: {{SOURCE}}</title>
<style>
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #f5f6f8; }
  header { background: #1f3a5f; color: #fff; padding: 18px 24px; }
  header h1 { margin: 0 0 4px; font-size: 21px; }
  header p { margin: 0; opacity: .85; overflow-wrap: anywhere; }
  main { padding: 20px 24px; max-width: 1240px; }
  section { content-visibility: auto; contain-intrinsic-size: auto 600px; background: #fff; border-radius: 6px; padding: 14px 18px; margin-bottom: 18px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  h2 { font-size: 17px; margin: 0 0 10px; }
  h3 { font-size: 14px; margin: 0 0 6px; }
  .cards { display: flex; gap: 12px; flex-wrap: wrap; }
  .card { flex: 1 1 170px; border: 1px solid #e3e6eb; border-radius: 6px; padding: 10px 12px; }
  .card .v { font-size: 24px; font-weight: 600; }
  .card .k { color: #5b6475; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
  .level-A { color: #1a7f37; } .level-B { color: #9a6700; } .level-C { color: #cf222e; }
  table { border-collapse: collapse; width: 100%; }
  table.fixed { table-layout: fixed; }
  th, td { text-align: left; padding: 5px 7px; border-bottom: 1px solid #eceef2; vertical-align: top; overflow-wrap: anywhere; }
  th { background: #f0f2f5; font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
  th[data-sort] { cursor: pointer; user-select: none; }
  th[data-sort]::after { content: " \2195"; color: #8c95a6; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
  code, .loc, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
  pre { margin: 0; padding: 8px; background: #f6f8fa; border: 1px solid #e3e6eb; border-radius: 4px; overflow: auto; max-height: 420px; white-space: pre; tab-size: 8; }
  .sev { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; }
  .sev-info { background: #eef1f5; color: #48505e; } .sev-low { background: #ddf4ff; color: #0969da; }
  .sev-medium { background: #fff8c5; color: #7d4e00; } .sev-high { background: #ffebe9; color: #cf222e; }
  .sev-critical { background: #cf222e; color: #fff; }
  .st-converted, .v-deployed { color: #1a7f37; } .st-not-converted, .v-failed { color: #cf222e; font-weight: 600; }
  .st-converted-with-actions, .v-skipped { color: #9a6700; } .v-not-verified, .v-not-deployed { color: #5b6475; }
  .muted { color: #5b6475; } .small { font-size: 12px; }
  details > summary { cursor: pointer; }
  details.group { border: 1px solid #e3e6eb; border-radius: 6px; margin-bottom: 8px; }
  details.group > summary { padding: 8px 10px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
  details.group > summary .t { font-weight: 600; flex: 1 1 300px; }
  details.group > .body { padding: 0 12px 10px; }
  details.occ { border-top: 1px solid #eceef2; padding: 4px 0; }
  details.occ > summary { overflow-wrap: anywhere; }
  .sbs { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10px; margin: 6px 0 4px; }
  .pane-h { font-size: 12px; color: #5b6475; margin-bottom: 2px; overflow-wrap: anywhere; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
  figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
  svg text { font: 11px system-ui, sans-serif; fill: #1d2330; }
  .c-automatic, .c-deployed { fill: #2da44e; } .c-simple { fill: #54aeff; } .c-medium { fill: #d4a72c; } .c-complex { fill: #cf222e; }
  .c-info { fill: #8c959f; } .c-low { fill: #54aeff; } .c-critical { fill: #82071e; } .c-high { fill: #cf222e; }
  .c-hours { fill: #1f6feb; }
  .legend { display: flex; flex-wrap: wrap; gap: 10px; font-size: 12px; margin-top: 4px; }
  .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
  .l-automatic { background: #2da44e; } .l-simple { background: #54aeff; } .l-medium { background: #d4a72c; } .l-complex { background: #cf222e; }
  .l-info { background: #8c959f; } .l-low { background: #54aeff; } .l-high { background: #cf222e; } .l-critical { background: #82071e; }
  .filters { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 8px; }
  .filters select, .filters input { font: inherit; padding: 3px 6px; }
  ul.risks { margin: 6px 0 0; padding-left: 20px; }
  @media print {
    body { background: #fff; } section { box-shadow: none; border: 1px solid #ddd; break-inside: avoid-page; }
    section { content-visibility: visible; }
    .filters { display: none; } header { background: #fff; color: #000; border-bottom: 2px solid #1f3a5f; }
    pre { max-height: none; }
  }
</style>
</head>
<body>
<header>
  <h1>Migration assessment: {{DIALECT}} to PostgreSQL</h1>
  <p>{{SOURCE}} &middot; generated {{GENERATED_AT}} by {{TOOL}}</p>
</header>
<main>
<section id="summary">
  <h2>Executive summary</h2>
  <p id="assessed">{{ASSESSED}}</p>
  <div class="cards">
    <div class="card"><div class="k">Migration level</div><div class="v level-{{LEVEL}}" id="level">{{LEVEL}}</div><div class="muted">{{LEVEL_TEXT}}</div></div>
    <div class="card"><div class="k">Estimated effort</div><div class="v" id="effort-days">{{EFFORT_DAYS}} days</div><div class="muted" id="effort-hours">{{EFFORT_HOURS}} hours</div></div>
    <div class="card"><div class="k">Converted automatically</div><div class="v" id="auto-percent">{{AUTO_PERCENT}}%</div><div class="muted" id="auto-objects">{{AUTO_OBJECTS}} of {{TOTAL_OBJECTS}} objects</div></div>
    <div class="card"><div class="k">Verified in PostgreSQL</div><div class="v" id="verified-percent">{{VERIFIED_PERCENT}}</div><div class="muted" id="verified-text">{{VERIFIED_TEXT}}</div></div>
    <div class="card"><div class="k">Action items</div><div class="v" id="action-count">{{ACTION_COUNT}}</div><div class="muted">{{SEV_CRITICAL}} critical &middot; {{SEV_HIGH}} high &middot; {{SEV_MEDIUM}} medium &middot; {{SEV_LOW}} low &middot; {{SEV_INFO}} info</div></div>
  </div>
  {{#HAS_RISKS}}<h3 style="margin-top:12px">Top risks</h3>
  <ul class="risks" id="risks">{{#RISK}}<li>{{TEXT}}</li>{{/RISK}}</ul>{{/HAS_RISKS}}
  <p class="muted small">Effort method: {{EFFORT_METHOD}}</p>
</section>

<section id="charts">
  <h2>Charts</h2>
  <div class="charts">
  {{#CHART}}<figure>
    <figcaption>{{TITLE}}</figcaption>
    <svg role="img" aria-label="{{TITLE}}" width="100%" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" xmlns="http://www.w3.org/2000/svg">
      {{#ROW}}<text x="0" y="{{TEXT_Y}}">{{LABEL}}</text>{{#SEG}}<rect x="{{X}}" y="{{Y}}" width="{{W}}" height="{{H}}" class="c-{{CLS}}"><title>{{TIP}}</title></rect>{{/SEG}}<text x="{{VALUE_X}}" y="{{TEXT_Y}}" class="val">{{VALUE}}</text>
      {{/ROW}}
    </svg>
    <div class="legend">{{#LEGEND}}<span><i class="l-{{CLS}}"></i>{{NAME}}</span>{{/LEGEND}}</div>
  </figure>
  {{/CHART}}{{#NO_CHARTS}}<p class="muted">Nothing to chart.</p>{{/NO_CHARTS}}
  </div>
</section>

<section id="categories">
  <h2>Objects by category</h2>
  <table>
    <thead><tr><th>Category</th><th class="n">Objects</th><th class="n">Automatic</th><th class="n">Simple actions</th><th class="n">Medium actions</th><th class="n">Complex actions</th><th class="n">Lines of code</th><th class="n">Hours</th></tr></thead>
    <tbody>{{#SUMMARY_ROW}}<tr><td>{{CATEGORY}}</td><td class="n">{{OBJECTS}}</td><td class="n">{{AUTOMATIC}}</td><td class="n">{{SIMPLE}}</td><td class="n">{{MEDIUM}}</td><td class="n">{{COMPLEX}}</td><td class="n">{{LOC}}</td><td class="n">{{HOURS}}</td></tr>
    {{/SUMMARY_ROW}}</tbody>
  </table>
</section>

{{#VERIFY}}<section id="verification">
  <h2>Verification in PostgreSQL</h2>
  <p>Deployed into {{SCRATCH}} on {{TARGET}} (PostgreSQL {{SERVER_VERSION}}), object by object in dependency order, then dropped. plpgsql_check: {{PLPGSQL_CHECK}}.
  <b id="v-deployed">{{DEPLOYED}}</b> deployed, <b id="v-failed">{{FAILED}}</b> failed, <b id="v-skipped">{{SKIPPED}}</b> skipped (a dependency failed), {{NOT_DEPLOYED}} not deployed (not converted).</p>
  {{#REJECTED}}<details class="occ"><summary><span class="v-{{STATUS_CLASS}}">{{STATUS}}</span> {{KIND}} <code>{{NAME}}</code> <span class="loc">{{LOCATION}}</span> &mdash; {{ERROR}}</summary>
    <div class="sbs"><div><div class="pane-h">Source{{#MAPPED}} (the name PostgreSQL reports){{/MAPPED}}</div><pre>{{EXCERPT:pre_escape}}</pre></div><div><div class="pane-h">Refused statement{{#POSITION}}, line {{SLINE}} column {{SCOL}}{{/POSITION}}</div><pre>{{STATEMENT:pre_escape}}</pre></div></div>
  </details>
  {{/REJECTED}}
</section>{{/VERIFY}}

<section id="objects-section">
  <h2>Objects (<span id="object-count">{{TOTAL_OBJECTS}}</span>)</h2>
  <div class="filters">
    <label>Kind <select id="f-kind"><option value="">all</option></select></label>
    <label>Status <select id="f-status"><option value="">all</option></select></label>
    <label>Verified <select id="f-verify"><option value="">all</option></select></label>
    <label>Severity <select id="f-severity"><option value="">all</option></select></label>
    <label>Name <input id="f-name" type="search" placeholder="filter by name"></label>
    <span class="muted small"><span id="shown">{{TOTAL_OBJECTS}}</span> matching<span id="capped"{{#UNCAPPED}} hidden{{/UNCAPPED}}>, the first <span id="limit">{{ROWS_SHOWN}}</span> shown <button id="show-all" type="button">show all</button></span></span>
  </div>
  <table class="fixed" id="objects">
    <colgroup><col style="width:9%"><col style="width:21%"><col style="width:17%"><col style="width:6%"><col style="width:11%"><col style="width:10%"><col style="width:8%"><col style="width:12%"><col style="width:6%"></colgroup>
    <thead><tr><th data-sort="text">Kind</th><th data-sort="text">Name</th><th data-sort="text">Where</th><th class="n" data-sort="num">Lines</th><th data-sort="text">Status</th><th data-sort="text">Verified</th><th data-sort="sev">Severity</th><th data-sort="text">Action codes</th><th class="n" data-sort="num">Hours</th></tr></thead>
    <tbody>{{#OBJECT}}<tr{{#HIDE}} hidden{{/HIDE}}><td>{{KIND}}</td><td><code>{{NAME}}</code>{{#PG}}<br><span class="muted small">&rarr; <code>{{PG_NAME}}</code></span>{{/PG}}</td><td class="loc">{{LOCATION}}</td><td class="n">{{LINES}}</td><td class="st-{{STATUS_CLASS}}">{{STATUS}}</td><td class="v-{{VERIFY_CLASS}}"{{#VERR}} title="{{VERIFY_ERROR}}"{{/VERR}}>{{VERIFY}}</td><td>{{#SEV}}<span class="sev sev-{{SEVERITY}}">{{SEVERITY}}</span>{{/SEV}}</td><td class="small">{{CODES}}</td><td class="n">{{HOURS}}</td></tr>
    {{/OBJECT}}</tbody>
  </table>
</section>

<section id="actions">
  <h2>Action items by code ({{ACTION_COUNT}} occurrences, {{GROUP_COUNT}} codes)</h2>
  {{#GROUP}}<details class="group" id="{{CODE}}"><summary><span class="sev sev-{{SEVERITY}}">{{SEVERITY}}</span><code>{{CODE}}</code><span class="t">{{TITLE}}</span><span class="muted small">{{CATEGORY}} &middot; {{OCCURRENCES}} occurrence(s) in {{OBJECTS}} object(s) &middot; {{EFFORT}} effort, ~{{HOURS}} h</span></summary>
    <div class="body">
      <p><b>Recommended action:</b> {{RECOMMENDATION}}</p>
      {{#OCC}}<details class="occ" data-o="{{OBJ}}"><summary><span class="loc">{{LOCATION}}</span> {{OBJECT_KIND}} <code>{{OBJECT_NAME}}</code> &mdash; {{MESSAGE}}</summary>
        <div class="sbs"><div><div class="pane-h">Source</div><pre>{{EXCERPT:pre_escape}}</pre></div><div><div class="pane-h">Generated PostgreSQL{{#FILE}} ({{SQL_FILE}}){{/FILE}}</div><pre class="pg" data-o="{{OBJ}}">{{PG_FALLBACK:pre_escape}}</pre></div></div>
      </details>
      {{/OCC}}{{#MORE}}<p class="muted">{{MORE_COUNT}} more occurrence(s): every one is in report.json and action_items.csv.</p>{{/MORE}}
    </div>
  </details>
  {{/GROUP}}{{#NO_ACTIONS}}<p>No action items.</p>{{/NO_ACTIONS}}
</section>

<section id="skipped">
  <h2>Parse failures and skipped statements</h2>
  <p>{{FAILED}} statement(s) could not be parsed, {{SCRIPT_COMMANDS}} client command(s) and {{OUT_OF_SCOPE}} out-of-scope statement(s) were skipped.{{#SKIPPED_OMITTED}} {{COUNT}} more are not listed here.{{/SKIPPED_OMITTED}}</p>
  {{#SKIPPED_KIND}}<details{{#OPEN}} open{{/OPEN}}><summary>{{KIND}} ({{COUNT}})</summary>
    {{#STMT}}<details class="occ"><summary><span class="loc">{{LOCATION}}</span> &mdash; {{MESSAGE}}</summary><pre>{{EXCERPT:pre_escape}}</pre></details>
    {{/STMT}}
  </details>
  {{/SKIPPED_KIND}}
</section>

<section id="inputs">
  <h2>Inputs</h2>
  <details><summary>{{INPUT_COUNT}} input(s), {{BYTES}} bytes{{#ROOT}}, paths relative to <code>{{INPUT_ROOT}}</code>{{/ROOT}}</summary>
  <ul>{{#INPUT}}<li class="loc">{{PATH}}</li>{{/INPUT}}</ul>
  </details>
</section>
<div hidden id="pg-store">{{#PGSQL}}<pre id="pg-{{OBJ}}">{{SQL:pre_escape}}</pre>{{/PGSQL}}</div>
</main>
<script>
(function () {
  "use strict";
  // For tests and the curious: when the page was ready, and whether it fits the window.
  window.addEventListener("load", function () {
    var root = document.documentElement;
    root.setAttribute("data-overflow", String(root.scrollWidth > root.clientWidth));
    root.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  });
  // Generated PostgreSQL is stored once per object and shown when an occurrence is opened.
  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (!d.classList || !d.classList.contains("occ") || !d.open) return;
    var pane = d.querySelector("pre.pg");
    if (!pane || pane.getAttribute("data-filled")) return;
    var src = document.getElementById("pg-" + pane.getAttribute("data-o"));
    if (src) pane.textContent = src.textContent;
    pane.setAttribute("data-filled", "1");
  }, true);

  var table = document.getElementById("objects");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // Filters and sorting read the cells themselves: no data duplicated into attributes.
  var filters = [["f-kind", 0], ["f-status", 4], ["f-verify", 5], ["f-severity", 6]];
  var cellText = function (r, col) { return r.cells[col].textContent || "none"; };
  filters.forEach(function (f) {
    var sel = document.getElementById(f[0]);
    var seen = {};
    rows.forEach(function (r) { seen[cellText(r, f[1])] = true; });
    Object.keys(seen).sort().forEach(function (v) {
      var o = document.createElement("option");
      o.value = v;
      o.textContent = v;
      sel.appendChild(o);
    });
    sel.addEventListener("change", apply);
  });
  var name = document.getElementById("f-name");
  name.addEventListener("input", apply);
  var shown = document.getElementById("shown");
  // Only the first `limit` matching rows are laid out (see kObjectRowsShown) until "show all".
  var limit = parseInt(document.getElementById("limit").textContent, 10) || Infinity;
  var capped = document.getElementById("capped");
  document.getElementById("show-all").addEventListener("click", function () {
    limit = Infinity;
    apply();
  });
  function apply() {
    var q = name.value.toLowerCase();
    var wanted = filters.map(function (f) { return document.getElementById(f[0]).value; });
    var n = 0;
    rows.forEach(function (r) {
      var ok = filters.every(function (f, i) {
        return !wanted[i] || cellText(r, f[1]) === wanted[i];
      }) && (!q || r.cells[1].textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok || n >= limit;
      if (ok) n++;
    });
    shown.textContent = String(n);
    capped.hidden = n <= limit;
  }
  var severity = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var kind = th.getAttribute("data-sort");
    if (!kind) return;
    var asc = true;
    th.addEventListener("click", function () {
      var key = function (r) {
        var t = r.cells[col].textContent;
        if (kind === "num") return parseFloat(t) || 0;
        if (kind === "sev") return t in severity ? severity[t] : -1;
        return t.toLowerCase();
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      asc = !asc;
      var frag = document.createDocumentFragment();
      rows.forEach(function (r) { frag.appendChild(r); });
      body.appendChild(frag);
      apply();
    });
  });
})();
</script>
</body>
</html>
