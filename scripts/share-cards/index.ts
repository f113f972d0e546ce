// The build's one entry to share cards: draws the cards src/lib/share-card.ts lists for the
// site into a cache (a card is drawn once per content, template, font and renderer version),
// then links them into the output. Takumi (a Rust renderer with Node bindings, from the npm
// registry) draws a card in ~4 ms here against ~31 ms for satori + sharp (README, Performance).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { SHARE_CARD, shareCardPath, type ShareCard } from '../../src/lib/share-card.ts';
import { fontFile, FontIndex, fontSlices, FONT_VERSION } from './fonts.ts';
import { linkOrCopy } from '../../src/lib/link-files.ts';
import { packageVersion } from '../../src/lib/packages.ts';
import { cardNode, FAMILY } from './template.ts';

const RENDERER_VERSION = packageVersion('@takumi-rs/core');
/** Cards drawn at once: the renderer works off the main thread; Astro and Pagefind use the cores too. */
const CONCURRENCY = 2;

export interface CardReport {
  drawn: number;
  reused: number;
  /** From the first look at the cache to the last card written. */
  seconds: number;
  /** Pages whose card has characters the font does not hold, with those characters. */
  missing: { path: string; chars: string[] }[];
}

const cacheFile = (cacheDir: string, url: string) =>
  join(cacheDir, `${createHash('sha256').update(`${url}|${FONT_VERSION}|${RENDERER_VERSION}`).digest('hex').slice(0, 32)}.png`);

/**
 * Draws every card that is not in `cacheDir` yet. Aborting `signal` stops after the cards being
 * drawn (a failed or stopped build must not wait for thousands more); those drawn stay cached.
 */
export async function drawShareCards(
  cards: ReadonlyMap<string, ShareCard>,
  siteName: string,
  cacheDir: string,
  signal?: AbortSignal,
): Promise<CardReport> {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const font = new FontIndex(fontSlices());
  const report: CardReport = { drawn: 0, reused: 0, seconds: 0, missing: [] };
  const done = () => ({ ...report, seconds: (performance.now() - started) / 1000 });
  const todo: { url: string; card: ShareCard }[] = [];
  const seen = new Set<string>();
  for (const [path, card] of cards) {
    const { missing } = font.slicesFor(`${card.kicker}${card.title}${card.date ?? ''}${siteName}`);
    if (missing.length) report.missing.push({ path, chars: missing });
    const url = shareCardPath(card, siteName);
    if (seen.has(url)) continue;
    seen.add(url);
    if (existsSync(cacheFile(cacheDir, url))) report.reused++;
    else todo.push({ url, card });
  }
  if (!todo.length) return done();

  // Only the slices the cards to draw need: the subset of the font this build uses.
  const text = todo.map(({ card }) => `${card.kicker}${card.title}${card.date ?? ''}`).join('') + siteName;
  const renderer = new Renderer();
  for (const slice of font.slicesFor(text).used) {
    await renderer.registerFont({ name: FAMILY, weight: slice.weight, data: readFileSync(fontFile(slice)), unicodeRange: slice.ranges });
  }
  let next = 0;
  const worker = async () => {
    while (next < todo.length && !signal?.aborted) {
      const { url, card } = todo[next++]!;
      const png = await renderer.render(cardNode(card, siteName) as never, {
        width: SHARE_CARD.width,
        height: SHARE_CARD.height,
        format: 'png',
      });
      const file = cacheFile(cacheDir, url);
      writeFileSync(`${file}.tmp`, png);
      renameSync(`${file}.tmp`, file);
      report.drawn++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return done();
}

/** Puts each card into `outDir` at its URL (a hard link to the cache where the file system allows). */
export function placeShareCards(cards: ReadonlyMap<string, ShareCard>, siteName: string, cacheDir: string, outDir: string): void {
  for (const url of new Set([...cards.values()].map((card) => shareCardPath(card, siteName)))) {
    const target = join(outDir, url);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    linkOrCopy(cacheFile(cacheDir, url), target);
  }
}
