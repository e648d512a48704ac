#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code (code-server on 127.0.0.1) driven through Debian's
# Chromium by playwright-core. Installs what it needs (scripts/e2e/setup.sh, cached outside the repo),
# builds and packages the extension, starts code-server in its own process group with a throw-away
# profile, runs test/e2e/**/*.e2e.test.ts with vitest, and always kills the process group.
# Options (environment): CLAUSELINT_E2E_CACHE (cache folder), CLAUSELINT_E2E_KEEP=1 (keep the temp folder),
# CLAUSELINT_E2E_VSIX=path (install that .vsix instead of packaging), CLAUSELINT_E2E_EXAMPLES=dir (other
# example contracts), CLAUSELINT_E2E_STRICT=1 (a scenario whose prerequisite is missing fails instead of
# being skipped), CLAUSELINT_E2E_CMD='...' (run that instead of the scenarios, e.g. a debugging script).
# Extra arguments are passed to vitest (e.g. `npm run test:e2e -- -t hover`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
T0=$(now)

# ---- 1. tools -----------------------------------------------------------------------------------
bash scripts/e2e/setup.sh
CACHE="${CLAUSELINT_E2E_CACHE:-$HOME/.cache/clauselint-e2e}"
# shellcheck source=/dev/null
source "$CACHE/env.sh"

# ---- 2. throw-away profile, workspace root, and the process-group cleanup --------------------------
TMP="$(mktemp -d "${TMPDIR:-/tmp}/clauselint-e2e.XXXXXX")"
CS_PID=""
TEST_PID=""
cleanup() {
  local rc=$?
  # The scenario runner's group first (vitest, its worker and the Chromium it drives), then code-server's.
  if [[ -n "$TEST_PID" ]] && kill -0 -- "-$TEST_PID" 2>/dev/null; then
    kill -TERM -- "-$TEST_PID" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$TEST_PID" 2>/dev/null || true
    echo "== e2e: scenario process group $TEST_PID stopped"
  fi
  if [[ -n "$CS_PID" ]]; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
    echo "== e2e: code-server process group $CS_PID stopped"
  fi
  if [[ "${CLAUSELINT_E2E_KEEP:-}" == 1 ]]; then echo "== e2e: kept $TMP"; else rm -rf "$TMP"; fi
  echo "== e2e: whole run $(since "$T0") s (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# EXTENSIONS_GALLERY={} (below) turns code-server's extension marketplace off: no lookups leave the machine.
HOME_DIR="$TMP/home"; USER_DATA="$TMP/user-data"; EXT_DIR="$TMP/extensions"; WS_ROOT="$TMP/workspaces"
mkdir -p "$HOME_DIR" "$USER_DATA/User" "$EXT_DIR" "$WS_ROOT" "$TMP/xdg/config" "$TMP/xdg/data" "$TMP/xdg/cache" "$TMP/xdg/state" "$TMP/xdg/runtime"
chmod 700 "$TMP/xdg/runtime"
cat > "$USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "editor.hover.delay": 300,
  "files.autoSave": "off",
  "window.restoreWindows": "none"
}
JSON

