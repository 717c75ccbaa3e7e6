#!/usr/bin/env bash
# Installs (as root, with apt) whatever barge needs to build and test that is missing.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config git
  antlr4 libantlr4-runtime-dev          # grammar tool (Java) and C++ runtime
  nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev libctemplate-dev catch2
  libpq-dev libmariadb-dev zlib1g-dev    # database clients (zlib: binlog CRC32)
  postgresql-15 postgresql-client-15 postgresql-15-plpgsql-check  # test server
  mariadb-server mariadb-client          # test server
  chromium                               # report.html in a real browser (tests/scripts/test_report_browser.sh)
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install_deps: everything is installed" >&2
  exit 0
fi
echo "install_deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "install_deps: error: run as root (apt-get install needs it)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Package scripts must not start system services: the tests start their own throwaway servers.
printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install_deps: done" >&2
