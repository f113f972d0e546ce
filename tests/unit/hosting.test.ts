import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHostingFiles } from '../../scripts/deploy-config.ts';
import {
  HASHED_PATHS,
  hostingFiles,
  netlifyHeaders,
  nginxHashedLocations,
  nginxHeaders,
  nginxLocation,
  nginxRedirectMap,
} from '../../src/lib/hosting.ts';
import { CACHE_HTML, CACHE_IMMUTABLE, SECURITY_HEADERS } from '../../src/lib/security.ts';

const body = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('netlifyHeaders', () => {
  it('puts the security headers on every path and Cache-Control only on hashed paths', () => {
    const text = netlifyHeaders({ 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' }, ['/_astro/*', '/p/*.pf_meta']);
    expect(body(text)).toEqual([
      '/*',
      '  X-Frame-Options: DENY',
      '  Referrer-Policy: no-referrer',
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '/p/*.pf_meta',
      '  Cache-Control: public, max-age=31536000, immutable',
    ]);
    // Rules are separated by a blank line and the file ends with a newline.
    expect(text).toContain('no-referrer\n\n/_astro/*\n');
    expect(text.endsWith('immutable\n')).toBe(true);
  });

  it('carries every header of src/lib/security.ts with its exact value', () => {
    const text = netlifyHeaders();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(`\n  ${name}: ${value}\n`);
  });

  it('never gives one path two Cache-Control values (Cloudflare would join them with a comma)', () => {
    const cacheRules = body(netlifyHeaders()).filter((l) => l.includes('Cache-Control'));
    expect(cacheRules).toHaveLength(HASHED_PATHS.length);
    expect(body(netlifyHeaders())).not.toContain(`  Cache-Control: ${CACHE_HTML}`);
  });

  it('refuses a value that would start a new line or header', () => {
    expect(() => netlifyHeaders({ 'X-A': 'ok\n/evil/*' }, [])).toThrow('X-A');
    expect(() => netlifyHeaders({ 'X A': 'ok' }, [])).toThrow('header name');
  });
});

describe('nginxHeaders', () => {
  it('writes each header as add_header … always, plus the given Cache-Control', () => {
    expect(body(nginxHeaders('no-cache', { 'Content-Security-Policy': "frame-ancestors 'none'" }))).toEqual([
      `add_header Content-Security-Policy "frame-ancestors 'none'" always;`,
      'add_header Cache-Control "no-cache" always;',
    ]);
  });

  it('carries every header of src/lib/security.ts', () => {
    const lines = body(nginxHeaders(CACHE_IMMUTABLE));
    expect(lines).toHaveLength(Object.keys(SECURITY_HEADERS).length + 1);
    expect(lines).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
    expect(lines).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}" always;`);
  });

  it('refuses what nginx would read differently: $ (a variable), quotes, backslashes, non-ASCII', () => {
    for (const bad of ['a $host b', 'say "hi"', 'back\\slash', 'caf\u00e9']) {
      expect(() => nginxHeaders('no-cache', { 'X-Test': bad }), bad).toThrow('X-Test');
    }
  });
});

describe('nginxLocation', () => {
  it('turns a folder pattern into a prefix location that beats regex locations', () => {
    expect(nginxLocation('/_astro/*')).toBe('^~ /_astro/');
    expect(nginxLocation('/pagefind/index/*')).toBe('^~ /pagefind/index/');
  });
  it('turns any other pattern into an anchored regex with literal dots', () => {
    expect(nginxLocation('/pagefind/*.pf_meta')).toBe('~ "^/pagefind/.*\\.pf_meta$"');
  });
  it('refuses patterns it cannot translate faithfully', () => {
    expect(() => nginxLocation('/a/*/b/*')).toThrow();
    expect(() => nginxLocation('/a b/*')).toThrow();
    expect(() => nginxLocation('_astro/*')).toThrow();
  });
  it('gives each hashed path a location that includes the immutable headers', () => {
    const text = nginxHashedLocations(['/_astro/*']);
    expect(body(text)).toEqual(['location ^~ /_astro/ {', '    include snippets/pos-zhishi/headers-immutable.conf;', '}']);
  });
});

describe('nginxRedirectMap', () => {
  it('maps each old URL with and without its slash to the new URL', () => {
    expect(
      body(
        nginxRedirectMap([
          { from: '/articles/a/', to: '/articles/b/' },
          { from: '/articles/c/', to: '/articles/d/' },
        ]),
      ),
    ).toEqual(['/articles/a/ /articles/b/;', '/articles/a /articles/b/;', '/articles/c/ /articles/d/;', '/articles/c /articles/d/;']);
  });
  it('is only a comment for a site without redirects (an empty map is valid nginx)', () => {
    expect(body(nginxRedirectMap([]))).toEqual([]);
  });
  it('refuses paths that would be a variable, a regex, a directive or an off-site target', () => {
    for (const bad of ['/a/$x/', '~^/a', '/a/;', '/a b/', '//evil.example/', 'https://evil.example/']) {
      expect(() => nginxRedirectMap([{ from: '/articles/a/', to: bad }]), bad).toThrow('redirect path');
      expect(() => nginxRedirectMap([{ from: bad, to: '/articles/a/' }]), bad).toThrow('redirect path');
    }
  });
});

describe('hostingFiles and writeHostingFiles', () => {
  it('writes _headers and the complete _nginx/ folder, replacing an old one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hosting-'));
    try {
      writeFileSync(join(dir, 'index.html'), '');
      writeHostingFiles(dir, []);
      writeFileSync(join(dir, '_nginx/stale.conf'), 'old');
      const written = writeHostingFiles(dir, [{ from: '/articles/a/', to: '/articles/b/' }]);
      expect(readdirSync(join(dir, '_nginx')).sort()).toEqual([
        'hashed-locations.conf',
        'headers-immutable.conf',
        'headers-short.conf',
        'http.conf',
        'redirects.map',
        'server.conf',
      ]);
      expect(written).toContain('_headers');
      expect(readFileSync(join(dir, '_redirects'), 'utf8')).toBe('/articles/a/ /articles/b/ 301\n/articles/a /articles/b/ 301\n');
      expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(netlifyHeaders());
      expect(readFileSync(join(dir, '_nginx/redirects.map'), 'utf8')).toContain('/articles/a /articles/b/;');
      expect(readFileSync(join(dir, '_nginx/headers-short.conf'), 'utf8')).toContain(`add_header Cache-Control "${CACHE_HTML}" always;`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('includes from the hand-written nginx files only what it generates', () => {
    const generated = new Set(Object.keys(hostingFiles([])).map((p) => p.replace(/^_nginx\//, '')));
    for (const name of ['http.conf', 'server.conf']) {
      const text = readFileSync(join(import.meta.dirname, '../../deploy/nginx', name), 'utf8');
      for (const [, file] of text.matchAll(/include snippets\/pos-zhishi\/([^;]+);/g))
        expect(generated.has(file!), `${name}: ${file}`).toBe(true);
    }
  });
});

describe('security headers', () => {
  it('send no Cross-Origin-Opener-Policy, which cost a fresh browsing context group per navigation (see security.ts)', () => {
    expect(Object.keys(SECURITY_HEADERS).map((h) => h.toLowerCase())).not.toContain('cross-origin-opener-policy');
  });
  it('leave FLoC’s interest-cohort out of Permissions-Policy: browsers dropped it and log an error for it', () => {
    expect(SECURITY_HEADERS['Permissions-Policy']).not.toContain('interest-cohort');
  });
});
