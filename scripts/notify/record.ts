// The record of what was pushed to each engine: per engine, per URL, the lastmod that was pushed
// and when. A deploy pushes only URLs that are new or whose lastmod moved, because both engines
// treat repeats as noise and Baidu lowers a site's daily quota for them (Baidu 普通收录 API). It
// also keeps the daily quota Baidu last reported, so a run later the same day starts within it.
//
// Pure except loadRecord/saveRecord. The file is not in git (.gitignore); CI keeps it between
// runs with actions/cache (.github/workflows/deploy.yml).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const ENGINE_IDS = ['indexnow', 'baidu'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** One URL to tell the engines about. `lastmod` (ISO 8601) when the source knows it. */
export interface Target {
  url: string;
  lastmod?: string;
}

export interface PushedEntry {
  /** The lastmod the URL had when it was pushed; absent when it was pushed without one. */
  lastmod?: string;
  /** When it was pushed (ISO 8601, UTC). */
  pushedAt: string;
}

export interface Quota {
  /** The engine's day (Beijing calendar day for Baidu), YYYY-MM-DD. */
  day: string;
  remain: number;
}

export interface NotifyRecord {
  version: 1;
  engines: Partial<Record<EngineId, Record<string, PushedEntry>>>;
  quota: Partial<Record<EngineId, Quota>>;
}

export const DEFAULT_RECORD_PATH = '.notify/pushed.json';

export function emptyRecord(): NotifyRecord {
  return { version: 1, engines: {}, quota: {} };
}

/** A lastmod as one instant in one spelling, so `2026-03-10T16:00:00.000Z` and `2026-03-11T00:00:00+08:00` agree. */
export function normalizeLastmod(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value.trim() : new Date(time).toISOString();
}

/**
 * Whether a target still needs pushing to an engine whose record entry is `entry`: never pushed,
 * or its lastmod moved. An entry pushed without a lastmod (a URL named on the command line) was
 * current when it was pushed, so a lastmod after that moment is a change and one before it is not.
 */
export function needsPush(target: Target, entry: PushedEntry | undefined): boolean {
  if (!entry) return true;
  if (target.lastmod === undefined) return false;
  if (entry.lastmod !== undefined) return normalizeLastmod(target.lastmod) !== normalizeLastmod(entry.lastmod);
  return Date.parse(target.lastmod) > Date.parse(entry.pushedAt);
}

/** Splits targets into those an engine still needs and those it has, as pushed. */
export function selectForEngine(
  targets: readonly Target[],
  record: NotifyRecord,
  engine: EngineId,
  force = false,
): { push: Target[]; unchanged: Target[] } {
  const pushed = record.engines[engine] ?? {};
  const push: Target[] = [];
  const unchanged: Target[] = [];
  for (const target of targets) (force || needsPush(target, pushed[target.url]) ? push : unchanged).push(target);
  return { push, unchanged };
}

/** A copy of `record` with `targets` recorded as pushed to `engine` at `at`. */
export function markPushed(record: NotifyRecord, engine: EngineId, targets: readonly Target[], at: Date): NotifyRecord {
  const entries = { ...record.engines[engine] };
  for (const target of targets) {
    entries[target.url] =
      target.lastmod === undefined
        ? { pushedAt: at.toISOString() }
        : { lastmod: normalizeLastmod(target.lastmod), pushedAt: at.toISOString() };
  }
  return { ...record, engines: { ...record.engines, [engine]: entries } };
}

export function withQuota(record: NotifyRecord, engine: EngineId, quota: Quota): NotifyRecord {
  return { ...record, quota: { ...record.quota, [engine]: quota } };
}

/** What is left of an engine's quota on `day`, if it reported one that day (quotas are per day). */
export function quotaLeft(record: NotifyRecord, engine: EngineId, day: string): number | undefined {
  const quota = record.quota[engine];
  return quota && quota.day === day ? quota.remain : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the record's JSON; throws a message naming what is wrong (never guesses: a lost record re-pushes everything). */
export function parseRecord(json: string): NotifyRecord {
  const data: unknown = JSON.parse(json);
  if (!isObject(data) || data.version !== 1) throw new Error('不是第 1 版的推送记录（缺少 "version": 1）');
  const record = emptyRecord();
  const engines = data.engines ?? {};
  const quota = data.quota ?? {};
  if (!isObject(engines) || !isObject(quota)) throw new Error('"engines" 和 "quota" 应为对象');
  for (const id of ENGINE_IDS) {
    const pushed = engines[id];
    if (pushed !== undefined) {
      if (!isObject(pushed)) throw new Error(`"engines.${id}" 应为以网址为键的对象`);
      const entries: Record<string, PushedEntry> = {};
      for (const [url, entry] of Object.entries(pushed)) {
        if (!isObject(entry) || typeof entry.pushedAt !== 'string' || (entry.lastmod !== undefined && typeof entry.lastmod !== 'string')) {
          throw new Error(`"engines.${id}" 里 ${url} 的记录应为 { "lastmod"?: 字符串, "pushedAt": 字符串 }`);
        }
        entries[url] = entry.lastmod === undefined ? { pushedAt: entry.pushedAt } : { lastmod: entry.lastmod, pushedAt: entry.pushedAt };
      }
      record.engines[id] = entries;
    }
    const q = quota[id];
    if (q !== undefined) {
      if (!isObject(q) || typeof q.day !== 'string' || typeof q.remain !== 'number')
        throw new Error(`"quota.${id}" 应为 { "day": "YYYY-MM-DD", "remain": 数字 }`);
      record.quota[id] = { day: q.day, remain: q.remain };
    }
  }
  return record;
}

/** Stable JSON: engines and URLs in a fixed order, so two records with the same facts are the same bytes. */
export function serializeRecord(record: NotifyRecord): string {
  const sorted = <T>(entries: Partial<Record<string, T>>) =>
    Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const engines: Record<string, unknown> = {};
  const quota: Record<string, unknown> = {};
  for (const id of ENGINE_IDS) {
    if (record.engines[id]) engines[id] = sorted(record.engines[id]);
    if (record.quota[id]) quota[id] = record.quota[id];
  }
  return `${JSON.stringify({ version: 1, engines, quota }, null, 2)}\n`;
}

export function loadRecord(path: string): NotifyRecord {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyRecord();
    throw error;
  }
  try {
    return parseRecord(text);
  } catch (error) {
    throw new Error(`推送记录 ${path} 无法读取：${(error as Error).message}。请修复它；删除它则所有网址都会被当作新网址重新推送。`);
  }
}

/** Written beside itself and renamed into place: a run stopped halfway never leaves half a record. */
export function saveRecord(path: string, record: NotifyRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  writeFileSync(partial, serializeRecord(record));
  renameSync(partial, path);
}
