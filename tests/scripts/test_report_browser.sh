#!/usr/bin/env bash
# Real-browser test of report.html: headless Chromium loads the report from disk with the
# network off (a network namespace of its own when unshare works, and the page's CSP), the
# rendered DOM must show the summary figures of report.json, the page's script must have run,
# the page must fit a 1280-px window, filtering, sorting and the side-by-side pane must work
# (driven from a harness page), and the browser console must stay empty. Keeps a PNG
# screenshot as an artifact. Usage: test_report_browser.sh BARGE_BINARY
set -euo pipefail
barge=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
art=${BARGE_TEST_DIR:-/tmp}/report-browser
rm -rf "$art" && mkdir -p "$art"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "FAIL: chromium is not installed (tests/scripts/install_deps.sh installs it)" >&2
  exit 1
fi
verify=()
if [ -n "${BARGE_TEST_PG_HOST:-}" ]; then
  verify=(--verify "postgresql://$BARGE_TEST_PG_USER@$BARGE_TEST_PG_HOST:$BARGE_TEST_PG_PORT/$BARGE_TEST_PG_DB")
fi
"$barge" assess --from oracle "$root/tests/samples/oracle" "$root/tests/samples/broken" \
  "$root/tests/samples/hostile/oracle_hostile.sql" -o "$art/out" "${verify[@]}" >"$art/assess.log" 2>&1 ||
  [ $? -eq 1 ]  # the hostile file has a statement that does not parse: exit 1 is expected
isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
flags=(--headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions
       --disable-background-networking --enable-logging=stderr --v=0 --window-size=1280,900
       --virtual-time-budget=5000 --user-data-dir="$art/profile")
run_page() {  # run_page FILE DOM ERR
  "${isolate[@]}" "$chromium" "${flags[@]}" --dump-dom "file://$1" >"$2" 2>"$3"
}

# The console check must be able to fail: a page with an error is caught.
printf '<!DOCTYPE html><p>x</p><script>nosuch();</script>' >"$art/broken.html"
run_page "$art/broken.html" "$art/broken.dom" "$art/broken.err"
if ! grep -q "CONSOLE" "$art/broken.err"; then
  echo "FAIL: the console check did not see the error of a broken page" >&2
  exit 1
fi

run_page "$art/out/report.html" "$art/report.dom" "$art/report.err"
"${isolate[@]}" "$chromium" "${flags[@]}" --window-size=1280,2400 \
  --screenshot="$art/report.png" "file://$art/out/report.html" >/dev/null 2>&1
# Interaction: a harness page drives the report's filters, sorting and an occurrence pane in an
# iframe (file pages may read each other only with --allow-file-access-from-files).
cat >"$art/harness.html" <<'HTML'
<!DOCTYPE html><html><body><pre id="result">pending</pre>
<iframe id="f" src="out/report.html" style="width:1280px;height:800px"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, out = [];
  var visible = function () {
    return Array.prototype.filter.call(d.querySelectorAll("#objects tbody tr"),
                                       function (r) { return !r.hidden; }).length;
  };
  var sel = d.getElementById("f-verify");
  sel.value = "failed"; sel.dispatchEvent(new Event("change"));
  out.push("failed=" + visible() + "/" + d.getElementById("shown").textContent);
  sel.value = ""; sel.dispatchEvent(new Event("change"));
  var name = d.getElementById("f-name");
  name.value = "BROKEN"; name.dispatchEvent(new Event("input"));
  out.push("name=" + visible());
  name.value = ""; name.dispatchEvent(new Event("input"));
  out.push("all=" + visible());
  d.querySelectorAll("#objects thead th")[3].click();
  out.push("first-lines=" + d.querySelector("#objects tbody tr").cells[3].textContent);
  var pane = null;
  Array.prototype.some.call(d.querySelectorAll("pre.pg"), function (p) {
    if (d.getElementById("pg-" + p.getAttribute("data-o"))) { pane = p; return true; }
    return false;
  });
  if (pane) pane.closest("details").open = true;
  setTimeout(function () {
    out.push("pane=" + (pane ? pane.textContent.slice(0, 12) : "none"));
    document.getElementById("result").textContent = out.join("|");
  }, 200);
});
</script></body></html>
HTML
"${isolate[@]}" "$chromium" "${flags[@]}" --allow-file-access-from-files --dump-dom \
  "file://$art/harness.html" >"$art/harness.dom" 2>"$art/harness.err"

python3 - "$art" <<'PY'
import json, re, sys, os
art = sys.argv[1]
dom = open(f"{art}/report.dom", encoding="utf-8").read()
err = open(f"{art}/report.err", encoding="utf-8", errors="replace").read()
rep = json.load(open(f"{art}/out/report.json", encoding="utf-8"))
fails = []
def text(id_):
    m = re.search(r'id="%s"[^>]*>([^<]*)<' % re.escape(id_), dom)
    return m.group(1).strip() if m else None
