#!/usr/bin/env bash
# Builds jfio's JNI stubs (jfio_native.c) into the engine's classes, where JniCalls finds them at run time.
# Called by Maven (engine/pom.xml, process-classes). Without a C compiler or the JDK's JNI headers it
# warns and succeeds: jfio then makes the same calls through JNA, a little slower (see docs/native.md).
# Usage: build-native.sh JAVA_HOME OUTPUT_CLASSES_DIR
set -uo pipefail
java_home="$1" classes="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
arch="$(uname -m)"
out="$classes/io/jfio/engine/nativeio/native/linux-$arch/libjfio.so"
cc="${CC:-cc}"
if [[ "$(uname -s)" != Linux ]]; then
    echo "[jfio native] not Linux: skipped (JNA is used)"; exit 0
fi
if ! command -v "$cc" >/dev/null 2>&1; then
    echo "[jfio native] WARNING: no C compiler ($cc): jfio will use JNA for I/O calls (slower; apt-get install -y gcc)"; exit 0
fi
if [[ ! -f "$java_home/include/jni.h" ]]; then
    echo "[jfio native] WARNING: no JNI headers under $java_home/include: jfio will use JNA for I/O calls"; exit 0
fi
if [[ -f "$out" && "$out" -nt "$here/jfio_native.c" && "$out" -nt "$here/build-native.sh" ]]; then
    exit 0
fi
mkdir -p "$(dirname "$out")"
if ! "$cc" -O2 -fPIC -shared -Wall -Werror -o "$out.tmp" -I"$java_home/include" -I"$java_home/include/linux" \
        "$here/jfio_native.c"; then
    rm -f "$out.tmp"
    echo "[jfio native] WARNING: compiling jfio_native.c failed: jfio will use JNA for I/O calls"; exit 0
fi
mv -f "$out.tmp" "$out"
