#!/usr/bin/env python3
"""Corpus measurement: converts each input folder with barge (and ora2pg), executes every
emitted statement on its own in a fresh PostgreSQL database and prints one table.

Called by run.sh, which starts the servers, installs ora2pg and fetches the inputs.
Usage: measure.py BARGE OUTDIR NAME=DIALECT:PATH[,PATH...] ... [NAME/UNIT=DIALECT:PATH[,PATH...] ...]
A NAME/UNIT argument is one independent example of input NAME (a script set a user would
deploy on its own): each unit is converted and executed in a database of its own, and a second
table sums the units per input. The whole-folder row of NAME is measured as before.
Environment: BARGE_TEST_PG_{BIN,HOST,PORT,USER} (from tests/scripts/servers.sh env.sh),
ORA2PG (path to ora2pg, empty: not measured), ORA2PG_TIMEOUT (seconds per export
type, default 300).
A measurement, not a test: it prints figures and never fails on them.
"""
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# Objects that are not stored code; "all objects" counts these kinds only.
NON_CODE = {"table", "view", "materialized_view", "sequence", "synonym", "type", "index"}
HIGH = {"high", "critical"}
ORACLE_EXT = {".sql", ".pks", ".pkb", ".pck", ".tps", ".tpb", ".plb", ".prc", ".fnc", ".trg", ".vw"}
# ora2pg export types that read from a file (-i), in deploy order.
ORA2PG_TYPES = ["TYPE", "SEQUENCE", "TABLE", "VIEW", "FUNCTION", "PROCEDURE", "PACKAGE",
                "TRIGGER", "SYNONYM"]
KEYWORD = {"TYPE": r"type\b", "SEQUENCE": r"sequence\b", "TABLE": r"table\b",
           "VIEW": r"(force\s+)?view\b", "FUNCTION": r"function\b", "PROCEDURE": r"procedure\b",
           "PACKAGE": r"package\b", "TRIGGER": r"trigger\b", "SYNONYM": r"(public\s+)?synonym\b"}


