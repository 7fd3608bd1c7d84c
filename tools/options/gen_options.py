#!/usr/bin/env python3
"""Generates jfio's option catalog (options.tsv) and its golden test files from fio 3.33 itself.

    python3 tools/options/gen_options.py            # rewrites the table and the golden files
    python3 tools/options/gen_options.py --check    # fails if the committed files differ

Sources, in order of trust:
  1. fio's behaviour: --cmdhelp=all / --cmdhelp=NAME, --enghelp / --enghelp=ENGINE[,NAME] (names, aliases,
     defaults, ranges, values, help), --debug=parse (fio's grammar for each option, the unit of a bare time,
     whether N% is kept), --showcmd (the order fio applies options in), --parse-only (deprecated options).
  2. fio's HOWTO (/usr/share/doc/fio/HOWTO.rst.gz): the section that documents each option (its category),
     the per-direction "[,int]" and range "irange" forms.
  3. overrides.tsv beside this script: hand-kept types, units, categories, statuses.
  4. hidden-options.tsv beside this script: options fio accepts but does not list in --cmdhelp=all
     (found by find_hidden_options.py, which takes half an hour).
  5. fio's predefined workloads (fio --profile=NAME --cmdhelp=all): their options are accepted in any job
     and used only by a profile job, so they are rows too (category MISC, status IGNORED).
Takes about two minutes; needs fio 3.33 (FIO=/path/to/fio to choose one).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fiohelp  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TABLE = os.path.join(ROOT, "model/src/main/resources/io/jfio/model/option/options.tsv")
GOLDEN = os.path.join(ROOT, "model/src/test/resources/io/jfio/model/option")

CATEGORY_OF_SECTION = {
    "Units": "UNITS",
    "Job description": "DESCRIPTION",
    "Time related parameters": "TIME",
    "Target file/device": "TARGET",
    "I/O type": "IO_TYPE",
    "Block size": "BLOCK_SIZE",
    "Buffers and memory": "BUFFERS",
    "I/O size": "IO_SIZE",
    "I/O engine": "IO_ENGINE",
    "I/O engine specific parameters": "ENGINE_SPECIFIC",
    "I/O depth": "IO_DEPTH",
    "I/O rate": "IO_RATE",
    "I/O latency": "IO_LATENCY",
    "I/O replay": "IO_REPLAY",
    "Threads, processes and job synchronization": "THREADS",
    "Verification": "VERIFICATION",
    "Steady state": "STEADY_STATE",
    "Measurements and reporting": "REPORTING",
    "Error handling": "ERROR_HANDLING",
    "Running predefined workloads": "MISC",
}
CATEGORY_ORDER = list(dict.fromkeys(CATEGORY_OF_SECTION.values()))

# The engine that speaks for an option shared by several (its help and type are the row's): jfio's own first.
ENGINE_PREFERENCE = ["io_uring", "libaio", "pvsync2", "net", "rados"]

TIME_UNITS = {"s": "SECONDS", "ms": "MILLISECONDS", "us": "MICROSECONDS", "ns": "NANOSECONDS"}

# Values that make fio accept an option when probing its parse order, where the generic guess fails.
PROBE_VALUES = {
    "cpus_allowed": "0", "cpumask": "1", "numa_cpu_nodes": "0", "numa_mem_policy": "default",
    "log_compression_cpus": "0", "verify_async_cpus": "0", "ignore_error": "EIO", "buffer_pattern": "0xab",
    "verify_pattern": "0xab", "replay_skip": "read", "randseed": "1", "filename": "probe.dat",
    "directory": ".", "opendir": ".", "ioscheduler": "none", "steadystate": "iops:1%", "kb_base": "1024",
    "unit_base": "8", "ioengine": "psync", "sync_file_range": "write", "profile": "tiobench",
    "hostname": "localhost", "port": "8000", "interface": "127.0.0.1", "cmdprio_bssplit": "4k/50",
    "program": "/bin/true", "uri": "nbd://localhost", "bindname": "x", "donorname": "x",
}


def read_tsv(path, columns):
    rows = {}
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != columns:
                raise SystemExit(f"{path}: expected {columns} columns: {line!r}")
            rows[cells[0]] = cells
    return rows


def read_hidden():
    """{name: kind} for options --cmdhelp=all does not list (kind: hidden or deprecated)."""
    kinds = {}
    with open(os.path.join(HERE, "hidden-options.tsv")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                kind, name = line.split()
                kinds[name] = kind
    return kinds


def number(text):
    """fio prints a missing bound as -1 (or nothing) and float bounds as 0.000000."""
    if text is None or text == "-1":
        return ""
    value = float(text)
    return str(int(value)) if value == int(value) else text


def base_type(kind, block):
    """Maps fio's grammar (from --debug=parse) and its help to an OptionType."""
    has_values = bool(block and block["values"])
    return {
        "OPT_BOOL": "BOOL",
        "OPT_STR_SET": "FLAG",
        "OPT_STR_VAL_TIME": "TIME",
        "OPT_RANGE": "RANGE",
        "OPT_FLOAT_LIST": "FLOAT_LIST",
        "OPT_STR_ULL": "SPLIT",
        "OPT_STR_MULTI": "ENUM",
        "OPT_INT": "INT",
        "OPT_ULL": "INT",
        "OPT_STR_VAL": "INT",
        "OPT_STR_VAL_ZONE": "SIZE",
    }.get(kind, "ENUM" if has_values else "STRING")


