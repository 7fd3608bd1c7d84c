#!/usr/bin/env bash
# Builds jfio's desktop packages with jpackage (JDK 17): an app-image (target/package/jfio/) and, with
# --deb, a .deb (needs fakeroot and dpkg-deb: apt-get install -y fakeroot). The app-image carries its own
# Java runtime, so the GUI starts with no JDK installed; the launcher bin/jfio opens the GUI.
#   packaging/build.sh [--deb]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/package"
VERSION="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"

(cd "$ROOT" && mvn -B -q -DskipTests package)

# Inputs: the app jar and its libraries; JavaFX's platform jars go on the module path.
rm -rf "$OUT" && mkdir -p "$OUT/input" "$OUT/fx"
cp "$ROOT/app/target/jfio-app.jar" "$OUT/input/"
for jar in "$ROOT"/app/target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar) cp "$jar" "$OUT/fx/" ;;
        javafx-*) ;;
        *) cp "$jar" "$OUT/input/" ;;
    esac
done
cp "$ROOT/icons/jfio-256.png" "$OUT/input/jfio.png"

# jdk.management and jdk.jfr: the window adds a JIT compiler directive through the DiagnosticCommand MBean
# (JitCompilerDirectives); without jdk.jfr in the runtime that MBean lists no operations at all.
common=(--name jfio --app-version "$VERSION" --vendor "jfio" --dest "$OUT"
        --input "$OUT/input" --main-jar jfio-app.jar --main-class io.jfio.app.AppLauncher
        --module-path "$OUT/fx" --add-modules javafx.controls,javafx.swing,java.desktop,java.logging,java.management,java.prefs,jdk.jfr,jdk.management,jdk.unsupported
        --icon "$ROOT/icons/jfio-256.png" --arguments --gui
        --java-options -XX:MaxGCPauseMillis=20)  # short GC pauses for the FX thread, as ./jfio --gui

jpackage --type app-image "${common[@]}"
echo "packaging: app-image in $OUT/jfio (run $OUT/jfio/bin/jfio)"

if [[ "${1:-}" == "--deb" ]]; then
    jpackage --type deb "${common[@]}" --linux-shortcut --linux-menu-group System \
        --description "Flexible I/O tester: fio-compatible engine and a JavaFX GUI"
    echo "packaging: $(ls "$OUT"/*.deb)"
fi
