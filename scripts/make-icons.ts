// Renders public/favicon.svg into the PNG and ICO icons browsers and Baidu ask for. Run once after changing the SVG.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchOptions } from '../tests/helpers/browser.ts';
const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch(launchOptions());
const shots: Record<number, Buffer> = {};
for (const size of [32, 180, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  shots[size] = await page.screenshot({ omitBackground: true });
  await page.close();
}
await browser.close();
writeFileSync('public/apple-touch-icon.png', shots[180]!);
writeFileSync('public/icon-192.png', shots[192]!);
writeFileSync('public/icon-512.png', shots[512]!);
// ICO with one embedded 32×32 PNG.
const png = shots[32]!;
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt8(0, 8);
header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png]));
