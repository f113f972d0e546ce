import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { closestKey, describeValue, editorErrorMap, formatPath, formatProblems } from '../../src/schema/errors.ts';

describe('editor-facing error pieces', () => {
  it('names nested fields the way an editor counts', () => expect(formatPath(['faq', 0, 'a'])).toBe('faq → 第 1 项 → a'));
  it('describes what was found', () => {
    expect(describeValue(undefined)).toBe('未填写');
    expect(describeValue('标题')).toBe('“标题”（2 个字符）');
    expect(describeValue(['a', 'b'])).toBe('列表，2 项：["a","b"]');
    expect(describeValue(new Date('2026-11-09T16:00:00Z'))).toBe('2026-11-10');
  });
  it('suggests the field an editor probably meant', () => {
    expect(closestKey('pubdate', ['title', 'pubDate', 'updatedDate'])).toBe('pubDate');
    expect(closestKey('catgory', ['category', 'tags'])).toBe('category');
    expect(closestKey('zzzzzz', ['category', 'tags'])).toBeUndefined();
  });
  it('prints one block per problem and a summary', () => {
    const text = formatProblems([
      { file: 'content/articles/a.md', line: 3, field: 'title', expected: 'X', found: 'Y' },
      { file: 'content/articles/b.md', field: 'slug', expected: 'P', found: 'Q' },
    ]);
    expect(text).toBe(
      '✗ content/articles/a.md:3  字段 title\n    应为：X\n    实际：Y\n\n✗ content/articles/b.md  字段 slug\n    应为：P\n    实际：Q\n\n内容检查未通过：2 个文件中有 2 处问题。请按上面的提示修改后重新构建；本次没有生成网站。',
    );
  });
});

describe('editorErrorMap', () => {
  it('words checks that carry no message of their own for an editor, and leaves schema messages alone', () => {
    const schema = z.object({ count: z.number(), title: z.string({ error: '标题（1–60 个字符）' }) });
    const issues = schema.safeParse({ count: '三', title: 3 }, { error: editorErrorMap }).error!.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['count', '正确类型的值'],
      ['title', '标题（1–60 个字符）'],
    ]);
  });
});
