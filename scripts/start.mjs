#!/usr/bin/env node
// `npm start`: one command for a newcomer on a fresh clone — install what is missing, build the
// PWA, then run the plant server (which seeds the demo plant on first start).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, env = process.env) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

// better-sqlite3 compiles from source where no prebuilt binary can be downloaded; node-gyp then
// needs Node's headers, which Debian ships in /usr/include/node.
const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || mtime(join(root, 'package-lock.json')) > mtime(installed)) {
  console.log('Installing dependencies (first run; compiling SQLite can take a couple of minutes)…');
  run(['ci', '--no-audit', '--no-fund'], env);
}

if (process.env.GEMBA_SKIP_BUILD !== '1') {
  console.log('Building the tablet app…');
  run(['run', 'build', '--silent']);
}

run(['run', 'server', '--', ...process.argv.slice(2)]);
