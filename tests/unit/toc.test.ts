import { describe, expect, it } from 'vitest';
import { tocTree } from '../../src/lib/toc.ts';

describe('tocTree', () => {
  it('nests h3 under the preceding h2 and ignores other levels', () => {
    const tree = tocTree([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'x', text: 'X' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(tree.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(tocTree([{ depth: 3, slug: 'x', text: 'X' }]).map((e) => e.slug)).toEqual(['x']);
  });
});
