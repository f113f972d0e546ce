// Baidu 普通收录 API (链接提交): POST text/plain, one URL per line, to
// http://data.zz.baidu.com/urls?site=<site as verified in 搜索资源平台>&token=<push token>, at
// most 2,000 URLs per request. 200 answers JSON { success, remain, not_same_site?, not_valid? }:
// how many were taken, how many more the site may push today (the quota is per day, shared with
// manual submission, not carried over), and the URLs refused as another site's or as invalid.
// Errors answer 4xx with JSON { error, message }; "over quota" means today's quota is used up.
import { bodyExcerpt, EngineError, post, type Answer, type BatchResult, type Engine } from './engine.ts';

export const BAIDU_ENDPOINT = 'http://data.zz.baidu.com/urls';
export const BAIDU_MAX_URLS = 2000;

export function baiduRequestUrl(endpoint: string, site: string, token: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('site', site);
  url.searchParams.set('token', token);
  return url.href;
}

export function baiduBody(urls: readonly string[]): string {
  return urls.join('\n');
}

// What Baidu's error messages mean for whoever runs this (Baidu 普通收录 API).
const HINTS: Record<string, string> = {
  'token is not valid': '检查 BAIDU_PUSH_TOKEN 是否与搜索资源平台“普通收录 → API提交”里的一致（推送太频繁时也会这样答复）',
  'site error': '检查 BAIDU_PUSH_SITE 是否与搜索资源平台里验证过的站点完全一致（含 https:// 与 www）',
  'empty content': '请求里没有网址',
  'only 2000 urls are allowed once': '一次最多 2000 个网址',
};

const OVER_QUOTA = 'over quota';

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(body);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const urlList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function listed(title: string, urls: readonly string[]): string {
  return [title, ...urls.map((url) => `  ${url}`)].join('\n');
}

/** What one answer means for the batch it answers. */
export function baiduOutcome(answer: Answer, urls: readonly string[]): BatchResult {
  const data = parseJson(answer.body);
  if (answer.status < 200 || answer.status > 299) {
    const message = typeof data?.message === 'string' ? data.message : undefined;
    // Not a failure: the rest waits for tomorrow's quota, as when `remain` reaches 0.
    if (message === OVER_QUOTA) return { accepted: [], remain: 0, notes: ['百度：今日配额已用完（over quota），这一批没有被接受。'] };
    const hint = message && HINTS[message] ? `；${HINTS[message]}` : '';
    throw new EngineError(
      `百度推送失败：HTTP ${answer.status}${message ? `，${message}${hint}` : ''}\n  答复：${bodyExcerpt(answer.body)}`,
    );
  }
  if (!data || typeof data.success !== 'number' || typeof data.remain !== 'number') {
    throw new EngineError(
      `百度推送失败：HTTP ${answer.status}，但答复不是 { success, remain } 形式的 JSON\n  答复：${bodyExcerpt(answer.body)}`,
    );
  }
  const otherSite = urlList(data.not_same_site);
  const invalid = urlList(data.not_valid);
  const refusedUrls = new Set([...otherSite, ...invalid]);
  const accepted = urls.filter((url) => !refusedUrls.has(url));
  const notes: string[] = [];
  if (otherSite.length) notes.push(listed('百度：这些网址不属于 BAIDU_PUSH_SITE 这个站点（not_same_site），没有记录：', otherSite));
  if (invalid.length) notes.push(listed('百度：这些网址被判为不合法（not_valid），没有记录：', invalid));
  if (data.success !== accepted.length) {
    // Which ones it took is unknown: none is recorded, so they are offered again next time
    // rather than marked as pushed when they may not have been.
    notes.push(
      `百度：答复成功 ${data.success} 条，但这一批除去被拒的有 ${accepted.length} 条；无法确定哪些成功，这一批都不记录，下次重推。`,
    );
    return { accepted: [], remain: data.remain, notes, refused: refusedUrls.size > 0 };
  }
  return { accepted, remain: data.remain, notes, refused: refusedUrls.size > 0 };
}

export function baiduEngine(options: { endpoint: string; site: string; token: string }): Engine {
  const requestUrl = baiduRequestUrl(options.endpoint, options.site, options.token);
  return {
    id: 'baidu',
    label: '百度',
    endpoint: options.endpoint,
    maxBatch: BAIDU_MAX_URLS,
    async send(urls) {
      return baiduOutcome(await post('百度', requestUrl, 'text/plain', baiduBody(urls)), urls);
    },
  };
}
