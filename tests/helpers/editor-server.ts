// `npm run edit` for a fixture: src/editor/start.ts (decap-server + astro dev) on free loopback
// ports, serving the scratch content at a fixed time. Holds the build lock while it runs: the
// dev server writes Astro's generated modules into the project's .astro/ as a build does.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE_NOW, acquireBuildLock, ROOT, type Scratch } from './fixture.ts';
import { freePort } from './nginx.ts';

const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);

export interface EditorServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startEditor(s: Scratch, env: Record<string, string> = {}): Promise<EditorServer> {
  const [port, cmsPort] = [await freePort(), await freePort()];
  const release = acquireBuildLock();
  // Vitest's own variables must not reach astro dev: with VITEST set, Astro leaves out its page
  // server (every page is a 404), and NODE_ENV=test, MODE, DEV, SSR… are Vitest's Vite's.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')));
  const child = spawn(process.execPath, ['src/editor/start.ts', '--port', String(port), '--cms-port', String(cmsPort)], {
    cwd: ROOT,
    env: {
      ...inherited,
      CONTENT_DIR: s.content,
      ASTRO_CACHE_DIR: join(s.dir, 'cache'),
      BUILD_NOW: FIXTURE_NOW,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    release();
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`npm run edit exited early:\n${output}`);
    }
    const [site, cms] = await Promise.all([
      fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      ),
      fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"info"}',
      }).then(
        (r) => r.ok,
        () => false,
      ),
    ]);
    if (site && cms) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm run edit did not answer within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}
