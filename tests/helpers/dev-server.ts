// Runs `astro dev` over a fixture site, as editors run `./site dev` (without the content check
// that precedes it there), on a free port of 127.0.0.1, holding the build lock while it runs.
// --ignore-lock: Astro 7 allows one dev server per project and records it in a lock file; the
// test neither refuses to start nor touches the record when an editor's own server is running
// (and with it Astro never moves itself to the background when it thinks an agent runs it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { acquireBuildLock, buildEnv, ROOT, type Scratch } from './fixture.ts';

export interface DevServer {
  url: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export async function startDevServer(s: Scratch, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<DevServer> {
  const release = acquireBuildLock();
  const port = await freePort();
  // The environment an editor has, not Vitest's: with VITEST=true Astro's dev server answers
  // every page "Cannot GET" (404), and NODE_ENV=test is no editor's either.
  const childEnv: NodeJS.ProcessEnv = { ...buildEnv(s, env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const key of Object.keys(childEnv)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete childEnv[key];
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      cwd: ROOT,
      env: childEnv,
      // Its own process group, so closing it ends whatever it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
    release();
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const ready = () => {
        // Astro takes the next port when the one asked for was taken meanwhile: read the real one.
        const local = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (local) {
          clearTimeout(timer);
          resolve(local[1]!);
        }
      };
      child.stdout.on('data', ready);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`astro dev exited (${code}):\n${output}`));
      });
    });
    return { url, output: () => output, close };
  } catch (error) {
    await close();
    throw error;
  }
}
