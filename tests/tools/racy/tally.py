#!/usr/bin/env python3
"""Counts the orders the real engine printed for each command line over repeated recordings.

  tally.py OUT NAME...    OUT holds NAME.1.txt, NAME.2.txt, ... (conformance.py real transcripts)

Each command line's output is normalised as the conformance suite does (ids, times, sizes); lines
repeated within a recording (the same command text) are pooled. Prints, per command line, each
distinct output (its lines joined by ' / ') with how many times it was seen.
"""
import collections, glob, os, re, sys

sys.path.insert(0, os.environ.get("KUJIRA_SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared")) + "/conformance")
import conformance as C  # noqa: E402


def blocks(text):
    out, cmd, body = [], None, []
    for l in text.split("\n"):
        if l.startswith("$ "):
            if cmd is not None:
                out.append((cmd, body))
            cmd, body = l[2:], []
        elif cmd is not None and l:
            body.append(l)
    if cmd is not None:
        out.append((cmd, body))
    return out


def main(out, names):
    for name in names:
        seen = collections.OrderedDict()
        files = sorted(glob.glob(os.path.join(out, name + ".[0-9]*.txt")))
        for f in files:
            for cmd, body in blocks(open(f, encoding="utf-8").read()):
                norm = C.normalize("\n".join(body)).strip("\n").replace("\n", " / ")
                seen.setdefault(cmd, collections.Counter())[norm] += 1
        print(f"## {name} ({len(files)} recordings)")
        for cmd, counts in seen.items():
            mark = "*" if len(counts) > 1 else " "
            print(f"{mark} $ {cmd}")
            for text, n in counts.most_common():
                print(f"    {n:3d}  {text}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
