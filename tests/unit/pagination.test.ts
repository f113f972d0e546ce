import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/lib/pagination.ts';

const show = (current: number, last: number) =>
  pageLinks(current, last)
    .map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.n}]` : String(l.n)))
    .join(' ');

describe('pageLinks', () => {
  it('shows every page of a short listing', () => expect(show(2, 3)).toBe('1 [2] 3'));
  it('elides the middle of a long listing', () => expect(show(6, 12)).toBe('1 … 5 [6] 7 … 12'));
  it('has no gap next to the ends', () => expect(show(2, 12)).toBe('1 [2] 3 … 12'));
  it('handles a single page', () => expect(show(1, 1)).toBe('[1]'));
});
