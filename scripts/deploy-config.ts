// Writes the hosting files into a built site: `_headers` and `_redirects` for CDN hosts and
// `_nginx/` for nginx (the hand-written deploy/nginx/{http,server}.conf plus what
// src/lib/hosting.ts generates). The build calls it before swapping the site into place, so
// every dist/ carries the headers, cache rules and redirects that belong to its own content.
//
//   node scripts/deploy-config.ts [site-dir]   rewrite them for an existing build (default dist)
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInputsOrExit, publicationNow } from '../src/build-inputs.ts';
import { hostingFiles } from '../src/lib/hosting.ts';
import { redirectList, type Redirect } from '../src/lib/redirects.ts';
import type { ValidContent } from '../src/schema/validate.ts';
import { checkContent, formatProblems } from './lib/check.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Hand-written nginx files that travel with the site. */
export const NGINX_SOURCES = ['http.conf', 'server.conf'];

/** The old-slug redirects of the published articles (src/lib/redirects.ts). */
export function siteRedirects(content: ValidContent, now: Date): Redirect[] {
  return redirectList(
    content.articles.map((a) => ({ ...a.data, slug: a.slug })),
    now,
  );
}

/** Writes `_headers`, `_redirects` and `_nginx/` into siteDir; returns the paths written, relative to it. */
export function writeHostingFiles(siteDir: string, redirects: readonly Redirect[]): string[] {
  // Replaced as a whole, so a file dropped from the generator does not linger in old builds.
  rmSync(join(siteDir, '_nginx'), { recursive: true, force: true });
  const files = hostingFiles(redirects);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), text);
  }
  for (const name of NGINX_SOURCES) copyFileSync(join(ROOT, 'deploy/nginx', name), join(siteDir, '_nginx', name));
  return [...Object.keys(files), ...NGINX_SOURCES.map((name) => `_nginx/${name}`)].sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const inputs = buildInputsOrExit();
  const siteDir = resolve(process.argv[2] ?? inputs.outDir);
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.error(`${siteDir} 里没有构建好的网站（缺少 index.html），请先运行 ./site build。`);
    process.exit(1);
  }
  const { problems, content } = checkContent(inputs.contentDir);
  if (problems.length) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  const written = writeHostingFiles(siteDir, siteRedirects(content, publicationNow(inputs)));
  console.log(`已写入 ${siteDir}：${written.join('、')}`);
}
