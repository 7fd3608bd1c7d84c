"""Talks to fio 3.33 and reads its HOWTO: the facts gen_options.py builds the option catalog from.

Everything here asks fio itself (--cmdhelp, --enghelp, --debug=parse, --showcmd) or reads the
HOWTO that ships with it; nothing is copied from fio's sources.
"""

import atexit
import gzip
import os
import re
import shutil
import subprocess
import tempfile

FIO = os.environ.get("FIO", "fio")
HOWTO = os.environ.get("FIO_HOWTO", "/usr/share/doc/fio/HOWTO.rst.gz")
EXPECTED_VERSION = "fio-3.33"

_workdir = tempfile.mkdtemp(prefix="jfio-options-")
atexit.register(shutil.rmtree, _workdir, ignore_errors=True)


def run(*args):
    """Runs fio with args; returns (exit code, stdout, stderr)."""
    done = subprocess.run([FIO, *args], capture_output=True, text=True, cwd=_workdir)
    return done.returncode, done.stdout, done.stderr


def run_job(job_text, *args):
    """Runs fio on a job file holding job_text (args before the file name)."""
    path = os.path.join(_workdir, "probe.fio")
    with open(path, "w") as out:
        out.write(job_text)
    return run(*args, path)


def check_version():
    _, out, _ = run("--version")
    if out.strip() != EXPECTED_VERSION:
        raise SystemExit(f"need {EXPECTED_VERSION}, found {out.strip()!r} (set FIO=/path/to/fio)")


# ---------------------------------------------------------------- --cmdhelp / --enghelp

