import { describe, expect, it } from 'vitest';
import { articleReport, lintView } from '../../../src/editor/lint-view.ts';
import { articleFileForPath, articleSlug } from '../../../src/editor/page-article.ts';
import type { Finding } from '../../../src/lib/lint/types.ts';

const FILE = 'content/articles/pos-fei-lv.md';
const finding = (rule: string, line: number, severity: Finding['severity'] = 'warning', file = FILE): Finding => ({
  file,
  line,
  column: 1,
  severity,
  rule,
  message: `${rule} 的说明`,
});

describe('which article a page shows', () => {
  const articles = [
    { file: FILE, slug: articleSlug(FILE, { title: '费率' }) },
    { file: 'content/articles/中文名.md', slug: articleSlug('content/articles/中文名.md', { slug: 'zhong-wen' }) },
  ];

  it('takes the slug from the frontmatter, else the file name, as the content collection does', () => {
    expect(articles.map((a) => a.slug)).toEqual(['pos-fei-lv', 'zhong-wen']);
    expect(articleSlug(FILE, undefined)).toBe('pos-fei-lv');
  });

  it('maps /articles/<slug>/ (with or without the slash) to its file', () => {
    expect(articleFileForPath('/articles/pos-fei-lv/', articles)).toBe(FILE);
    expect(articleFileForPath('/articles/pos-fei-lv', articles)).toBe(FILE);
    expect(articleFileForPath('/articles/zhong-wen/', articles)).toBe('content/articles/中文名.md');
  });

  it('finds nothing on other pages or unknown slugs', () => {
    for (const path of [
      '/',
      '/about/',
      '/articles/',
      '/articles/nope/',
      '/categories/fees/',
      '/articles/pos-fei-lv/x/',
      '/articles/%E0%A4%A/',
    ]) {
      expect(articleFileForPath(path, articles), path).toBeUndefined();
    }
  });
});

describe('the panel', () => {
  it("puts the build's validation problems apart from the linter's findings", () => {
    const report = articleReport('/articles/pos-fei-lv/', FILE, [finding('schema', 4, 'error'), finding('link-text', 9)]);
    expect(report).toMatchObject({ kind: 'article', file: FILE, schema: [{ rule: 'schema' }], findings: [{ rule: 'link-text' }] });
    const view = lintView(report);
    expect(view.sections.map((s) => s.heading)).toEqual(['格式和引用：构建会因此失败', '检查结果']);
    expect(view.summary).toBe(`${FILE}：1 个错误、1 个警告。有错误，请修改后再发布。`);
    expect(view.level).toBe('error');
  });

  it('gives each row its rule, its line and what the rule checks', () => {
    const view = lintView(articleReport('/a/', FILE, [finding('link-text', 9)]));
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0]!.rows[0]).toMatchObject({
      rule: 'link-text',
      line: 9,
      where: '第 9 行',
      message: 'link-text 的说明',
      severity: 'warning',
    });
    expect(view.sections[0]!.rows[0]!.ruleSummary).toContain('点击这里');
    expect(view.level).toBe('warning');
    expect(view.summary).toContain('只有警告');
  });

  it('names the file when a problem is in another one (a channel, the taxonomy)', () => {
    const view = lintView(articleReport('/a/', FILE, [finding('schema', 3, 'error', 'content/channels/bank.yaml')]));
    expect(view.sections[0]!.rows[0]!.where).toBe('content/channels/bank.yaml 第 3 行');
  });

  it('says when there is nothing to fix, and clears the notification', () => {
    expect(lintView(articleReport('/a/', FILE, []))).toEqual({ summary: `${FILE}：没有发现问题。`, level: undefined, sections: [] });
  });

  it('explains pages that are not articles, and failed runs', () => {
    expect(lintView({ kind: 'not-article', path: '/about/' }).summary).toContain('这个页面不是文章');
    expect(lintView({ kind: 'failed', path: '/a/', message: 'boom' })).toMatchObject({ summary: '检查没有完成：boom', level: 'error' });
  });
});
