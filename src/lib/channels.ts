// Channel presentation rules shared by the directory, the per-article box and <Channel>.
import { relFor } from './rel.ts';

export const KIND_LABELS = {
  official: '收单机构官方渠道',
  bank: '银行',
  'payment-platform': '支付平台商户服务',
  offline: '线下网点',
  agent: '第三方代理商（非官方）',
} as const;

export const KIND_ORDER = ['official', 'bank', 'payment-platform', 'offline', 'agent'] as const;

export type ChannelKind = keyof typeof KIND_LABELS;

/**
 * Whether a channel is a third party the site labels 非官方 (KIND_LABELS): an agent. Its site is
 * never "官网", and readers need its kind beside its link. The other kinds are the organisation's
 * own service: an acquirer's, a bank's or a payment platform's own site, a bank's or an
 * acquirer's counter; calling those official is true.
 */
export function isUnofficialKind(kind: ChannelKind): boolean {
  return kind === 'agent';
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function isStale(verifiedAt: Date, now: Date, maxAgeDays: number): boolean {
  return now.getTime() - verifiedAt.getTime() > maxAgeDays * DAY_MS;
}

/** A channel's outbound link: its URL with optional UTM parameters, and the policy's rel. */
export function channelLink(channel: { url: string; sponsored: boolean }, utm?: Record<string, string>): { href: string; rel: string } {
  const url = new URL(channel.url);
  for (const [key, value] of Object.entries(utm ?? {})) url.searchParams.set(key, value);
  return { href: url.href, rel: relFor(channel.sponsored ? 'sponsored' : 'channel')! };
}

export function groupByKind<T extends { data: { kind: keyof typeof KIND_LABELS; name: string } }>(channels: readonly T[]) {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    channels: channels.filter((c) => c.data.kind === kind).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')),
  })).filter((group) => group.channels.length > 0);
}
