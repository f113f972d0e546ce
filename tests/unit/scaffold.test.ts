import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleTemplate, type ScaffoldInput } from '../../src/lib/scaffold.ts';

const input: ScaffoldInput = {
  title: '拉卡拉POS机怎么激活',
  date: '2026-11-26',
  category: 'activation',
  categories: ['activation', 'fees'],
  author: 'editors',
  authors: ['editors', 'fact-check'],
  tags: ['lakala'],
  channels: ['lakala-official'],
};

function frontmatter(text: string): Record<string, unknown> {
  return yaml.load(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
}

describe('articleTemplate', () => {
  it('fills every required field and starts as a draft', () => {
    const data = frontmatter(articleTemplate(input));
    expect(data).toMatchObject({
      title: '拉卡拉POS机怎么激活',
      category: 'activation',
      author: 'editors',
      draft: true,
      tags: [],
      channels: [],
      faq: [],
      sources: [],
    });
    expect(data.pubDate).toEqual(new Date('2026-11-26T00:00:00Z'));
    expect(String(data.description)).toMatch(/^待填写/);
  });
  it('keeps optional fields as comments, listing the ids editors can use', () => {
    const text = articleTemplate(input);
    for (const field of ['updatedDate', 'reviewedBy', 'cover', 'coverAlt', 'noindex', 'redirectFrom', 'featured', 'lint']) {
      expect(text, field).toMatch(new RegExp(`^# ${field}:`, 'm'));
    }
    expect(text).toContain('# reviewedBy: fact-check');
    expect(text).toMatch(/^category: activation +# 可选：activation、fees$/m);
    expect(Object.keys(frontmatter(text))).not.toContain('reviewedBy');
  });
  it('keeps titles with YAML syntax in them intact', () => {
    const title = '押金：“退”还是“不退”？#1 # 不是注释';
    expect(frontmatter(articleTemplate({ ...input, title })).title).toBe(title);
  });
  it('gives the body an outline without an h1, with the placeholders marked', () => {
    const body = articleTemplate(input).split('\n---\n')[1]!;
    expect(body).not.toMatch(/^# /m);
    expect(body.match(/^## /gm)).toHaveLength(2);
    expect(body.match(/待填写/g)!.length).toBeGreaterThanOrEqual(3);
  });
});
