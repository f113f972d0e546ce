// Builds a fixture content tree with the real build script, in its own scratch folder, and
// reports what an editor would see (exit code, output) plus helpers to read the result.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

export function build(s: Scratch, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: s.content,
      OUT_DIR: s.dist,
      ASTRO_CACHE_DIR: join(s.dir, 'cache'),
      BUILD_NOW: FIXTURE_NOW,
      SITE_URL: 'https://fixture.example.com',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
  return `---\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;
}
