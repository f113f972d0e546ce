// The offline half of the link check: is a written URL a well-formed external address a reader
// can reach? Channel, author and source URLs must be https (the content contract); http in a
// body is only a warning, because the site cannot make another site support https.
import { normalizeHost } from '../rel.ts';
import type { LinkUse, UseKind } from './extract.ts';

export type Severity = 'error' | 'warning';

export interface FormProblem {
  severity: Severity;
  message: string;
}

export type Target =
  /** Not an external web address: a path on this site, an anchor, mailto:, tel:. Not checked. */
  | { kind: 'internal' }
  /** `href` is what gets requested (no fragment: servers never see it). */
  | { kind: 'external'; href: string; requestable: boolean; problems: FormProblem[] }
  | { kind: 'invalid'; problems: FormProblem[] };

export interface ClassifyOptions {
  /** The site's own host: absolute links to it are internal (the content linter checks those). */
  siteHost?: string;
  /**
   * Hosts exempt from the https and private-address rules, so the checker can be pointed at a
   * local test server (`--allow-host 127.0.0.1`). Never needed for real content.
   */
  allowHosts?: ReadonlySet<string>;
}

const FIELD: Record<Exclude<UseKind, 'link' | 'image'>, string> = {
  channel: '渠道的 url',
  author: '作者的 url',
  source: '参考资料（sources）的 url',
};

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const DNS_NAME = new RegExp(`^(?:${LABEL}\\.)*${LABEL}$`);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Written in bodies on purpose and opened by the reader's own apps, not by a browser request.
const NOT_CHECKED_SCHEMES = new Set(['mailto:', 'tel:', 'sms:']);

function ipv4Private(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function ipv6Private(host: string): boolean {
  const h = host.toLowerCase();
  if (h === '::1' || h === '::') return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(h)) return true; // unique local fc00::/7
  if (/^fe[89ab][0-9a-f]?:/.test(h)) return true; // link-local fe80::/10
  // IPv4-mapped: the URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return ipv4Private(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return false;
}

/** Why readers cannot reach this host, if they cannot: local names and private addresses. */
export function unreachableHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Private(host.slice(1, -1)) ? '本机或内网地址' : undefined;
  if (ipv4Private(host)) return '本机或内网地址';
  if (host === 'localhost' || /\.(?:localhost|local|internal|lan|home\.arpa)$/.test(host)) return '本机或内网地址';
  if (!host.includes('.')) return '不完整的域名';
  return undefined;
}

export function classifyUrl(written: string, kind: UseKind, options: ClassifyOptions = {}): Target {
  const url = written.trim();
  const inBody = kind === 'link' || kind === 'image';
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  const error = (message: string): Target => ({ kind: 'invalid', problems: [{ severity: 'error', message }] });

  if (!scheme && !url.startsWith('//')) {
    return inBody ? { kind: 'internal' } : error(`${FIELD[kind]} 应是以 https:// 开头的完整网址，实际是 “${url}”`);
  }
  if (scheme && NOT_CHECKED_SCHEMES.has(`${scheme}:`)) {
    return inBody ? { kind: 'internal' } : error(`${FIELD[kind]} 应是以 https:// 开头的网址，实际是 “${url}”`);
  }
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return error(
      inBody ? `不是网页链接（${scheme}:），读者点不开：“${url}”` : `${FIELD[kind]} 应是以 https:// 开头的网址，实际是 “${url}”`,
    );
  }
  // "https:/x" parses, but on this site's pages the browser reads it as the path /x.
  if (scheme && !/^[a-z]+:\/\//i.test(url)) return error(`“${url}” 的协议后面少了斜杠，应写成 ${scheme}://…`);
  if (/^(?:[a-z]+:)?\/\/(?:[/?#]|$)/i.test(url)) return error(`网址缺少域名：“${url}”`);

  let parsed: URL;
  try {
    // A protocol-relative //host/path opens with the page's scheme, which is https.
    parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
  } catch {
    return error(`网址格式不对（可能有空格、全角字符或多余的符号）：“${url}”`);
  }
  // The URL parser accepts hosts DNS cannot resolve ("www.lakala,com" typed with a Chinese comma).
  if (!parsed.hostname.startsWith('[') && !DNS_NAME.test(parsed.hostname.replace(/\.$/, ''))) {
    return error(`域名里有不该出现的字符（${parsed.hostname}）：“${url}”`);
  }
  const host = normalizeHost(parsed.hostname);
  if (options.siteHost && host === normalizeHost(options.siteHost)) return { kind: 'internal' };
  parsed.hash = '';
  const href = parsed.href;
  const allowed = options.allowHosts?.has(parsed.hostname.toLowerCase()) ?? false;
  const problems: FormProblem[] = [];
  const unreachable = allowed ? undefined : unreachableHost(parsed.hostname);
  if (unreachable) problems.push({ severity: 'error', message: `指向${unreachable}（${parsed.hostname}），读者打不开：“${url}”` });
  // An unreachable address is already an error: asking for https there would only add noise.
  if (parsed.protocol === 'http:' && !allowed && !unreachable) {
    problems.push(
      inBody
        ? { severity: 'warning', message: `链接用的是 http://，对方网站支持的话请改成 https://：“${url}”` }
        : { severity: 'error', message: `${FIELD[kind]} 必须以 https:// 开头：“${url}”` },
    );
  }
  if (!inBody && url.startsWith('//')) {
    problems.push({ severity: 'error', message: `${FIELD[kind]} 应写完整，以 https:// 开头：“${url}”` });
  }
  return { kind: 'external', href, requestable: !unreachable, problems };
}

export interface Finding {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export interface UrlGroup {
  href: string;
  uses: LinkUse[];
}

export interface OfflineResult {
  findings: Finding[];
  /** Every external URL a reader can reach, once, with every place that uses it. */
  groups: UrlGroup[];
  /** External URLs not requested because they cannot be reached (errors say why). */
  unrequestable: UrlGroup[];
}

/** Classifies every use and groups the external ones by the URL that would be requested. */
export function checkOffline(uses: readonly LinkUse[], options: ClassifyOptions = {}): OfflineResult {
  const findings: Finding[] = [];
  const groups = new Map<string, UrlGroup & { requestable: boolean }>();
  for (const use of uses) {
    const target = classifyUrl(use.url, use.kind, options);
    if (target.kind === 'internal') continue;
    for (const problem of target.problems) findings.push({ file: use.file, line: use.line, ...problem });
    if (target.kind !== 'external') continue;
    const group = groups.get(target.href) ?? { href: target.href, uses: [], requestable: target.requestable };
    group.uses.push(use);
    groups.set(target.href, group);
  }
  const strip = ({ href, uses }: UrlGroup): UrlGroup => ({ href, uses: sortFindings(uses) });
  const all = [...groups.values()];
  return {
    findings: sortFindings(findings),
    groups: all.filter((g) => g.requestable).map(strip),
    unrequestable: all.filter((g) => !g.requestable).map(strip),
  };
}

export function sortFindings<T extends { file: string; line: number }>(findings: T[]): T[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}  ${f.severity}  ${f.message}`;
}
