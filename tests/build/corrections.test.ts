// Readers report errors to one configured address: linked from every article with the article
// named, shown on the about page; a build for a real domain without one warns, naming the field.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { build, page, scratch } from '../helpers/fixture.ts';

describe('error reports', () => {
  it('warns when a production build has no address, naming the config field', () => {
    const s = scratch('corrections-missing');
    const result = build(s, { SITE_URL: 'https://pos-zhishi.cn', CORRECTIONS_ADDRESS: '' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('没有设置读者纠错的联系方式');
    expect(result.stderr).toContain('SITE.corrections（或环境变量 CORRECTIONS_ADDRESS）');
  });

  it('links every article to the address with the article named, and shows it on the about page', () => {
    const s = scratch('corrections-set');
    const result = build(s, { SITE_URL: 'https://pos-zhishi.cn', CORRECTIONS_ADDRESS: 'jiucuo@pos-zhishi.cn' });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('纠错的联系方式');
    const href = parse(page(s, '/articles/hello-world/')).querySelector('.report a')!.getAttribute('href')!;
    const mail = new URL(href);
    expect(mail.pathname).toBe('jiucuo@pos-zhishi.cn');
    expect(mail.searchParams.get('subject')).toBe('纠错：你好，世界：测试文章');
    expect(mail.searchParams.get('body')).toContain('https://pos-zhishi.cn/articles/hello-world/');
    expect(parse(page(s, '/about/')).querySelector('#report + p a')?.text).toBe('jiucuo@pos-zhishi.cn');
  });
});
