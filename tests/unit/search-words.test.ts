import { describe, expect, it } from 'vitest';
import { joinWords, separateWords, separateWordsInHtml } from '../../src/search/words.ts';

// What the search page's Pagefind does with a query on a zh-CN page: Intl.Segmenter words.
const queryWords = (q: string) =>
  [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('separateWords', () => {
  it('cuts Chinese text into the words a reader’s query is cut into', () => {
    for (const q of ['一年没刷', '拉卡拉', '押金', 'POS机激活']) {
      const indexed = separateWords(`商户说：${q}的问题。`).split(' ');
      for (const word of queryWords(q)) expect(indexed, `${q} → ${word}`).toContain(word);
    }
  });

  it('loses no character but the spaces it adds', () => {
    const text = 'POS 机一年没刷，还能用吗？费率 0.6% 起（以协议为准）…';
    expect(separateWords(text).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps HTML entities whole', () => {
    expect(separateWords('AT&amp;T 与&quot;押金&quot;&#x27;')).toBe('AT &amp; T 与 &quot; 押金 &quot; &#x27;');
  });
});

describe('separateWordsInHtml', () => {
  it('separates words in text only, never in tags or attribute values', () => {
    const html =
      '<h1 data-pagefind-meta="title:一年没刷还能用吗">一年没刷还能用吗</h1><p>先看<a href="/articles/ji-huo/" title="激活押金">激活</a>说明</p>';
    const out = separateWordsInHtml(html);
    expect(out).toContain('data-pagefind-meta="title:一年没刷还能用吗"');
    expect(out).toContain('title="激活押金"');
    expect(out).toContain('> 一年 没 刷 还 能 用 吗 <');
    // A word ends where its element ends: 先看 and 激活 are not run together.
    expect(out).toContain('> 先看 <a');
    expect(out).toContain('> 激活 </a>');
    expect(out.replace(/<[^>]*>|\s/g, '')).toBe(html.replace(/<[^>]*>|\s/g, ''));
  });

  it('leaves attribute values alone even when they hold tag-like text', () => {
    const html = '<h1 data-pagefind-meta="title:有</script><b>alert(1)</b>字样" class=\'a>b\'>字样</h1>';
    expect(separateWordsInHtml(html)).toBe('<h1 data-pagefind-meta="title:有</script><b>alert(1)</b>字样" class=\'a>b\'> 字 样 </h1>');
  });

  it('leaves whitespace between tags alone', () => {
    expect(separateWordsInHtml('<ul>\n<li>押金</li>\n</ul>')).toBe('<ul>\n<li> 押金 </li>\n</ul>');
  });
});

describe('joinWords', () => {
  it('takes out the spaces next to Chinese words and punctuation, across <mark>', () => {
    expect(joinWords('<mark>POS</mark> 机 <mark>一年</mark> <mark>没</mark> 刷 ， 还 能 用 吗 ？ “ 押金 ” …')).toBe(
      '<mark>POS</mark>机<mark>一年</mark><mark>没</mark>刷，还能用吗？“押金”…',
    );
  });

  it('keeps the spaces between Latin words and numbers', () => {
    expect(joinWords('费率 0.6% 起 ， Apple Pay 也 行 ， 第 2 版 1.0 2 元')).toBe('费率0.6%起，Apple Pay也行，第2版1.0 2元');
  });

  it('gives back the text a page shows, for text separated by separateWords', () => {
    const text = '网上常见一种说法：商户连续3个月没有交易需要再次核验（POS机、Apple Pay）。';
    expect(joinWords(separateWords(text))).toBe(text);
  });
});
