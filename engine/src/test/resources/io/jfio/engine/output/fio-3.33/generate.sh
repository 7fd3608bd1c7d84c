#!/bin/sh
# Regenerates the fio 3.33 reference outputs in this folder (run by hand; the tests only read them).
# Each case runs one small job shape in the formats the report tests compare with.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # name formats args...
    name=$1; formats=$2; shift 2
    for f in $(echo "$formats" | tr , ' '); do
        case $f in normal) ext=txt ;; json) ext=json ;; json+) ext=jsonplus.json ;; terse) ext=terse ;; esac
        fio --output-format="$f" --eta=never "$@" > "$name.$ext"
    done
}

run null-randread normal,json,terse --name=t --ioengine=null --rw=randread --size=1g --runtime=1 --time_based
run psync-randwrite normal,json,json+,terse --name=t --ioengine=psync --rw=randwrite --size=1m \
    --filename="$tmp/psync"
run null-randrw-numjobs2 normal,json,terse --name=t --ioengine=null --rw=randrw --size=1g --runtime=1 \
    --time_based --numjobs=2
run null-randrw-numjobs2-group normal,json,terse --name=t --ioengine=null --rw=randrw --size=1g --runtime=1 \
    --time_based --numjobs=2 --group_reporting
run two-groups-stonewall normal,json,terse --ioengine=null --size=1g --runtime=1 --time_based \
    --name=a --rw=read --name=b --stonewall --rw=write
run percentile-list-lat normal,json --name=t --ioengine=null --rw=randread --size=1g --runtime=1 \
    --time_based --percentile_list=50:99:99.9:99.999 --lat_percentiles=1
run libaio-slat normal,json,terse --name=t --ioengine=libaio --direct=1 --iodepth=8 --rw=randread \
    --size=4m --filename="$tmp/libaio"
run status-interval normal,json --name=t --ioengine=null --rw=randread --size=1g --runtime=2 \
    --time_based --status-interval=1
# kb_base / unit_base: the text output's units (JSON and terse do not change); size-bound jobs, so that the
# bytes are exact and the text holds every figure the tests need
# (kb_base first: fio applies command-line options in order; with kb_base=1000 "kib" and "mib" are binary)
run units-kb1000 normal --name=t --kb_base=1000 --ioengine=null --rw=read --bs=64kib --size=6mib --rate=3145728
run units-bits normal --name=t --ioengine=null --rw=read --size=6m --rate=3145728 --unit_base=1
run units-kb1000-bits normal --name=t --kb_base=1000 --unit_base=1 --ioengine=null --rw=read --size=6mib \
    --rate=3145728
run units-kb1000-mega normal --name=t --kb_base=1000 --ioengine=null --rw=read --bs=1mib --size=2863mib \
    --rate=1500000000
# terse versions 2, 4 and 5 (3 is above) of one rate-limited, size-bound write job with a description
for v in 2 4 5; do
    fio --output-format=terse --terse-version=$v --eta=never --name=t --ioengine=null --rw=write --size=4m \
        --rate=2m --description="unit test" > "null-write-v$v.terse"
done
# a shortened number whose fraction rounds up (23.95 MiB prints as 24.0MiB)
run shorten-carry normal --name=t --ioengine=null --rw=read --size=24528k --rate=12264k
