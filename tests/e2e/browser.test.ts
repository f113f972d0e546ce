// A site like the real one built and served on 127.0.0.1, driven in Debian's Chromium: a frozen
// copy of the site's articles (tests/fixtures/e2e) at a fixed build time, so that an editor's
// change to content/ or a scheduled post going live cannot change what these tests see. The
// real content/ is built and checked by tests/build/real-content.test.ts.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../helpers/browser.ts';
import { build, ROOT, scratch } from '../helpers/fixture.ts';
import { serve } from '../helpers/serve.ts';
import { join } from 'node:path';
import { articlePages, buildSearchIndex } from '../../src/search/pagefind.ts';

const FLAGSHIP = '/articles/lakala-pos-yi-nian-mei-shua-hai-neng-yong-ma/';
const FIGURES = '/articles/tu-biao-shi-li/';
const site = scratch('e2e', 'e2e');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let shardedServer: Awaited<ReturnType<typeof serve>>;
const sharded = join(ROOT, 'tests/.tmp/e2e/dist-sharded');

beforeAll(async () => {
  const result = build(site, { BUILD_NOW: '2026-11-30T12:00:00+08:00', SITE_URL: 'https://pos.example.com' });
  if (result.status !== 0) throw new Error(result.stderr);
  server = await serve(site.dist);
  // The same site with its search index in shards of 5 articles, as a 10,000-article site has
  // them in shards of 1,600: the search page must merge them into one result list.
  cpSync(site.dist, sharded, { recursive: true });
  rmSync(join(sharded, 'pagefind'), { recursive: true, force: true });
  await buildSearchIndex(articlePages(sharded), join(sharded, 'pagefind'), { shardSize: 5 });
  shardedServer = await serve(sharded);
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await shardedServer?.close();
});

async function open(
  path: string,
  options: { width?: number; height?: number; dark?: boolean; bypassCSP?: boolean; touch?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    hasTouch: options.touch ?? false,
    colorScheme: options.dark ? 'dark' : 'light',
    // Only for injecting axe-core; every other test runs under the site's real CSP.
    bypassCSP: options.bypassCSP ?? false,
  });
  await page.goto(server.url + path);
  return page;
}

async function searchFor(query: string, base = server.url): Promise<{ links: string[]; marks: string[]; total: number }> {
  const page = await browser.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== '' && !text.includes('正在搜索');
    },
    null,
    { timeout: 20_000 },
  );
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const marks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent ?? ''));
  const total = Number(/共找到 (\d+) 篇/.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0);
  await page.close();
  return { links, marks, total };
}

