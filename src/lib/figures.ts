// Layout for the article figures (<Flow>, <Timeline>, <Bars> in MDX bodies): plain data in,
// SVG coordinates out, so the components stay markup and no script runs in the reader's browser.
// SVG text does not wrap by itself; lines are broken here by display width (src/lib/text-width.ts).
import { z } from 'astro/zod';
import { displayWidth } from './text-width.ts';

/** Width of the drawing in SVG units; it scales to the column, and the stylesheet caps it. */
export const FIGURE_WIDTH = 360;
export const FONT = 14;
export const LINE = 20;
const UNIT = FONT / 2;

// A line never starts with these (Chinese typesetting's 避头点).
const NO_LINE_START = /^[，。、；：？！）》」』”’%,.;:?!)\]]/;

/** Break `text` into lines at most `maxWidth` wide (display width), keeping Latin words whole. */
export function wrapText(text: string, maxWidth: number): string[] {
  const tokens = text.trim().match(/[A-Za-z0-9.+%\-/]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && displayWidth(candidate.trimEnd()) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function formatNumber(value: number): string {
  return Number(value.toFixed(4)).toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

// Props as editors write them in MDX; a wrong shape fails the build with the component's name.
const label = z.string().trim().min(1);
export const flowProps = z.object({ title: label, steps: z.array(label).min(2).max(12) });
export const timelineProps = z.object({
  title: label,
  items: z
    .array(z.tuple([label, label]))
    .min(2)
    .max(12),
});
export const barsProps = z.object({
  title: label,
  unit: z.string().trim().default(''),
  stacked: z.boolean().default(false),
  note: z.string().trim().optional(),
  items: z
    .array(z.tuple([label, z.number().finite().nonnegative()]))
    .min(1)
    .max(10),
});

export const EXPECTED: Record<string, string> = {
  Flow: 'title="标题" steps={["第一步", "第二步", …]}（2–12 步）',
  Timeline: 'title="标题" items={[["时间", "发生的事"], …]}（2–12 项）',
  Bars: 'title="标题" unit="元" items={[["名称", 数字], …]}（1–10 项，数字不为负），可加 stacked 和 note="说明"',
};

export function parseFigureProps<T extends z.ZodType>(component: keyof typeof EXPECTED, schema: T, props: unknown): z.output<T> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const where = result.error.issues.map((issue) => issue.path.join('.') || '(整体)').join('、');
  throw new Error(`<${component}> 的参数不对（${where}）。应写成 <${component} ${EXPECTED[component]} />`);
}

export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
}

const PAD = 10;
const ARROW = 22;

/** Boxes stacked top to bottom with an arrow between each pair. */
export function flowLayout(steps: readonly string[]) {
  const boxWidth = FIGURE_WIDTH - 2;
  const maxText = Math.floor((boxWidth - 2 * PAD - 2 * FONT) / UNIT);
  let y = 1;
  const boxes = steps.map((step, i) => {
    const lines = wrapText(step, maxText);
    const height = lines.length * LINE + 2 * PAD;
    const box = { index: i + 1, x: 1, y, width: boxWidth, height, text: { x: 1 + PAD + 2 * FONT, y: y + PAD + FONT, lines } };
    y += height + ARROW;
    return box;
  });
  const arrows = boxes.slice(1).map((box) => ({ x: FIGURE_WIDTH / 2, y1: box.y - ARROW + 3, y2: box.y - 3 }));
  return { width: FIGURE_WIDTH, height: y - ARROW + 1, boxes, arrows };
}

/** A vertical line with a dot per item: the time in bold, what happens beside it. */
export function timelineLayout(items: readonly (readonly [string, string])[]) {
  const lineX = 8;
  const textX = 24;
  const maxText = Math.floor((FIGURE_WIDTH - textX) / UNIT);
  let y = FONT;
  const entries = items.map(([when, what]) => {
    const whenLines = wrapText(when, maxText);
    const whatLines = wrapText(what, maxText);
    const entry = {
      dotY: y - FONT / 2 + 2,
      when: { x: textX, y, lines: whenLines },
      what: { x: textX, y: y + whenLines.length * LINE, lines: whatLines },
    };
    y += (whenLines.length + whatLines.length) * LINE + PAD;
    return entry;
  });
  const height = y - PAD - LINE + FONT / 2;
  return { width: FIGURE_WIDTH, height, lineX, lineY1: entries[0]!.dotY, lineY2: entries.at(-1)!.dotY, entries };
}

const BAR = 22;
export const SERIES = 5;

/** `stacked`: one bar split in parts plus a legend; otherwise one labelled bar per item. */
export function barsLayout(items: readonly (readonly [string, number])[], stacked: boolean, unit: string) {
  const maxText = Math.floor((FIGURE_WIDTH - 20) / UNIT);
  const value = (n: number) => `${formatNumber(n)}${unit}`;
  if (stacked) {
    const total = items.reduce((sum, [, n]) => sum + n, 0) || 1;
    let x = 0;
    const segments = items.map(([, n], i) => {
      const width = (n / total) * FIGURE_WIDTH;
      const segment = { x, width, series: i % SERIES };
      x += width;
      return segment;
    });
    let y = BAR + 2 * PAD + FONT;
    const legend = items.map(([name, n], i) => {
      const lines = wrapText(`${name}：${value(n)}`, maxText);
      const entry = { series: i % SERIES, swatchY: y - FONT + 3, text: { x: 20, y, lines } };
      y += lines.length * LINE + 4;
      return entry;
    });
    return {
      kind: 'stacked' as const,
      width: FIGURE_WIDTH,
      height: y - LINE + 6,
      barY: 0,
      barHeight: BAR,
      segments,
      legend,
      total: value(total),
    };
  }
  const max = Math.max(...items.map(([, n]) => n)) || 1;
  let y = FONT;
  const rows = items.map(([name, n], i) => {
    const lines = wrapText(name, maxText);
    const barY = y + (lines.length - 1) * LINE + 6;
    const text = value(n);
    const room = FIGURE_WIDTH - displayWidth(text) * UNIT - 8;
    const row = {
      series: i % SERIES,
      label: { x: 0, y, lines },
      barY,
      barWidth: Math.max(2, (n / max) * room),
      value: { text, y: barY + BAR / 2 + FONT / 2 - 2 },
    };
    y = barY + BAR + PAD + FONT;
    return row;
  });
  return { kind: 'rows' as const, width: FIGURE_WIDTH, height: y - PAD - FONT, barHeight: BAR, rows };
}