# ---- 3. build and install the extension -----------------------------------------------------------
t=$(now)
if [[ -n "${CLAUSELINT_E2E_VSIX:-}" ]] || node -e 'process.exit(require("./package.json").scripts?.package ? 0 : 1)'; then
  if [[ -n "${CLAUSELINT_E2E_VSIX:-}" ]]; then
    VSIX="$CLAUSELINT_E2E_VSIX"          # a given .vsix (a release candidate, or a stand-in while developing)
  else
    rm -f ./*.vsix
    npm run --silent package >"$TMP/package.log" 2>&1 || { cat "$TMP/package.log"; exit 1; }
    VSIX="$(ls -t ./*.vsix 2>/dev/null | head -1 || true)"
    [[ -n "$VSIX" ]] || VSIX="$(ls -t dist/*.vsix 2>/dev/null | head -1 || true)"
    [[ -n "$VSIX" ]] || { echo "e2e: npm run package made no .vsix"; cat "$TMP/package.log"; exit 1; }
    echo "== e2e: packaged $VSIX ($(du -k "$VSIX" | cut -f1) KiB) in $(since "$t") s"
  fi
  t=$(now)
  env HOME="$HOME_DIR" XDG_CONFIG_HOME="$TMP/xdg/config" XDG_DATA_HOME="$TMP/xdg/data" XDG_CACHE_HOME="$TMP/xdg/cache" \
    PATH="$CLAUSELINT_E2E_NODE24_BIN:$PATH" EXTENSIONS_GALLERY="{}" \
    "$CLAUSELINT_E2E_CODE_SERVER" --user-data-dir "$USER_DATA" --extensions-dir "$EXT_DIR" \
    --install-extension "$VSIX" --force >"$TMP/install.log" 2>&1 || { cat "$TMP/install.log"; exit 1; }
  echo "== e2e: installed the .vsix in $(since "$t") s"
  export CLAUSELINT_E2E_INSTALL=vsix
else
  # No "package" script yet: lay the extension folder out as VS Code would unpack it.
  npm run --silent build
  EXT_ID="$(node -p 'const p=require("./package.json"); `${p.publisher}.${p.name}-${p.version}`')"
  mkdir -p "$EXT_DIR/$EXT_ID"
  for f in package.json package.nls*.json README.md LICENSE* CHANGELOG.md dist grammars syntaxes snippets \
           language-configuration*.json schemas images icons media l10n; do
    for g in $f; do [[ -e "$g" ]] && cp -r "$g" "$EXT_DIR/$EXT_ID/"; done
  done
  echo "== e2e: no 'package' script yet: copied the extension folder to extensions/$EXT_ID in $(since "$t") s"
  export CLAUSELINT_E2E_INSTALL=folder
fi
ls "$EXT_DIR"

# ---- 4. code-server on a free loopback port, in its own process group -------------------------------
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
t=$(now)
env HOME="$HOME_DIR" XDG_CONFIG_HOME="$TMP/xdg/config" XDG_DATA_HOME="$TMP/xdg/data" XDG_CACHE_HOME="$TMP/xdg/cache" \
  XDG_STATE_HOME="$TMP/xdg/state" XDG_RUNTIME_DIR="$TMP/xdg/runtime" PATH="$CLAUSELINT_E2E_NODE24_BIN:$PATH" EXTENSIONS_GALLERY="{}" \
  setsid "$CLAUSELINT_E2E_CODE_SERVER" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
    --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --user-data-dir "$USER_DATA" --extensions-dir "$EXT_DIR" "$WS_ROOT" \
    >"$TMP/code-server.log" 2>&1 < /dev/null &
CS_PID=$!
URL="http://127.0.0.1:$PORT"
for i in $(seq 1 120); do
  if node -e "fetch('$URL/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  kill -0 "$CS_PID" 2>/dev/null || { echo "e2e: code-server exited:"; cat "$TMP/code-server.log"; exit 1; }
  [[ $i == 120 ]] && { echo "e2e: code-server did not answer on $URL"; cat "$TMP/code-server.log"; exit 1; }
  sleep 0.5
done
echo "== e2e: code-server (pgid $CS_PID) answering on $URL after $(since "$t") s"

# ---- 5. the scenarios ---------------------------------------------------------------------------
mkdir -p test/e2e/artifacts
rm -f test/e2e/artifacts/*.png test/e2e/artifacts/*.log test/e2e/artifacts/timings.json
export CLAUSELINT_E2E_URL="$URL" CLAUSELINT_E2E_WORKSPACES="$WS_ROOT" CLAUSELINT_E2E_USER_DATA="$USER_DATA" \
       CLAUSELINT_E2E_LOG="$TMP/code-server.log" CLAUSELINT_E2E_EXTENSIONS="$EXT_DIR" CLAUSELINT_E2E_HOME="$HOME_DIR"
t=$(now)
set +e
# In a process group of its own too (waited for in the background, so that a signal still reaches the
# traps at once): cleanup() can then stop the browser with it whatever happens.
if [[ -n "${CLAUSELINT_E2E_CMD:-}" ]]; then
  setsid bash -c "$CLAUSELINT_E2E_CMD" < /dev/null &   # debugging: run this instead of the scenarios
else
  setsid node_modules/.bin/vitest run --config vitest.e2e.config.ts "$@" < /dev/null &
fi
TEST_PID=$!
wait "$TEST_PID"
rc=$?
set -e
echo "== e2e: scenarios ran in $(since "$t") s"
if [[ -f test/e2e/artifacts/timings.json ]]; then
  echo "== e2e timings (test/e2e/artifacts/timings.json):"
  node -e 'for (const [k, v] of Object.entries(require("./test/e2e/artifacts/timings.json"))) {
    const { ms, ...rest } = v; console.log(`   ${String(ms).padStart(6)} ms  ${k}${Object.keys(rest).length ? "  " + JSON.stringify(rest) : ""}`); }'
fi
if [[ $rc != 0 ]]; then
  cp "$TMP/code-server.log" test/e2e/artifacts/code-server.log 2>/dev/null || true
  # The extension host's and the language client's logs, for the failure's story.
  ( cd "$USER_DATA/logs" 2>/dev/null && find . -type f | grep -E '/clauselint[^/]*/[^/]+$|remoteexthost\.log$' ) \
    | while read -r f; do cp "$USER_DATA/logs/$f" "test/e2e/artifacts/$(echo "${f#./}" | tr / -)" 2>/dev/null || true; done
fi
exit $rc
