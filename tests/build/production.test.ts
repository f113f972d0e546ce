// A build for readers (a real domain): error reports go to the configured address; the footer
// shows the filing numbers as the rules describe them; verification tags come from config; and
// a build without the address or the ICP number warns, naming the config field.
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, page, scratch, type BuildResult } from '../helpers/fixture.ts';

const PRODUCTION = { SITE_URL: 'https://pos-zhishi.cn', CORRECTIONS_ADDRESS: '', ICP_NUMBER: '', GONGAN_NUMBER: '', GONGAN_BADGE: '' };

describe("a production build without the site owner's facts", () => {
  const s = scratch('production-missing');
  let result: BuildResult;
  beforeAll(() => {
    result = build(s, PRODUCTION);
  });
  it('builds, warning for the error-report address and the ICP number, naming the fields', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('没有设置读者纠错的联系方式');
    expect(result.stderr).toContain('SITE.corrections（或环境变量 CORRECTIONS_ADDRESS）');
    expect(result.stderr).toContain('没有 ICP 备案号');
    expect(result.stderr).toContain('SITE.filing.icp（或环境变量 ICP_NUMBER）');
  });
  it('shows no filing line and no verification tags', () => {
    const doc = parse(page(s, '/'));
    expect(doc.querySelector('.filing')).toBeNull();
    expect(doc.querySelectorAll('meta[name$="verification"], meta[name="msvalidate.01"]')).toHaveLength(0);
  });
});

describe('a production build with them', () => {
  const s = scratch('production-set');
  let result: BuildResult;
  beforeAll(() => {
    result = build(s, {
      ...PRODUCTION,
      CORRECTIONS_ADDRESS: 'jiucuo@pos-zhishi.cn',
      ICP_NUMBER: '京ICP备12345678号-1',
      GONGAN_NUMBER: '京公网安备11010502030143号',
      GONGAN_BADGE: '/gongan-badge.png',
      SOGOU_SITE_VERIFICATION: 'sogou-token',
      SO360_SITE_VERIFICATION: '360-token',
      SHENMA_SITE_VERIFICATION: 'shenma-token',
      BAIDU_SITE_VERIFICATION: 'baidu-token',
    });
  });

  it('builds without warnings', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('提醒：');
  });

  it('links every article to the address with the article named, and shows it on the about page', () => {
    const href = parse(page(s, '/articles/hello-world/')).querySelector('.report a')!.getAttribute('href')!;
    const mail = new URL(href);
    expect(mail.pathname).toBe('jiucuo@pos-zhishi.cn');
    expect(mail.searchParams.get('subject')).toBe('纠错：你好，世界：测试文章');
    expect(mail.searchParams.get('body')).toContain('https://pos-zhishi.cn/articles/hello-world/');
    expect(parse(page(s, '/about/')).querySelector('#report + p a')?.text).toBe('jiucuo@pos-zhishi.cn');
  });

  it('shows the ICP number linked to beian.miit.gov.cn and the 公安备案 number with its badge and link, on every page', () => {
    for (const path of ['/', '/articles/hello-world/', '/about/']) {
      const links = parse(page(s, path)).querySelectorAll('.filing a');
      expect(
        links.map((a) => [a.text, a.getAttribute('href')]),
        path,
      ).toEqual([
        ['京ICP备12345678号-1', 'https://beian.miit.gov.cn/'],
        ['京公网安备11010502030143号', 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143'],
      ]);
      expect(links[1]!.querySelector('img')?.getAttribute('src')).toBe('/gongan-badge.png');
    }
  });

  it('writes the verification tags of every configured engine', () => {
    const doc = parse(page(s, '/'));
    const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect([
      meta('baidu-site-verification'),
      meta('sogou_site_verification'),
      meta('360-site-verification'),
      meta('shenma-site-verification'),
    ]).toEqual(['baidu-token', 'sogou-token', '360-token', 'shenma-token']);
  });
});
