import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyRecord,
  loadRecord,
  markPushed,
  needsPush,
  normalizeLastmod,
  parseRecord,
  quotaLeft,
  saveRecord,
  selectForEngine,
  serializeRecord,
  withQuota,
} from '../../../scripts/notify/record.ts';

const A = 'https://x.cn/articles/a/';
const B = 'https://x.cn/articles/b/';
const at = new Date('2026-12-01T00:00:00Z');

describe('needsPush', () => {
  it('pushes a URL never pushed', () => expect(needsPush({ url: A }, undefined)).toBe(true));

  it('pushes again only when the lastmod moved, whatever its spelling', () => {
    const entry = { lastmod: '2026-03-10T16:00:00.000Z', pushedAt: '2026-03-11T00:00:00.000Z' };
    expect(needsPush({ url: A, lastmod: '2026-03-11T00:00:00+08:00' }, entry)).toBe(false);
    expect(needsPush({ url: A, lastmod: '2026-03-12T00:00:00+08:00' }, entry)).toBe(true);
  });

  it('does not push a URL without a lastmod twice', () => {
    expect(needsPush({ url: A }, { lastmod: '2026-03-10T16:00:00.000Z', pushedAt: '2026-03-11T00:00:00.000Z' })).toBe(false);
  });

  it('compares a lastmod with the moment a URL was pushed without one', () => {
    const entry = { pushedAt: '2026-03-11T00:00:00.000Z' };
    expect(needsPush({ url: A, lastmod: '2026-03-10T00:00:00Z' }, entry)).toBe(false);
    expect(needsPush({ url: A, lastmod: '2026-03-12T00:00:00Z' }, entry)).toBe(true);
  });
});

describe('selectForEngine and markPushed', () => {
  it('keeps each engine to its own record', () => {
    const record = markPushed(emptyRecord(), 'indexnow', [{ url: A, lastmod: '2026-03-10T16:00:00.000Z' }], at);
    const targets = [{ url: A, lastmod: '2026-03-10T16:00:00.000Z' }, { url: B }];
    expect(selectForEngine(targets, record, 'indexnow')).toEqual({ push: [{ url: B }], unchanged: [targets[0]] });
    expect(selectForEngine(targets, record, 'baidu').push).toEqual(targets);
    expect(selectForEngine(targets, record, 'indexnow', true).push).toEqual(targets);
  });

  it('records the lastmod pushed, normalised, and when', () => {
    const record = markPushed(emptyRecord(), 'baidu', [{ url: A, lastmod: '2026-03-11T00:00:00+08:00' }, { url: B }], at);
    expect(record.engines.baidu).toEqual({
      [A]: { lastmod: '2026-03-10T16:00:00.000Z', pushedAt: '2026-12-01T00:00:00.000Z' },
      [B]: { pushedAt: '2026-12-01T00:00:00.000Z' },
    });
  });

  it('does not change the record it was given', () => {
    const start = emptyRecord();
    markPushed(start, 'baidu', [{ url: A }], at);
    withQuota(start, 'baidu', { day: '2026-12-01', remain: 3 });
    expect(start).toEqual(emptyRecord());
  });
});

describe('quota', () => {
  it('counts only on the day it was reported', () => {
    const record = withQuota(emptyRecord(), 'baidu', { day: '2026-12-01', remain: 0 });
    expect(quotaLeft(record, 'baidu', '2026-12-01')).toBe(0);
    expect(quotaLeft(record, 'baidu', '2026-12-02')).toBeUndefined();
    expect(quotaLeft(record, 'indexnow', '2026-12-01')).toBeUndefined();
  });
});

describe('the record file', () => {
  it('round-trips, in a stable order', () => {
    let record = markPushed(emptyRecord(), 'baidu', [{ url: B }, { url: A, lastmod: '2026-03-10T16:00:00.000Z' }], at);
    record = withQuota(markPushed(record, 'indexnow', [{ url: A }], at), 'baidu', { day: '2026-12-01', remain: 7 });
    const json = serializeRecord(record);
    expect(parseRecord(json)).toEqual(record);
    expect(Object.keys(JSON.parse(json).engines)).toEqual(['indexnow', 'baidu']);
    expect(Object.keys(JSON.parse(json).engines.baidu)).toEqual([A, B]);
  });

  it('refuses a file that is not a record, saying what is wrong', () => {
    expect(() => parseRecord('{}')).toThrow('"version": 1');
    expect(() => parseRecord('{"version":1,"engines":{"baidu":{"https://x.cn/":{"lastmod":"x"}}}}')).toThrow('pushedAt');
    expect(() => parseRecord('{"version":1,"quota":{"baidu":{"day":"2026-12-01"}}}')).toThrow('quota.baidu');
  });

  it('starts empty when there is no file, and names the file when it is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notify-record-'));
    expect(loadRecord(join(dir, 'none.json'))).toEqual(emptyRecord());
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => loadRecord(join(dir, 'bad.json'))).toThrow(/推送记录 .*bad\.json 无法读取.*删除它则所有网址都会被当作新网址重新推送/);
  });

  it('saves into a new folder', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'notify-record-')), 'sub/pushed.json');
    const record = markPushed(emptyRecord(), 'indexnow', [{ url: A }], at);
    saveRecord(path, record);
    expect(parseRecord(readFileSync(path, 'utf8'))).toEqual(record);
  });
});

describe('normalizeLastmod', () => {
  it('keeps text that is not a date as written', () => expect(normalizeLastmod(' soon ')).toBe('soon'));
});
