#!/usr/bin/env bash
# Freeze the app with build.spec: dist/content-planner/ (and dist/Content Planner.app on
# macOS). Installs the build tools (the project's "build" extra) into the Python it uses:
# $PYTHON if set, else the project's .venv, else the python on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n ${PYTHON:-} ]]; then
  python=$PYTHON
elif [[ -x .venv/bin/python ]]; then
  python=.venv/bin/python
elif [[ -x .venv/Scripts/python.exe ]]; then
  python=.venv/Scripts/python.exe
else
  python=$(command -v python3 || command -v python)
fi

"$python" -m pip install --quiet --disable-pip-version-check -e ".[build]"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "build: $(du -sh dist/content-planner | cut -f1) in dist/content-planner"