def split_sql(text):
    """PostgreSQL statements of a psql script: splits at ';' outside quotes, dollar quotes
    and comments; drops psql meta-command lines and comment-only pieces."""
    out, cur, i, n = [], [], 0, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start and c == "\\" and not strip_comments("".join(cur)).strip():
            j = text.find("\n", i)  # a psql meta-command: never sent to the server
            i = n if j < 0 else j + 1
            continue
        at_line_start = False
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            cur.append(text[i:j])
            i = j
            continue
        if c == "/" and text.startswith("/*", i):
            d, j = 1, i + 2
            while j < n and d:
                if text.startswith("/*", j):
                    d, j = d + 1, j + 2
                elif text.startswith("*/", j):
                    d, j = d - 1, j + 2
                else:
                    j += 1
            cur.append(text[i:j])
            i = j
            continue
        if c == "'":
            esc = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            j = i + 1
            while j < n:
                if esc and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "'":
                    if j + 1 < n and text[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            j = n - 1 if j < 0 else j
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$", text[i:])
            if m and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
                tag = m.group(0)
                j = text.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                cur.append(text[i:j])
                i = j
                continue
        if c == ";":
            s = "".join(cur)
            if strip_comments(s).strip():
                out.append(s.strip())
            cur, i = [], i + 1
            continue
        if c == "\n":
            at_line_start = True
        cur.append(c)
        i += 1
    s = "".join(cur)
    if strip_comments(s).strip():
        out.append(s.strip())
    return out


def strip_comments(s):
    s = re.sub(r"/\*.*?\*/", " ", s, flags=re.S)
    return re.sub(r"--[^\n]*", " ", s)


def norm(s):
    # Comments are left out: schema.sql puts notes on left-out statements before the next one.
    return " ".join(strip_comments(s).split())


def counted(stmt):
    """Statements both tools are measured on: not session settings, transaction control or
    DROP ... IF EXISTS (accepted trivially by a fresh database)."""
    head = strip_comments(stmt).strip().upper()
    if re.match(r"(SET|RESET|BEGIN|COMMIT|START TRANSACTION|ROLLBACK)\b", head):
        return False
    if re.match(r"DROP\b.*\bIF\s+EXISTS\b", head, re.S):
        return False
    return True


class Pg:
    def __init__(self):
        e = os.environ
        self.psql = os.path.join(e["BARGE_TEST_PG_BIN"], "psql")
        self.base = [self.psql, "-X", "-q", "-h", e["BARGE_TEST_PG_HOST"], "-p",
                     e["BARGE_TEST_PG_PORT"], "-U", e["BARGE_TEST_PG_USER"]]

    def fresh(self, db):
        subprocess.run(self.base + ["-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}"',
                                    "-c", f'CREATE DATABASE "{db}"'],
                       capture_output=True, text=True)
        return db

    def drop(self, db):
        subprocess.run(self.base + ["-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}"'],
                       capture_output=True, text=True)

    def each(self, db, stmts, work, script_name="each.sql"):
        """Executes each statement on its own (autocommit, ON_ERROR_STOP off) in order;
        returns a list of None (accepted) or (sqlstate, message)."""
        script = ["\\set ON_ERROR_STOP off", "\\set VERBOSITY terse"]
        for k, s in enumerate(stmts):
            script += [s + "\n;", "\\if :ERROR", f"\\echo @@FAIL {k} :SQLSTATE :LAST_ERROR_MESSAGE",
                       "\\else", f"\\echo @@OK {k}", "\\endif"]
        path = Path(work) / script_name
        path.write_text("\n".join(script) + "\n")
        r = subprocess.run(self.base + ["-d", db, "-f", str(path)], capture_output=True,
                           text=True, errors="replace")
        res = [("XXXXX", "not executed (psql lost the statement boundary)")] * len(stmts)
        for line in r.stdout.splitlines():
            m = re.match(r"@@(OK|FAIL) (\d+)(?: (\S+) ?(.*))?$", line)
            if m and int(m.group(2)) < len(stmts):
                k = int(m.group(2))
                res[k] = None if m.group(1) == "OK" else (m.group(3), m.group(4))
        return res

    def whole(self, db, script):
        r = subprocess.run(self.base + ["-d", db, "-v", "ON_ERROR_STOP=1", "-f", str(script)],
                           capture_output=True, text=True, errors="replace")
        if r.returncode == 0:
            return "ok"
        err = next((l for l in r.stderr.splitlines() if "ERROR" in l), r.stderr.strip()[:200])
        return "FAILED: " + re.sub(r"^psql:[^ ]*: ", "", err)[:160]


def name_key(kind, name):
    name = name.strip().strip('"').lower()
    name = name.split(".")[-1].strip('"')
    return kind.strip().lower().replace(" ", "_"), name


def run_barge(barge, name, dialect, paths, out):
    d = out / name
    t0 = time.monotonic()
    r = subprocess.run([barge, "convert", "--from", dialect, *paths, "-o", str(d)],
                       capture_output=True, text=True, errors="replace")
    secs = time.monotonic() - t0
    (out / f"{name}.log").write_text(r.stdout + r.stderr)
    return d, secs


def barge_objects(d):
    """statement text -> object key, from objects/<schema>/<kind>/<name>.sql."""
    owner = defaultdict(list)
    objects = set()
    for f in sorted((d / "objects").glob("*/*/*.sql")):
        kind, base = f.parent.name, re.sub(r"~\d+$", "", f.stem)
        key = (f.parent.parent.name, kind, base.lower())
        objects.add(key)
        for s in split_sql(f.read_text(errors="replace")):
            owner[norm(s)].append(key)
    return owner, objects


def measure_barge(pg, barge, name, dialect, paths, out, rejects):
    d, secs = run_barge(barge, name, dialect, paths, out)
    row = {"secs": secs}
    schema = d / "schema.sql"
    if not schema.exists():
        row["error"] = "barge wrote no schema.sql"
        return row
    owner, objects = barge_objects(d)
    try:
        actions = json.loads((d / "action_items.json").read_text())
    except (OSError, ValueError):
        actions = []
    high = {name_key(a.get("objectKind", ""), a.get("objectName", ""))
            for a in actions if a.get("severity") in HIGH}
    stmts = [s for s in split_sql(schema.read_text(errors="replace")) if counted(s)]
    db = pg.fresh(f"corpus{os.getpid()}_" + re.sub(r"[^a-z0-9]", "_", name.lower()))
    res = pg.each(db, stmts, d)
    pg.drop(db)
    surprises = 0
    ddl = Counter()  # statements that are not script DML (ora2pg has no file mode for DML)
    for s, r in zip(stmts, res):
        keys = owner.get(norm(s))
        key = keys[0] if keys else None
        if not key or key[1] != "data":
            ddl["emitted"] += 1
            ddl["accepted"] += r is None
        if r is None:
            continue
        obj = (key[1], key[2]) if key else None
        if key and key[1] == "data":
            # Script DML belongs to the table it writes: an INSERT into a table with a high
            # item is no surprise.
            m = re.match(r"(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO)\s+([^\s(]+)",
                         strip_comments(s).strip(), re.I)
            obj = name_key("table", m.group(1)) if m else obj
        surprise = obj is None or obj not in high
        surprises += surprise
        rejects.append({"tool": "barge", "input": name,
                        "object": "/".join(key) if key else "?", "surprise": surprise,
                        "sqlstate": r[0], "message": r[1], "statement": s})
    # All non-code objects: emitted ones plus those action items name (not emitted).
    # An item may name an emitted object by another kind (COMMENT ON TABLE for a view):
    # only names without a file of their own are added; BRG-4004 names objects that are not
    # in the input at all.
    every = {(k[1], k[2]) for k in objects if k[1] in NON_CODE}
    emitted_names = {k[2] for k in objects}
    for a in actions:
        if a.get("code") == "BRG-4004":
            continue
        k = name_key(a.get("objectKind", ""), a.get("objectName", ""))
        if k[0] in NON_CODE and k[1] and k[1] not in emitted_names:
            every.add(k)
    clean = {(k[1], k[2]) for k in objects if k[1] in NON_CODE} - high
    db = pg.fresh(f"corpus{os.getpid()}_whole_" + re.sub(r"[^a-z0-9]", "_", name.lower()))
    row["deploy"] = pg.whole(db, schema)
    pg.drop(db)
    row.update(emitted=len(stmts), accepted=res.count(None), surprises=surprises,
               ddl_emitted=ddl["emitted"], ddl_accepted=ddl["accepted"],
               clean=len(clean), objects=len(every))
    return row


def input_files(paths, dialect):
    ext = ORACLE_EXT if dialect == "oracle" else {".sql"}
    files = []
    for p in paths:
        p = Path(p)
        if p.is_file():
            files.append(p)
        else:
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ext)
    return files


def measure_ora2pg(pg, ora2pg, name, dialect, paths, out, rejects):
    w = out / f"{name}.ora2pg"
    w.mkdir(parents=True, exist_ok=True)
    files = [(f, f.read_bytes()) for f in input_files(paths, dialect)]
    conf = w / "ora2pg.conf"
    # No Oracle is contacted with -i; the DSN only has to be well formed.
    conf.write_text("ORACLE_DSN dbi:Oracle:host=localhost;sid=none\nORACLE_USER none\n"
                    "ORACLE_PWD none\nPG_VERSION 15\nEXPORT_SCHEMA 0\nSTOP_ON_ERROR 0\n")
    per_type, failed = [], []
    t0 = time.monotonic()
    for t in ORA2PG_TYPES:
        # ora2pg reads the whole input for each type and slows down more than linearly with
        # its size: each type gets only the files that create such an object.
        want = re.compile(rb"\bcreate\s+(or\s+replace\s+)?((non)?editionable\s+)?(global\s+"
                          rb"temporary\s+)?" + KEYWORD[t].encode(), re.I)
        src = w / f"{t}.input.sql"
        with open(src, "wb") as o:
            for _, data in files:
                if want.search(data):
                    o.write(data + b"\n")
        if src.stat().st_size == 0:
            continue
        of = w / f"{t}.sql"
        cmd = [ora2pg, "-q", "-c", str(conf), "-i", str(src), "-t", t, "-b", str(w), "-o", of.name]
        if dialect == "mysql":
            cmd.append("-m")
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=float(os.environ.get("ORA2PG_TIMEOUT", "300")))
            (w / f"{t}.log").write_text(r.stdout + r.stderr)
            if r.returncode:
                failed.append(t)
        except subprocess.TimeoutExpired:
            failed.append(t + "(timeout)")
        if of.exists():
            per_type.append((t, [s for s in split_sql(of.read_text(errors="replace"))
                                 if counted(s)]))
    secs = time.monotonic() - t0
    db = pg.fresh(f"corpus{os.getpid()}_o2p_" + re.sub(r"[^a-z0-9]", "_", name.lower()))
    # One psql run per output file, as `psql -f` would read them: an unterminated quote in
    # one file swallows the rest of that file only.
    stmts, res = [], []
    for t, ss in per_type:
        stmts += ss
        res += pg.each(db, ss, w, f"each_{t}.sql")
    pg.drop(db)
    for s, r in zip(stmts, res):
        if r is not None:
            rejects.append({"tool": "ora2pg", "input": name, "object": "?", "surprise": False,
                            "sqlstate": r[0], "message": r[1], "statement": s})
    return {"emitted": len(stmts), "accepted": res.count(None), "secs": secs, "failed": failed}


