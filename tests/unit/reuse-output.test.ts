import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clearForAstro,
  filesUnder,
  readOutputRecord,
  removeStalePages,
  reusable,
  writeOutputRecord,
} from '../../scripts/lib/reuse-output.ts';

const root = mkdtempSync(join(tmpdir(), 'reuse-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(dir: string, files: readonly string[]) {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
}

/** A built site, Astro's manifest and the record the build leaves, in a fresh folder. */
function built(name: string) {
  const base = join(root, name);
  const site = join(base, 'dist');
  const manifest = join(base, 'cache/incremental-build.json');
  const recordFile = join(base, 'cache/last-output.json');
  tree(site, ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'favicon.ico', 'sitemap-0.xml', 'og/1.png']);
  tree(base, ['cache/incremental-build.json']);
  writeOutputRecord(recordFile, site, manifest, ['articles/a/index.html', 'articles/b/index.html', 'index.html'], ['favicon.ico']);
  return { site, manifest, recordFile };
}

describe('whether the previous site is reused', () => {
  it('is when the site and Astro’s manifest are the ones the last build left', () => {
    const { site, manifest, recordFile } = built('same');
    expect(reusable(readOutputRecord(recordFile), site, manifest)).toBe(true);
  });

  it('is not without a record, or with one that cannot be read or lacks a field', () => {
    const { site, manifest, recordFile } = built('unreadable');
    const { topLevel: _, ...older } = JSON.parse(readFileSync(recordFile, 'utf8'));
    expect(reusable(readOutputRecord(join(root, 'no-such-record.json')), site, manifest)).toBe(false);
    writeFileSync(recordFile, '{"version":1,');
    expect(reusable(readOutputRecord(recordFile), site, manifest)).toBe(false);
    writeFileSync(recordFile, JSON.stringify(older));
    expect(readOutputRecord(recordFile)).toBeUndefined();
  });

  it('is not for another output folder, nor for a folder replaced at the same path', () => {
    const { site, manifest, recordFile } = built('moved');
    expect(reusable(readOutputRecord(recordFile), `${site}-other`, manifest)).toBe(false);
    renameSync(site, `${site}-old`);
    tree(site, ['index.html']);
    expect(reusable(readOutputRecord(recordFile), site, manifest)).toBe(false);
  });

  it('is not once something was added to or removed from the site’s top level', () => {
    const added = built('added');
    writeFileSync(join(added.site, 'extra.html'), '手工加的');
    expect(reusable(readOutputRecord(added.recordFile), added.site, added.manifest)).toBe(false);
    const removed = built('removed');
    rmSync(join(removed.site, 'favicon.ico'));
    expect(reusable(readOutputRecord(removed.recordFile), removed.site, removed.manifest)).toBe(false);
  });

  it('is not when Astro’s manifest changed or is gone (another build used the cache)', () => {
    const { site, manifest, recordFile } = built('manifest');
    writeFileSync(manifest, '{"routes":{}}');
    expect(reusable(readOutputRecord(recordFile), site, manifest)).toBe(false);
    rmSync(manifest);
    expect(reusable(readOutputRecord(recordFile), site, manifest)).toBe(false);
  });
});

describe('clearForAstro', () => {
  it('keeps only the last build’s page folders and files, and the folders the caller removes itself', () => {
    const { site, recordFile } = built('clear');
    tree(site, ['_astro/x.css', '_nginx/server.conf', 'pagefind/entry.json', 'articles/banner.png']);
    const record = readOutputRecord(recordFile)!;
    record.publicFiles.push('articles/banner.png');
    clearForAstro(site, record, ['og', 'pagefind']);
    expect(filesUnder(site)).toEqual(['articles/a/index.html', 'articles/b/index.html', 'index.html', 'og/1.png', 'pagefind/entry.json']);
  });
});

describe('removeStalePages', () => {
  it('removes the pages this build did not make, and the folders they leave empty', () => {
    const site = join(root, 'stale');
    tree(site, ['articles/a/index.html', 'articles/b/index.html', 'tags/t/2/index.html', 'tags/t/index.html']);
    const stale = removeStalePages(
      site,
      ['articles/a/index.html', 'articles/b/index.html', 'tags/t/2/index.html', 'tags/t/index.html'],
      ['articles/a/index.html', 'tags/t/index.html', 'articles/c/index.html'],
    );
    expect(stale).toEqual(['articles/b/index.html', 'tags/t/2/index.html']);
    expect(filesUnder(site)).toEqual(['articles/a/index.html', 'tags/t/index.html']);
    expect(existsSync(join(site, 'articles/b'))).toBe(false);
    expect(existsSync(join(site, 'tags/t/2'))).toBe(false);
  });
});

describe('writeOutputRecord', () => {
  it('writes no record when the site or the manifest is missing', () => {
    const { site, manifest, recordFile } = built('none');
    rmSync(manifest);
    writeOutputRecord(recordFile, site, manifest, [], []);
    expect(readOutputRecord(recordFile)).toBeUndefined();
  });
});
