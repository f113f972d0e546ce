import { describe, expect, it } from 'vitest';
import { channelNames, officialClaimHits, officialLinkMessage } from '../../../src/lib/lint/official-claim.ts';
import type { LintChannel } from '../../../src/lib/lint/types.ts';

const channel = (id: string, name: string, kind: LintChannel['kind'], url: string): LintChannel => ({
  id,
  file: `content/channels/${id}.yaml`,
  name,
  kind,
  url,
  sponsored: kind === 'agent',
  verifiedAt: new Date('2026-11-20T00:00:00+08:00'),
});
const CHANNELS = [
  channel('soupos-agent', '搜POS 代理商申请页', 'agent', 'https://www.soupos.cn/'),
  channel('lakala-official', '拉卡拉官方网站', 'official', 'https://www.lakala.com/'),
  channel('icbc-merchant', '工商银行商户收单服务', 'bank', 'https://www.icbc.com.cn/'),
];
const claimed = (text: string) => officialClaimHits(text, CHANNELS).map((h) => text.slice(h.index, h.index + h.length));

describe('channelNames', () => {
  it('is the name and the part before a space or bracket', () => {
    expect(channelNames('搜POS 代理商申请页')).toEqual(['搜POS 代理商申请页', '搜POS']);
    expect(channelNames('合作代理商（华东）')).toEqual(['合作代理商（华东）', '合作代理商']);
    expect(channelNames('工商银行商户收单服务')).toEqual(['工商银行商户收单服务']);
  });
});

describe('officialClaimHits', () => {
  it('reports 官网/官方 said of an agent’s name or domain, on both of them', () => {
    expect(claimed('搜POS官网可以免费申请。')).toEqual(['搜POS官网']);
    expect(claimed('打开 soupos.cn官方 申请')).toEqual(['soupos.cn官方']);
    expect(claimed('到支付公司POS官网 www.soupos.cn 申请')).toEqual(['官网 www.soupos.cn']);
    expect(claimed('官网：https://www.soupos.cn/apply')).toEqual(['官网：https://www.soupos.cn/apply']);
    expect(claimed('网址 www.soupos.cn（支付公司POS官网）')).toEqual(['www.soupos.cn（支付公司POS官网']);
    expect(claimed('搜pos的官方网站')).toEqual(['搜pos的官方网站']);
  });

  it('names the channel, its kind and the words in the message', () => {
    const [hit] = officialClaimHits('搜POS官网可以免费申请。', CHANNELS);
    expect(hit!.message).toMatch(/^把第三方代理商（非官方） “搜POS 代理商申请页”（soupos-agent）称为“官网”：“搜POS官网”。/);
  });

  it('stays quiet on 官方 said of something else, denials and quotes', () => {
    for (const text of [
      '以官方App为准。',
      '通过收单机构官方渠道核实搜POS给的机具归属。',
      '搜POS（非官方）只是代理商，搜POS不是官网，也并非官方渠道。',
      '搜POS和拉卡拉官网都能看到说明。',
      '搜POS让你去官方App激活时，先核实。',
      '搜POS申请页里的机具要去拉卡拉官网核实归属。',
      '有页面自称官方，比如搜POS。',
      '搜索“搜POS官网”出来的页面并不是收单机构。',
      '工商银行官网 www.icbc.com.cn 可以查询网点，拉卡拉官方网站也可以。',
    ]) {
      expect(claimed(text), text).toEqual([]);
    }
  });
});

describe('officialLinkMessage', () => {
  it('reports link text that calls an agent’s page official', () => {
    expect(officialLinkMessage({ url: 'https://www.soupos.cn/apply', text: '点此进入官网' }, CHANNELS)).toContain(
      '称为“官网”：“点此进入官网”',
    );
  });
  it('leaves other links, denials and text the text rule already reads', () => {
    expect(officialLinkMessage({ url: 'https://www.lakala.com/', text: '拉卡拉官网' }, CHANNELS)).toBeUndefined();
    expect(officialLinkMessage({ url: 'https://www.soupos.cn/', text: '非官方申请页' }, CHANNELS)).toBeUndefined();
    expect(officialLinkMessage({ url: 'https://www.soupos.cn/', text: '搜POS官网' }, CHANNELS)).toBeUndefined();
  });
});
