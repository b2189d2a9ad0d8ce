#!/usr/bin/env bash
# Installs what the portal's browser tests need, idempotently: Debian's chromium (apt; never a browser download by a
# test tool) with a font that has Vietnamese glyphs, and pinned playwright-core and axe-core from npm into a cache
# folder outside the repository. Prints that folder on stdout. CI runs it as root on a clean clone (.ci/run).
set -euo pipefail

CACHE="${MOTCUA_BROWSER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/motcua-browser-test}"
PLAYWRIGHT_CORE_VERSION=1.65.1
AXE_CORE_VERSION=4.14.1
CHROME="${CHROME_PATH:-/usr/bin/chromium}"

log() { echo "[browser-setup] $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi

pkgs=()
[ -x "$CHROME" ] || pkgs+=(chromium)
fc-list :lang=vi 2>/dev/null | grep -q . || pkgs+=(fonts-noto-core fonts-dejavu-core)
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
if [ "${#pkgs[@]}" -gt 0 ]; then
  log "apt-get install ${pkgs[*]}"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi
[ -x "$CHROME" ] || { log "chromium missing at $CHROME"; exit 1; }

mkdir -p "$CACHE"
want="playwright-core@$PLAYWRIGHT_CORE_VERSION axe-core@$AXE_CORE_VERSION"
if [ "$(cat "$CACHE/.installed" 2>/dev/null)" != "$want" ]; then
  log "npm install $want into $CACHE"
  [ -f "$CACHE/package.json" ] || echo '{"name":"motcua-browser-test","private":true}' > "$CACHE/package.json"
  # playwright-core never downloads browsers; the variable makes that explicit.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION" "axe-core@$AXE_CORE_VERSION" >/dev/null
  echo "$want" > "$CACHE/.installed"
fi
echo "$CACHE"