def pct(a, b):
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else f"{a}/{b}"


def measure_units(pg, barge, out, inputs, units):
    """Each unit of an input in its own database: figures summed per input, next to the
    whole-folder ones. rejected.jsonl gets these rejects with "unit" set."""
    print()
    print("per independent example (each unit converted and executed in a database of its own;")
    print("the rows above run the whole folder into one database):")
    hdr = (f"{'input':<26} {'units':>5} {'barge accepted/emitted':>22} {'of which DDL':>17} "
           f"{'surpr':>5} {'clean/all objects':>17}  units whole ok")
    print(hdr)
    print("-" * len(hdr))
    udir = out / "units"
    udir.mkdir(exist_ok=True)
    for name, _, _ in inputs:
        if name not in units:
            continue
        tot, ok, rejects = Counter(), 0, []
        for unit, dialect, paths in units[name]:
            uname = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{name}__{unit}")
            before = len(rejects)
            b = measure_barge(pg, barge, uname, dialect, paths, udir, rejects)
            for r in rejects[before:]:
                r["input"], r["unit"] = name, unit
            if "error" in b:
                continue
            for k in ("emitted", "accepted", "ddl_emitted", "ddl_accepted", "surprises", "clean",
                      "objects"):
                tot[k] += b[k]
            ok += b["deploy"] == "ok"
        with open(out / "rejected.jsonl", "a") as f:
            for r in rejects:
                f.write(json.dumps(r) + "\n")
        n = len(units[name])
        print(f"{name:<26} {n:>5} {pct(tot['accepted'], tot['emitted']):>22} "
              f"{pct(tot['ddl_accepted'], tot['ddl_emitted']):>17} {tot['surprises']:>5} "
              f"{pct(tot['clean'], tot['objects']):>17}  {ok}/{n}", flush=True)
    print("-" * len(hdr))


