// The build's inputs (src/build-inputs.ts) reach every part of the build: `--future` is given
// only on scripts/build.ts's command line, so Astro's pages and astro.config.ts can know of it
// only through the handover; and a bad BUILD_NOW fails the build like any bad input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, exists, page, scratch, type BuildResult } from '../helpers/fixture.ts';

describe('a --future preview', () => {
  const s = scratch('build-inputs-future');
  let result: BuildResult;
  beforeAll(() => {
    result = build(s, {}, ['--future']);
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}\n${result.stdout}`);
  });

  it('builds the scheduled article into pages, listings and the sitemap', () => {
    expect(exists(s, '/articles/future-post/')).toBe(true);
    expect(page(s, '/categories/alpha/')).toContain('/articles/future-post/');
    expect(page(s, '/sitemap-0.xml')).toContain('/articles/future-post/');
    expect(result.stdout).toContain('定时发布 0 篇');
  });

  it('still measures a channel’s age from the build’s now, not from the far future', () => {
    // 测试银行 was checked a month before the fixture's BUILD_NOW, 合作代理商 17 months before.
    const cards = parse(page(s, '/channels/')).querySelectorAll('.channel');
    expect(cards.map((c) => c.querySelector('h3 a')?.text)).toEqual(['测试银行', '合作代理商']);
    expect(cards[0]!.text).not.toContain('信息可能已过时');
    expect(cards[1]!.text).toContain('信息可能已过时');
  });
});

describe('a bad BUILD_NOW', () => {
  it('fails the build before anything is built, with the message and no dist/', () => {
    const s = scratch('build-inputs-bad-now');
    mkdirSync(s.dist, { recursive: true });
    writeFileSync(join(s.dist, 'index.html'), 'old');
    const result = build(s, { BUILD_NOW: 'tomorrow' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BUILD_NOW 无法识别："tomorrow"，应为 2026-11-01 或 2026-11-01T09:00:00+08:00');
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(existsSync(s.dist)).toBe(false);
  });
});