describe('search', () => {
  it.each([
    ['拉卡拉', FLAGSHIP],
    ['一年没刷', FLAGSHIP],
    ['激活', '/articles/pos-ji-huo-yao-jiao-qian-ma/'],
    ['费率', '/articles/pos-fei-lv-zen-me-kan/'],
    ['押金', '/articles/pos-tui-ji-yu-ya-jin/'],
    ['跳码', '/articles/tiao-ma-yu-jiang-e/'],
  ])('“%s” puts %s first, with the terms highlighted', async (query, expected) => {
    const { links, marks } = await searchFor(query);
    expect(links[0]).toBe(expected);
    expect(marks.length).toBeGreaterThan(0);
  });

  // Each shard segments a query against its own vocabulary, so a split index may match a long
  // query more loosely (more results), but it must never lose what the whole index finds.
  it.each(['押金', '拉卡拉', '一年没刷'])('loses no article for “%s” when the index is split into shards', async (query) => {
    const whole = await searchFor(query);
    const split = await searchFor(query, shardedServer.url);
    expect(whole.total).toBeGreaterThan(0);
    expect(split.total).toBeGreaterThanOrEqual(whole.total);
    expect(split.links).toContain(whole.links[0]);
  });

  it('says so when nothing matches', async () => {
    const page = await open('/search/?q=%E7%81%AB%E6%98%9F%E7%A7%BB%E6%B0%91');
    await expect.poll(() => page.textContent('#search-status'), { timeout: 20_000 }).toContain('没有找到');
    await page.close();
  });

  it('searches from the header form on any page, keeping the query in the URL', async () => {
    const page = await open('/about/');
    await page.fill('#site-q', '押金');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect.poll(() => page.$$eval('#search-results h2 a', (as) => as.length), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('押金');
    await page.close();
  });
});

describe('content security policy', () => {
  /** The page at `path`, with every CSP violation it reports from its first byte on. */
  async function openWatchingCsp(path: string): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.url}${path}`);
    return { page, violations };
  }

  /** One directive of the page's policy (its meta element), e.g. `style-src 'self' 'sha256-…'`. */
  async function cspDirective(page: Page, name: string): Promise<string> {
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    return csp!.split(';').find((d) => d.trim().startsWith(`${name} `))!;
  }

  it('lets search run under a script-src without unsafe-inline or unsafe-eval, with no violations', async () => {
    const { page, violations } = await openWatchingCsp(`/search/?q=${encodeURIComponent('激活')}`);
    await expect.poll(() => page.$$eval('#search-results h2 a', (as) => as.length), { timeout: 20_000 }).toBeGreaterThan(0);
    const scriptSrc = await cspDirective(page, 'script-src');
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(violations).toEqual([]);
    await page.close();
  });

  it('allows the inlined stylesheet by its hash on every kind of page, with no violations', async () => {
    for (const path of ['/', '/articles/lakala-pos-yi-nian-mei-shua-hai-neng-yong-ma/', '/categories/safety/', '/404.html']) {
      const { page, violations } = await openWatchingCsp(path);
      const styleSrc = await cspDirective(page, 'style-src');
      expect(styleSrc, path).not.toContain("'unsafe-inline'");
      // Allowed by its hash, wherever the policy's meta element stands relative to it.
      const styles = await page.$$eval('style', (els) => els.map((el) => el.textContent ?? ''));
      expect(styles.length, path).toBeGreaterThan(0);
      for (const css of styles) expect(styleSrc, path).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      // The stylesheet applied: the page background is the site's, not the browser's white.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe('rgb(253, 252, 249)');
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });

  it('blocks an injected inline script', async () => {
    const page = await open('/');
    await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    await page.close();
  });
});

describe('reading an article', () => {
  it('jumps to a section from the collapsed table of contents on a phone', async () => {
    const page = await open(FLAGSHIP, { width: 390 });
    expect(await page.isVisible('.toc-side')).toBe(false);
    const link = page.locator('.toc-inline a').nth(1);
    expect(await link.isVisible()).toBe(false);
    await page.click('.toc-inline summary');
    const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(target);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    expect(Math.abs(top)).toBeLessThan(5);
    await page.close();
  });

  it('keeps the table of contents beside the text on a wide screen', async () => {
    const page = await open(FLAGSHIP, { width: 1366 });
    expect(await page.isVisible('.toc-inline')).toBe(false);
    const side = page.locator('.toc-side a').nth(2);
    await side.click();
    const target = decodeURIComponent((await side.getAttribute('href'))!.slice(1));
    const headingTop = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    expect(Math.abs(headingTop)).toBeLessThan(5);
    // Sticky: still on screen after the jump.
    const box = await page.locator('.toc-side').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.close();
  });

  it("draws figures in the theme's colours, within the column, in light and dark", async () => {
    for (const dark of [false, true]) {
      const page = await open(FIGURES, { width: 390, dark });
      const figures = page.locator('figure.chart svg');
      expect(await figures.count()).toBe(4);
      for (const svg of await figures.all()) {
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(390 - 2 * 16 + 1);
        expect(box.height).toBeGreaterThan(40);
      }
      // Text in the drawing takes the page's text colour, so it stays readable in dark mode.
      const fill = await page
        .locator('figure.chart svg text')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      const color = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(fill).toBe(color);
      await page.close();
    }
  });

  it('follows the reader’s dark-mode preference without script', async () => {
    const light = await open(FLAGSHIP);
    const dark = await open(FLAGSHIP, { dark: true });
    const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg(light)).toBe('rgb(253, 252, 249)');
    expect(await bg(dark)).toBe('rgb(21, 23, 26)');
    await light.close();
    await dark.close();
  });

  it.each([
    '/',
    FLAGSHIP,
    '/articles/pos-fei-lv-zen-me-kan/',
    '/categories/safety/',
    '/channels/',
    '/search/?q=押金',
    '/about/',
    '/404.html',
  ])('has no horizontal scroll on a 390 px phone: %s', async (path) => {
    const page = await open(path, { width: 390 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});

// A common phone: most readers arrive here from a search result with one question.
describe('phones first (390×844)', () => {
  const phone = (path: string) => open(path, { width: 390, height: 844, touch: true });
  const top = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);

  it.each([FLAGSHIP, '/categories/safety/', '/'])('keeps the header to one row of at most 64 px: %s', async (path) => {
    const page = await phone(path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    expect(await page.isVisible('.site-nav-wide')).toBe(false);
    await page.close();
  });

  it("puts the article's answer in the first half of the screen, the byline and contents after it", async () => {
    const page = await phone(FLAGSHIP);
    const answer = await top(page, '.prose > p');
    expect(answer).toBeLessThan(844 / 2);
    expect(await top(page, '.byline')).toBeGreaterThan(answer);
    expect(await top(page, '.toc-inline')).toBeGreaterThan(answer);
    await page.close();
  });

  it.each(['/categories/safety/', '/'])('shows the first entry of a listing in the first screen: %s', async (path) => {
    const page = await phone(path);
    const first = await page.locator('.card').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('opens and closes the menu with the keyboard, and its links work', async () => {
    const page = await phone(FLAGSHIP);
    const menuLink = page.locator('.menu a', { hasText: '申请渠道' });
    expect(await menuLink.isVisible()).toBe(false);
    await page.focus('.menu summary');
    await page.keyboard.press('Enter');
    expect(await menuLink.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await menuLink.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await menuLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/channels\/$/);
    await page.close();
  });

  it('opens and closes the menu with a tap', async () => {
    const page = await phone('/');
    const menuLink = page.locator('.menu a', { hasText: '关于' });
    await page.tap('.menu summary');
    expect(await menuLink.isVisible()).toBe(true);
    await page.tap('.menu summary');
    expect(await menuLink.isVisible()).toBe(false);
    await page.tap('.menu summary');
    await menuLink.tap();
    await page.waitForURL(/\/about\/$/);
    await page.close();
  });

  it('reaches search from the header', async () => {
    const page = await phone(FLAGSHIP);
    await page.tap('.header-search');
    await page.waitForURL(/\/search\/$/);
    expect(await page.isVisible('#search-q')).toBe(true);
    await page.close();
  });

  it('keeps the wide header as it was on a desktop screen', async () => {
    const page = await open(FLAGSHIP, { width: 1280 });
    expect(await page.isVisible('.site-nav-wide a[href="/channels/"]')).toBe(true);
    expect(await page.isVisible('#site-q')).toBe(true);
    expect(await page.isVisible('.menu')).toBe(false);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches the skip link first, then an article, and opens it', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    // A same-document navigation: the URL changes a moment after the key press (a race under load).
    await page.waitForURL((url) => url.hash === '#main', { timeout: 5_000 });
    expect(new URL(page.url()).hash).toBe('#main');
    let href = '';
    for (let i = 0; i < 40 && !href.includes('/articles/'); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(href).toContain('/articles/');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it.each(['/', FLAGSHIP, FIGURES, '/categories/fees/', '/search/?q=激活', '/channels/', '/404.html'])(
    'has no serious or critical violations: %s',
    async (path) => {
      for (const [dark, width] of [
        [false, 1280],
        [true, 1280],
        [false, 390],
      ] as const) {
        const page = await open(path, { dark, width, bypassCSP: true });
        if (width === 390) await page.click('.menu summary');
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v: any) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3),
          }));
        });
        const bad = violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad, `${path} ${dark ? 'dark' : 'light'} ${width}`).toEqual([]);
        await page.close();
      }
    },
  );
});
