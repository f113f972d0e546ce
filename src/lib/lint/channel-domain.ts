// Rule "channel-domain": a channel with a commercial relationship (sponsored), or a third party
// the site labels 非官方 (an agent), reaches readers through the article's channel box
// (`channels:`) or <Channel id="…" />: they show its name, its kind and the 广告 label, and the
// link policy gives it rel="sponsored nofollow" (DESIGN.md: honest disclosure). Its domain
// written out as text gets none of that; a plain Markdown link gets the label and rel but still
// not the channel's name and kind.
import { isUnofficialKind, KIND_LABELS } from '../channels.ts';
import { hostOf } from '../rel.ts';
import { findDomains, onHost } from './domains.ts';
import { quote } from './text.ts';
import type { LintChannel, Severity, TextHit } from './types.ts';

/** Channels readers must meet through the channel box, by host. */
export type BoxedHosts = ReadonlyMap<string, LintChannel>;

export function boxedChannelHosts(channels: Iterable<LintChannel>): BoxedHosts {
  const hosts = new Map<string, LintChannel>();
  for (const channel of channels) {
    if (!channel.sponsored && !isUnofficialKind(channel.kind)) continue;
    const host = hostOf(channel.url);
    // Two such channels on one host: name the sponsored one, whose disclosure matters more.
    if (host && (!hosts.has(host) || channel.sponsored)) hosts.set(host, channel);
  }
  return hosts;
}

/** Hiding a commercial relationship is an error; hiding only the channel's kind, a warning. */
export const channelDomainSeverity = (channel: LintChannel): Severity => (channel.sponsored ? 'error' : 'warning');

export function channelDomainMessage(written: string, channel: LintChannel, as: 'text' | 'link'): string {
  const unseen = [
    ...(as === 'link' ? ['看不到渠道名称和核实日期'] : []),
    ...(isUnofficialKind(channel.kind) ? [`看不出它是“${KIND_LABELS[channel.kind]}”`] : []),
  ];
  const lost = [
    ...(channel.sponsored && as === 'text' ? ['页面上没有“广告”标记'] : []),
    ...(unseen.length ? [`读者${unseen.join('，也')}`] : []),
  ];
  const what = channel.sponsored ? '有商业合作（sponsored: true）的渠道' : `${KIND_LABELS[channel.kind]}渠道`;
  const verb = as === 'text' ? '写出了' : '直接链接了';
  return `文中${verb}${what} “${channel.name}”（${channel.id}）的网址 ${quote(written)}，${lost.join('，')}。请删掉这个网址，改为在 frontmatter 的 channels 里加上 ${channel.id}（文末“申请渠道”框），或在 .mdx 正文里写 <Channel id="${channel.id}" />：广告标记和链接属性会自动加上`;
}

/** Domains and URLs of boxed channels written out in `text`. */
export function channelDomainHits(text: string, hosts: BoxedHosts): TextHit[] {
  if (!hosts.size) return [];
  return findDomains(text).flatMap((d) => {
    const channel = onHost(d.host, hosts);
    return channel
      ? [
          {
            index: d.index,
            length: d.length,
            message: channelDomainMessage(d.text, channel, 'text'),
            severity: channelDomainSeverity(channel),
          },
        ]
      : [];
  });
}
