// One run: for each engine, the targets it does not have yet (record.ts), sent in batches of
// what one request may carry and what is left of today's quota, each accepted batch recorded.
// Engines are independent: one that fails keeps its record as it was and the others go on.
// Pure apart from the engines' send(), so it is tested with fake engines.
import { toYmd } from '../../src/lib/dates.ts';
import { EngineError, type Engine } from './engine.ts';
import { markPushed, quotaLeft, selectForEngine, withQuota, type NotifyRecord, type Target } from './record.ts';

export interface RunOptions {
  dryRun: boolean;
  force: boolean;
  now: Date;
  /** Progress and results, for stdout. */
  log: (text: string) => void;
  /** Failures, for stderr. */
  warn: (text: string) => void;
  /**
   * Called with the record after every batch an engine answered: a run stopped halfway (Ctrl-C,
   * a job's timeout) then still knows what was taken, and does not send it again.
   */
  save?: (record: NotifyRecord) => void;
}

export interface RunResult {
  record: NotifyRecord;
  /** An engine failed or refused URLs: the command exits with 1. */
  failed: boolean;
}

const list = (targets: readonly Target[]) => targets.map((t) => `  ${t.url}`);

function unchangedNote(count: number): string {
  return count ? `（另有 ${count} 个已推送过且没有变化，跳过）` : '';
}

export async function notifyEngines(
  targets: readonly Target[],
  engines: readonly Engine[],
  start: NotifyRecord,
  options: RunOptions,
): Promise<RunResult> {
  const { log, warn, now } = options;
  // Baidu's quota is per day in China; the record keeps what it said today.
  const day = toYmd(now);
  let record = start;
  let failed = false;

  for (const engine of engines) {
    const { push, unchanged } = selectForEngine(targets, record, engine.id, options.force);
    const left = quotaLeft(record, engine.id, day);
    if (options.dryRun) {
      if (!push.length) {
        log(`${engine.label}（${engine.endpoint}）：没有要推送的网址${unchangedNote(unchanged.length)}。`);
        continue;
      }
      log(
        [`${engine.label}（${engine.endpoint}）将推送 ${push.length} 个网址${unchangedNote(unchanged.length)}：`, ...list(push)].join('\n'),
      );
      if (left !== undefined && left < push.length)
        log(`${engine.label}：今天剩余配额 ${left}，超出的 ${push.length - left} 个会留待下次。`);
      continue;
    }
    if (!push.length) {
      log(`${engine.label}：没有新的或有变化的网址${unchangedNote(unchanged.length)}。`);
      continue;
    }
    log(`${engine.label}：${push.length} 个新的或有变化的网址${unchangedNote(unchanged.length)}。`);

    let pending = push;
    while (pending.length) {
      const quota = quotaLeft(record, engine.id, day);
      if (quota === 0) {
        log(
          [
            `${engine.label}：今天的配额已用完，还有 ${pending.length} 个网址没有推送，留待下次（没有记录，下次运行会推送）：`,
            ...list(pending),
          ].join('\n'),
        );
        break;
      }
      const batch = pending.slice(0, Math.min(engine.maxBatch, quota ?? Infinity));
      let result;
      try {
        result = await engine.send(batch.map((t) => t.url));
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        warn(`${error.message}\n${engine.label}：这 ${pending.length} 个网址没有记录，下次运行会再推送。`);
        failed = true;
        break;
      }
      const accepted = new Set(result.accepted);
      record = markPushed(
        record,
        engine.id,
        batch.filter((t) => accepted.has(t.url)),
        now,
      );
      if (result.remain !== undefined) record = withQuota(record, engine.id, { day, remain: result.remain });
      options.save?.(record);
      for (const note of result.notes) (result.refused ? warn : log)(note);
      if (result.refused) failed = true;
      // Over quota before any was taken: the batch stays pending, and the check above stops.
      const batchWaits = result.remain === 0 && accepted.size === 0;
      if (!batchWaits) {
        log(`${engine.label}：已推送 ${accepted.size} 个网址${result.remain !== undefined ? `，今天还可推送 ${result.remain} 个` : ''}。`);
        pending = pending.slice(batch.length);
      }
    }
  }
  return { record, failed };
}
