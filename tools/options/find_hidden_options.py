#!/usr/bin/env python3
"""Finds the general options fio knows but `fio --cmdhelp=all` does not list; prints hidden-options.tsv rows.

fio's --cmdhelp=all leaves out some options (children listed away from their parent) and every deprecated
one. To find them, this asks fio about every name-like string in its binary, and every tail of one (the
linker shares the tail of one string with another, so "mem_align" may only exist inside "iomem_align"):
  - `fio --cmdhelp=NAME` answers with NAME's block: a known option (hidden if not in --cmdhelp=all);
  - `fio --parse-only` on a job setting NAME=1 says "Option NAME is deprecated": a deprecated option.
About 16,000 names, two fio runs each: half an hour or more. Run it when moving to a new fio version.

    python3 tools/options/find_hidden_options.py > /tmp/hidden.tsv
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fiohelp  # noqa: E402


def candidates():
    binary = subprocess.run(["sh", "-c", f"command -v {fiohelp.FIO}"], capture_output=True, text=True).stdout.strip()
    strings = subprocess.run(["strings", "-n", "2", binary], capture_output=True, text=True).stdout
    names = set()
    for line in strings.splitlines():
        for word in re.findall(r"[A-Za-z0-9_-]+", line):
            for start in range(len(word)):
                tail = word[start:].lower()
                if len(tail) >= 2 and tail[0].isalpha():
                    names.add(tail)
    return sorted(names)


def main():
    fiohelp.check_version()
    _, listed = fiohelp.general_listing()
    listed_names = {name for name, _, _ in listed}
    hidden, deprecated = set(), set()
    for name in candidates():
        if name == "all":
            continue
        block = fiohelp.cmdhelp(name)
        if block is not None and block["name"] not in listed_names:
            hidden.add(block["name"])
        elif block is None:
            warns, _ = fiohelp.deprecation(name)
            if warns:
                deprecated.add(name)
    for name in sorted(hidden):
        print(f"hidden\t{name}")
    for name in sorted(deprecated):
        print(f"deprecated\t{name}")


if __name__ == "__main__":
    main()
