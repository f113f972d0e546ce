import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawShareCards } from '../../scripts/share-cards/index.ts';
import type { ShareCard } from '../../src/lib/share-card.ts';

const dir = mkdtempSync(join(tmpdir(), 'share-cards-draw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cards = new Map<string, ShareCard>(
  Array.from(
    { length: 6 },
    (_, i) => [`/articles/a-${i}/`, { kicker: '费率', title: `第${i}篇：刷卡手续费怎么算`, date: '2026-11-30' }] as const,
  ),
);

describe('drawShareCards', () => {
  it('draws nothing more once the build is stopped (a failed build does not wait for thousands of cards)', async () => {
    const stop = new AbortController();
    stop.abort();
    const report = await drawShareCards(cards, 'POS知识站', join(dir, 'stopped'), stop.signal);
    expect(report.drawn).toBe(0);
    expect(readdirSync(join(dir, 'stopped'))).toEqual([]);
  });

  it('draws every card that is not cached, and reuses them the next time', async () => {
    const first = await drawShareCards(cards, 'POS知识站', join(dir, 'cache'));
    expect(first.drawn).toBe(6);
    const second = await drawShareCards(cards, 'POS知识站', join(dir, 'cache'));
    expect(second).toMatchObject({ drawn: 0, reused: 6 });
  });
});
