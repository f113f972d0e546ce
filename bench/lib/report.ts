// Turns bench results into a Markdown table and a hand-written SVG chart. Pure: no I/O.

export type System = 'ours' | 'ours-warm' | 'bare-astro' | 'hugo';

export const SYSTEM_LABEL: Record<System, string> = {
  ours: 'our site (cold)',
  'ours-warm': 'our site (warm, one article edited)',
  'bare-astro': 'bare Astro',
  hugo: 'bare Hugo',
};

export interface BenchRow {
  system: System;
  n: number;
  ok: boolean;
  wallS: number;
  peakRssBytes: number;
  cpuS?: number;
  outputBytes: number;
  outputFiles: number;
  /** dist/pagefind, for our site. */
  searchBytes?: number;
  /** Seconds from the first Pagefind process's start to the last one's exit. */
  searchS?: number;
  /** Seconds of indexing after Astro's process exited (older rows: indexing ran after Astro, so searchS). */
  searchAfterAstroS?: number;
  /** Peak RSS of the process tree while Pagefind ran (bytes). */
  searchPeakRssBytes?: number;
  /** Astro's own phase timings, from its info log. */
  astro?: AstroPhases;
  /** Share cards drawn and reused by our build, and how long drawing took (beside Astro). */
  cards?: ShareCardPhase;
  /** One-minute load average just before the run (the machine is shared). */
  load1: number;
  /** CPU seconds used by other processes during the run. */
  othersCpuS?: number;
  at: string;
}

export interface AstroPhases {
  /** Content layer sync and type generation. */
  syncS?: number;
  /** Vite bundling of the static entrypoints. */
  bundleS?: number;
  /** Rendering every route to HTML. */
  renderS?: number;
  /** Astro's whole build, as it reports it. */
  totalS?: number;
}

