import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harvestSentences, makeCorpus, rng, toMarkdown } from '../../../bench/lib/corpus.ts';
import { writeCorpus } from '../../../bench/lib/corpus-files.ts';
import { checkContent } from '../../../scripts/lib/check.ts';
import { countCjk, stripMarkdown } from '../../../src/lib/reading-time.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const ids = { categories: ['a', 'b'], tags: ['t1', 't2', 't3', 't4', 't5'], channels: ['c1', 'c2', 'c3'], authors: ['x', 'y'] };

describe('rng', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = rng(7);
    const b = rng(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(rng(8)()).not.toBe(values[0]);
  });
});

describe('harvestSentences', () => {
  it('keeps plain prose and drops markup that could break Markdown or MDX', () => {
    const body = [
      '## 标题不要',
      '这是一句足够长的普通中文句子，应该被保留下来。这句带[链接](https://a.example)的句子不要留下来。',
      '| 表格 | 不要 |',
      '- 列表里的句子也不要保留，因为它是列表。',
      '<Channel id="x" />',
      '太短。',
    ].join('\n');
    expect(harvestSentences([body])).toEqual(['这是一句足够长的普通中文句子，应该被保留下来。']);
  });
});

describe('makeCorpus', () => {
  const corpus = makeCorpus({ count: 40, seed: 3, ids, before: '2026-12-01' });

  it('is the same for the same seed', () => {
    expect(makeCorpus({ count: 40, seed: 3, ids, before: '2026-12-01' })).toEqual(corpus);
  });

  it('gives unique contract slugs and realistic bodies', () => {
    expect(new Set(corpus.map((a) => a.slug)).size).toBe(40);
    for (const a of corpus) {
      expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(a.slug.length).toBeLessThanOrEqual(80);
      const chars = countCjk(stripMarkdown(a.body));
      expect(chars).toBeGreaterThanOrEqual(1400);
      expect(chars).toBeLessThan(2100);
      expect(a.body).toMatch(/^## /m);
      expect(a.body).toMatch(/^\| --- \|/m);
      expect(a.body).toMatch(/^- /m);
      expect(a.tags.length).toBeGreaterThanOrEqual(1);
      expect(a.tags.length).toBeLessThanOrEqual(4);
      expect(a.channels.length).toBeLessThanOrEqual(2);
      expect(a.pubDate < '2026-12-01').toBe(true);
    }
    expect(corpus.some((a) => /^### /m.test(a.body))).toBe(true);
    expect(corpus.some((a) => a.faq.length > 0)).toBe(true);
  });

  it('links each article to two other generated articles', () => {
    const slugs = new Set(corpus.map((a) => a.slug));
    for (const a of corpus) {
      expect(a.links).toHaveLength(2);
      for (const link of a.links) {
        expect(slugs.has(link)).toBe(true);
        expect(link).not.toBe(a.slug);
        expect(a.body).toContain(`](/articles/${link}/)`);
      }
    }
  });

  it('writes frontmatter whose dates stay strings for the YAML reader', () => {
    const md = toMarkdown(corpus[0]!);
    expect(md).toMatch(/^---\ntitle: /);
    expect(md).toMatch(/^pubDate: '\d{4}-\d{2}-\d{2}'$/m);
  });
});

describe('writeCorpus', () => {
  const dir = join(ROOT, 'tests/.tmp/unit-bench-corpus');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces a tree that passes the real content validation against the real taxonomy', () => {
    mkdirSync(dir, { recursive: true });
    const written = writeCorpus(join(ROOT, 'content'), dir, 30, '2026-12-01');
    const { problems, content } = checkContent(written.content, ROOT);
    expect(problems).toEqual([]);
    expect(content.articles).toHaveLength(30);
    expect(content.articles.filter((a) => a.data.sources.length > 0).length).toBeGreaterThan(0);
  });
});
