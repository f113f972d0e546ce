// The editor tools in a real dev server (`npm run edit`: astro dev + decap-server) over a copy of
// the frozen e2e content, driven in Debian's Chromium: the dev toolbar's 内容检查 app shows an
// article's findings and follows its file; the web editor at /admin/ creates and edits
// articles whose files pass the build's content check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../helpers/browser.ts';
import { startEditor, type EditorServer } from '../helpers/editor-server.ts';
import { ROOT, scratch } from '../helpers/fixture.ts';

const s = scratch('editor', 'e2e');
// A published article whose only link says “点击这里”: the linter's link-text rule flags it.
const LINKY = `---
title: 链接文字示例
description: 一篇正文链接只写着“点击这里”的文章。
pubDate: 2026-05-20
category: fees
author: editors
---

费率由三部分组成，详见[点击这里](/articles/pos-fei-lv-zen-me-kan/)。
`;
const LINKY_FILE = 'articles/dian-ji-zhe-li.md';
const LINK_LINE = LINKY.split('\n').findIndex((line) => line.includes('[点击这里]')) + 1;

let server: EditorServer;
let browser: Browser;

beforeAll(async () => {
  s.write(LINKY_FILE, LINKY);
  server = await startEditor(s);
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function checkContent() {
  return spawnSync(process.execPath, ['scripts/check-content.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: s.content },
  });
}

describe('the dev toolbar app 内容检查', () => {
  const panel = (page: Page) => page.locator('astro-dev-toolbar-app-canvas[data-app-id="pos-editor-lint"] astro-dev-toolbar-window');

  async function openApp(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url + path);
    // The toolbar slides in on hover; its buttons live in its shadow root (Playwright pierces it).
    await page.hover('astro-dev-toolbar #dev-bar');
    await page.locator('astro-dev-toolbar [data-app-id="pos-editor-lint"]').first().click();
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    return page;
  }

  it("lists the article's findings with rule, line and message", async () => {
    const page = await openApp('/articles/dian-ji-zhe-li/');
    const row = panel(page).locator('li[data-rule="link-text"]');
    await row.waitFor();
    expect(await row.getAttribute('data-line')).toBe(String(LINK_LINE));
    expect(await row.innerText()).toContain(`第 ${LINK_LINE} 行`);
    expect(await row.innerText()).toContain('链接文字 “点击这里” 没有说明链接去处');
    expect(await panel(page).locator('.summary').innerText()).toMatch(/dian-ji-zhe-li\.md：\d+ 个错误、\d+ 个警告/);
    await page.close();
  });

  it('shows the schema errors once the file is saved broken, and drops them once it is fixed', async () => {
    const page = await openApp('/articles/dian-ji-zhe-li/');
    await panel(page).locator('li[data-rule="link-text"]').waitFor();
    try {
      // A typo'd field name: the build (and Astro's content layer) reject the file.
      s.write(LINKY_FILE, LINKY.replace('pubDate:', 'pubdate:'));
      // The save reloads the page; the app opens again by itself.
      const typo = panel(page).locator('li[data-rule="schema"]', { hasText: /未知字段 “pubdate”/ });
      await typo.waitFor({ timeout: 20_000 });
      expect(await typo.innerText()).toContain('是不是想写 pubDate');
      expect(await typo.getAttribute('data-line')).toBe('4');
      expect(await panel(page).innerText()).toContain('格式和引用：构建会因此失败');
    } finally {
      s.write(LINKY_FILE, LINKY);
    }
    await expect.poll(() => panel(page).locator('li[data-rule="schema"]').count(), { timeout: 20_000 }).toBe(0);
    await panel(page).locator('li[data-rule="link-text"]').waitFor();
    await page.close();
  });

  it('says so on a page that is not an article', async () => {
    const page = await openApp('/about/');
    await expect.poll(() => panel(page).innerText()).toContain('这个页面不是文章');
    await page.close();
  });
});

describe('the web editor (/admin/)', () => {
  async function openEditor(hash: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/admin/`);
    // decap-server has no accounts: the login button just opens the editor.
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto(`${server.url}/admin/${hash}`);
    return page;
  }

  async function publish(page: Page): Promise<void> {
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
  }

  it('creates an article whose file passes the content check', async () => {
    const page = await openEditor('#/collections/articles/new');
    await page.locator('[id^="title-field"]').first().fill('网页编辑器新建的文章');
    await page.locator('[id^="description-field"]').fill('在浏览器里新建、保存的一篇文章。');
    await page.locator('[id^="pubDate-field"]').fill('2026-05-28');
    for (const [field, value] of [
      ['category', 'fees'],
      ['author', 'editors'],
      ['tags', 'deposit'],
    ]) {
      await page.locator(`[id^="${field}-field"]`).fill(value!);
      await page.keyboard.press('Enter');
    }
    // Typed into, then emptied: saved as absent, not as an empty string the schema rejects.
    await page.locator('[id^="updatedDate-field"]').fill('2026-05-29');
    await page.locator('[id^="updatedDate-field"]').fill('');
    await page.locator('[data-slate-editor="true"]').last().click();
    await page.keyboard.type('先说结论：这是正文的第一段。');
    await publish(page);

    // No slug typed: the editor's page gives the file the pinyin of the title.
    const file = join(s.content, 'articles/wang-ye-bian-ji-qi-xin-jian-de-wen-zhang.md');
    // Polled for its text: decap-server may be halfway through writing it.
    await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 20_000 }).toContain('先说结论');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: 网页编辑器新建的文章');
    expect(text).toContain('draft: true');
    expect(text).toContain('先说结论：这是正文的第一段。');
    expect(text).not.toContain('updatedDate');
    const check = checkContent();
    expect(check.status, check.stderr).toBe(0);
    await page.close();
  });

  it('edits an existing article in place, keeping its body and passing the content check', async () => {
    const file = join(s.content, 'articles/pos-fei-lv-zen-me-kan.md');
    const before = readFileSync(file, 'utf8');
    const page = await openEditor('#/collections/articles/entries/pos-fei-lv-zen-me-kan');
    // The first; each source has a title too.
    const title = page.locator('[id^="title-field"]').first();
    await expect.poll(() => title.inputValue()).toContain('POS机费率怎么看');
    await title.fill('POS机费率怎么看？三项收费一次讲清');
    await publish(page);

    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toContain('三项收费一次讲清');
    const after = readFileSync(file, 'utf8');
    const body = (text: string) => text.slice(text.indexOf('\n---', 4) + 4).trim();
    expect(body(after)).toBe(body(before));
    const check = checkContent();
    expect(check.status, check.stderr).toBe(0);
    await page.close();
  });

  it('edits a channel file in place, and lists new drafts as drafts', async () => {
    const file = join(s.content, 'channels/bank-branch.yaml');
    const page = await openEditor('#/collections/channels/entries/bank-branch');
    const description = page.locator('[id^="description-field"]').first();
    await expect.poll(() => description.inputValue()).toContain('开户行网点');
    await description.fill('到开户行网点当面咨询商户收单业务，看清协议条款、费率和押金规定。');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toContain('当面咨询商户收单业务');
    expect(readFileSync(file, 'utf8')).toContain('verifiedAt: 2026-11-20');
    const check = checkContent();
    expect(check.status, check.stderr).toBe(0);

    await page.goto(`${server.url}/admin/#/collections/articles`);
    await page.getByText('网页编辑器新建的文章（草稿）').waitFor();
    await page.close();
  });
});