def listing(text):
    """Parses a `--cmdhelp=all` or `--enghelp=ENGINE` listing into [(name, depth, help)]."""
    rows = []
    for line in text.splitlines():
        m = re.match(r"^( *)([^ :]+) *: ?(.*)$", line)
        if m:
            rows.append((m.group(2), len(m.group(1)) // 2, m.group(3).strip()))
    return rows


def general_listing():
    """The options `fio --cmdhelp=all` lists, in its order: [(name, depth, help)]."""
    _, out, _ = run("--cmdhelp=all")
    return out, listing(out)


def engines():
    """The ioengines this fio lists with --enghelp."""
    _, out, _ = run("--enghelp")
    lines = out.splitlines()
    assert lines[0].startswith("Available IO engines"), lines[0]
    return [line.strip() for line in lines[1:] if line.strip()]


def engine_listing(engine):
    _, out, _ = run(f"--enghelp={engine}")
    if "has no options" in out:
        return out, []
    return out, listing(out)


def parse_block(text):
    """Parses one `--cmdhelp=NAME` (or `--enghelp=ENGINE,NAME`) block into a dict."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or "No such command" in lines[0]:
        return None
    m = re.match(r"^\s*(\S+): ?(.*)$", lines[0])
    block = {"name": m.group(1), "help": m.group(2).strip(), "aliases": [], "type": None,
             "default": None, "min": None, "max": None, "values": []}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "alias":
            block["aliases"].append(value.strip())
        elif key == "type":
            block["type"] = value.strip()
        elif key == "default":
            value = value.strip()
            block["default"] = None if value == "no default" else value
        elif key == "range":
            for part in value.split(","):
                bound, _, number = part.strip().partition("=")
                block[bound] = number
        elif key == "valid":  # "only for profile 'act'"
            block["valid"] = value.strip()
        elif key in ("valid values", ""):
            value = value[1:] if value.startswith(" ") else value
            vm = re.match(r"^(\S+)\s*(.*)$", value)
            block["values"].append((vm.group(1), vm.group(2).strip()))
        else:
            raise ValueError(f"unexpected line in fio's help block: {line!r}")
    return block


def cmdhelp(name):
    _, out, _ = run(f"--cmdhelp={name}")
    if "closest match" in out:  # fio answers a near miss with another option's block
        return None
    block = parse_block(out)
    return block if block and block["name"] == name else None


def profile_listing(profile):
    """The options of one of fio's predefined workloads: [(name, depth, help)]."""
    _, out, _ = run(f"--profile={profile}", "--cmdhelp=all")
    return listing(out)


def profile_help(profile, name):
    _, out, _ = run(f"--profile={profile}", f"--cmdhelp={name}")
    return parse_block(out)


def enghelp(engine, name):
    _, out, _ = run(f"--enghelp={engine},{name}")
    return parse_block(out)


# ---------------------------------------------------------------- --debug=parse

def debug_parse(lines, engine=None):
    """Parses a one-job file with --debug=parse; returns [(option, internal type, ret, out)] and stderr."""
    head = [f"ioengine={engine}"] if engine else []
    code, out, err = run_job("[probe]\n" + "\n".join(head + lines) + "\n", "--debug=parse", "--parse-only")
    handled = []
    current = None
    for line in (out + err).splitlines():
        m = re.search(r"__handle_option=(\S+), type=(\S+), ptr=", line)
        if m:
            current = [m.group(1).rstrip(","), m.group(2), None, None]
            handled.append(current)
            continue
        m = re.search(r"ret=(-?\d+), out=(\d+)", line)
        if m and current is not None:
            current[2], current[3] = int(m.group(1)), int(m.group(2))
    return handled, out + err


def internal_type(name, value, engine=None):
    """fio's own name for the option's grammar (OPT_INT, OPT_STR_VAL_TIME, ...)."""
    handled, _ = debug_parse([f"{name}={value}"], engine)
    for option, kind, _, _ in handled:
        if option == name:
            return kind
    return None


def parsed_number(name, value, engine=None):
    handled, _ = debug_parse([f"{name}={value}"], engine)
    for option, _, ret, out in handled:
        if option == name:
            return out if ret == 0 else None
    return None


def bare_time_unit(name, engine=None):
    """For an option that reads a time: the unit of a bare number ("s", "ms", "us"), else None.

    fio stores a time in its own unit; "1s" is 1000 times "1ms" for any option that reads a
    time postfix, and "1s" divided by "1" gives the unit a bare number is read in."""
    one = parsed_number(name, "1", engine)
    second = parsed_number(name, "1s", engine)
    milli = parsed_number(name, "1ms", engine)
    if not one or not second or not milli or second != 1000 * milli or second <= 1:
        return None
    return {1: "s", 1000: "ms", 1000000: "us", 1000000000: "ns"}.get(second // one)


def accepts_percent(name):
    """True if fio keeps N% as a percentage for this option (it says SET <field>_percent)."""
    _, text = debug_parse([f"{name}=10%"])
    return re.search(r"SET \S+_percent 10", text) is not None


def deprecation(name):
    """(warns, job survives) for a deprecated option set to 1."""
    code, out, err = run_job(f"[probe]\n{name}=1\nfilename=probe.dat\nsize=1m\n", "--parse-only")
    return f"Option {name} is deprecated" in out + err, code == 0


# ---------------------------------------------------------------- --showcmd

def showcmd_keys(job_text):
    """The option keys of a one-section job (no [global]) in the order `fio --showcmd` prints them."""
    code, out, _ = run_job(job_text, "--showcmd")
    if code != 0:
        return None
    keys = showcmd_tokens(out)
    assert keys[0] == "name", keys
    return keys[1:]


def showcmd_tokens(out):
    """Every --key of showcmd's output in order; each job section starts with its --name."""
    text = out.strip()
    assert text.startswith("fio"), text
    # values are printed raw or "quoted"; a key is a token that starts with -- after a space
    return re.findall(r'(?:^|\s)--([A-Za-z0-9_-]+)(?:=(?:"[^"]*"|\S*))?', text)


# ---------------------------------------------------------------- HOWTO

def howto_options():
    """Every `.. option::` of the HOWTO's job parameters: {name: (section, annotation, index)}.

    The annotation is what follows the name (e.g. "=int[,int][,int]", "=irange(time)")."""
    with gzip.open(HOWTO, "rt") as f:
        lines = f.read().split("\n")
    section = None
    found = {}
    index = 0
    started = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.match(r"^[~\-=]{4,}$", nxt) and line.strip():
            section = line.strip()
            started = started or section == "Job file parameters"
            continue
        m = re.match(r"^\.\. option:: (.*)$", line)
        if not m or not started or section.endswith("profile options"):
            continue
        spec = m.group(1)
        names_part = spec.split(" : ")[0]
        for piece in names_part.split(", "):
            nm = re.match(r"^([A-Za-z0-9_-]+)(.*)$", piece.strip())
            if nm and nm.group(1) not in found:
                found[nm.group(1)] = (section, nm.group(2), index)
        index += 1
    return found
