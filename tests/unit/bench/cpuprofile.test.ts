import { describe, expect, it } from 'vitest';
import { ownerOf, summarize, type CpuProfile } from '../../../bench/lib/cpuprofile.ts';

describe('ownerOf', () => {
  it('names npm packages, scoped or not', () => {
    expect(ownerOf('file:///w/node_modules/@astrojs/markdown-remark/dist/index.js', 'f')).toBe('@astrojs/markdown-remark');
    expect(ownerOf('file:///w/node_modules/.pnpm/x/node_modules/zod/v4/core.js', 'f')).toBe('zod');
    expect(ownerOf('node:internal/fs/utils', 'f')).toBe('node internals');
    expect(ownerOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(ownerOf('file:///w/src/lib/related.ts', 'f')).toBe('src/lib');
  });
});

describe('summarize', () => {
  it('adds self time per function and owner, without idle', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'slow', url: 'file:///w/node_modules/pkg/a.js', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      ],
      samples: [2, 2, 3, 2],
      // Each sample lasts until the next: 2 → 1000 µs, 2 → 5000, idle → 1000, last sample 0.
      timeDeltas: [0, 1000, 5000, 1000],
    };
    const s = summarize([profile]);
    expect(s.totalMs).toBe(6);
    expect(s.functions).toEqual([{ name: 'slow pkg/a.js:10', ms: 6, pct: 100 }]);
    expect(s.owners[0]).toEqual({ name: 'pkg', ms: 6, pct: 100 });
  });
  it('charges callees to every package on the stack for inclusive time', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'outer', url: 'file:///w/node_modules/app/a.js', lineNumber: 0 }, children: [3, 4] },
        { id: 3, callFrame: { functionName: 'inner', url: 'file:///w/node_modules/lib/b.js', lineNumber: 0 }, children: [5] },
        { id: 4, callFrame: { functionName: 'own', url: 'file:///w/node_modules/app/a.js', lineNumber: 5 } },
        { id: 5, callFrame: { functionName: 'back', url: 'file:///w/node_modules/app/c.js', lineNumber: 0 } },
      ],
      samples: [3, 4, 5, 3],
      timeDeltas: [0, 1000, 2000, 4000],
    };
    const s = summarize([profile]);
    // Samples last 1, 2, 4 and 0 ms. app is on every stack (7 ms); lib only under node 3 and 5 (5 ms).
    expect(s.ownersInclusive).toEqual([
      { name: 'app', ms: 7, pct: 100 },
      { name: 'lib', ms: 5, pct: (100 * 5) / 7 },
    ]);
    // Self time: lib 1 ms (node 3), app 2 + 4 ms (nodes 4, 5).
    expect(s.owners.map((o) => [o.name, o.ms])).toEqual([
      ['app', 6],
      ['lib', 1],
    ]);
  });
});