// Astro prints durations as "429ms", "15.49s", "1m 6s" or "2m".
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s)|\d+m)`;

/** "1m 6s" → 66, "429ms" → 0.429. */
export function durationS(text: string): number {
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + (m[2] === undefined ? 0 : m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/** Phase timings from the log of `astro build` at log level info. */
export function parseAstroLog(log: string): AstroPhases {
  const phases: AstroPhases = {};
  const sync = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(log);
  if (sync) phases.syncS = durationS(sync[1]!);
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))];
  if (bundles.length) phases.bundleS = bundles.reduce((sum, m) => sum + durationS(m[1]!), 0);
  const render = new RegExp(String.raw`generating static routes[\s\S]*?\n[^\n[]*✓ Completed in ${DURATION}`).exec(log);
  if (render) phases.renderS = durationS(render[1]!);
  const total = new RegExp(String.raw`page\(s\) built in ${DURATION}`).exec(log);
  if (total) phases.totalS = durationS(total[1]!);
  return phases;
}

const MB = 1024 * 1024;

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/** Our wall time divided by the reference system's at the same N. */
export function ratio(rows: BenchRow[], row: BenchRow, reference: System): number | undefined {
  const ref = rows.find((r) => r.system === reference && r.n === row.n && r.ok);
  return ref && row.ok && ref.wallS > 0 ? row.wallS / ref.wallS : undefined;
}

const ORDER: System[] = ['ours', 'ours-warm', 'bare-astro', 'hugo'];

export function sortRows(rows: BenchRow[]): BenchRow[] {
  return [...rows].sort((a, b) => a.n - b.n || ORDER.indexOf(a.system) - ORDER.indexOf(b.system));
}

export function markdownTable(rows: BenchRow[]): string {
  const head = [
    'N',
    'system',
    'wall s',
    'ms / article',
    'peak RSS MB',
    'CPU s',
    'output MB',
    'files',
    'search index MB',
    'search s',
    '× bare Astro',
    '× Hugo',
    "others' CPU s",
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const r of sortRows(rows)) {
    const mine = r.system === 'ours' || r.system === 'ours-warm';
    const cells = r.ok
      ? [
          r.n.toLocaleString('en-US'),
          SYSTEM_LABEL[r.system],
          fixed(r.wallS, 1),
          fixed((r.wallS * 1000) / r.n, 1),
          fixed(r.peakRssBytes / MB, 0),
          fixed(r.cpuS, 1),
          fixed(r.outputBytes / MB, 1),
          String(r.outputFiles),
          r.searchBytes === undefined ? '–' : fixed(r.searchBytes / MB, 1),
          fixed(r.searchS, 1),
          mine ? `${fixed(ratio(rows, r, 'bare-astro'), 2)}` : '',
          mine ? `${fixed(ratio(rows, r, 'hugo'), 2)}` : '',
          fixed(r.othersCpuS, 1),
        ]
      : [r.n.toLocaleString('en-US'), SYSTEM_LABEL[r.system], 'failed', ...Array<string>(head.length - 3).fill('')];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export interface ShareCardPhase {
  drawn: number;
  reused: number;
  seconds: number;
}

/** The build's share-card line (scripts/build.ts), if it printed one. */
export function parseCardLog(log: string): ShareCardPhase | undefined {
  const m = /分享卡片：新画 (\d+) 张，沿用 (\d+) 张（([\d.]+) 秒/.exec(log);
  return m ? { drawn: Number(m[1]), reused: Number(m[2]), seconds: Number(m[3]) } : undefined;
}

/** Share cards: their cold and warm cost (drawn beside Astro, so not all of it is wall time). */
export function cardsTable(rows: BenchRow[]): string {
  const head = ['N', 'system', 'cards drawn', 'cards reused', 'drawing s', 'ms / card drawn'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const r of sortRows(rows)) {
    if (!r.ok || !r.cards) continue;
    const perCard = r.cards.drawn ? (r.cards.seconds * 1000) / r.cards.drawn : undefined;
    lines.push(
      `| ${[r.n.toLocaleString('en-US'), SYSTEM_LABEL[r.system], String(r.cards.drawn), String(r.cards.reused), fixed(r.cards.seconds, 1), fixed(perCard, 1)].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Where the time goes, for the Astro builds: Astro's own phases, Pagefind, and the rest. */
export function phaseTable(rows: BenchRow[]): string {
  const head = [
    'N',
    'system',
    'wall s',
    'content sync s',
    'bundle s',
    'render routes s',
    'astro total s',
    'search s',
    'search after Astro s',
    'rest s',
    'peak RSS MB while indexing',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const r of sortRows(rows)) {
    if (!r.ok || !r.astro) continue;
    const after = r.searchAfterAstroS ?? r.searchS;
    const rest = r.astro.totalS === undefined ? undefined : r.wallS - r.astro.totalS - (after ?? 0);
    const cells = [
      r.n.toLocaleString('en-US'),
      SYSTEM_LABEL[r.system],
      fixed(r.wallS, 1),
      fixed(r.astro.syncS, 1),
      fixed(r.astro.bundleS, 1),
      fixed(r.astro.renderS, 1),
      fixed(r.astro.totalS, 1),
      fixed(r.searchS, 1),
      fixed(after, 1),
      fixed(rest, 1),
      r.searchPeakRssBytes === undefined ? '–' : fixed(r.searchPeakRssBytes / MB, 0),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export interface Series {
  label: string;
  color: string;
  points: { x: number; y: number }[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Powers of ten that cover [min, max] (at least two of them). */
export function decades(min: number, max: number): number[] {
  let lo = Math.floor(Math.log10(min));
  let hi = Math.ceil(Math.log10(max));
  if (hi === lo) hi = lo + 1;
  const out: number[] = [];
  for (; lo <= hi; lo++) out.push(10 ** lo);
  return out;
}

function tickLabel(value: number): string {
  return value >= 1 ? value.toLocaleString('en-US') : String(value);
}

/**
 * Wall time against N, both axes logarithmic: a build whose cost per article is flat draws a
 * straight line with slope 1, so curvature upward is exactly the superlinear cost to look for.
 */
export function chartSvg(series: Series[], title: string): string {
  const width = 720;
  const height = 440;
  const m = { left: 70, right: 190, top: 40, bottom: 56 };
  const all = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const xs = decades(Math.min(...all.map((p) => p.x), 100), Math.max(...all.map((p) => p.x), 1000));
  const ys = decades(Math.min(...all.map((p) => p.y), 1), Math.max(...all.map((p) => p.y), 10));
  const lx = (v: number) => Math.log10(v);
  const px = (x: number) => m.left + ((lx(x) - lx(xs[0]!)) / (lx(xs.at(-1)!) - lx(xs[0]!))) * (width - m.left - m.right);
  const py = (y: number) => height - m.bottom - ((lx(y) - lx(ys[0]!)) / (lx(ys.at(-1)!) - lx(ys[0]!))) * (height - m.top - m.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2 - m.right / 2 + m.left / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const x of xs) {
    parts.push(`<line x1="${px(x).toFixed(1)}" y1="${m.top}" x2="${px(x).toFixed(1)}" y2="${height - m.bottom}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(x).toFixed(1)}" y="${height - m.bottom + 18}" text-anchor="middle">${tickLabel(x)}</text>`);
  }
  for (const y of ys) {
    parts.push(`<line x1="${m.left}" y1="${py(y).toFixed(1)}" x2="${width - m.right}" y2="${py(y).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${m.left - 8}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end">${tickLabel(y)}</text>`);
  }
  parts.push(`<text x="${(m.left + width - m.right) / 2}" y="${height - 14}" text-anchor="middle">articles (N, log scale)</text>`);
  parts.push(
    `<text transform="translate(18 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">wall time, s (log scale)</text>`,
  );
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.x > 0 && p.y > 0).sort((a, b) => a.x - b.x);
    if (pts.length > 1) {
      parts.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`,
      );
    }
    for (const p of pts) {
      parts.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="4" fill="${s.color}"><title>${escapeXml(`${s.label}: N=${p.x}, ${p.y.toFixed(1)} s`)}</title></circle>`,
      );
    }
    const ly = m.top + 10 + i * 22;
    parts.push(
      `<line x1="${width - m.right + 16}" y1="${ly}" x2="${width - m.right + 40}" y2="${ly}" stroke="${s.color}" stroke-width="3"/>`,
    );
    parts.push(`<text x="${width - m.right + 46}" y="${ly + 4}">${escapeXml(s.label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const COLORS: Record<System, string> = { ours: '#c0392b', 'ours-warm': '#e67e22', 'bare-astro': '#2c3e50', hugo: '#16a085' };

export function seriesFromRows(rows: BenchRow[]): Series[] {
  return ORDER.map((system) => ({
    label: SYSTEM_LABEL[system],
    color: COLORS[system],
    points: rows.filter((r) => r.system === system && r.ok).map((r) => ({ x: r.n, y: r.wallS })),
  })).filter((s) => s.points.length > 0);
}

/** Newer rows replace older ones for the same system and N, so separate runs add up. */
export function mergeRows(previous: BenchRow[], latest: BenchRow[]): BenchRow[] {
  const key = (r: BenchRow) => `${r.system}@${r.n}`;
  const byKey = new Map(previous.map((r) => [key(r), r]));
  for (const r of latest) byKey.set(key(r), r);
  return sortRows([...byKey.values()]);
}