objs = len(rep["objects"])
want = {
    "level": rep["migrationLevel"],
    "action-count": str(len(rep["actions"])),
    "auto-percent": "%d%%" % round(100.0 * rep["automaticObjects"] / objs) if objs else "0%",
    "effort-days": "%.1f days" % (rep["estimatedHours"] / 8.0),
    "object-count": str(objs),
    "shown": str(objs),
}
if rep["verification"]["ran"]:
    want["verified-percent"] = "%d%%" % round(100.0 * rep["verifiedObjects"] / objs)
    want["v-failed"] = str(rep["verification"]["failed"])
for k, v in want.items():
    got = text(k)
    if got != v:
        fails.append(f"#{k}: rendered {got!r}, report.json says {v!r}")
# The page's script ran: it filled the filters from the rows and measured the page.
if '<option value="TABLE">TABLE</option>' not in dom:
    fails.append("the kind filter was not filled: the page's script did not run")
m = re.search(r'data-overflow="(\w+)"', dom)
if not m or m.group(1) != "false":
    fails.append(f"the page is wider than a 1280-px window (data-overflow={m and m.group(1)})")
ready = re.search(r'data-ready-ms="(\d+)"', dom)
# Chromium's own pages (chrome://...) log too; only messages of the report count.
console = [l for l in err.splitlines() if "CONSOLE" in l and "source: chrome://" not in l]
if console:
    fails.append("console output: " + " | ".join(console))
# The harness's findings against report.json.
h = open(f"{art}/harness.dom", encoding="utf-8").read()
m = re.search(r'<pre id="result">([^<]*)</pre>', h)
got = dict(kv.split("=", 1) for kv in (m.group(1).split("|") if m else []))
failed = sum(1 for o in rep["objects"] if o["verify"]["status"] == "failed")
named = sum(1 for o in rep["objects"] if "broken" in (o["name"] + " " + o["schema"] + "." + o["pgName"]).lower())
hwant = {"failed": f"{failed}/{failed}", "name": str(named), "all": str(objs),
         "first-lines": str(min(o["lines"] for o in rep["objects"])), "pane": "CREATE TABLE"}
for k, v in hwant.items():
    if got.get(k) != v:
        fails.append(f"interaction {k}: got {got.get(k)!r}, want {v!r} (harness said {m and m.group(1)!r})")
png = f"{art}/report.png"
if not os.path.exists(png) or os.path.getsize(png) < 10000:
    fails.append("no screenshot")
for f in fails:
    print("FAIL:", f, file=sys.stderr)
print(f"report.html: {os.path.getsize(art + '/out/report.html')} bytes, ready after "
      f"{ready.group(1) if ready else '?'} ms; screenshot {png}", file=sys.stderr)
sys.exit(1 if fails else 0)
PY
# A large input: only the first rows of the object table are laid out when the page opens
# (opening a 3,000-object report in under 2 s depends on it); filters and "show all" reach the
# rest.
mkdir -p "$art/many"
for i in $(seq 1 300); do echo "CREATE TABLE many_$i (id NUMBER PRIMARY KEY);"; done >"$art/many/many.sql"
"$barge" assess --from oracle "$art/many" -o "$art/many-out" >"$art/many.log" 2>&1
cat >"$art/many-harness.html" <<'HTML'
<!DOCTYPE html><html><body><pre id="result">pending</pre>
<iframe id="f" src="many-out/report.html" style="width:1280px;height:800px"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, out = [];
  var visible = function () {
    return Array.prototype.filter.call(d.querySelectorAll("#objects tbody tr"),
                                       function (r) { return !r.hidden; }).length;
  };
  out.push("open=" + visible() + "/" + d.getElementById("shown").textContent +
           (d.getElementById("capped").hidden ? "" : "+capped"));
  var name = d.getElementById("f-name");
  name.value = "many_299"; name.dispatchEvent(new Event("input"));
  out.push("name=" + visible() + (d.getElementById("capped").hidden ? "" : "+capped"));
  name.value = ""; name.dispatchEvent(new Event("input"));
  d.getElementById("show-all").click();
  out.push("all=" + visible() + (d.getElementById("capped").hidden ? "" : "+capped"));
  document.getElementById("result").textContent = out.join("|");
});
</script></body></html>
HTML
"${isolate[@]}" "$chromium" "${flags[@]}" --allow-file-access-from-files --dump-dom \
  "file://$art/many-harness.html" >"$art/many-harness.dom" 2>"$art/many-harness.err"
many=$(sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p' "$art/many-harness.dom")
if [ "$many" != "open=250/300+capped|name=1|all=300" ]; then
  echo "FAIL: large object table: got '$many', want 'open=250/300+capped|name=1|all=300'" >&2
  exit 1
fi
echo "browser test passed" >&2
