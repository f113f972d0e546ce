// A rebuild reuses the pages whose content did not change (Astro's experimental.incrementalBuild
// with the cache keys of src/lib/page-keys.ts, in the previous site: scripts/lib/reuse-output.ts)
// and must give exactly the site a cold build of the same content gives: after each kind of
// change an editor makes, every file of the two is compared.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, build, scratch, type Scratch } from '../helpers/fixture.ts';

const s = scratch('incremental');
// Enough articles for listings of several pages, related lists and neighbours.
for (let i = 1; i <= 14; i++) {
  const n = String(i).padStart(2, '0');
  s.write(
    `articles/gen-${n}.md`,
    article(
      { title: `生成的文章${n}`, pubDate: `2026-03-${n}`, tags: i % 2 ? '[t-one]' : '[t-two]', channels: i % 3 ? '[good-bank]' : '[]' },
      `## 小节${n}\n\n第${n}篇的正文，链接到[银行](https://bank.example.com/merchant)。`,
    ),
  );
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** Paths that differ between two site folders: missing on either side or not the same bytes. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)) || !right.has(name)).sort();
}

/** The incremental build of `s` (its own cache kept) and a cold one of the same content. */
function compareWithCold(site: Scratch, step: string) {
  const warm = build(site, { ASTRO_LOG_LEVEL: 'info' });
  expect(warm.status, warm.stderr).toBe(0);
  const coldDir = join(site.dir, `cold-${step}`);
  const cold = build(site, { OUT_DIR: join(coldDir, 'dist'), ASTRO_CACHE_DIR: join(coldDir, 'cache') });
  expect(cold.status, cold.stderr).toBe(0);
  expect(differences(site.dist, join(coldDir, 'dist'))).toEqual([]);
  const lines = warm.stdout.split('\n');
  // Kept in the previous site Astro was handed (scripts/lib/reuse-output.ts), or copied from its cache.
  const kept = lines.filter((line) => line.includes('(cached)')).length;
  const restored = lines.filter((line) => line.includes('(restored)')).length;
  return { reused: kept + restored, kept, restored, log: warm.stdout };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(s.content, file), change(readFileSync(join(s.content, file), 'utf8')));

describe('an incremental rebuild', () => {
  it('builds the same site as a cold build after each kind of change, and reuses the pages it did not change', () => {
    // At the log level of the rebuilds: Astro's incremental cache is kept per configuration.
    expect(build(s, { ASTRO_LOG_LEVEL: 'info' }).status).toBe(0);

    // Nothing changed: every article page is reused, kept where the last build left it.
    const same = compareWithCold(s, 'unchanged');
    expect(same.kept).toBeGreaterThanOrEqual(15);
    expect(same.restored).toBe(0);

    // One article's body edited: its page is rendered again, most others are reused.
    edit('articles/gen-05.md', (t) => t.replace('第05篇的正文', '第05篇改过的正文'));
    const edited = compareWithCold(s, 'edited');
    expect(edited.log).not.toMatch(/articles\/gen-05\/index\.html \((restored|cached)\)/);
    expect(edited.kept).toBeGreaterThanOrEqual(10);

    // A site changed by hand is not trusted: the pages come from Astro's cache instead.
    writeFileSync(join(s.dist, 'by-hand.html'), '<p>手工加的</p>');
    edit('articles/gen-06.md', (t) => t.replace('第06篇的正文', '第06篇改过的正文'));
    const touched = compareWithCold(s, 'touched');
    expect(touched.kept).toBe(0);
    expect(touched.restored).toBeGreaterThanOrEqual(10);

    // A title other pages show in their related lists and neighbours.
    edit('articles/gen-07.md', (t) => t.replace('title: 生成的文章07', 'title: 改了标题的文章07'));
    compareWithCold(s, 'retitled');

    // Added, removed, renamed (its old address becomes a redirect).
    s.write('articles/gen-15.md', article({ title: '新加的文章15', pubDate: '2026-03-15', tags: '[t-one]' }, '新文章的正文。'));
    compareWithCold(s, 'added');
    s.remove('articles/gen-02.md');
    compareWithCold(s, 'removed');
    renameSync(join(s.content, 'articles/gen-09.md'), join(s.content, 'articles/gen-09-renamed.md'));
    edit('articles/gen-09-renamed.md', (t) => t.replace('---\n\n', 'redirectFrom: [gen-09]\n---\n\n'));
    compareWithCold(s, 'renamed');

    // A channel becomes sponsored: every page that shows it or links to it changes.
    edit('channels/good-bank.yaml', (t) => `${t}sponsored: true\n`);
    compareWithCold(s, 'sponsored');

    // A category renamed: the header of every page shows it.
    edit('taxonomy/categories.yaml', (t) => t.replace('name: 乙类', 'name: 乙类（改名）'));
    const renamedCategory = compareWithCold(s, 'category');
    expect(renamedCategory.reused).toBe(0);
  });
});
