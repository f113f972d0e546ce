// Serves a built fixture site with Debian's nginx through `npm run serve:nginx`'s script, with
// the production rules (deploy/nginx + the site's generated _nginx/), and checks what readers
// and crawlers get: statuses, redirects, headers, caching and compression.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netlifyHeaders } from '../../src/lib/hosting.ts';
import { CACHE_HTML, CACHE_IMMUTABLE, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { build, page, ROOT, scratch, type BuildResult } from '../helpers/fixture.ts';
import { accepts, hasNginx, NGINX, serveNginx, type Served } from '../helpers/nginx.ts';

if (!hasNginx) console.warn(`tests/build/nginx.test.ts skipped: ${NGINX} is missing (apt-get install -y nginx; .ci/run installs it).`);

const SITE = 'https://fixture.example.com';

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const s = scratch('nginx');
let result: BuildResult;
let server: Served | undefined;
let port = 0;
const fetchPath = (path: string, headers?: Record<string, string>) => get(port, path, headers);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const local = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return url.slice(SITE.length);
};
const notFoundPage = () => readFileSync(join(s.dist, '404.html'));
const astroCss = () => `/_astro/${readdirSync(join(s.dist, '_astro')).find((f) => f.endsWith('.css'))}`;
const shareCard = () => `/og/${readdirSync(join(s.dist, 'og'))[0]}`;
const pfMeta = () => `/pagefind/${readdirSync(join(s.dist, 'pagefind')).find((f) => f.endsWith('.pf_meta'))}`;