def probe_value(name, row):
    if name in PROBE_VALUES:
        return PROBE_VALUES[name]
    kind = row["type"]
    if row["values"]:
        return row["values"][0][0]
    if kind == "FLAG":
        return None
    if kind == "BOOL":
        return "1"
    if kind in ("INT", "SIZE") and row["min"] not in ("", "0") and row["min"].lstrip("-").isdigit():
        return row["min"] if kind == "INT" else "4k"
    return {"INT": "1", "SIZE": "4k", "TIME": "1", "RANGE": "4k-8k", "SPLIT": "4k/50:8k/50",
            "FLOAT_LIST": "0.5"}.get(kind, "x")


def option_line(name, value):
    return name if value is None else f"{name}={value}"


def general_rows(overrides, hidden, howto):
    listed_text, listed = fiohelp.general_listing()
    names = [name for name, _, _ in listed] + [n for n, k in hidden.items() if k == "hidden"]
    rows = {}
    for name in names:
        block = fiohelp.cmdhelp(name)
        if block is None:
            raise SystemExit(f"fio --cmdhelp={name} does not know it")
        row = probed_row(name, block)
        place_in_howto(row, howto)
        if row["type"] in ("INT", "SIZE") or name in overrides and overrides[name][1] == "SIZE":
            if fiohelp.accepts_percent(name):
                row["flags"].append("percent")
        rows[name] = row
    for name, kind in hidden.items():
        if kind != "deprecated":
            continue
        warns, survives = fiohelp.deprecation(name)
        if not warns:
            raise SystemExit(f"fio no longer calls {name} deprecated")
        row = new_row(name, None, "DEPRECATED")
        # fio 3.33 warns and goes on for some, and fails the job for others: jfio does the same
        row["status"] = "IGNORED" if survives else "NOT_IMPLEMENTED"
        rows[name] = row
    for profile, _ in rows["profile"]["values"]:
        for name, _, _ in fiohelp.profile_listing(profile):
            if name in rows:
                continue  # tiobench's size: in a job file, size is the general option
            block = fiohelp.profile_help(profile, name)
            row = probed_row(name, block)
            # fio accepts them in any job and uses them only in a profile job, which jfio does not run
            row["category"], row["status"], row["profile"] = "MISC", "IGNORED", profile
            rows[name] = row
    return listed_text, rows


def probed_row(name, block, engine=None):
    """A row from fio's help block, typed by fio's grammar; an integer that reads a time is a TIME."""
    row = new_row(name, block, base_type(fiohelp.internal_type(name, "1", engine), block))
    if row["type"] in ("INT", "TIME"):
        unit = fiohelp.bare_time_unit(name, engine)
        if unit:
            row["type"], row["unit"] = "TIME", TIME_UNITS[unit]
    return row


def new_row(name, block, kind):
    block = block or {"aliases": [], "default": None, "min": None, "max": None, "values": [], "help": ""}
    return {
        "name": name, "aliases": list(block["aliases"]), "type": kind, "default": block["default"] or "",
        "min": number(block["min"]), "max": number(block["max"]), "unit": "NONE", "category": "",
        "status": "NOT_IMPLEMENTED", "engines": [], "flags": [], "values": list(block["values"]),
        "prio": 0, "help": block["help"], "order": 10**6, "profile": None,
    }


