#!/usr/bin/env python3
"""Mutation fuzzing of `barge parse` and `barge convert`: bad input must never crash barge.

    tests/scripts/fuzz.py --from oracle --corpus ../shared/corpus/oracle [--rounds 100] [--seed 1]

Each round writes 40 mutants of randomly chosen corpus files (bytes deleted, overwritten,
duplicated, truncated, or dialect fragments such as `q'[`, `$IF`, `DELIMITER $$`, NUL and
invalid UTF-8 inserted) and runs parse and convert over them. A run killed by a signal, or
ending with an exit code other than 0, 1 or 2, is a defect: its mutants are kept in
<workdir>/crash-* and the script exits 1. Not part of run_all.sh: it reads corpus files
the project's own tests must not depend on.
"""
import argparse
import glob
import os
import random
import shutil
import subprocess
import sys

SUFFIXES = ('.sql', '.pks', '.pkb', '.plb', '.prc', '.fnc', '.trg', '.tps', '.tpb', '.pck', '.pkg',
            '.typ')
FRAGMENTS = [
    b"(", b")", b"'", b"\"", b"`", b"\\", b",", b";", b"@", b"\r", b"\x00", b"\xff\xfe", b"/*", b"*/",
    b"--", b"/\n", b"\n/\n", b"q'[", b"]'", b"N'", b"E'", b"X'", b"b'", b"0x", b"1e", b"=>", b"(+)",
    b"$IF ", b"$THEN", b"$END", b"&x", b"%TYPE", b"BEGIN ", b"END;", b"CASE ", b"WHEN ", b"SELECT ",
    b"CREATE ", b"PROCEDURE ", b"PARTITION BY ", b"PIVOT (", b"CONNECT BY ", b"DELIMITER $$\n", b"$$",
    b"/*!50001 ",
]


def mutate(rnd, data):
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        if not b:
            break
        i = rnd.randrange(len(b))
        op = rnd.randrange(6)
        if op == 0:
            del b[i:i + rnd.randint(1, 40)]
        elif op == 1:
            b[i:i] = rnd.choice(FRAGMENTS)
        elif op == 2:
            j = rnd.randrange(len(b))
            b[i:i] = b[j:j + rnd.randint(1, 200)]
        elif op == 3:
            b[i] = rnd.randrange(256)
        elif op == 4:
            del b[i:]
        else:
            b[i:i] = rnd.choice(FRAGMENTS) * rnd.randint(2, 300)  # deep nesting, long runs
    return bytes(b)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--from', dest='dialect', required=True, choices=['oracle', 'mysql'])
    ap.add_argument('--corpus', required=True, help='folder of source files to mutate')
    ap.add_argument('--barge', default=os.path.join(root, 'build', 'cli', 'barge'))
    ap.add_argument('--rounds', type=int, default=100)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--workdir', default='/tmp/barge-fuzz')
    a = ap.parse_args()

    files = [f for f in glob.glob(os.path.join(a.corpus, '**', '*'), recursive=True)
             if os.path.isfile(f) and f.lower().endswith(SUFFIXES) and os.path.getsize(f) < 300_000]
    if not files:
        sys.exit(f'fuzz: no source files under {a.corpus}')
    rnd = random.Random(a.seed)
    work = os.path.join(a.workdir, f'{a.dialect}-{a.seed}')
    defects = 0
    for r in range(a.rounds):
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        for k in range(40):
            with open(rnd.choice(files), 'rb') as h:
                data = h.read()
            with open(os.path.join(work, f'm{k}.sql'), 'wb') as h:
                h.write(mutate(rnd, data))
        for cmd in (['parse'], ['convert', '-o', os.path.join(work, 'out')]):
            p = subprocess.run([a.barge] + cmd + ['--from', a.dialect, work],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
            if p.returncode < 0 or p.returncode > 2:
                defects += 1
                keep = os.path.join(a.workdir, f'crash-{a.dialect}-{a.seed}-{r}')
                shutil.copytree(work, keep, dirs_exist_ok=True)
                tail = p.stderr[-300:].decode(errors='replace')
                print(f'fuzz: {cmd[0]} exited {p.returncode}; mutants kept in {keep}\n{tail}',
                      flush=True)
    shutil.rmtree(work, ignore_errors=True)
    print(f'fuzz: {a.dialect} seed {a.seed}: {a.rounds} rounds x 40 mutants, '
          f'parse + convert, {defects} crashes')
    sys.exit(1 if defects else 0)


if __name__ == '__main__':
    main()
