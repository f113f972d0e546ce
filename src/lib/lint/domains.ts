// Rules "promo-domain" and "promo-domain-repeat": spun articles carry the promoter's site as a
// bare domain ("www.haopos888.com", "haopos888点com") and repeat it. A host that is a
// registered channel, a cited source or the site itself is fine; anything else is advertising.
import { hostOf, normalizeHost } from '../rel.ts';
import { quote } from './text.ts';

export interface DomainMention {
  index: number;
  length: number;
  text: string;
  host: string;
}

// Top-level domains seen on Chinese promotional sites. A closed list keeps "Node.js", "0.38%"
// and file names such as "协议.pdf" from reading as domains.
const TLD =
  'com|cn|net|org|cc|top|vip|xyz|info|biz|io|tv|site|shop|club|wang|ltd|online|store|tech|ink|icu|work|asia|hk|tw|mobi|xin|cloud|live|life|world|group|space|website';
const URL_TEXT = /\bhttps?:\/\/[^\s<>"'()（）\u3000-\u303f\uff00-\uffef“”‘’]+/gi;
const BARE_DOMAIN = new RegExp(`(?<![A-Za-z0-9.\\-/])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD})(?![A-Za-z0-9\\-])`, 'gi');
// "haopos888点com", "haopos888。cn", "haopos888 dot com": dots spelled out to dodge filters.
const SEP = '\\s*(?:\\.|点|。|．|\\[\\.\\]|\\(\\.\\)|（\\.）|\\s+dot\\s+)\\s*';
const SPELLED_DOMAIN = new RegExp(`(?<![A-Za-z0-9])(?:[a-z0-9][a-z0-9-]*${SEP})+(?:${TLD})(?![A-Za-z0-9])`, 'gi');

/** Domains and URLs written out in visible text. */
export function findDomains(text: string): DomainMention[] {
  const found: DomainMention[] = [];
  const taken = (index: number, length: number) => found.some((f) => index < f.index + f.length && f.index < index + length);
  for (const m of text.matchAll(URL_TEXT)) {
    const host = hostOf(m[0].replace(/[.,;:!?]+$/, ''));
    if (host) found.push({ index: m.index, length: m[0].length, text: m[0], host });
  }
  for (const m of text.matchAll(BARE_DOMAIN)) {
    if (!taken(m.index, m[0].length)) found.push({ index: m.index, length: m[0].length, text: m[0], host: normalizeHost(m[0]) });
  }
  for (const m of text.matchAll(SPELLED_DOMAIN)) {
    if (taken(m.index, m[0].length) || !/[^.a-z0-9-]/i.test(m[0])) continue;
    const host = normalizeHost(m[0].split(new RegExp(SEP, 'i')).join('.'));
    found.push({ index: m.index, length: m[0].length, text: m[0], host });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether a host is, or is under, one of the known hosts (pay.weixin.qq.com under weixin.qq.com). */
export function isKnownHost(host: string, known: ReadonlySet<string>): boolean {
  const h = normalizeHost(host);
  for (const k of known) if (h === k || h.endsWith(`.${k}`)) return true;
  return false;
}

/** The value whose host `host` is or is under (m.soupos.cn under soupos.cn), from a map keyed by normalized host. */
export function onHost<T>(host: string, byHost: ReadonlyMap<string, T>): T | undefined {
  const h = normalizeHost(host);
  for (const [known, value] of byHost) if (h === known || h.endsWith(`.${known}`)) return value;
  return undefined;
}

export function domainMessage(mention: DomainMention): string {
  return `正文出现未登记的网址 ${quote(mention.text)}（${mention.host} 既不是已登记的渠道，也不在任何文章的 sources 里），疑似推广。请删除；确需引用的，列入 sources 或登记为渠道`;
}

/** External hosts mentioned at least `limit` times (links and written-out domains together). */
export function repeatedHosts<T extends { host: string }>(
  mentions: readonly T[],
  known: ReadonlySet<string>,
  limit = 2,
): { host: string; mentions: T[] }[] {
  const byHost = new Map<string, T[]>();
  for (const m of mentions) {
    if (isKnownHost(m.host, known)) continue;
    byHost.set(m.host, [...(byHost.get(m.host) ?? []), m]);
  }
  return [...byHost].filter(([, list]) => list.length >= limit).map(([host, list]) => ({ host, mentions: list }));
}

export function repeatMessage(host: string, lines: readonly number[]): string {
  return `同一外部域名 “${host}” 在正文出现 ${lines.length} 次（第 ${lines.join('、')} 行），疑似推广。请删除多余的提及；确需引用的，列入 sources`;
}
