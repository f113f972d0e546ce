// Builds a fixture content tree with the real build script, in its own scratch folder, and
// reports what an editor would see (exit code, output) plus helpers to read the result.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_NOW = '2026-06-01T12:00:00+08:00';

export interface Scratch {
  name: string;
  dir: string;
  content: string;
  dist: string;
  /** Content path as error messages show it (relative to the project root). */
  label: (file: string) => string;
  write: (file: string, text: string) => void;
  remove: (file: string) => void;
}

/** Copies tests/fixtures/<fixture>/content to tests/.tmp/<name>/content. */
export function scratch(name: string, fixture = 'site'): Scratch {
  const dir = join(ROOT, 'tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'tests/fixtures', fixture, 'content'), content, { recursive: true });
  return {
    name,
    dir,
    content,
    dist: join(dir, 'dist'),
    label: (file) => `tests/.tmp/${name}/content/${file}`,
    write: (file, text) => {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    },
    remove: (file) => rmSync(join(content, file), { force: true }),
  };
}

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const LOCK = join(ROOT, 'tests/.tmp/.build-lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Astro writes generated modules (the MDX content map among them) to the project's own .astro/
 * folder whatever the content dir, so two builds at once would read each other's. Test files
 * run in parallel workers; this lock makes their builds take turns. A dev server of a fixture
 * site writes there too and holds the lock while it runs. Returns the function that releases it.
 */
export function acquireBuildLock(): () => void {
  mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : 0);
      if (owner && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  return () => rmSync(LOCK, { recursive: true, force: true });
}

function withBuildLock<T>(run: () => T): T {
  const release = acquireBuildLock();
  try {
    return run();
  } finally {
    release();
  }
}

export function build(s: Scratch, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  return withBuildLock(() => buildUnlocked(s, env, args));
}

export function buildEnv(s: Scratch, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: s.content,
    OUT_DIR: s.dist,
    ASTRO_CACHE_DIR: join(s.dir, 'cache'),
    BUILD_NOW: FIXTURE_NOW,
    SITE_URL: 'https://fixture.example.com',
    ...env,
  };
}

function buildUnlocked(s: Scratch, env: Record<string, string>, args: string[]): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: buildEnv(s, env) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface StoppedBuild extends BuildResult {
  /** Whether the signal was sent (Astro had been told to build) before the build ended. */
  sent: boolean;
  /** Command lines of processes still running that name the output folder. */
  leftOver: string[];
}

/** A build sent `signal` once Astro's process has been told to build (tests/helpers/stop-build.ts). */
export function buildStopped(s: Scratch, signal: NodeJS.Signals, env: Record<string, string> = {}): StoppedBuild {
  return withBuildLock(() => {
    const result = spawnSync(process.execPath, ['tests/helpers/stop-build.ts', signal], {
      cwd: ROOT,
      encoding: 'utf8',
      env: buildEnv(s, env),
    });
    if (result.status !== 0) throw new Error(`stop-build failed:\n${result.stderr}`);
    return JSON.parse(result.stdout) as StoppedBuild;
  });
}

export function page(s: Scratch, path: string): string {
  const file = path.endsWith('/') ? join(s.dist, path, 'index.html') : join(s.dist, path);
  return readFileSync(file, 'utf8');
}

export function exists(s: Scratch, path: string): boolean {
  return existsSync(path.endsWith('/') ? join(s.dist, path, 'index.html') : join(s.dist, path));
}

/** A valid article for generated content. */
export function article(fields: Record<string, string>, body = '正文。'): string {
  const defaults = { title: '生成的文章', description: '生成的摘要。', pubDate: '2026-03-01', category: 'beta', author: 'ed' };
  const all = { ...defaults, ...fields };
  return `---\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}

export interface BuiltPage {
  /** The URL path, `/articles/x/` for `articles/x/index.html`. */
  path: string;
  file: string;
  html: string;
}

/** Every HTML file of a built site, with the path it is served at. */
export function builtPages(dist: string): BuiltPage[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({
      path: `/${f.split('\\').join('/')}`.replace(/index\.html$/, ''),
      file: join(dist, f),
      html: readFileSync(join(dist, f), 'utf8'),
    }));
}
