import { describe, expect, it } from 'vitest';
import { emptyFieldPaths } from '../../../src/editor/cms-entry.ts';

describe('emptyFieldPaths', () => {
  it('finds emptied fields at any depth, inside list items too', () => {
    const data = {
      title: '标题',
      updatedDate: '',
      reviewedBy: null,
      tags: [],
      sources: [
        { title: '来源', url: 'https://a.example/', publisher: '' },
        { title: '来源二', accessed: null },
      ],
      lint: { off: [] },
      draft: false,
    };
    expect(emptyFieldPaths(data)).toEqual([['updatedDate'], ['reviewedBy'], ['sources', 0, 'publisher'], ['sources', 1, 'accessed']]);
  });

  it('leaves list items, empty lists and false alone', () => {
    expect(emptyFieldPaths({ redirectFrom: [''], tags: [], draft: false, count: 0 })).toEqual([]);
  });
});
