#!/usr/bin/env bash
# test_install.sh BUILD_DIR: installs the build into a temporary prefix and runs the installed programs from
# elsewhere, with nothing pointing back at the source or build tree; then validates the desktop entry and the
# AppStream metainfo when desktop-file-validate / appstreamcli are installed (a note, not a failure, when not).
set -euo pipefail
build=$(cd "$1" && pwd)
app_id=io.github.triggermap.TriggerMap

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log"

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in bin/trigger-map bin/tpmap share/trigger-map/catalogue.sqlite \
         share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$app_id.svg; do
  [[ -s $prefix/$f ]] || fail "not installed: $f"
done
[[ -x $prefix/bin/trigger-map && -x $prefix/bin/tpmap ]] || fail "programs are not executable"

# Run from an unrelated folder, with a clean environment: no catalogue override, no path into the trees.
mkdir "$work/elsewhere"
cd "$work/elsewhere"
run() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
          XDG_RUNTIME_DIR="$work/runtime" "$@"; }
mkdir -m 700 "$work/home" "$work/runtime"

run "$prefix/bin/tpmap" --version || fail "tpmap --version"
run "$prefix/bin/tpmap" where head.temple:right >"$work/where.txt" || fail "tpmap where"
[[ -s $work/where.txt ]] || fail "tpmap where printed nothing"
run "$prefix/bin/trigger-map" --version || fail "trigger-map --version"
run "$prefix/bin/trigger-map" --screenshot "$work/shot.png" --size 800x600 || fail "trigger-map --screenshot"
[[ -s $work/shot.png ]] || fail "the screenshot is missing or empty"
head -c 8 "$work/shot.png" | od -An -c | grep -q 'P   N   G' || fail "the screenshot is not a PNG"
run "$prefix/bin/trigger-map" --language de --screenshot "$work/shot-de.png" --size 800x600 ||
  fail "trigger-map --language de --screenshot"
echo "installed programs run from $work/elsewhere"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/$app_id.desktop" || fail "desktop-file-validate"
  echo "desktop-file-validate: ok"
else
  echo "note: desktop-file-validate is not installed (package desktop-file-utils): not validated"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
else
  echo "note: appstreamcli is not installed (package appstream): not validated"
fi
