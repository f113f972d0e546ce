// Rule "stale-channel" (warning): an article points readers to a channel nobody has re-checked
// for SITE.channelStaleDays; the channel page already shows "信息可能已过时".
import { toYmd } from '../dates.ts';
import { isStale } from '../channels.ts';
import type { LintChannel } from './types.ts';

export function staleChannelMessage(channel: LintChannel, now: Date, maxAgeDays: number): string | undefined {
  if (!isStale(channel.verifiedAt, now, maxAgeDays)) return undefined;
  const days = Math.floor((now.getTime() - channel.verifiedAt.getTime()) / 86_400_000);
  return `本文引用的渠道 “${channel.name}”（${channel.id}）最后核实于 ${toYmd(channel.verifiedAt)}，已过去 ${days} 天（超过 ${maxAgeDays} 天），页面上会显示“信息可能已过时”。请重新核实网址、费率和说明后更新 ${channel.file} 的 verifiedAt`;
}
