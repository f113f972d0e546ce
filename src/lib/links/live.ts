// The live half of the link check: request a URL the way a careful crawler would and say, in
// Chinese, whether readers will get there. Fetch, the clock and sleeping are passed in so the
// retry and fallback rules can be tested without a network.

export type LiveResult =
  | { state: 'ok'; status: number; attempts: number }
  | { state: 'redirect'; status: number; location: string; attempts: number }
  | { state: 'dead'; status?: number; reason: string; attempts: number };

export interface LiveOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  /** Extra attempts after the first, for network errors, timeouts, 429 and 5xx. */
  retries: number;
  /** Wait before retry n is backoffMs × 2^(n-1). */
  backoffMs: number;
  userAgent: string;
  sleep?: (ms: number) => Promise<void>;
}

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Attempt = { response: Response } | { error: unknown };

async function request(url: string, method: 'HEAD' | 'GET', options: LiveOptions): Promise<Attempt> {
  try {
    const response = await options.fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    // Only the status matters: drop the body so the connection is freed at once.
    await response.body?.cancel().catch(() => {});
    return { response };
  } catch (error) {
    return { error };
  }
}

function errorCode(error: unknown): string | undefined {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string; cause?: { code?: string } } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return 'TIMEOUT';
  return e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code;
}

// Certificate problems do not go away on a second try.
const PERMANENT_CODES = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|ENOTFOUND/;

export function describeError(error: unknown, timeoutMs: number): string {
  const code = errorCode(error);
  switch (code) {
    case 'TIMEOUT':
      return `超时：${timeoutMs / 1000} 秒内没有响应`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return '域名解析失败（域名不存在、已过期或拼错了）';
    case 'ECONNREFUSED':
      return '连接被拒绝（服务器没有在这个地址上提供网站）';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return '连接被服务器中断';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return '连接超时（服务器没有回应连接请求）';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return '网络不可达';
  }
  if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `HTTPS 证书有问题（${code}），浏览器会提示不安全`;
  const message = (error as { message?: string })?.message;
  return `无法连接（${code ?? message ?? String(error)}）`;
}

export function describeStatus(status: number): string {
  if (status === 404) return '页面不存在（404）';
  if (status === 410) return '页面已被删除（410）';
  if (status === 401 || status === 403) {
    return `拒绝访问（${status}）：也可能是对方网站拦截了自动检查，请用浏览器打开确认`;
  }
  if (status === 429) return '请求太频繁被拒绝（429），请稍后再检查';
  if (status >= 500) return `对方服务器出错（${status}）`;
  return `请求失败（HTTP ${status}）`;
}

const retryable = (status: number) => status >= 500 || status === 429;

/** Requests `url` once per attempt: HEAD first, GET when the server does not do HEAD. */
export async function checkLive(url: string, options: LiveOptions): Promise<LiveResult> {
  const sleep = options.sleep ?? defaultSleep;
  let method: 'HEAD' | 'GET' = 'HEAD';
  let last: Attempt | undefined;
  let attempts = 0;
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
    attempts++;
    last = await request(url, method, options);
    if ('response' in last && method === 'HEAD' && (last.response.status === 405 || last.response.status === 501)) {
      method = 'GET';
      last = await request(url, method, options);
    }
    if ('error' in last) {
      if (PERMANENT_CODES.test(errorCode(last.error) ?? '')) break;
      continue;
    }
    const { status, headers } = last.response;
    if (REDIRECT_STATUSES.has(status)) {
      const location = headers.get('location');
      let target: string | undefined;
      try {
        target = location ? new URL(location, url).href : undefined;
      } catch {
        target = undefined;
      }
      if (!target) return { state: 'dead', status, reason: `重定向（${status}）却没有给出有效的新地址`, attempts };
      return { state: 'redirect', status, location: target, attempts };
    }
    if (status < 400) return { state: 'ok', status, attempts };
    if (!retryable(status)) break;
  }
  const tried = attempts > 1 ? `，共尝试 ${attempts} 次` : '';
  if (last && 'response' in last) {
    return { state: 'dead', status: last.response.status, reason: `${describeStatus(last.response.status)}${tried}`, attempts };
  }
  return { state: 'dead', reason: `${describeError(last?.error, options.timeoutMs)}${tried}`, attempts };
}

/** Runs `fn` over `items` with at most `limit` running at once; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
