// `npm run new`: the scaffold lands where it should, refuses to overwrite, and the file it writes
// passes the build's content check as soon as draft is turned off.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check.ts';
import { toYmd } from '../../src/lib/dates.ts';
import { ROOT, scratch } from '../helpers/fixture.ts';

const s = scratch('new-article');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-article.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: s.content },
  });

describe('npm run new', () => {
  const file = join(s.content, 'articles/la-ka-la-pos-ji-zen-me-ji-huo.md');

  it('writes a pinyin-slug draft and prints its path', () => {
    const result = run('拉卡拉POS机怎么激活');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(s.label('articles/la-ka-la-pos-ji-zen-me-ji-huo.md'));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "拉卡拉POS机怎么激活"');
    expect(text).toMatch(/^draft: true\b/m);
    expect(text).toContain(`pubDate: ${toYmd(new Date())}`);
    // No --category: the first category, with the choices next to it; the first author.
    expect(text).toMatch(/^category: alpha +# 可选：alpha、beta、empty-cat$/m);
    expect(text).toMatch(/^author: ed\b/m);
    expect(result.stderr).toContain('没有指定 --category');
  });

  it('passes the build’s content check once draft is off', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true/m, 'draft: false'));
    const { problems, content } = checkContent(s.content, ROOT);
    expect(problems).toEqual([]);
    expect(content.articles.find((a) => a.slug === 'la-ka-la-pos-ji-zen-me-ji-huo')?.data.draft).toBe(false);
  });

  it('refuses to overwrite an existing article', () => {
    const before = readFileSync(file, 'utf8');
    const result = run('拉卡拉POS机怎么激活');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('已存在，没有覆盖');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('uses a valid --category and rejects an unknown one', () => {
    const ok = run('POS机费率怎么看', '--category', 'beta');
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(join(s.content, 'articles/pos-ji-fei-lv-zen-me-kan.md'), 'utf8')).toMatch(/^category: beta\b/m);
    const bad = run('押金能退吗', '--category', 'gamma');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('没有 id 为 “gamma” 的分类。可选：alpha、beta、empty-cat');
    expect(existsSync(join(s.content, 'articles/ya-jin-neng-tui-ma.md'))).toBe(false);
  });

  it('refuses a slug another article already uses through its slug field', () => {
    // 中文文件名.md sets `slug: zhong-wen-wen-jian-ming`.
    const result = run('中文文件名');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/articles/zhong-wen-wen-jian-ming/ 已被');
  });

  it('explains how to call it when the title is missing', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('用法：npm run new -- "文章标题"');
  });
});
