import { describe, expect, it } from 'vitest';
import { boxedChannelHosts, channelDomainHits, channelDomainMessage, channelDomainSeverity } from '../../../src/lib/lint/channel-domain.ts';
import type { LintChannel } from '../../../src/lib/lint/types.ts';

const channel = (id: string, name: string, kind: LintChannel['kind'], url: string, sponsored = false): LintChannel => ({
  id,
  file: `content/channels/${id}.yaml`,
  name,
  kind,
  url,
  sponsored,
  verifiedAt: new Date('2026-11-20T00:00:00+08:00'),
});
const sponsoredAgent = channel('soupos-agent', '搜POS 代理商申请页', 'agent', 'https://www.soupos.cn/', true);
const agent = channel('plain-agent', '某代理商', 'agent', 'https://agent.example.net/apply');
const sponsoredBank = channel('paid-bank', '合作银行', 'bank', 'https://bank.example.com/');
sponsoredBank.sponsored = true;
const hosts = boxedChannelHosts([
  sponsoredAgent,
  agent,
  sponsoredBank,
  channel('lakala-official', '拉卡拉官方网站', 'official', 'https://www.lakala.com/'),
  channel('icbc-merchant', '工商银行商户收单服务', 'bank', 'https://www.icbc.com.cn/'),
  channel('bank-branch', '银行网点柜台', 'offline', 'https://www.icbc.com.cn/'),
]);

describe('boxedChannelHosts', () => {
  it('holds sponsored channels of any kind and unsponsored agents, not the organisations’ own channels', () => {
    expect([...hosts.keys()].sort()).toEqual(['agent.example.net', 'bank.example.com', 'soupos.cn']);
  });
});

describe('channelDomainHits', () => {
  it('finds such a channel’s domain written out, with its subdomains and spelled-out dots', () => {
    const text = '访问 www.soupos.cn 或 m.soupos.cn/apply 或 soupos点cn 申请，拉卡拉见 www.lakala.com，工行见 icbc.com.cn。';
    const hits = channelDomainHits(text, hosts);
    expect(hits.map((h) => text.slice(h.index, h.index + h.length))).toEqual(['www.soupos.cn', 'm.soupos.cn', 'soupos点cn']);
    expect(hits.every((h) => h.severity === 'error')).toBe(true);
  });

  it('is an error when it hides a commercial relationship, a warning when it hides only the kind', () => {
    expect(channelDomainSeverity(sponsoredAgent)).toBe('error');
    expect(channelDomainSeverity(sponsoredBank)).toBe('error');
    expect(channelDomainSeverity(agent)).toBe('warning');
    expect(channelDomainHits('申请页 agent.example.net', hosts)[0]?.severity).toBe('warning');
  });
});

describe('channelDomainMessage', () => {
  it('says what readers lose and how to name the channel instead', () => {
    expect(channelDomainMessage('www.soupos.cn', sponsoredAgent, 'text')).toBe(
      '文中写出了有商业合作（sponsored: true）的渠道 “搜POS 代理商申请页”（soupos-agent）的网址 “www.soupos.cn”，页面上没有“广告”标记，读者看不出它是“第三方代理商（非官方）”。请删掉这个网址，改为在 frontmatter 的 channels 里加上 soupos-agent（文末“申请渠道”框），或在 .mdx 正文里写 <Channel id="soupos-agent" />：广告标记和链接属性会自动加上',
    );
    expect(channelDomainMessage('https://bank.example.com/', sponsoredBank, 'link')).toContain(
      '直接链接了有商业合作（sponsored: true）的渠道 “合作银行”（paid-bank）的网址 “https://bank.example.com/”，读者看不到渠道名称和核实日期。',
    );
    expect(channelDomainMessage('agent.example.net', agent, 'text')).toContain(
      '写出了第三方代理商（非官方）渠道 “某代理商”（plain-agent）的网址 “agent.example.net”，读者看不出它是',
    );
  });
});
