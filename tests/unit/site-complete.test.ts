import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { incompleteSiteMessage, missingArticlePages } from '../../scripts/lib/site-complete.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-complete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('missingArticlePages', () => {
  it('names the published articles without a page', () => {
    mkdirSync(join(dir, 'articles/here'), { recursive: true });
    writeFileSync(join(dir, 'articles/here/index.html'), '<p>页</p>');
    mkdirSync(join(dir, 'articles/empty-folder'), { recursive: true });
    expect(missingArticlePages(dir, ['here', 'empty-folder', 'gone'])).toEqual(['empty-folder', 'gone']);
    expect(missingArticlePages(dir, ['here'])).toEqual([]);
  });

  it('says how many are missing, names the first ten, and that no site was made', () => {
    const missing = Array.from({ length: 12 }, (_, i) => `a-${i}`);
    const message = incompleteSiteMessage(missing, 100000);
    expect(message).toContain('已发布 100000 篇文章，其中 12 篇没有生成页面：a-0、a-1');
    expect(message).toContain('a-9 等 12 篇');
    expect(message).not.toContain('a-10');
    expect(message).toContain('没有生成网站');
  });
});
