#!/usr/bin/env python3
"""pattern-repeats - runs of pattern lines that several blocks of the
verb dictionary (data/verbs/*.txt) repeat word for word.

A list of pattern lines copied into several blocks drifts: one copy gains
a line the others lack.  Such a list belongs in a pattern group
("@name:" and its "- ..." lines, used in a block as "- @name";
docs/DICTIONARIES.md).  This tool lists every run of at least MIN
consecutive pattern lines (notes aside) that two or more blocks share,
longest first, with the blocks holding it, so that the copies can be
folded into one group.

Usage:
    tools/pattern-repeats.py [-m MIN] [FILE ...]     # default: data/verbs/*.txt, MIN 5

Output: one paragraph per run: its length, the blocks (FILE:LINE and
head verb) and its first and last lines.
"""
import difflib
import glob
import os
import sys


def blocks_of(path):
    """(line number, head, [pattern lines]) for each block of a file."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("%") or line.startswith("&"):
                continue
            if line.startswith("-"):
                if blocks:
                    blocks[-1][2].append(" ".join(line[1:].split()))
            elif line.startswith("@"):
                blocks.append((n, line, []))
            else:
                blocks.append((n, line.split("=>")[0].split(",")[0].strip(), []))
    return blocks


def shared_runs(blocks, least):
    """{run of lines: set of block keys} over every pair of blocks."""
    runs = {}
    for i, (ka, a) in enumerate(blocks):
        for kb, b in blocks[i + 1:]:
            m = difflib.SequenceMatcher(None, a, b, autojunk=False)
            for x, _, size in m.get_matching_blocks():
                if size >= least:
                    runs.setdefault(tuple(a[x:x + size]), set()).update((ka, kb))
    return runs


def main(argv):
    least = 5
    if argv[:1] == ["-m"]:
        least, argv = int(argv[1]), argv[2:]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    files = argv or sorted(glob.glob(os.path.join(root, "data", "verbs", "*.txt")))
    blocks = []
    for path in files:
        for n, head, lines in blocks_of(path):
            blocks.append(((f"{os.path.basename(path)}:{n}", head), lines))
    runs = shared_runs(blocks, least)
    for run, holders in sorted(runs.items(), key=lambda r: (-len(r[0]), -len(r[1]))):
        print(f"{len(run)} lines in {len(holders)} blocks:")
        for where, head in sorted(holders):
            print(f"    {where}  {head}")
        print(f"    first: - {run[0]}\n    last:  - {run[-1]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
