// Debian's nginx with the production rules, started through scripts/serve-nginx.ts (the script
// behind `npm run serve:nginx`) on a free loopback port. Used by the nginx tests and by
// `npm run bench:pages`, so pages are measured as production serves them (gzip, headers).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { ROOT } from './fixture.ts';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    }).on('error', () => resolve(false));
  });

export interface Served {
  port: number;
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** Starts scripts/serve-nginx.ts, directly or as `npm run serve:nginx`, and waits for its ready line. */
export async function serveNginx(root: string, viaNpm = false): Promise<Served> {
  const port = await freePort();
  const args = ['--root', root, '--port', String(port)];
  // npm_execpath is npm's own CLI when the tests run under `npm test`.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const [command, ...rest] = viaNpm
    ? [...npm, 'run', '--silent', 'serve:nginx', '--', ...args]
    : [process.execPath, 'scripts/serve-nginx.ts', ...args];
  const child = spawn(command!, rest, { cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  while (!out.includes(`http://127.0.0.1:${port}/`)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`serve:nginx did not start (exit ${child.exitCode}):\n${out}\n${err}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, child, stdout: () => out, exited };
}
