import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagefindBinary } from '../../src/search/pagefind.ts';

describe('pagefindBinary', () => {
  it("finds the extended build in the platform package Pagefind installs, with Pagefind's version", () => {
    const { bin, version } = pagefindBinary({});
    expect(bin).toMatch(/@pagefind\/[a-z]+-[a-z0-9]+\/bin\/pagefind_extended(\.exe)?$/);
    expect(existsSync(bin)).toBe(true);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("honours Pagefind's own override variable", () => {
    expect(pagefindBinary({ PAGEFIND_EXTENDED_BINARY_PATH: '/opt/pagefind/pagefind_extended' }).bin).toBe(
      '/opt/pagefind/pagefind_extended',
    );
  });
});