def place_in_howto(row, howto):
    entry = howto.get(row["name"])
    if entry is None:
        return
    section, annotation, index = entry
    row["category"] = CATEGORY_OF_SECTION.get(section, "")
    row["order"] = index
    if "[," in annotation:
        row["flags"].append("perdir")
    if "irange" in annotation and row["type"] != "RANGE":
        row["flags"].append("range")


def engine_rows(howto):
    merged = {}
    listings = []
    for engine in fiohelp.engines():
        text, options = fiohelp.engine_listing(engine)
        listings.append(f"== {engine}\n{text.rstrip()}\n")
        for name, _, _ in options:
            block = fiohelp.enghelp(engine, name)
            merged.setdefault(name, []).append((engine, block))
    rows = {}
    for name, variants in merged.items():
        variants.sort(key=lambda v: ENGINE_PREFERENCE.index(v[0]) if v[0] in ENGINE_PREFERENCE else 99)
        engine, block = variants[0]
        row = probed_row(name, block, engine)
        place_in_howto(row, howto)
        row["category"] = "ENGINE_SPECIFIC"
        row["engines"] = sorted({e for e, _ in variants})
        for e, b in variants[1:]:
            for alias in b["aliases"]:
                if alias not in row["aliases"]:
                    row["aliases"].append(alias)
        rows[name] = row
    return "".join(listings), rows


def apply_overrides(rows, overrides):
    for name, cells in overrides.items():
        if name not in rows:
            raise SystemExit(f"overrides.tsv names {name}, which fio does not know")
        row = rows[name]
        _, kind, unit, category, status, flags, help_text = cells
        if kind:
            row["type"] = kind
        if unit:
            row["unit"] = unit
        if category:
            row["category"] = category
        if status:
            row["status"] = status
        if flags:
            row["flags"] = [f for f in flags.split(",") if f != "-"]
        if help_text:
            row["help"] = help_text
    for row in rows.values():
        if row["type"] == "SIZE" and row["unit"] == "NONE":
            row["unit"] = "BYTES"
        if not row["category"]:
            raise SystemExit(f"no HOWTO section documents {row['name']}: give it a category in overrides.tsv")


# ---------------------------------------------------------------- parse priority

def classify_priorities(rows):
    """Finds, empirically, the order fio applies a section's options in (see OptionSpec's Javadoc).

    Each general option is put before and after a reference option (description) in a one-job
    file; --showcmd shows whether fio moves it ahead (higher), behind (lower) or leaves the file
    order (same). The options of one class must then keep file order among themselves; engine
    options must come after every general option, in file order."""
    reference = "description=probe"
    general = [r for r in rows.values() if not r["engines"] and r["type"] != "DEPRECATED"]
    classes = {1: [], 0: [], -1: []}
    for row in general:
        if row["name"] == "description":
            classes[0].append(row)
            continue
        mine = option_line(row["name"], probe_value(row["name"], row))
        before = fiohelp.showcmd_keys(f"[p]\n{mine}\n{reference}\n")
        after = fiohelp.showcmd_keys(f"[p]\n{reference}\n{mine}\n")
        if before is None or after is None:
            raise SystemExit(f"fio --showcmd rejects {mine}: add a probe value for {row['name']}")
        first_before, first_after = before[0], after[0]
        if first_before == row["name"] and first_after == row["name"]:
            classes[1].append(row)
        elif first_before == "description" and first_after == "description":
            classes[-1].append(row)
        elif first_before == row["name"] and first_after == "description":
            classes[0].append(row)
        else:
            raise SystemExit(f"fio orders {row['name']} neither before, after nor with description")
    for level, members in classes.items():
        if level != 0 and len(members) > 1:
            check_file_order(members, f"priority {level}")
        for row in members:
            row["prio"] = level
    engine_level = min(level for level, members in classes.items() if members) - 1
    for row in rows.values():
        if row["engines"]:
            row["prio"] = engine_level
    check_engine_options_last(rows)
    return classes


def check_file_order(members, label):
    lines = [option_line(r["name"], probe_value(r["name"], r)) for r in members]
    for order in (lines, list(reversed(lines))):
        got = fiohelp.showcmd_keys("[p]\n" + "\n".join(order) + "\n")
        want = [line.split("=")[0] for line in order]
        if got != want:
            raise SystemExit(f"options of {label} are not kept in file order: {want} -> {got}")


