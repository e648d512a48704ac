/**
 * Preload (`node --require trap-network.cjs …`) for the no-network / no-code-execution tests: replaces
 * every way Node offers to open a connection, resolve a name or start a process with a trap that records
 * the call to CLAUSELINT_TRAP_LOG (one JSON line per call), prints it to stderr and throws. Also records
 * modules loaded from outside the program's own files (a workspace file being require()d).
 * Installed before the program runs, so the bundle sees only the trapped functions.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const log = process.env.CLAUSELINT_TRAP_LOG;
const allowedRoots = (process.env.CLAUSELINT_TRAP_ALLOW || '').split(path.delimiter).filter(Boolean).map((p) => path.resolve(p));

function record(what, detail) {
  const line = JSON.stringify({ what, detail: String(detail ?? '').slice(0, 300), stack: new Error().stack.split('\n').slice(2, 7).join(' | ') });
  if (log) fs.appendFileSync(log, `${line}\n`);
  process.stderr.write(`TRAPPED ${what} ${String(detail ?? '').slice(0, 120)}\n`);
}

function trap(obj, name, label) {
  if (!obj || typeof obj[name] !== 'function') return;
  const original = obj[name];
  const trapped = function trappedCall(...args) {
    record(label, typeof args[0] === 'object' ? JSON.stringify(args[0])?.slice(0, 200) : args[0]);
    throw new Error(`clauselint security test: ${label} is not allowed`);
  };
  Object.defineProperty(trapped, 'name', { value: original.name });
  obj[name] = trapped;
}

const net = require('node:net');
for (const f of ['connect', 'createConnection', 'createServer']) trap(net, f, `net.${f}`);
trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
trap(net.Server.prototype, 'listen', 'net.Server#listen');
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  for (const f of ['request', 'get', 'createServer']) trap(m, f, `${mod}.${f}`);
}
trap(require('node:http2'), 'connect', 'http2.connect');
trap(require('node:http2'), 'createServer', 'http2.createServer');
trap(require('node:tls'), 'connect', 'tls.connect');
trap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const f of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'reverse']) {
  trap(dns, f, `dns.${f}`);
  trap(dns.promises, f, `dns.promises.${f}`);
}
const cp = require('node:child_process');
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, f, `child_process.${f}`);
// a worker running the program's own files is fine (linting off the main thread); anything else is not
const wt = require('node:worker_threads');
const OriginalWorker = wt.Worker;
wt.Worker = class TrappedWorker extends OriginalWorker {
  constructor(file, options) {
    const f = file instanceof URL ? require('node:url').fileURLToPath(file) : String(file);
    const own = !options?.eval && allowedRoots.some((r) => path.resolve(f).startsWith(r + path.sep));
    if (!own) {
      record('worker_threads.Worker', f.slice(0, 200));
      throw new Error('clauselint security test: worker_threads.Worker on a foreign script is not allowed');
    }
    super(file, options);
  }
};
const vm = require('node:vm');
for (const f of ['runInNewContext', 'runInContext', 'compileFunction']) trap(vm, f, `vm.${f}`);
for (const g of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[g] === 'function') {
    const label = `globalThis.${g}`;
    globalThis[g] = function trappedGlobal(...args) {
      record(label, args[0]);
      throw new Error(`clauselint security test: ${label} is not allowed`);
    };
  }
}
Module.syncBuiltinESMExports();

// modules loaded from anywhere but node's built-ins, node_modules and the allowed roots (the program)
const load = Module._load;
Module._load = function trappedLoad(request, parent, isMain) {
  const result = load.apply(this, arguments);
  try {
    if (!request.startsWith('node:') && !Module.isBuiltin(request)) {
      const resolved = Module._resolveFilename(request, parent, isMain);
      const inProgram = allowedRoots.some((r) => resolved === r || resolved.startsWith(r + path.sep));
      if (!inProgram && !resolved.includes(`${path.sep}node_modules${path.sep}`)) record('require outside the program', resolved);
    }
  } catch {
    // resolution of an already-loaded module can fail for virtual ids; not a workspace file
  }
  return result;
};
