// The run loop with fake engines: batches, quota, failures and the record.
import { describe, expect, it } from 'vitest';
import { EngineError, type BatchResult, type Engine } from '../../../scripts/notify/engine.ts';
import { emptyRecord, markPushed, withQuota, type NotifyRecord, type Target } from '../../../scripts/notify/record.ts';
import { notifyEngines } from '../../../scripts/notify/run.ts';

// 2026-12-01 08:30 in Beijing, still 2026-11-30 in UTC: the quota's day is Beijing's.
const NOW = new Date('2026-12-01T00:30:00Z');
const DAY = '2026-12-01';
const targets: Target[] = ['a', 'b', 'c', 'd', 'e'].map((s) => ({ url: `https://x.cn/${s}/`, lastmod: '2026-11-30T00:00:00.000Z' }));

function fakeEngine(id: Engine['id'], maxBatch: number, answer: (urls: readonly string[], call: number) => BatchResult | Error) {
  const calls: string[][] = [];
  const engine: Engine = {
    id,
    label: id === 'baidu' ? '百度' : 'IndexNow',
    endpoint: `http://127.0.0.1:1/${id}`,
    maxBatch,
    async send(urls) {
      calls.push([...urls]);
      const result = answer(urls, calls.length);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { engine, calls };
}

async function run(engines: Engine[], record: NotifyRecord = emptyRecord(), extra: { dryRun?: boolean; force?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await notifyEngines(targets, engines, record, {
    dryRun: false,
    force: false,
    now: NOW,
    log: (t) => out.push(t),
    warn: (t) => err.push(t),
    ...extra,
  });
  return { ...result, out: out.join('\n'), err: err.join('\n') };
}

const pushed = (record: NotifyRecord, id: Engine['id']) => Object.keys(record.engines[id] ?? {});

describe('notifyEngines', () => {
  it('sends in batches of at most maxBatch and records every accepted URL', async () => {
    const { engine, calls } = fakeEngine('indexnow', 2, (urls) => ({ accepted: [...urls], notes: [] }));
    const { record, failed, out } = await run([engine]);
    expect(calls.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(pushed(record, 'indexnow')).toHaveLength(5);
    expect(record.engines.indexnow!['https://x.cn/a/']).toEqual({ lastmod: '2026-11-30T00:00:00.000Z', pushedAt: NOW.toISOString() });
    expect(failed).toBe(false);
    expect(out).toContain('IndexNow：5 个新的或有变化的网址。');
  });

  it('hands over the record after every answered batch, so a run stopped halfway keeps what was taken', async () => {
    const { engine } = fakeEngine('indexnow', 2, (urls) => ({ accepted: [...urls], notes: [] }));
    const saved: number[] = [];
    await notifyEngines(targets, [engine], emptyRecord(), {
      dryRun: false,
      force: false,
      now: NOW,
      log: () => {},
      warn: () => {},
      save: (r) => saved.push(Object.keys(r.engines.indexnow ?? {}).length),
    });
    expect(saved).toEqual([2, 4, 5]);
  });

  it('sends nothing already pushed with the same lastmod, unless forced', async () => {
    const start = markPushed(emptyRecord(), 'baidu', targets.slice(0, 3), NOW);
    const { engine, calls } = fakeEngine('baidu', 2000, (urls) => ({ accepted: [...urls], remain: 10, notes: [] }));
    const { out } = await run([engine], start);
    expect(calls).toEqual([['https://x.cn/d/', 'https://x.cn/e/']]);
    expect(out).toContain('百度：2 个新的或有变化的网址（另有 3 个已推送过且没有变化，跳过）。');
    await run([engine], start, { force: true });
    expect(calls[1]).toHaveLength(5);
  });

  it('stops when the quota is used up and keeps the rest for next time', async () => {
    const { engine, calls } = fakeEngine('baidu', 2, (urls) => ({ accepted: [...urls], remain: 0, notes: [] }));
    const { record, failed, out } = await run([engine]);
    expect(calls).toHaveLength(1);
    expect(pushed(record, 'baidu')).toEqual(['https://x.cn/a/', 'https://x.cn/b/']);
    expect(record.quota.baidu).toEqual({ day: DAY, remain: 0 });
    expect(failed).toBe(false);
    expect(out).toContain(
      '百度：今天的配额已用完，还有 3 个网址没有推送，留待下次（没有记录，下次运行会推送）：\n  https://x.cn/c/\n  https://x.cn/d/\n  https://x.cn/e/',
    );
  });

  it('sends no more than today’s known quota, and nothing once it is 0', async () => {
    const { engine, calls } = fakeEngine('baidu', 2000, (urls) => ({ accepted: [...urls], remain: 0, notes: [] }));
    await run([engine], withQuota(emptyRecord(), 'baidu', { day: DAY, remain: 2 }));
    expect(calls).toEqual([['https://x.cn/a/', 'https://x.cn/b/']]);
    const { out } = await run([engine], withQuota(emptyRecord(), 'baidu', { day: DAY, remain: 0 }));
    expect(calls).toHaveLength(1);
    expect(out).toContain('今天的配额已用完，还有 5 个网址');
    // Yesterday's quota says nothing about today's.
    await run([engine], withQuota(emptyRecord(), 'baidu', { day: '2026-11-30', remain: 0 }));
    expect(calls).toHaveLength(2);
  });

  it('keeps a batch refused as over quota for next time', async () => {
    const { engine } = fakeEngine('baidu', 2000, () => ({
      accepted: [],
      remain: 0,
      notes: ['百度：今日配额已用完（over quota），这一批没有被接受。'],
    }));
    const { record, failed, out } = await run([engine]);
    expect(pushed(record, 'baidu')).toEqual([]);
    expect(failed).toBe(false);
    expect(out).toContain('还有 5 个网址没有推送');
  });

  it('leaves a failing engine’s record as it was and goes on with the others', async () => {
    const start = markPushed(emptyRecord(), 'indexnow', targets.slice(0, 1), new Date('2026-01-01T00:00:00Z'));
    const bad = fakeEngine('indexnow', 2, (_, call) =>
      call === 1 ? { accepted: ['https://x.cn/b/', 'https://x.cn/c/'], notes: [] } : new EngineError('IndexNow 推送失败：HTTP 429'),
    );
    const good = fakeEngine('baidu', 2000, (urls) => ({ accepted: [...urls], remain: 5, notes: [] }));
    const { record, failed, err } = await run([bad.engine, good.engine], start);
    expect(failed).toBe(true);
    expect(pushed(record, 'indexnow')).toEqual(['https://x.cn/a/', 'https://x.cn/b/', 'https://x.cn/c/']);
    expect(pushed(record, 'baidu')).toHaveLength(5);
    expect(err).toBe('IndexNow 推送失败：HTTP 429\nIndexNow：这 2 个网址没有记录，下次运行会再推送。');
  });

  it('reports refused URLs as a failure but records the rest', async () => {
    const { engine } = fakeEngine('baidu', 2000, (urls) => ({ accepted: urls.slice(1), remain: 9, notes: ['refused'], refused: true }));
    const { record, failed, err } = await run([engine]);
    expect(failed).toBe(true);
    expect(pushed(record, 'baidu')).toHaveLength(4);
    expect(err).toBe('refused');
  });

  it('lets other errors through: they are bugs, not answers', async () => {
    const { engine } = fakeEngine('indexnow', 2, () => new TypeError('oops'));
    await expect(run([engine])).rejects.toThrow('oops');
  });

  it('lists per engine in a dry run without sending or recording', async () => {
    const a = fakeEngine('indexnow', 2, () => new Error('must not send'));
    const b = fakeEngine('baidu', 2, () => new Error('must not send'));
    const start = withQuota(markPushed(emptyRecord(), 'baidu', targets.slice(0, 4), NOW), 'baidu', { day: DAY, remain: 0 });
    const { record, out } = await run([a.engine, b.engine], start, { dryRun: true });
    expect(record).toBe(start);
    expect(out).toBe(
      [
        'IndexNow（http://127.0.0.1:1/indexnow）将推送 5 个网址：',
        ...targets.map((t) => `  ${t.url}`),
        '百度（http://127.0.0.1:1/baidu）将推送 1 个网址（另有 4 个已推送过且没有变化，跳过）：',
        '  https://x.cn/e/',
        '百度：今天剩余配额 0，超出的 1 个会留待下次。',
      ].join('\n'),
    );
  });
});
