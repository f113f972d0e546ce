import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { figureFindings, figureProblem } from '../../src/lib/figure-check.ts';
import { barsLayout, FIGURE_WIDTH, flowLayout, parseFigureProps, flowProps, timelineLayout, wrapText } from '../../src/lib/figures.ts';
import { displayWidth } from '../../src/lib/text-width.ts';

describe('wrapText', () => {
  it('counts a Han character or full-width mark as two, Latin as one', () => {
    expect(displayWidth('费率0.6%，')).toBe(2 * 2 + 4 + 2);
  });
  it('breaks Chinese by width and keeps Latin words whole', () => {
    const lines = wrapText('先找收单机构的官方客服并记下工单号T+1到账', 16);
    expect(lines.every((line) => displayWidth(line) <= 16)).toBe(true);
    expect(lines.join('')).toBe('先找收单机构的官方客服并记下工单号T+1到账');
    expect(lines.some((line) => line.includes('T+1'))).toBe(true);
  });
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五六七，八九', 14);
    expect(lines.every((line) => !/^[，。]/.test(line))).toBe(true);
  });
});

describe('layouts', () => {
  it('stacks flow boxes without overlap, one arrow between each pair, all inside the width', () => {
    const layout = flowLayout(['第一步', '第二步：'.repeat(12), '第三步']);
    expect(layout.arrows).toHaveLength(2);
    for (let i = 1; i < layout.boxes.length; i++) {
      const prev = layout.boxes[i - 1]!;
      expect(layout.boxes[i]!.y).toBeGreaterThan(prev.y + prev.height);
    }
    expect(layout.boxes[1]!.text.lines.length).toBeGreaterThan(1);
    const last = layout.boxes.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
    expect(Math.max(...layout.boxes.map((b) => b.x + b.width))).toBeLessThanOrEqual(FIGURE_WIDTH);
  });
  it('splits a stacked bar in proportion to the values and totals them', () => {
    const layout = barsLayout(
      [
        ['a', 3],
        ['b', 1],
      ],
      true,
      '元',
    );
    if (layout.kind !== 'stacked') throw new Error('expected stacked');
    expect(layout.segments.map((s) => s.width)).toEqual([FIGURE_WIDTH * 0.75, FIGURE_WIDTH * 0.25]);
    expect(layout.total).toBe('4元');
    expect(layout.legend[1]!.text.lines.join('')).toBe('b：1元');
  });
  it('draws comparison bars longest for the largest value', () => {
    const layout = barsLayout(
      [
        ['甲', 0.6],
        ['乙', 0.3],
      ],
      false,
      '%',
    );
    if (layout.kind !== 'rows') throw new Error('expected rows');
    expect(layout.rows[0]!.barWidth).toBeGreaterThan(layout.rows[1]!.barWidth * 1.9);
    expect(layout.rows[0]!.value.text).toBe('0.6%');
  });
  it('orders timeline entries downwards', () => {
    const layout = timelineLayout([
      ['周五', '刷卡'],
      ['下周一', '到账'],
    ]);
    expect(layout.entries[1]!.dotY).toBeGreaterThan(layout.entries[0]!.dotY);
    expect(layout.lineY2).toBe(layout.entries[1]!.dotY);
  });
});

const element = (mdx: string) => {
  const tree: any = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  return tree.children[0];
};

describe('figure props written in MDX', () => {
  it('accepts literal strings, numbers, arrays and a bare boolean', () => {
    expect(figureProblem('Bars', element('<Bars title="费用" unit="元" stacked items={[["甲", 1.5], ["乙", 2]]} />'))).toBeUndefined();
    expect(figureProblem('Flow', element('<Flow title="步骤" steps={["一", "二"]} />'))).toBeUndefined();
  });
  it('names a missing or malformed prop, and what to write instead', () => {
    expect(figureProblem('Flow', element('<Flow title="步骤" />'))).toEqual({
      expected: expect.stringContaining('<Flow title="标题" steps={["第一步", "第二步", …]}'),
      found: '参数 steps 缺少或格式不对',
    });
    expect(figureProblem('Bars', element('<Bars title="费用" items={[["甲", "一元"]]} />'))?.found).toBe('参数 items 缺少或格式不对');
    expect(figureProblem('Bars', element('<Bars title="费用" items={[["甲", -1]]} />'))?.found).toBe('参数 items 缺少或格式不对');
  });
  it('refuses code in a prop rather than running it', () => {
    expect(figureProblem('Flow', element('<Flow title="步骤" steps={list.map(x => x)} />'))?.found).toBe(
      '参数 steps 不是直接写出的文字、数字或列表',
    );
  });
  it('reports the line in the file', () => {
    const body = '正文。\n\n<Timeline title="时间" items={[["周五"]]} />\n';
    expect(figureFindings(body, 10)).toEqual([expect.objectContaining({ line: 12, found: '参数 items 缺少或格式不对' })]);
    expect(figureFindings('没有图表。', 1)).toEqual([]);
  });
  it('fails rendering with the component name when props are wrong', () => {
    expect(() => parseFigureProps('Flow', flowProps, { title: '步骤', steps: ['只有一步'] })).toThrow(/<Flow> 的参数不对（steps）/);
  });
});
