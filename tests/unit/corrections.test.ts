import { describe, expect, it } from 'vitest';
import { correctionsHref, isProductionSite } from '../../src/lib/corrections.ts';

describe('isProductionSite', () => {
  it('is false for local and reserved example addresses', () => {
    for (const url of [
      'http://localhost:4321',
      'http://127.0.0.1:8080',
      'https://pos.example.com',
      'https://example.org',
      'https://site.test',
      'https://a.example',
    ])
      expect(isProductionSite(url), url).toBe(false);
  });
  it('is true for a real domain', () => {
    for (const url of ['https://pos-zhishi.cn', 'https://www.example-pos.com', 'https://notexample.com'])
      expect(isProductionSite(url), url).toBe(true);
  });
});

describe('correctionsHref', () => {
  it('is nothing without an address', () => expect(correctionsHref('  ')).toBeUndefined());
  it('opens a mail that names the article', () => {
    const href = correctionsHref('jiucuo@pos.example.com', { title: 'POS机费率多少正常？', url: 'https://pos.example.com/articles/a/' })!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('jiucuo@pos.example.com');
    expect(mail.searchParams.get('subject')).toBe('纠错：POS机费率多少正常？');
    expect(mail.searchParams.get('body')).toContain('https://pos.example.com/articles/a/');
  });
  it('takes an https form as it is, and refuses anything else', () => {
    expect(correctionsHref('https://forms.example.com/jiucuo')).toBe('https://forms.example.com/jiucuo');
    expect(() => correctionsHref('javascript:alert(1)')).toThrow(/电子邮箱或 https/);
  });
});
