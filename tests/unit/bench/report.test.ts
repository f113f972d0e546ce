import { describe, expect, it } from 'vitest';
import {
  cardsTable,
  chartSvg,
  decades,
  durationS,
  markdownTable,
  mergeRows,
  parseAstroLog,
  parseCardLog,
  phaseTable,
  ratio,
  type BenchRow,
} from '../../../bench/lib/report.ts';

function row(system: BenchRow['system'], n: number, wallS: number, extra: Partial<BenchRow> = {}): BenchRow {
  return {
    system,
    n,
    ok: true,
    wallS,
    peakRssBytes: 512 * 1024 * 1024,
    outputBytes: 10 * 1024 * 1024,
    outputFiles: n,
    load1: 0.5,
    at: '2026-11-26T00:00:00Z',
    ...extra,
  };
}

describe('ratio', () => {
  const rows = [row('ours', 1000, 12), row('bare-astro', 1000, 4), row('hugo', 1000, 0.8), row('ours', 100, 5)];
  it('divides our time by the reference at the same N', () => {
    expect(ratio(rows, rows[0]!, 'bare-astro')).toBe(3);
    expect(ratio(rows, rows[0]!, 'hugo')).toBe(15);
  });
  it('has no ratio without a reference row', () => {
    expect(ratio(rows, rows[3]!, 'bare-astro')).toBeUndefined();
  });
});

describe('markdownTable', () => {
  it('sorts by N then system and fills the ratio only for our rows', () => {
    const table = markdownTable([
      row('bare-astro', 1000, 4, { othersCpuS: 1.5 }),
      row('ours', 1000, 12, { searchBytes: 3 * 1024 * 1024, searchS: 2 }),
      row('ours', 100, 5),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^\| 100 \| our site \(cold\) \| 5\.0 \| 50\.0 \|/);
    expect(lines[3]).toMatch(/^\| 1,000 \| our site \(cold\) \| 12\.0 \| 12\.0 \| 512 \|/);
    expect(lines[3]).toContain('| 3.0 | 2.0 | 3.00 | – |');
    expect(lines[4]).toMatch(/^\| 1,000 \| bare Astro \|.*\| {2}\| {2}\| 1\.5 \|$/);
  });
  it('marks failed rows', () => {
    expect(markdownTable([row('ours', 10, 1, { ok: false })])).toContain('| 10 | our site (cold) | failed |');
  });
});

describe('parseAstroLog', () => {
  const log = [
    '00:36:53 [types] Generated 2.69s',
    '00:36:53 [build] ✓ Completed in 2.73s.',
    '00:36:54 [vite] ✓ built in 1.18s',
    '00:36:54 [vite] ✓ built in 40ms',
    '',
    ' generating static routes ',
    '00:36:54   ├─ /404.html (+16ms) ',
    '00:36:54 ✓ Completed in 429ms.',
    '',
    '00:36:54 [build] ✓ Completed in 1.72s.',
    '00:36:54 [build] 95 page(s) built in 4.47s',
  ].join('\n');
  it('reads sync, bundle, render and total, in seconds', () => {
    const p = parseAstroLog(log);
    expect(p.syncS).toBe(2.69);
    expect(p.bundleS).toBeCloseTo(1.22, 5);
    expect(p.renderS).toBe(0.429);
    expect(p.totalS).toBe(4.47);
  });
  it('reads minutes as Astro prints them for long builds', () => {
    const long = log
      .replace('Generated 2.69s', 'Generated 1m 34s')
      .replace('✓ Completed in 429ms.', '✓ Completed in 1m 6s.')
      .replace('built in 4.47s', 'built in 3m');
    const p = parseAstroLog(long);
    expect(p.syncS).toBe(94);
    expect(p.renderS).toBe(66);
    expect(p.totalS).toBe(180);
  });
  it('converts each duration format', () => {
    expect(durationS('429ms')).toBe(0.429);
    expect(durationS('15.49s')).toBe(15.49);
    expect(durationS('1m 6s')).toBe(66);
    expect(durationS('2m')).toBe(120);
    expect(durationS('soon')).toBeNaN();
  });
  it('leaves out what the log does not say', () => {
    expect(parseAstroLog('nothing here')).toEqual({});
  });
  it('puts the rest of the wall time in the phase table', () => {
    const table = phaseTable([row('ours', 100, 10, { astro: parseAstroLog(log), searchS: 2, searchPeakRssBytes: 3 * 1024 * 1024 * 1024 })]);
    expect(table.split('\n')[2]).toBe('| 100 | our site (cold) | 10.0 | 2.7 | 1.2 | 0.4 | 4.5 | 2.0 | 2.0 | 3.5 | 3072 |');
  });
  it('counts only the indexing after Astro exited against the wall time when the two overlap', () => {
    const table = phaseTable([row('ours', 100, 10, { astro: parseAstroLog(log), searchS: 4, searchAfterAstroS: 1 })]);
    expect(table.split('\n')[2]).toBe('| 100 | our site (cold) | 10.0 | 2.7 | 1.2 | 0.4 | 4.5 | 4.0 | 1.0 | 4.5 | – |');
  });
});

describe('mergeRows', () => {
  it('replaces the same system and N and keeps the others', () => {
    const merged = mergeRows([row('ours', 100, 5), row('ours', 1000, 12)], [row('ours', 100, 4)]);
    expect(merged.map((r) => [r.n, r.wallS])).toEqual([
      [100, 4],
      [1000, 12],
    ]);
  });
});

describe('chart', () => {
  it('covers the data with whole decades', () => {
    expect(decades(100, 10_000)).toEqual([100, 1000, 10_000]);
    expect(decades(0.3, 45)).toEqual([0.1, 1, 10, 100]);
    expect(decades(5, 5)).toEqual([1, 10]);
  });
  it('draws one line per series, placed on log scales', () => {
    const svg = chartSvg(
      [
        {
          label: 'ours',
          color: '#c00',
          points: [
            { x: 100, y: 1 },
            { x: 10_000, y: 100 },
          ],
        },
        {
          label: 'hugo <bare>',
          color: '#0a0',
          points: [
            { x: 100, y: 0.1 },
            { x: 1000, y: 1 },
            { x: 10_000, y: 10 },
          ],
        },
      ],
      'Build time',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(5);
    expect(svg).toContain('hugo &lt;bare&gt;');
    // x = 100 sits on the left edge (70) and 10,000 on the right edge (720 - 190); y = 100 s on top (40).
    expect(svg).toContain('points="70.0,');
    expect(svg).toMatch(/ 530\.0,40\.0"/);
  });
});

describe('share cards', () => {
  it("reads the build's card line and tabulates it, with the cost per card drawn", () => {
    const cards = parseCardLog('已生成网站：dist（9.0 秒）。\n分享卡片：新画 1200 张，沿用 3 张（4.8 秒，与 Astro 同时进行）。');
    expect(cards).toEqual({ drawn: 1200, reused: 3, seconds: 4.8 });
    expect(parseCardLog('nothing')).toBeUndefined();
    expect(cardsTable([row('ours', 1000, 9, { cards })]).split('\n')[2]).toBe('| 1,000 | our site (cold) | 1200 | 3 | 4.8 | 4.0 |');
  });
});
