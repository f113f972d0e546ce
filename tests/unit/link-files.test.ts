import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/link-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'link-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('linkTree', () => {
  it('places every file of a tree, linked to the cache, which can then be removed', () => {
    const from = join(dir, 'cache');
    mkdirSync(join(from, 'fragment/deep'), { recursive: true });
    writeFileSync(join(from, 'entry.json'), '{"a":1}');
    writeFileSync(join(from, 'fragment/deep/x.pf'), '碎片');
    const to = join(dir, 'site/pagefind');
    linkTree(from, to);
    expect(readFileSync(join(to, 'entry.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(to, 'fragment/deep/x.pf'), 'utf8')).toBe('碎片');
    expect(statSync(join(to, 'entry.json')).ino).toBe(statSync(join(from, 'entry.json')).ino);
    rmSync(from, { recursive: true });
    expect(readFileSync(join(to, 'fragment/deep/x.pf'), 'utf8')).toBe('碎片');
  });
});