def main():
    barge, out = sys.argv[1], Path(sys.argv[2])
    ora2pg = os.environ.get("ORA2PG", "")
    out.mkdir(parents=True, exist_ok=True)
    inputs, units = [], defaultdict(list)
    for a in sys.argv[3:]:
        name, rest = a.split("=", 1)
        dialect, paths = rest.split(":", 1)
        paths = [p for p in paths.split(",") if p and os.path.exists(p)]
        if not paths:
            print(f"(skipped {name}: no input found)", file=sys.stderr)
        elif "/" in name:
            parent, unit = name.split("/", 1)
            units[parent].append((unit, dialect, paths))
        else:
            inputs.append((name, dialect, paths))
    pg = Pg()
    rejects = []
    (out / "rejected.jsonl").write_text("")
    hdr = (f"{'input':<26} {'barge accepted/emitted':>22} {'of which DDL':>17} {'surpr':>5} "
           f"{'clean/all objects':>17} {'conv s':>6}  {'ora2pg accepted/emitted':>23} "
           f"{'o2p s':>6}  schema.sql whole")
    rows = []
    tot = Counter()
    for name, dialect, paths in inputs:
        b = measure_barge(pg, barge, name, dialect, paths, out, rejects)
        o = measure_ora2pg(pg, ora2pg, name, dialect, paths, out, rejects) if ora2pg else None
        rows.append((name, b, o))
        with open(out / "rejected.jsonl", "a") as f:
            for r in rejects:
                f.write(json.dumps(r) + "\n")
        rejects.clear()
        print(f"measured {name}", file=sys.stderr, flush=True)
        if "error" not in b:
            for k in ("emitted", "accepted", "ddl_emitted", "ddl_accepted", "surprises", "clean",
                      "objects"):
                tot["b_" + k] += b[k]
            tot["b_secs"] += b["secs"]
        if o:
            tot["o_emitted"] += o["emitted"]
            tot["o_accepted"] += o["accepted"]
            tot["o_secs"] += o["secs"]
    print(hdr)
    print("-" * len(hdr))
    for name, b, o in rows:
        if "error" in b:
            print(f"{name:<26} {b['error']}")
            continue
        os_ = pct(o["accepted"], o["emitted"]) if o else "n/a"
        if o and o["failed"]:
            os_ += "*"
        ot = f"{o['secs']:.1f}" if o else ""
        print(f"{name:<26} {pct(b['accepted'], b['emitted']):>22} "
              f"{pct(b['ddl_accepted'], b['ddl_emitted']):>17} {b['surprises']:>5} "
              f"{pct(b['clean'], b['objects']):>17} {b['secs']:>6.2f}  {os_:>23} {ot:>6}  "
              f"{b['deploy']}")
    print("-" * len(hdr))
    print(f"{'total':<26} {pct(tot['b_accepted'], tot['b_emitted']):>22} "
          f"{pct(tot['b_ddl_accepted'], tot['b_ddl_emitted']):>17} {tot['b_surprises']:>5} "
          f"{pct(tot['b_clean'], tot['b_objects']):>17} {tot['b_secs']:>6.2f}  "
          f"{pct(tot['o_accepted'], tot['o_emitted']) if ora2pg else 'n/a':>23} "
          f"{tot['o_secs']:>6.1f}")
    if units:
        measure_units(pg, barge, out, inputs, units)
    oracle = [p for _, d, ps in inputs if d == "oracle" for p in ps]
    if oracle:
        _, secs = run_barge(barge, "all-oracle", "oracle", oracle, out)
        print(f"converting the whole open Oracle corpus takes {secs:.1f} s "
              f"({len(input_files(oracle, 'oracle'))} files, one barge convert)")
    if any(o and o["failed"] for _, _, o in rows):
        print("* ora2pg exited non-zero for some export types (logs in the output folder)")
    print(f"details: {out}/rejected.jsonl (every rejected statement), per-input outputs in {out}")


if __name__ == "__main__":
    main()
