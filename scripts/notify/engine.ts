// What the run loop (run.ts) needs from a search engine, and the one HTTP helper both engines
// send through, so timeouts and unreachable endpoints read the same for each.
import type { EngineId } from './record.ts';

export interface BatchResult {
  /** URLs the engine took: recorded as pushed. */
  accepted: string[];
  /** How many more URLs the engine takes today, when it says (Baidu's `remain`). */
  remain?: number;
  /** Lines for the reader: URLs the engine refused, and why. */
  notes: string[];
  /** The engine refused some URLs: the run ends with a failure once everything else is done. */
  refused?: boolean;
}

export interface Engine {
  id: EngineId;
  /** How the engine is named in messages. */
  label: string;
  endpoint: string;
  /** The most URLs one request may carry. */
  maxBatch: number;
  /** Sends one batch; throws EngineError when the engine answers with an error. */
  send(urls: readonly string[]): Promise<BatchResult>;
}

/** A refusal or failure to reach the engine: the message is for the reader, in Chinese. */
export class EngineError extends Error {}

export interface Answer {
  status: number;
  body: string;
}

/** Sends one POST and returns the answer whatever its status; throws EngineError only when there is none. */
export async function post(label: string, url: string, contentType: string, body: string, timeoutMs = 30_000): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as Error & { cause?: { message?: string } };
    const reason = e.name === 'TimeoutError' ? `${timeoutMs / 1000} 秒内没有答复` : (e.cause?.message ?? e.message);
    throw new EngineError(`${label}：无法连接 ${redact(url)}（${reason}）`);
  }
  return { status: response.status, body: await response.text() };
}

/** The endpoint as messages may show it: tokens in the query string are secrets (Baidu's is). */
export function redact(url: string): string {
  const u = new URL(url);
  if (u.searchParams.has('token')) u.searchParams.set('token', '***');
  return u.href;
}

/** An answer's body as a message shows it: one line, cut short. */
export function bodyExcerpt(body: string, max = 500): string {
  const line = body.replace(/\s+/g, ' ').trim();
  if (!line) return '（空）';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
