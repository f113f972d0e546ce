import { describe, expect, it } from 'vitest';
import { placeholderHits } from '../../../src/lib/lint/placeholder.ts';

describe('placeholderHits', () => {
  it('finds the scaffold’s markers', () => {
    expect(placeholderHits('待填写：第一段直接回答问题。TODO 补来源').map((h) => h.index)).toEqual([0, 14]);
  });
  it('leaves finished prose alone', () => {
    expect(placeholderHits('押金能不能退，以你签订的协议为准。')).toEqual([]);
  });
});
