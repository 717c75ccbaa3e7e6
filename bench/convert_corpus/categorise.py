#!/usr/bin/env python3
"""Groups the rejected statements of a corpus measurement by error kind.

Usage: categorise.py OUT/rejected.jsonl [barge|ora2pg|units]   (default: barge)
barge and ora2pg: the whole-folder runs; units: barge's runs of each independent example.
Prints, per kind (SQLSTATE + message with names and numbers blanked), the number of
rejected statements, how many of them are surprises, and one example.
"""
import json
import re
import sys
from collections import defaultdict


def kind(msg):
    # Syntax errors keep their token: the token is what tells one kind from another.
    m = re.match(r'syntax error at or near "(.*)"', msg)
    if m:
        return f'syntax error at or near "{m.group(1)[:30]}"'
    msg = re.sub(r'"[^"]*"', '"…"', msg)
    msg = re.sub(r"\b\d+\b", "N", msg)
    return msg


def main():
    tool = sys.argv[2] if len(sys.argv) > 2 else "barge"
    units = tool == "units"
    tool = "barge" if units else tool
    groups = defaultdict(list)
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if r["tool"] == tool and ("unit" in r) == units:
            groups[(r["sqlstate"], kind(r["message"]))].append(r)
    total = sum(len(v) for v in groups.values())
    print(f"{tool}: {total} rejected statements in {len(groups)} kinds")
    for (state, k), rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        ex = rs[0]
        body = re.sub(r"--[^\n]*", " ", ex["statement"])
        stmt = " ".join(body.split())[:200]
        surprises = sum(r["surprise"] for r in rs)
        inputs = sorted({r["input"] for r in rs})
        print(f"\n{len(rs):5}  ({surprises} surprises)  {state}  {k}")
        print(f"       in: {', '.join(inputs)}")
        print(f"       e.g. {ex['input']} {ex['object']}: {ex['message']}")
        print(f"            {stmt}")


if __name__ == "__main__":
    main()
