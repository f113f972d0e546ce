// `npm run check:links [-- --live] [--timeout ms] [--concurrency n] [--retries n] [--format json]
//  [--only host]… [--allow-host host]…`: every external URL in CONTENT_DIR (default ./content).
// Offline it checks form and scheme; --live also requests each URL once. Exit 1 on a form error
// or a dead URL; redirects alone are only reported. Logic lives in src/lib/links/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { SITE } from '../src/config.ts';
import { normalizeHost } from '../src/lib/rel.ts';
import { checkOffline, formatFinding, sortFindings, type Finding } from '../src/lib/links/classify.ts';
import { contentLinks } from '../src/lib/links/extract.ts';
import { checkLive, mapLimit } from '../src/lib/links/live.ts';
import { countResults, exitCode, formatLive, summaryText, type UrlReport } from '../src/lib/links/report.ts';
import { readContent } from './lib/read-content.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    live: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '4' },
    retries: { type: 'string', default: '2' },
    format: { type: 'string', default: 'text' },
    only: { type: 'string', multiple: true, default: [] },
    'allow-host': { type: 'string', multiple: true, default: [] },
  },
});

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

function integer(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) usage(`--${name} 应是不小于 ${min} 的整数，收到 “${text}”`);
  return value;
}

if (values.format !== 'text' && values.format !== 'json') usage(`--format 只能是 text 或 json，收到 “${values.format}”`);
const timeoutMs = integer('timeout', values.timeout, 1);
const concurrency = integer('concurrency', values.concurrency, 1);
const retries = integer('retries', values.retries, 0);
const only = new Set(values.only.map((host) => normalizeHost(host)));
const allowHosts = new Set(values['allow-host'].map((host) => host.toLowerCase()));
const json = values.format === 'json';

const content = readContent(buildInputsOrExit().contentDir, root);
const raw = (file: string) => {
  try {
    return readFileSync(resolve(root, file), 'utf8');
  } catch {
    return undefined;
  }
};
const extracted = contentLinks(content, raw);
const inScope = (url: string) => {
  if (!only.size) return true;
  try {
    return only.has(normalizeHost(new URL(url.startsWith('//') ? `https:${url}` : url).hostname));
  } catch {
    return false;
  }
};
const uses = extracted.uses.filter((use) => inScope(use.url));
const outOfScope = new Set(extracted.uses.filter((use) => !inScope(use.url)).map((use) => use.url)).size;

const offline = checkOffline(uses, { siteHost: new URL(SITE.url).hostname, allowHosts });
const findings: Finding[] = sortFindings([
  ...offline.findings,
  ...extracted.errors.map((e) => ({
    file: e.file,
    line: e.line,
    severity: 'error' as const,
    message: `正文无法解析，其中的链接没有检查：${e.message}`,
  })),
]);
const urlCount = offline.groups.length + offline.unrequestable.length;

let reports: UrlReport[] | undefined;
if (values.live) {
  if (!json)
    console.error(
      `正在检查 ${offline.groups.length} 个网址（同时 ${concurrency} 个，每次最多等 ${timeoutMs / 1000} 秒，失败重试 ${retries} 次）…`,
    );
  const userAgent = `Mozilla/5.0 (compatible; pos-zhishi-link-check/1.0; +${SITE.url})`;
  reports = await mapLimit(offline.groups, concurrency, async (group) => ({
    ...group,
    result: await checkLive(group.href, { fetch: globalThis.fetch, timeoutMs, retries, backoffMs: 500, userAgent }),
  }));
}

const counts = countResults(findings, urlCount, reports, offline.unrequestable.length);
if (json) {
  const pick = (state: 'dead' | 'redirect') =>
    (reports ?? []).flatMap(({ href, uses, result }) => (result.state === state ? [{ url: href, ...result, uses }] : []));
  console.log(
    JSON.stringify(
      { live: values.live, counts: { ...counts, outOfScope }, findings, dead: pick('dead'), redirected: pick('redirect') },
      null,
      2,
    ),
  );
} else {
  for (const f of findings) console.log(formatFinding(f));
  const live = reports ? formatLive(reports) : '';
  if (findings.length && live) console.log('');
  if (live) console.log(live);
  if (findings.length || live) console.log('');
  if (only.size) console.log(`只检查了 ${[...only].join('、')} 上的网址，其他 ${outOfScope} 个网址没有检查。`);
  console.log(summaryText(counts, values.live));
}
process.exit(exitCode(counts));
