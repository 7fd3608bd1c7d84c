#!/usr/bin/env bash
# Shows that jfio's I/O loop allocates nothing: a 10 s null-engine job (and a psync job with a per-I/O
# latency log) under -Xlog:gc, then counts the collections. Expect 0: every young collection would be
# allocation by something, and the I/O loop is the only thing running.
#   bench/gc-check.sh [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-10}"
work="$(mktemp -d /tmp/jfio-gc.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$ROOT/jfio" --version >/dev/null

run() {  # name, job options...
    local name="$1"; shift
    JAVA_OPTS="-Xlog:gc:file=$work/$name.gc" "$ROOT/jfio" --output-format=terse --eta=never "$@" >"$work/$name.out" 2>/dev/null
    local ios collections
    ios="$(cut -d';' -f6 "$work/$name.out")"   # terse v3 field 6: read I/O bytes (KiB)
    collections="$(grep -c 'Pause' "$work/$name.gc" || true)"
    printf '%-28s read=%s KiB, GC pauses: %s\n' "$name" "$ios" "$collections"
}

run null-randread-4k --name=null --ioengine=null --rw=randread --bs=4k --size=1g --time_based --runtime="${secs}s"
(cd "$work" && run psync-with-per-io-lat-log --name=psync --ioengine=psync --filename="$work/f.dat" --rw=randread \
    --bs=4k --size=64m --time_based --runtime="${secs}s" --write_lat_log="$work/lat")
