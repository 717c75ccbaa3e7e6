#!/usr/bin/env python3
"""Per-repository Oracle parse coverage with the barge binary.

Usage: measure.py BARGE NAME=PATH[,PATH...] ...
Prints, per repository: statements, parsed, failed, parse %, out-of-scope, seconds, and the
most frequent failure kinds (the syntax error message with the offending token). Repositories
are fetched by the caller (see run.sh); nothing here downloads anything.
"""
import collections
import re
import subprocess
import sys

STATS = re.compile(r"statements=(\d+) parsed=(\d+) failed=(\d+) bytes=(\d+) seconds=([\d.]+)")
ERR = re.compile(r"^(.*?):(\d+):(\d+): (.*)$")


def kind(message):
    # "no viable alternative at input 'a b c'" -> the last token is what the parser choked on
    m = re.search(r"^(syntax error: [a-z ]+?) (?:at )?input '(.*?)'(?: expecting| at end|$)", message, re.S)
    if m:
        words = m.group(2).split()
        tok = words[-1] if words else m.group(2)
        return "%s '%s'" % (m.group(1), tok[:30])
    return message[:100]


def run(barge, name, paths, top):
    proc = subprocess.run([barge, "parse", "--from", "oracle"] + paths,
                          capture_output=True, text=True, errors="replace")
    out = proc.stdout + proc.stderr
    st = STATS.search(out)
    if not st:
        print(f"{name}: no statistics line (exit {proc.returncode})")
        print(out[-2000:])
        return
    n, ok, bad, size, secs = int(st[1]), int(st[2]), int(st[3]), int(st[4]), float(st[5])
    kinds = collections.Counter()
    examples = {}
    for line in out.splitlines():
        m = ERR.match(line)
        if m and "error" in m.group(4):
            k = kind(m.group(4))
            kinds[k] += 1
            examples.setdefault(k, f"{m.group(1)}:{m.group(2)}:{m.group(3)}")
    pct = 100.0 * ok / n if n else 100.0
    print(f"== {name}: statements={n} parsed={ok} failed={bad} parse%={pct:.2f} "
          f"bytes={size} seconds={secs:.3f}")
    for k, c in kinds.most_common(top):
        print(f"   {c:5d}  {k}   e.g. {examples[k]}")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    barge = sys.argv[1]
    top = 15
    for spec in sys.argv[2:]:
        name, _, paths = spec.partition("=")
        run(barge, name, [x for x in paths.split(",") if x], top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
