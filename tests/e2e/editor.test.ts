// The editor tools in a real dev server over a copy of the frozen e2e content, driven in
// Debian's Chromium: the dev toolbar's 内容检查 app shows an article's findings and follows its
// file.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../helpers/browser.ts';
import { startEditor, type EditorServer } from '../helpers/editor-server.ts';
import { scratch } from '../helpers/fixture.ts';

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
