#!/usr/bin/env bash
# Pack the frozen macOS app into a disk image the user opens and drags to Applications.
#
#   packaging/macos/make_dmg.sh VERSION
#
# Run on macOS, after bash packaging/build.sh has made "dist/Content Planner.app".
# Writes dist/installer/content-planner-VERSION-macos.dmg (paths from the repository root).
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "make_dmg: $*" >&2
  exit 1
}

[[ $# -eq 1 && -n $1 ]] || fail "usage: packaging/macos/make_dmg.sh VERSION"
version=$1
app="dist/Content Planner.app"
dmg="dist/installer/content-planner-$version-macos.dmg"

[[ $(uname) == Darwin ]] || fail "disk images are made on macOS only (hdiutil); this is $(uname)"
[[ -d $app ]] || fail "$app is missing: run 'bash packaging/build.sh' from the repository root first"

stage=$(mktemp -d "${TMPDIR:-/tmp}/content-planner-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage" # the image's top folder: readable by everyone, as on any volume

# The window the image opens on: the app, and a link to Applications to drag it onto.
# ditto keeps the bundle's symbolic links, permissions and extended attributes.
ditto "$app" "$stage/Content Planner.app"
ln -s /Applications "$stage/Applications"

mkdir -p dist/installer
# hdiutil now and then fails with "Resource busy" on a busy machine: try up to three times.
for attempt in 1 2 3; do
  if hdiutil create -volname "Content Planner" -srcfolder "$stage" -ov -format UDZO "$dmg"; then
    break
  fi
  [[ $attempt -lt 3 ]] || fail "hdiutil could not create $dmg"
  sleep 5
done
echo "make_dmg: wrote $dmg"
