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