describe.skipIf(!hasNginx)('the built site behind nginx', () => {
  beforeAll(async () => {
    // Every listing indexable (no thin-page rule), so the sitemap walk below covers them all.
    result = build(s, { SITE_URL: SITE, THIN_LISTING_MIN: '0' });
    if (result.status !== 0) return;
    // The site inlines its one stylesheet, so /_astro/ may be empty; this stands in for the
    // hashed files Astro writes there (bundled scripts, processed images), big enough to gzip.
    mkdirSync(join(s.dist, '_astro'), { recursive: true });
    writeFileSync(join(s.dist, '_astro', 'probe.Dk3sA9xQ.css'), 'main { color: #111; }\n'.repeat(200));
    server = await serveNginx(s.dist);
    port = server.port;
  });

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('builds, with the hosting files inside the site', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(page(s, '/_headers')).toBe(netlifyHeaders());
    for (const file of [
      'http.conf',
      'server.conf',
      'headers-short.conf',
      'headers-immutable.conf',
      'hashed-locations.conf',
      'redirects.map',
    ]) {
      expect(existsSync(join(s.dist, '_nginx', file)), file).toBe(true);
    }
  });

  it('answers 200 with HTML for every URL in the sitemap', async () => {
    const index = await fetchPath('/sitemap-index.xml');
    expect(index.status).toBe(200);
    const urls: string[] = [];
    for (const sitemap of locs(index.body.toString())) {
      const res = await fetchPath(local(sitemap));
      expect(res.status, sitemap).toBe(200);
      urls.push(...locs(res.body.toString()));
    }
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      const res = await fetchPath(local(url));
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
    }
  });

  it('answers unknown paths with 404 and our own 404 page', async () => {
    for (const path of [
      '/no-such-page/',
      '/no-such-page',
      '/articles/no-such-article/',
      '/no-such.css',
      '/_astro/no-such.css',
      '/404.html',
    ]) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(404);
      expect(res.body.equals(notFoundPage()), path).toBe(true);
    }
  });

  it('lists no directory: a folder without index.html is a plain 404', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/pagefind/index/', '/pagefind/fragment/']) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toContain('Index of');
      expect(res.body.equals(notFoundPage()), path).toBe(true);
    }
  });

  it('does not serve the hosting files themselves', async () => {
    for (const path of ['/_nginx/server.conf', '/_nginx/redirects.map', '/_headers', '/_redirects']) {
      expect((await fetchPath(path)).status, path).toBe(404);
    }
  });

  it('sends old slugs to the renamed article with a 301, with or without the slash', async () => {
    for (const path of ['/articles/old-name/', '/articles/old-name']) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.location, path).toBe('/articles/renamed/');
    }
  });

  it('gives every rule in dist/_redirects the same 301 from nginx', async () => {
    const rules = page(s, '/_redirects')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(rules.length).toBeGreaterThan(0);
    for (const [from, to, status] of rules) {
      const res = await fetchPath(from!);
      expect(res.status, from).toBe(Number(status));
      expect(res.headers.location, from).toBe(to);
    }
  });

  it('canonicalises directory URLs to their trailing-slash form', async () => {
    const cases: [string, string][] = [
      ['/articles/hello-world', '/articles/hello-world/'],
      ['/categories/alpha', '/categories/alpha/'],
      ['/articles/hello-world/index.html', '/articles/hello-world/'],
      ['/index.html', '/'],
    ];
    for (const [path, target] of cases) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.location, path).toBe(target);
    }
  });

  it('never turns an index.html request into an off-site redirect', async () => {
    for (const path of ['//evil.example/index.html', '/\\evil.example/index.html']) {
      const res = await fetchPath(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.location, path).toBeUndefined();
    }
  });

  it('sends every security header with the exact value from src/lib/security.ts, on every kind of response', async () => {
    for (const path of [
      '/',
      '/articles/hello-world/',
      astroCss(),
      pfMeta(),
      '/no-such-page/',
      '/articles/old-name/',
      '/articles/hello-world',
    ]) {
      const res = await fetchPath(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        // Node joins repeated headers with ", ", so a header sent twice fails here too.
        expect(res.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      }
      expect(res.headers.server, path).toBe('nginx');
    }
  });

  it('caches hashed files for a year and everything else briefly', async () => {
    const cache = async (path: string) => (await fetchPath(path)).headers['cache-control'];
    expect(await cache(astroCss())).toBe(CACHE_IMMUTABLE);
    expect(await cache(pfMeta())).toBe(CACHE_IMMUTABLE);
    const chunk = readdirSync(join(s.dist, 'pagefind/index'))[0];
    expect(await cache(`/pagefind/index/${chunk}`)).toBe(CACHE_IMMUTABLE);
    expect(await cache(shareCard())).toBe(CACHE_IMMUTABLE);
    for (const path of [
      '/',
      '/articles/hello-world/',
      '/rss.xml',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/manifest.webmanifest',
    ]) {
      expect(await cache(path), path).toBe(CACHE_HTML);
    }
    // A missing hashed file is a 404 page, which must not be cached for a year.
    expect(await cache('/_astro/no-such.css')).toBe(CACHE_HTML);
  });

  it('compresses HTML, CSS and XML with gzip when the client accepts it, and only then', async () => {
    for (const path of ['/', astroCss(), '/sitemap-0.xml', '/rss.xml']) {
      const res = await fetchPath(path, { 'Accept-Encoding': 'gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.headers.vary, path).toBe('Accept-Encoding');
      const file = path.endsWith('/') ? join(s.dist, path, 'index.html') : join(s.dist, path);
      expect(gunzipSync(res.body).equals(readFileSync(file)), path).toBe(true);
      expect((await fetchPath(path)).headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('labels files with the right types and UTF-8', async () => {
    const type = async (path: string) => (await fetchPath(path)).headers['content-type'];
    expect(await type('/')).toBe('text/html; charset=utf-8');
    expect(await type(astroCss())).toBe('text/css; charset=utf-8');
    expect(await type('/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(await type('/sitemap-index.xml')).toBe('text/xml; charset=utf-8');
    expect(await type('/robots.txt')).toBe('text/plain; charset=utf-8');
    expect(await type('/pagefind/pagefind.js')).toBe('application/javascript; charset=utf-8');
    expect(await type(pfMeta())).toBe('application/octet-stream');
    expect(await type(shareCard())).toBe('image/png');
  });

  it('stops on SIGTERM sent to `npm run serve:nginx`: nginx gone, port closed, temporary prefix removed', async () => {
    const second = await serveNginx(s.dist, true);
    const prefix = /运行目录 (\S+?)，/.exec(second.stdout())?.[1];
    try {
      expect(prefix && existsSync(prefix)).toBe(true);
      expect(await accepts(second.port)).toBe(true);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(await accepts(second.port)).toBe(false);
      expect(existsSync(prefix!)).toBe(false);
    } finally {
      // If the signal got lost on the way, stop nginx itself so no server outlives the test.
      const pidFile = join(prefix ?? '/nonexistent', 'logs/nginx.pid');
      if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    }
  });

  // nginx -t loads the TLS certificate, so the test makes a throwaway one.
  it.skipIf(!existsSync('/usr/bin/openssl'))('accepts the production site file (deploy/nginx/pos-zhishi.conf) with nginx -t', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pos-nginx-t-'));
    try {
      mkdirSync(join(dir, 'conf/snippets'), { recursive: true });
      mkdirSync(join(dir, 'logs'));
      symlinkSync(join(s.dist, '_nginx'), join(dir, 'conf/snippets/pos-zhishi'));
      const cert = spawnSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=pos.example.com',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { encoding: 'utf8' },
      );
      expect(cert.status, cert.stderr).toBe(0);
      const site = readFileSync(join(ROOT, 'deploy/nginx/pos-zhishi.conf'), 'utf8')
        .replace('/etc/letsencrypt/live/pos.example.com/fullchain.pem', join(dir, 'cert.pem'))
        .replace('/etc/letsencrypt/live/pos.example.com/privkey.pem', join(dir, 'key.pem'))
        .replace('root /srv/pos-zhishi/current;', `root ${s.dist};`);
      writeFileSync(join(dir, 'conf/pos-zhishi.conf'), site);
      // What Debian's /etc/nginx/nginx.conf does around sites-enabled/*.
      writeFileSync(
        join(dir, 'conf/nginx.conf'),
        `pid logs/nginx.pid;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  include pos-zhishi.conf;\n}\n`,
      );
      const test = spawnSync(NGINX, ['-t', '-p', `${dir}/`, '-c', 'conf/nginx.conf', '-e', 'logs/error.log'], { encoding: 'utf8' });
      expect(test.status, test.stderr).toBe(0);
      expect(test.stderr).not.toMatch(/\[(warn|emerg|alert|crit|error)\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
