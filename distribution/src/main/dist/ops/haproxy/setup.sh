#!/usr/bin/env bash
# Installs HAProxy (Debian package) for SeveralNodesIT and the README's "Several nodes" section, only if missing.
# Idempotent; CI runs it as root on a clean clone (.ci/run).
set -euo pipefail
if command -v haproxy >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
echo "[haproxy-setup] apt-get install haproxy" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
command -v haproxy >/dev/null 2>&1 || { echo "[haproxy-setup] haproxy still missing" >&2; exit 1; }
