// IndexNow (IndexNow protocol): one POST of JSON { host, key, keyLocation, urlList } to any
// participating endpoint (api.indexnow.org shares it with every engine that takes part), at most
// 10,000 URLs per request. The engine proves the site is ours by fetching https://<host>/<key>.txt,
// a UTF-8 file holding exactly the key, which the build writes into dist/ (indexNowKeyFile).
// 200 means received, 202 received with the key still being checked; anything else is a refusal.
import { absoluteUrl } from '../../src/lib/urls.ts';
import { bodyExcerpt, EngineError, post, type Answer, type BatchResult, type Engine } from './engine.ts';

export const INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow';
export const INDEXNOW_MAX_URLS = 10_000;

/** What is wrong with a key, if anything (IndexNow protocol: 8 to 128 of a-z, A-Z, 0-9 and -). */
export function indexNowKeyProblem(key: string): string | undefined {
  if (key.length < 8 || key.length > 128) return `长度应为 8 到 128 个字符，现在是 ${key.length} 个`;
  if (!/^[A-Za-z0-9-]+$/.test(key)) return '只能包含英文字母、数字和连字符（-）';
  return undefined;
}

/**
 * The key file the build writes at the top of the site, or nothing when INDEXNOW_KEY is unset.
 * A bad key throws (the build fails before building anything): a site that served one would be
 * refused by every engine with 403 or 422.
 */
export function indexNowKeyFile(env: Record<string, string | undefined>): { name: string; text: string } | undefined {
  const key = env.INDEXNOW_KEY?.trim();
  if (!key) return undefined;
  const problem = indexNowKeyProblem(key);
  if (problem)
    throw new Error(
      `环境变量 INDEXNOW_KEY 不是合法的 IndexNow 密钥：${problem}。可以用 node -e "console.log(crypto.randomUUID())" 生成一个。`,
    );
  // Exactly the key, no newline: engines compare the file's content with the key.
  return { name: `${key}.txt`, text: key };
}

export interface IndexNowPayload {
  host: string;
  key: string;
  keyLocation: string;
  urlList: string[];
}

/** keyLocation is where the build put the file: the site's top, which is below the host's root for a site under a sub-path. */
export function indexNowPayload(siteUrl: string, key: string, urls: readonly string[]): IndexNowPayload {
  return { host: new URL(siteUrl).host, key, keyLocation: absoluteUrl(`/${key}.txt`, siteUrl), urlList: [...urls] };
}

// Why an endpoint refuses, as the IndexNow protocol lists its answers.
const REFUSALS: Record<number, string> = {
  400: '请求格式不对',
  403: '密钥无效：引擎取不到网站根目录的 <密钥>.txt，或其内容与 INDEXNOW_KEY 不同（构建时和推送时的 INDEXNOW_KEY 要一致，且网站已部署）',
  422: '网址不属于 host，或密钥不符合协议',
  429: '请求太频繁，被当作垃圾提交；稍后再试',
};

/** What one answer means for the batch it answers. */
export function indexNowOutcome(answer: Answer, urls: readonly string[]): BatchResult {
  if (answer.status === 200) return { accepted: [...urls], notes: [] };
  if (answer.status === 202)
    return { accepted: [...urls], notes: ['IndexNow：已收到（HTTP 202），密钥还在验证中；如果一直是 202，检查网站根目录的密钥文件。'] };
  const why = REFUSALS[answer.status];
  throw new EngineError(`IndexNow 推送失败：HTTP ${answer.status}${why ? `（${why}）` : ''}\n  答复：${bodyExcerpt(answer.body)}`);
}

export function indexNowEngine(options: { endpoint: string; key: string; siteUrl: string }): Engine {
  return {
    id: 'indexnow',
    label: 'IndexNow',
    endpoint: options.endpoint,
    maxBatch: INDEXNOW_MAX_URLS,
    async send(urls) {
      const body = JSON.stringify(indexNowPayload(options.siteUrl, options.key, urls));
      return indexNowOutcome(await post('IndexNow', options.endpoint, 'application/json; charset=utf-8', body), urls);
    },
  };
}
