// Rule "official-claim": the site never calls a third party official (DESIGN.md). A pasted
// article that calls an agent's page "支付公司POS官网", or writes "搜POS官网", tells readers they
// are dealing with the acquirer itself. The rule looks for 官网/官方 right next to what names
// such a channel (its name, the part of its name before a space, its domain) in the same clause,
// and leaves alone 官方 said of anything else ("以官方App为准", "通过官方渠道核实搜POS给的机具"),
// denials ("非官方", "搜POS不是官网") and quoted words.
import { isUnofficialKind, KIND_LABELS } from '../channels.ts';
import { hostOf } from '../rel.ts';
import { findDomains, onHost } from './domains.ts';
import { inRanges, quote, quotedRanges } from './text.ts';
import type { LintChannel, TextHit } from './types.ts';

const CLAIM = /官网|官方(?:网站|网址|入口|平台|渠道|指定)?/g;
// "非官方", "不是官网", "冒充官方", "自称官方": the claim is denied or reported, not made.
const DENIED = /(?:非|不是|并非|不属于|冒充|假冒|自称|号称|声称|所谓)$/;
/** At most this many characters between a name and the 官网 after it ("soupos.cn（支付公司POS官网）"). */
const MAX_GAP = 8;
// Between a name and a 官网 after it, anything that gives the 官网 to something else: clause
// punctuation, a denial, a conjunction ("搜POS和拉卡拉官网"), a verb that sends the reader on
// ("搜POS让你去官方App激活").
const BREAK_AFTER =
  /[。！？!?；;，,、\n非不没无未假冒称和与及或跟同而去到找在用从向让请要拨打查核问联]|以及|还是|通过|下载|登录|进入|咨询|办理/;
// Before a name, the 官网 must label it directly: "官网：www.soupos.cn", "官网（soupos.cn）",
// "官方网站是 soupos.cn".
const LABELS_NEXT = /^[\s:：（(【[“"「—-]*(?:是|为|即)?[\s:：（(【[“"「—-]*$/;

/** What names a channel in prose: its name, and the part before a space or bracket ("搜POS" of "搜POS 代理商申请页"). */
export function channelNames(name: string): string[] {
  const full = name.trim();
  const short = full.split(/[\s（(【[|｜·:：,，]/)[0]!;
  return [...new Set([full, ...([...short].length >= 2 ? [short] : [])])];
}

function byOwnHost(channels: readonly LintChannel[]): Map<string, LintChannel> {
  return new Map(
    channels.flatMap((c) => {
      const host = hostOf(c.url);
      return host ? [[host, c] as const] : [];
    }),
  );
}

interface Mention {
  index: number;
  end: number;
  channel: LintChannel;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mentions(text: string, channels: readonly LintChannel[]): Mention[] {
  const found: Mention[] = [];
  for (const channel of channels) {
    for (const name of channelNames(channel.name)) {
      for (const m of text.matchAll(new RegExp(escapeRegExp(name), 'gi')))
        found.push({ index: m.index, end: m.index + m[0].length, channel });
    }
  }
  const byHost = byOwnHost(channels);
  for (const d of findDomains(text)) {
    const channel = onHost(d.host, byHost);
    if (channel) found.push({ index: d.index, end: d.index + d.length, channel });
  }
  return found.sort((a, b) => a.index - b.index);
}

function claims(text: string): { index: number; end: number; word: string }[] {
  return [...text.matchAll(CLAIM)]
    .filter((m) => !DENIED.test(text.slice(Math.max(0, m.index - 4), m.index)))
    .map((m) => ({ index: m.index, end: m.index + m[0].length, word: m[0] }));
}

export function officialClaimMessage(channel: LintChannel, word: string, written: string): string {
  return `把${KIND_LABELS[channel.kind]} “${channel.name}”（${channel.id}）称为“${word}”：${quote(written)}。它不是收单机构、银行或支付平台自己的渠道，本站不能称它为官网或官方。请删掉“${word}”，写明它是第三方代理商；要指引读者去官方渠道时，链接 kind 为 official 的渠道`;
}

/** 官网/官方 said of an unofficial channel in `text`: one hit per claim, spanning name and claim. */
export function officialClaimHits(text: string, channels: readonly LintChannel[]): TextHit[] {
  const unofficial = channels.filter((c) => isUnofficialKind(c.kind));
  if (!unofficial.length || !text.includes('官')) return [];
  const quoted = quotedRanges(text);
  const named = mentions(text, unofficial).filter((m) => !inRanges(quoted, m.index, m.end - m.index));
  const hits: TextHit[] = [];
  for (const claim of claims(text)) {
    if (inRanges(quoted, claim.index, claim.end - claim.index)) continue;
    const owner = named.find((m) => {
      if (m.end <= claim.index) {
        const gap = text.slice(m.end, claim.index);
        return gap.length <= MAX_GAP && !BREAK_AFTER.test(gap);
      }
      return claim.end <= m.index && LABELS_NEXT.test(text.slice(claim.end, m.index));
    });
    if (!owner) continue;
    const index = Math.min(owner.index, claim.index);
    const end = Math.max(owner.end, claim.end);
    hits.push({ index, length: end - index, message: officialClaimMessage(owner.channel, claim.word, text.slice(index, end)) });
  }
  return hits;
}

/**
 * A link to an unofficial channel whose text calls it official ("[官网](https://www.soupos.cn/)").
 * Link text that names the channel itself is already text the rule reads.
 */
export function officialLinkMessage(link: { url: string; text: string }, channels: readonly LintChannel[]): string | undefined {
  const host = hostOf(link.url);
  if (!host) return undefined;
  const channel = onHost(host, byOwnHost(channels.filter((c) => isUnofficialKind(c.kind))));
  if (!channel || mentions(link.text, [channel]).length) return undefined;
  const claim = claims(link.text)[0];
  return claim ? officialClaimMessage(channel, claim.word, link.text) : undefined;
}
