#!/usr/bin/env bash
# Runs jfio and fio 3.33 side by side on the same job files and prints the jfio/fio IOPS ratio:
# the median of N alternating pairs (default 5), all in this one run. Ratios, not absolute numbers,
# are what to quote: absolute IOPS depend on the machine and what else it is doing.
#   bench/compare-fio.sh [-n PAIRS] [JOBFILE...]     (default: bench/jobs/*.fio)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs=5
if [[ "${1:-}" == "-n" ]]; then pairs="$2"; shift 2; fi
jobs=("$@")
(( ${#jobs[@]} )) || jobs=("$ROOT"/bench/jobs/*.fio)
command -v fio >/dev/null || { echo "compare-fio: fio is not installed (apt-get install -y fio)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "compare-fio: python3 is needed to read the JSON reports" >&2; exit 1; }

if [[ -z "${BENCH_DIR:-}" ]]; then
    BENCH_DIR="$(mktemp -d /tmp/jfio-bench.XXXXXX)"
    trap 'rm -rf "$BENCH_DIR"' EXIT   # its 256 MiB test file must not outlive the run
fi
export BENCH_DIR
"$ROOT/jfio" --version >/dev/null   # builds jfio first if needed, outside the measurements

total_iops() {  # sum of read+write+trim IOPS over all jobs of a fio-format JSON report on stdin
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(j[k]["iops"] for j in d["jobs"] for k in ("read","write","trim")))'
}

# The ratio column is the median of the pairs' ratios (each pair ran back to back, so it shares the
# machine's state); the IOPS columns are medians of their own and need not divide into it.
printf '%-32s %12s %12s %7s  %s\n' "job" "jfio IOPS" "fio IOPS" "ratio" "pair ratios"
for job in "${jobs[@]}"; do
    ratios=() jfio_all=() fio_all=()
    for ((i = 0; i < pairs; i++)); do
        # jfio's layout line goes to stderr; keep the table readable, let anything else through
        j=$("$ROOT/jfio" --output-format=json --eta=never "$job" 2> >(grep -v ': Laying out IO file' >&2) | total_iops)
        f=$(fio --output-format=json --eta=never "$job" | total_iops)
        jfio_all+=("$j") fio_all+=("$f")
        ratios+=("$(python3 -c "print(f'{($j / $f if $f else 0):.3f}')")")
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    printf '%-32s %12.0f %12.0f %7.3f  %s\n' "$(basename "$job" .fio)" "$(median "${jfio_all[@]}")" \
        "$(median "${fio_all[@]}")" "$(median "${ratios[@]}")" "${ratios[*]}"
done
rm -f /dev/shm/jfio-bench-uring.dat
