import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/markdown-parse.ts';

describe('parseMarkdown', () => {
  it('reads GFM as the renderer does: tables and www autolinks', () => {
    const tree = parseMarkdown('| 费率 | 说明 |\n| --- | --- |\n| 0.6% | 常见报价 |\n\n见 www.pbc.gov.cn 。', false);
    expect(tree.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
    expect(JSON.stringify(tree.children[1])).toContain('"type":"link"');
  });
  it('reads JSX in MDX only, and throws on MDX that does not parse', () => {
    expect(parseMarkdown('<Flow title="t" steps={["a", "b"]} />', true).children[0]!.type).toBe('mdxJsxFlowElement');
    expect(parseMarkdown('<Flow title="t" />', false).children[0]!.type).toBe('html');
    expect(() => parseMarkdown('没闭合的 <div> 标签', true)).toThrow();
  });
});
