#!/usr/bin/env node
// `npm run dev`: the server (restarting on change) and the Vite dev server (hot reload) together.
// Open the Vite URL it prints; Vite forwards /api and /socket.io to the server (vite.config.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const viteCli = require.resolve('vite/package.json').replace(/package\.json$/, 'bin/vite.js');

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;

/**
 * Starts a child whose output lines are prefixed with its name.
 * @param {string} name
 * @param {string[]} args arguments to node
 * @param {string} cwd
 */
function run(name, args, cwd) {
  const child = spawn(process.execPath, args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (/** @type {Buffer} */ chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  // One half without the other is not a working dev setup: stop both.
  child.on('exit', (code) => stop(`${name} exited with ${code}`, code ?? 1));
  children.push(child);
}

/**
 * @param {string} why
 * @param {number} code exit code
 */
function stop(why, code) {
  if (stopping) return;
  stopping = true;
  console.log(`[dev] ${why}: stopping`);
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => stop('SIGINT', 0));
process.on('SIGTERM', () => stop('SIGTERM', 0));

run('server', [tsxCli, 'watch', '--clear-screen=false', 'server/src/main.ts'], ROOT);
run('vite', [viteCli], fileURLToPath(new URL('../dashboard/', import.meta.url)));
