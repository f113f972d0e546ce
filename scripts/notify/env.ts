// Which engines a run talks to, from the environment: credentials are secrets, so they never
// come from files in the repository. An engine whose variables are all unset is skipped with a
// note (a site may use only one); one that is half set, or asked for with --engine, is an error
// naming the missing variable. A dry run needs no credentials.
import { BAIDU_ENDPOINT, baiduEngine } from './baidu.ts';
import type { Engine } from './engine.ts';
import { INDEXNOW_ENDPOINT, indexNowEngine, indexNowKeyProblem } from './indexnow.ts';
import { ENGINE_IDS, type EngineId } from './record.ts';

type Env = Record<string, string | undefined>;

/** The variables each engine needs, in the order messages name them. */
export const ENGINE_VARIABLES: Record<EngineId, readonly string[]> = {
  indexnow: ['INDEXNOW_KEY'],
  baidu: ['BAIDU_PUSH_SITE', 'BAIDU_PUSH_TOKEN'],
};

export const ENGINE_LABELS: Record<EngineId, string> = { indexnow: 'IndexNow', baidu: '百度' };

/** A configuration problem: the message says which variable to set. */
export class ConfigError extends Error {}

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

function endpoint(env: Env, name: string, fallback: string, problems: string[]): string {
  const given = value(env, name);
  if (!given) return fallback;
  try {
    new URL(given);
  } catch {
    problems.push(`${name} 不是网址：“${given}”`);
  }
  return given;
}

function create(id: EngineId, env: Env, siteUrl: string, problems: string[]): Engine {
  if (id === 'indexnow') {
    return indexNowEngine({
      endpoint: endpoint(env, 'INDEXNOW_ENDPOINT', INDEXNOW_ENDPOINT, problems),
      key: value(env, 'INDEXNOW_KEY') ?? '',
      siteUrl,
    });
  }
  return baiduEngine({
    endpoint: endpoint(env, 'BAIDU_PUSH_ENDPOINT', BAIDU_ENDPOINT, problems),
    site: value(env, 'BAIDU_PUSH_SITE') ?? '',
    token: value(env, 'BAIDU_PUSH_TOKEN') ?? '',
  });
}

export function setupEngines(
  env: Env,
  siteUrl: string,
  options: { only?: readonly EngineId[]; dryRun: boolean },
): { engines: Engine[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const engines: Engine[] = [];
  const key = value(env, 'INDEXNOW_KEY');
  const keyProblem = key && indexNowKeyProblem(key);
  if (keyProblem) problems.push(`INDEXNOW_KEY 不是合法的 IndexNow 密钥：${keyProblem}`);
  for (const id of options.only ?? ENGINE_IDS) {
    const label = ENGINE_LABELS[id];
    const names = ENGINE_VARIABLES[id];
    const missing = names.filter((name) => !value(env, name));
    if (missing.length && !options.dryRun) {
      if (options.only || missing.length < names.length) problems.push(`${label} 需要环境变量 ${missing.join('、')}，它没有设置。`);
      else notes.push(`${label}：没有设置 ${missing.join('、')}，跳过。`);
      continue;
    }
    if (missing.length) notes.push(`${label}：没有设置 ${missing.join('、')}（试运行照样列出；正式推送前要设置）。`);
    engines.push(create(id, env, siteUrl, problems));
  }
  if (!problems.length && !engines.length) {
    problems.push(
      `没有可推送的搜索引擎：设置 ${ENGINE_VARIABLES.indexnow.join('、')}（IndexNow），或 ${ENGINE_VARIABLES.baidu.join(' 和 ')}（百度）。`,
    );
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return { engines, notes };
}

/**
 * The site whose URLs are pushed. A real push needs SITE_URL set: src/config.ts's fallback is a
 * placeholder, and its URLs pushed to an engine would only be refused.
 */
export function notifySite(env: Env, configured: string, dryRun: boolean): string {
  if (!value(env, 'SITE_URL') && !dryRun) {
    const fallback = configured ? `；现在用的是 src/config.ts 的默认值 ${configured}` : '';
    throw new ConfigError(`推送需要环境变量 SITE_URL（网站的正式网址，与构建时相同）${fallback}。`);
  }
  return configured;
}
