// What a body turns into on its page when Astro's content store keeps only rendered HTML
// (retainBody: false), and across rebuilds: a rebuild keeps the store, and bodies rendered in
// an earlier build must not outlive a change to the link policy they were rendered with.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { article, build, buildStopped, page, scratch } from '../helpers/fixture.ts';

const s = scratch('rebuild');

function bankLink() {
  const link = parse(page(s, '/articles/hello-world/'))
    .querySelectorAll('article a')
    .find((a) => a.text === '银行');
  if (!link) throw new Error('the fixture article links to the bank in its body');
  return {
    rel: link.getAttribute('rel'),
    next: link.nextElementSibling?.classList.contains('ad-label') ? link.nextElementSibling.text : undefined,
  };
}

describe('reading time', () => {
  it('counts the body of Markdown and MDX articles (about 400 characters a minute)', () => {
    s.write('articles/long-md.md', article({ title: '长文' }, `## 一节\n\n${'字'.repeat(2000)}`));
    s.write('articles/long-mdx.mdx', article({ title: '长文MDX' }, `## 一节\n\n${'字'.repeat(1200)}`));
    expect(build(s).status).toBe(0);
    expect(page(s, '/articles/long-md/')).toContain('约 5 分钟读完');
    expect(page(s, '/articles/long-mdx/')).toContain('约 3 分钟读完');
  });
});

describe('a warm rebuild', () => {
  it('labels body links to a channel that became sponsored since the last build', () => {
    expect(build(s).status).toBe(0);
    expect(bankLink()).toEqual({ rel: 'noopener', next: undefined });

    const file = join(s.content, 'channels/good-bank.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}sponsored: true\n`);
    expect(build(s).status).toBe(0);
    expect(bankLink()).toEqual({ rel: 'sponsored nofollow noopener', next: '广告' });
  });
});

describe('the output folder', () => {
  it('may be inside a folder that does not exist yet, and a rebuild replaces the whole site in it', () => {
    const out = join(s.dir, 'new-parent', 'site');
    expect(build(s, { OUT_DIR: out }).status).toBe(0);
    writeFileSync(join(out, 'stale.html'), 'from the previous build');
    expect(build(s, { OUT_DIR: out }).status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    // No scratch file or folder is left beside it (plan, partial site, search index, previous site).
    expect(readdirSync(join(s.dir, 'new-parent'))).toEqual(['site']);
  });
});

describe('a build stopped from outside (Ctrl-C, a host timeout)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s stops Astro and Pagefind and leaves nothing behind, the previous site and the search documents included',
    (signal) => {
      const out = join(s.dir, `stopped-${signal}`, 'site');
      const searchScratch = join(s.dir, `stopped-${signal}`, 'search-scratch');
      expect(build(s, { OUT_DIR: out }).status).toBe(0);
      const stopped = buildStopped(s, signal, { OUT_DIR: out, SEARCH_SCRATCH_DIR: searchScratch });
      expect(stopped.sent).toBe(true);
      expect(stopped.status).toBe(1);
      expect(stopped.stderr).toContain(`构建已中止（${signal}），没有生成网站。`);
      expect(stopped.leftOver).toEqual([]);
      // A failed build leaves no site (never a half-built one) and no scratch beside it.
      expect(readdirSync(join(s.dir, `stopped-${signal}`)).filter((name) => name !== 'search-scratch')).toEqual([]);
      expect(existsSync(searchScratch) ? readdirSync(searchScratch) : []).toEqual([]);
    },
  );
});
