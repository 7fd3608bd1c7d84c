#!/bin/sh
# Regenerates the golden iologs that SequentialGoldenTest compares IoPlanner with.
# Each file is fio 3.33's write_iolog of one small null-engine job, timestamps dropped,
# with the fio command line as its first (comment) line. Run from this directory.
set -eu
command -v fio >/dev/null || { echo "fio not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

golden() {
    case_name=$1
    shift
    rm -f "$tmp/log"
    fio --name=t --ioengine=null --thread "$@" --write_iolog="$tmp/log" >/dev/null
    {
        echo "# $(fio --version): fio --name=t --ioengine=null $*"
        head -n 1 "$tmp/log"
        tail -n +2 "$tmp/log" | cut -d' ' -f2-
    } >"$case_name.iolog"
}

golden seq-read-loops2           --rw=read --size=64k --bs=4k --loops=2
golden seq-read-size-not-multiple --rw=read --size=41k --bs=4k
golden seq-write-size-not-multiple --rw=write --size=10k --bs=4k
golden seq-read-holes-end-exactly --rw=read:4k --size=36k --bs=4k
golden seq-read-holes-wrap       --rw=read:4k --size=40k --bs=4k
golden seq-read-holes-no-fit     --rw=read:9k --size=40k --bs=4k
golden seq-read-io-size-wraps    --rw=read --size=8k --io_size=20k --bs=4k
golden seq-read-io-size-holes    --rw=read:4k --size=36k --io_size=36k --bs=4k
golden seq-read-io-size-overshoot --rw=read --size=16k --io_size=10k --bs=4k
golden seq-read-offset-increment --rw=read --size=16k --bs=4k --offset=8k --offset_increment=64k --numjobs=3
golden seq-zones-skip            --rw=read --size=64k --bs=4k --zonemode=strided --zonesize=8k --zonerange=16k --zoneskip=8k
golden seq-zones-larger-than-range --rw=read --size=64k --bs=4k --zonemode=strided --zonesize=24k --zonerange=16k
golden seq-write-fsync           --rw=write --size=64k --bs=4k --fsync=3
golden seq-write-fsync-loops     --rw=write --size=16k --bs=4k --fsync=3 --loops=2
golden seq-write-fdatasync-not-after-last --rw=write --size=8k --bs=4k --fdatasync=1
golden trimwrite                 --rw=trimwrite --size=16k --bs=4k
golden two-files-roundrobin      --rw=read --size=16k --bs=4k --nrfiles=2
golden two-files-sequential      --rw=read --size=16k --bs=4k --nrfiles=2 --file_service_type=sequential
golden number-ios-times-loops    --rw=read --size=16k --bs=4k --number_ios=3 --loops=2
golden seq-read-bs-per-direction-write --rw=write --size=64k --bs=4k,16k
golden seq-read-io-size-loops2   --rw=read --size=16k --bs=4k --io_size=12k --loops=2
golden seq-read-backwards        --rw=read:-8k --size=64k --bs=4k
golden seq-read-backwards-loops2 --rw=read:-8k --size=64k --bs=4k --loops=2
golden seq-write-backwards-wrap  --rw=write:-12k --size=64k --bs=4k
golden seq-read-backwards-same-block --rw=read:-4k --size=16k --bs=4k
golden seq-read-backwards-size-not-multiple --rw=read:-8k --size=41k --bs=4k
golden seq-read-backwards-io-size --rw=read:-8k --size=40k --bs=4k --io_size=80k
golden seq-read-backwards-offset-loops2 --rw=read:-8k --size=32k --bs=4k --offset=8k --loops=2
golden seq-read-backwards-exhausts-loops3 --rw=read:-8k --size=48k --bs=16k --loops=3
