{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>barge assessment: {{SOURCE}}</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #f5f6f8; }
  header { background: #1f3a5f; color: #fff; padding: 20px 32px; }
  header h1 { margin: 0 0 4px; font-size: 22px; }
  header p { margin: 0; opacity: .85; }
  main { padding: 24px 32px; max-width: 1400px; }
  section { background: #fff; border-radius: 6px; padding: 16px 20px; margin-bottom: 20px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  h2 { font-size: 17px; margin: 0 0 12px; }
  .cards { display: flex; gap: 16px; flex-wrap: wrap; }
  .card { flex: 1 1 160px; border: 1px solid #e3e6eb; border-radius: 6px; padding: 12px 14px; }
  .card .v { font-size: 26px; font-weight: 600; }
  .card .k { color: #5b6475; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
  .level-A { color: #1a7f37; } .level-B { color: #9a6700; } .level-C { color: #cf222e; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eceef2; vertical-align: top; }
  th { background: #f0f2f5; font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  code, .loc { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 12px; }
  .sev { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
  .sev-info { background: #eef1f5; color: #48505e; } .sev-low { background: #ddf4ff; color: #0969da; }
  .sev-medium { background: #fff8c5; color: #7d4e00; } .sev-high { background: #ffebe9; color: #cf222e; }
  .sev-critical { background: #cf222e; color: #fff; }
  .status-converted { color: #1a7f37; } .status-not { color: #cf222e; }
  .bar { height: 10px; background: #eceef2; border-radius: 5px; overflow: hidden; min-width: 120px; }
  .bar span { display: block; height: 100%; background: #2da44e; }
  .muted { color: #5b6475; }
  details summary { cursor: pointer; }
</style>
</head>
<body>
<header>
  <h1>Migration assessment: {{DIALECT}} to PostgreSQL</h1>
  <p>{{SOURCE}} &middot; generated {{GENERATED_AT}} by {{TOOL}}</p>
</header>
<main>
<section>
  <h2>Summary</h2>
  <div class="cards">
    <div class="card"><div class="k">Migration level</div><div class="v level-{{LEVEL}}">{{LEVEL}}</div><div class="muted">{{LEVEL_TEXT}}</div></div>
    <div class="card"><div class="k">Estimated effort</div><div class="v">{{EFFORT_DAYS}} days</div><div class="muted">{{EFFORT_HOURS}} hours</div></div>
    <div class="card"><div class="k">Objects converted automatically</div><div class="v">{{AUTO_PERCENT}}%</div><div class="muted">{{AUTO_OBJECTS}} of {{TOTAL_OBJECTS}} objects</div></div>
    <div class="card"><div class="k">Statements parsed</div><div class="v">{{PARSED}} / {{STATEMENTS}}</div><div class="muted">{{FAILED}} failed &middot; {{SCRIPT_COMMANDS}} client commands skipped</div></div>
    <div class="card"><div class="k">Action items</div><div class="v">{{ACTION_COUNT}}</div><div class="muted">{{SEV_CRITICAL}} critical &middot; {{SEV_HIGH}} high &middot; {{SEV_MEDIUM}} medium &middot; {{SEV_LOW}} low &middot; {{SEV_INFO}} info</div></div>
  </div>
</section>
<section>
  <h2>Objects by category</h2>
  <table>
    <tr><th>Category</th><th class="n">Objects</th><th class="n">Automatic</th><th class="n">Simple actions</th><th class="n">Medium actions</th><th class="n">Complex actions</th><th class="n">Lines of code</th><th>Converted</th></tr>
    {{#SUMMARY_ROW}}<tr><td>{{CATEGORY}}</td><td class="n">{{OBJECTS}}</td><td class="n">{{AUTOMATIC}}</td><td class="n">{{SIMPLE}}</td><td class="n">{{MEDIUM}}</td><td class="n">{{COMPLEX}}</td><td class="n">{{LOC}}</td><td><div class="bar"><span style="width: {{AUTO_PERCENT}}%"></span></div></td></tr>
    {{/SUMMARY_ROW}}
  </table>
</section>
<section>
  <h2>Action items ({{ACTION_COUNT}})</h2>
  <table>
    <tr><th>Severity</th><th>Code</th><th>Object</th><th>Where</th><th>What</th><th>Recommended action</th></tr>
    {{#ACTION}}<tr><td><span class="sev sev-{{SEVERITY}}">{{SEVERITY}}</span></td><td><code>{{CODE}}</code><br><span class="muted">{{EFFORT}}</span></td><td>{{OBJECT_KIND}} <code>{{OBJECT_NAME}}</code></td><td class="loc">{{LOCATION}}</td><td><b>{{TITLE}}</b><br>{{MESSAGE}}</td><td class="muted">{{RECOMMENDATION}}</td></tr>
    {{/ACTION}}
  </table>
</section>
<section>
  <h2>Objects ({{TOTAL_OBJECTS}})</h2>
  <table>
    <tr><th>Kind</th><th>Source name</th><th>PostgreSQL name</th><th>Where</th><th class="n">Lines</th><th>Status</th><th class="n">Actions</th><th class="n">Hours</th></tr>
    {{#OBJECT}}<tr><td>{{KIND}}</td><td><code>{{NAME}}</code></td><td><code>{{PG_NAME}}</code></td><td class="loc">{{LOCATION}}</td><td class="n">{{LINES}}</td><td class="{{STATUS_CLASS}}">{{STATUS}}</td><td class="n">{{ACTIONS}}</td><td class="n">{{HOURS}}</td></tr>
    {{/OBJECT}}
  </table>
</section>
<section>
  <h2>Inputs</h2>
  <details><summary>{{INPUT_COUNT}} input(s), {{BYTES}} bytes</summary>
  <ul>{{#INPUT}}<li class="loc">{{PATH}}</li>{{/INPUT}}</ul>
  </details>
</section>
</main>
</body>
</html>
