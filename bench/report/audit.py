#!/usr/bin/env python3
"""Audit of `barge assess --verify` on the corpus folders (a measurement, not a test).

For each input folder:
- the four report files exist;
- statuses against PostgreSQL, checked independently of barge's own verification: schema.sql is
  deployed whole (psql, ON_ERROR_STOP, one transaction) into a fresh database; it must succeed
  exactly when the report says no object failed, and then every object the report calls
  deployed must exist in that database's catalog (by kind and PostgreSQL name);
- every action item's file:line:col lies inside its file, on a character that is not blank and
  not inside a comment; items whose message names the construct (a function, a column, a table)
  must point at a token that starts with that name.
Usage: audit.py BARGE OUT NAME=DIALECT:PATH ...   (servers: the BARGE_TEST_* variables)
"""
import json, os, re, subprocess, sys

barge, out = sys.argv[1], sys.argv[2]
env = os.environ
pg = ["psql", "-h", env["BARGE_TEST_PG_HOST"], "-p", env["BARGE_TEST_PG_PORT"],
      "-U", env["BARGE_TEST_PG_USER"], "-X", "-q"]
target = "postgresql://%s@%s:%s/%s" % (env["BARGE_TEST_PG_USER"], env["BARGE_TEST_PG_HOST"],
                                        env["BARGE_TEST_PG_PORT"], env["BARGE_TEST_PG_DB"])

CATALOG = {  # report kind -> catalog query for a (schema, name)
    "TABLE": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind IN ('r','p') AND n.nspname=%s AND c.relname=%s",
    "VIEW": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind='v' AND n.nspname=%s AND c.relname=%s",
    "MATERIALIZED VIEW": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind='m' AND n.nspname=%s AND c.relname=%s",
    "SEQUENCE": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind='S' AND n.nspname=%s AND c.relname=%s",
    "INDEX": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind IN ('i','I') AND n.nspname=%s AND c.relname=%s",
    "TYPE": "SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid=t.typnamespace WHERE n.nspname=%s AND t.typname=%s",
    "SYNONYM": "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind='v' AND n.nspname=%s AND c.relname=%s",
}
NAMED = [re.compile(p) for p in (r"^function (\S+) is not known", r"^calls (\S+), stored code",
                                 r"^(\S+) is not a table or view of the input",
                                 r"^(\S+) is left out of the output")]


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def in_comment(line, col):
    before = line[:col - 1]
    if "--" in before:
        return True
    return re.match(r"\s*(rem|REM|Rem)\b", line) is not None


rows = []
for spec in sys.argv[3:]:
    name, rest = spec.split("=", 1)
    dialect, paths = rest.split(":", 1)
    o = os.path.join(out, name)
    subprocess.run([barge, "assess", "--from", dialect, *paths.split(","), "-o", o,
                    "--verify", target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    files = all(os.path.exists(os.path.join(o, f))
                for f in ("report.html", "report.json", "action_items.csv", "summary.csv"))
    rep = json.load(open(os.path.join(o, "report.json")))
    objs = rep["objects"]
    failed = [x for x in objs if x["verify"]["status"] == "failed"]
    db = "barge_audit"
    subprocess.run(pg + ["-d", "postgres", "-c", "DROP DATABASE IF EXISTS " + db, "-c",
                         "CREATE DATABASE " + db], stdout=subprocess.DEVNULL)
    whole = subprocess.run(pg + ["-d", db, "-v", "ON_ERROR_STOP=1", "-f",
                                 os.path.join(o, "schema.sql")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    agree, missing, checked = (whole.returncode == 0) == (not failed), [], 0
    if whole.returncode == 0:
        for x in objs:
            q = CATALOG.get(x["kind"])
            if x["verify"]["status"] != "deployed" or not q or not x.get("pgName"):
                continue
            checked += 1
            sql = q % (lit(x["schema"] or "public"), lit(x["pgName"]))
            r = subprocess.run(pg + ["-d", db, "-At", "-c", sql], capture_output=True, text=True)
            if r.stdout.strip() != "1":
                missing.append(x["kind"] + " " + x["name"])
    root = rep["inputRoot"]
    cache, bad, named, named_ok = {}, [], 0, 0
    for a in rep["actions"]:
        f = os.path.join(root, a["file"]) if a["file"] else ""
        if f not in cache:
            cache[f] = open(f, encoding="utf-8", errors="replace").read().split("\n") \
                if f and os.path.isfile(f) else None
        lines = cache[f]
        where = "%s:%d:%d %s" % (a["file"], a["line"], a["column"], a["code"])
        if lines is None or not (1 <= a["line"] <= len(lines)):
            bad.append(where + " outside the file")
            continue
        line = lines[a["line"] - 1]
        if not (1 <= a["column"] <= len(line)) or line[a["column"] - 1].isspace():
            bad.append(where + " not on a character")
            continue
        if a["code"] != "BRG-0003" and in_comment(line, a["column"]):  # REM is a client command
            bad.append(where + " inside a comment")
            continue
        for rx in NAMED:
            m = rx.match(a["message"])
            if m:
                named += 1
                want = m.group(1).split(".")[0].strip('"`').lower()
                if line[a["column"] - 1:].lower().lstrip('"`').startswith(want):
                    named_ok += 1
                else:
                    bad.append(where + " does not point at " + m.group(1))
    # The page in headless Chromium, network off: the script ran (data-ready-ms) and the console
    # stayed empty (Chromium's own chrome:// pages log too; they do not count).
    iso = ["unshare", "-n"] if subprocess.run(["unshare", "-n", "true"]).returncode == 0 else []
    chrome = subprocess.run(iso + ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                                   "--no-first-run", "--disable-extensions", "--enable-logging=stderr",
                                   "--v=0", "--user-data-dir=" + os.path.join(out, "profile"),
                                   "--dump-dom", "file://" + os.path.join(o, "report.html")],
                            capture_output=True, text=True, errors="replace")
    console = [l for l in chrome.stderr.splitlines() if "CONSOLE" in l and "chrome://" not in l]
    ready = re.search(r'data-ready-ms="(\d+)"', chrome.stdout)
    page = ("%s ms" % ready.group(1) if ready else "no script") + (", console!" if console else "")
    for c in console[:3]:
        print("  %s: %s" % (name, c))
    rows.append((name, files, len(objs), len(failed), whole.returncode == 0, agree, checked,
                 len(missing), len(rep["actions"]), len(bad), named_ok, named, page))
    for b in bad[:5] + missing[:5]:
        print("  %s: %s" % (name, b))

print("| input | 4 files | objects | failed (verify) | schema.sql whole | agrees | deployed checked in catalog | missing | action items | bad positions | named constructs hit | page in Chromium |")
print("|---|---|---:|---:|---|---|---:|---:|---:|---:|---:|---|")
for r in rows:
    print("| %s | %s | %d | %d | %s | %s | %d | %d | %d | %d | %d/%d | %s |" % (
        r[0], "yes" if r[1] else "NO", r[2], r[3], "ok" if r[4] else "fails", "yes" if r[5] else "NO",
        r[6], r[7], r[8], r[9], r[10], r[11], r[12]))
