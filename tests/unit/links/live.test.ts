import { describe, expect, it } from 'vitest';
import { checkLive, describeError, mapLimit, type LiveOptions } from '../../../src/lib/links/live.ts';

type Step = number | { status: number; location?: string } | Error | 'hang';

/** A fetch that plays `steps` in order and records what was asked. */
function fakeFetch(steps: Step[]) {
  const calls: { method: string; redirect?: string; userAgent?: string }[] = [];
  const fetch = (async (_url: string, init: RequestInit = {}) => {
    calls.push({
      method: init.method ?? 'GET',
      redirect: init.redirect,
      userAgent: new Headers(init.headers).get('user-agent') ?? undefined,
    });
    const step = steps.shift();
    if (step === undefined) throw new Error('fetch called more often than expected');
    if (step instanceof Error) throw step;
    if (step === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    const { status, location } = typeof step === 'number' ? { status: step, location: undefined } : step;
    return new Response(null, { status, headers: location ? { location } : {} });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const networkError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

function options(fetch: typeof globalThis.fetch, extra: Partial<LiveOptions> = {}) {
  const sleeps: number[] = [];
  const opts: LiveOptions = {
    fetch,
    timeoutMs: 1000,
    retries: 2,
    backoffMs: 100,
    userAgent: 'test-agent/1.0',
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  };
  return { opts, sleeps };
}

describe('checkLive', () => {
  it('asks with HEAD, without following redirects, naming itself', async () => {
    const { fetch, calls } = fakeFetch([200]);
    expect(await checkLive('https://a.example.com/', options(fetch).opts)).toEqual({ state: 'ok', status: 200, attempts: 1 });
    expect(calls).toEqual([{ method: 'HEAD', redirect: 'manual', userAgent: 'test-agent/1.0' }]);
  });

  it('falls back to GET when HEAD is not allowed (405) or not implemented (501), and keeps using GET', async () => {
    const a = fakeFetch([405, 200]);
    expect(await checkLive('https://a.example.com/', options(a.fetch).opts)).toMatchObject({ state: 'ok', attempts: 1 });
    expect(a.calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);

    const b = fakeFetch([501, 503, 200]);
    expect(await checkLive('https://a.example.com/', options(b.fetch).opts)).toMatchObject({ state: 'ok', attempts: 2 });
    expect(b.calls.map((c) => c.method)).toEqual(['HEAD', 'GET', 'GET']);
  });

  it('reports redirects with the absolute new address and does not retry them', async () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const { fetch, calls } = fakeFetch([{ status, location: '/new?x=1' }]);
      expect(await checkLive('https://a.example.com/old', options(fetch).opts)).toEqual({
        state: 'redirect',
        status,
        location: 'https://a.example.com/new?x=1',
        attempts: 1,
      });
      expect(calls).toHaveLength(1);
    }
  });

  it('calls a redirect without a usable Location dead', async () => {
    const { fetch } = fakeFetch([301, { status: 302, location: 'http://[broken/' }]);
    expect(await checkLive('https://a.example.com/', options(fetch).opts)).toMatchObject({ state: 'dead', status: 301 });
    expect(await checkLive('https://a.example.com/', options(fetch).opts)).toMatchObject({ state: 'dead', status: 302 });
  });

  it('does not retry a 404: the page is gone', async () => {
    const { fetch, calls } = fakeFetch([404]);
    const { opts, sleeps } = options(fetch);
    expect(await checkLive('https://a.example.com/', opts)).toEqual({
      state: 'dead',
      status: 404,
      reason: '页面不存在（404）',
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries 5xx with growing waits and reports the last status', async () => {
    const { fetch, calls } = fakeFetch([500, 502, 503]);
    const { opts, sleeps } = options(fetch);
    expect(await checkLive('https://a.example.com/', opts)).toEqual({
      state: 'dead',
      status: 503,
      reason: '对方服务器出错（503），共尝试 3 次',
      attempts: 3,
    });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('succeeds when a retry does', async () => {
    const { fetch } = fakeFetch([500, networkError('ECONNRESET'), 204]);
    expect(await checkLive('https://a.example.com/', options(fetch).opts)).toEqual({ state: 'ok', status: 204, attempts: 3 });
  });

  it('retries refused connections, then names the cause', async () => {
    const { fetch } = fakeFetch([networkError('ECONNREFUSED'), networkError('ECONNREFUSED')]);
    const result = await checkLive('https://a.example.com/', options(fetch, { retries: 1 }).opts);
    expect(result).toMatchObject({ state: 'dead', attempts: 2 });
    expect(result.state === 'dead' && result.reason).toBe('连接被拒绝（服务器没有在这个地址上提供网站），共尝试 2 次');
  });

  it('does not retry errors that cannot go away: unknown domain, bad certificate', async () => {
    for (const code of ['ENOTFOUND', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT']) {
      const { fetch, calls } = fakeFetch([networkError(code)]);
      const result = await checkLive('https://a.example.com/', options(fetch).opts);
      expect(result, code).toMatchObject({ state: 'dead', attempts: 1 });
      expect(calls, code).toHaveLength(1);
    }
  });

  it('gives up on a server that never answers after the timeout, on every attempt', async () => {
    const { fetch, calls } = fakeFetch(['hang', 'hang']);
    const started = Date.now();
    const result = await checkLive('https://a.example.com/', options(fetch, { timeoutMs: 50, retries: 1 }).opts);
    expect(result).toEqual({ state: 'dead', reason: '超时：0.05 秒内没有响应，共尝试 2 次', attempts: 2 });
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});

describe('describeError', () => {
  it('says what went wrong in words an editor understands', () => {
    expect(describeError(networkError('ENOTFOUND'), 1000)).toContain('域名解析失败');
    expect(describeError(networkError('CERT_HAS_EXPIRED'), 1000)).toContain('HTTPS 证书有问题（CERT_HAS_EXPIRED）');
    expect(describeError(new DOMException('timed out', 'TimeoutError'), 10_000)).toBe('超时：10 秒内没有响应');
    expect(describeError(networkError('EWHATEVER'), 1000)).toBe('无法连接（EWHATEVER）');
  });
});

describe('mapLimit', () => {
  it('never runs more than the limit at once and keeps the order', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapLimit([5, 1, 4, 2, 3, 1, 2], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 10, 20]);
    expect(peak).toBe(3);
  });

  it('handles an empty list', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