def check_engine_options_last(rows):
    by_engine = {}
    for row in rows.values():
        for engine in row["engines"]:
            by_engine.setdefault(engine, []).append(row)
    for engine, members in by_engine.items():
        lines = [option_line(r["name"], probe_value(r["name"], r)) for r in members]
        for order in (lines, list(reversed(lines))):
            half = len(order) // 2
            job = ["size=1m", f"ioengine={engine}"] + order[:half] + ["bs=4k", "filename=probe.dat"] \
                + order[half:] + ["kb_base=1024", "description=probe"]
            got = fiohelp.showcmd_keys("[p]\n" + "\n".join(job) + "\n")
            want = ["kb_base", "size", "ioengine", "bs", "description", "filename"] + [x.split("=")[0] for x in order]
            if got != want:
                raise SystemExit(f"{engine}: engine options are not applied last in file order: {got}")


# ---------------------------------------------------------------- output

def table_text(rows):
    header = ("# The option catalog: every option fio 3.33 knows. GENERATED by tools/options/gen_options.py from\n"
              "# fio itself, its HOWTO and tools/options/overrides.tsv; edit those and regenerate.\n"
              "# Columns are documented in io.jfio.model.option.Options.\n"
              "# name\taliases\ttype\tdefault\tmin\tmax\tunit\tcategory\tstatus\tengines\tflags\tallowed\tprio\thelp\n")
    ordered = sorted(rows.values(), key=lambda r: (CATEGORY_ORDER.index(r["category"]), r["order"], r["name"]))
    lines = []
    for r in ordered:
        allowed = "|".join(f"{v}={h}" if h else v for v, h in r["values"])
        cells = [r["name"], ",".join(r["aliases"]), r["type"], r["default"], r["min"], r["max"], r["unit"],
                 r["category"], r["status"], ",".join(r["engines"]), ",".join(dict.fromkeys(r["flags"])),
                 allowed, "" if r["prio"] == 0 else str(r["prio"]), r["help"]]
        for cell in cells:
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"{r['name']}: a cell holds a tab or newline: {cell!r}")
        for v, h in r["values"]:
            if "|" in v + h or "=" in v:
                raise SystemExit(f"{r['name']}: value {v!r} cannot be written in the allowed column")
        lines.append("\t".join(cells) + "\n")
    return header + "".join(lines)


def names_text(listed_text, hidden, rows):
    lines = ["# The general options fio 3.33 knows: `fio --cmdhelp=all` lists 'listed' ones; 'hidden' ones it\n"
             "# accepts and explains with --cmdhelp=NAME but leaves out of that list; 'deprecated' ones it warns about;\n"
             "# 'profile' ones belong to a predefined workload (fio --profile=NAME --cmdhelp) but any job may set them.\n"]
    for name, _, _ in fiohelp.listing(listed_text):
        lines.append(f"listed\t{name}\n")
    for name, kind in hidden.items():
        lines.append(f"{kind}\t{name}\n")
    for row in rows.values():
        if row["profile"]:
            lines.append(f"profile\t{row['name']}\n")
    return "".join(lines)


def write_or_check(path, text, check, stale):
    if check:
        with open(path) as f:
            if f.read() != text:
                stale.append(path)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args()
    fiohelp.check_version()
    howto = fiohelp.howto_options()
    overrides = read_tsv(os.path.join(HERE, "overrides.tsv"), 7)
    hidden = read_hidden()
    listed_text, rows = general_rows(overrides, hidden, howto)
    enghelp_text, engine_only = engine_rows(howto)
    for name in engine_only:
        if name in rows:
            raise SystemExit(f"{name} is both a general and an engine option")
    rows.update(engine_only)
    ioengine = rows["ioengine"]
    known = {v for v, _ in ioengine["values"]}
    ioengine["values"] += [(e, "") for e in fiohelp.engines() if e not in known]
    apply_overrides(rows, overrides)
    classes = classify_priorities(rows)
    stale = []
    write_or_check(TABLE, table_text(rows), args.check, stale)
    write_or_check(os.path.join(GOLDEN, "fio-cmdhelp-all.txt"), listed_text, args.check, stale)
    write_or_check(os.path.join(GOLDEN, "fio-general-options.tsv"), names_text(listed_text, hidden, rows), args.check, stale)
    write_or_check(os.path.join(GOLDEN, "fio-enghelp.txt"), enghelp_text, args.check, stale)
    for level in (1, -1):
        print(f"priority {level}: {' '.join(r['name'] for r in classes[level])}")
    print(f"{len(rows)} options written" if not args.check else "checked")
    if stale:
        raise SystemExit("stale: " + ", ".join(stale))


if __name__ == "__main__":
    main()
