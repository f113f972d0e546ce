import { describe, expect, it } from 'vitest';
import { astroHeapArgs } from '../../scripts/lib/astro-heap.ts';

describe('astroHeapArgs', () => {
  it('lets Astro use half the machine, never less than Node’s usual 4 GB', () => {
    expect(astroHeapArgs(24 * 2 ** 30)).toEqual(['--max-old-space-size=12288']);
    expect(astroHeapArgs(4 * 2 ** 30)).toEqual(['--max-old-space-size=4096']);
  });

  it('leaves a limit the user set alone', () => {
    expect(astroHeapArgs(24 * 2 ** 30, '--enable-source-maps --max-old-space-size=2048')).toEqual([]);
  });
});
