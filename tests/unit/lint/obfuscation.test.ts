import { describe, expect, it } from 'vitest';
import { findObfuscation, hanWords, obfuscationHits, spells } from '../../../src/lib/lint/obfuscation.ts';

const pairs = (text: string, vocabulary?: Iterable<string>) => findObfuscation(text, vocabulary).map((h) => [h.found, h.intended]);

describe('spells', () => {
  it('matches pinyin to characters, any reading, ü typed as v or u', () => {
    expect(spells('lakala', [...'拉卡拉'])).toBe(true);
    expect(spells('qia', ['卡'])).toBe(true);
    expect(spells('lv', ['绿'])).toBe(true);
    expect(spells('lu', ['绿'])).toBe(true);
    expect(spells('ka', ['拉'])).toBe(false);
    expect(spells('lak', [...'拉卡'])).toBe(false);
  });
});

describe('findObfuscation: what spun articles do', () => {
  it('finds letters spaced out to break a word up', () => {
    expect(pairs('拉卡拉P O S机怎么激活？')).toEqual([['P O S机', 'POS机']]);
    expect(pairs('这台P-O-S机不要买')).toEqual([['P-O-S机', 'POS机']]);
    expect(pairs('免费领p.o.s机')).toEqual([['p.o.s机', 'pos机']]);
  });
  it('finds a pinyin syllable put before or after its own character', () => {
    expect(pairs('很多人办了la拉卡拉的机器却不会用')).toEqual([['la拉卡拉的', '拉卡拉的']]);
    expect(pairs('认准lakala拉卡拉')).toEqual([['lakala拉卡拉', '拉卡拉']]);
    expect(pairs('拉卡拉lakala官网办理')).toEqual([['拉卡拉lakala', '拉卡拉']]);
  });
  it('finds pinyin standing in for a character, naming the word it hides', () => {
    expect(pairs('刷ka费率只要0.38%')).toEqual([['刷ka', '刷卡']]);
    expect(pairs('信用卡shua卡秒到')).toEqual([['shua卡', '刷卡']]);
    expect(pairs('新机到手先ji活')).toEqual([['ji活', '激活']]);
  });
  it("uses the article's own words to read pinyin back", () => {
    expect(pairs('记得去网点xiao户', ['销户'])).toEqual([['xiao户', '销户']]);
    expect(pairs('记得去网点xiao户')).toEqual([]);
  });
  it('finds a letter stuffed inside a word', () => {
    expect(pairs('激x活后就能用')).toEqual([['激x活', '激活']]);
    expect(pairs('押q金可退')).toEqual([['押q金', '押金']]);
  });
  it('finds homophone swaps of names spam dodges on purpose', () => {
    expect(pairs('加薇信领取')).toEqual([['薇信', '微信']]);
    expect(pairs('刷咔秒到账')).toEqual([['刷咔', '刷卡']]);
    expect(pairs('加v信了解')).toEqual([['v信', '微信']]);
  });
  it('reports where each hit starts', () => {
    const text = '办了la拉卡拉，刷ka也不行';
    const hits = findObfuscation(text);
    expect(hits.map((h) => text.slice(h.index, h.index + h.length))).toEqual(['la拉卡拉', '刷ka']);
  });
});

describe('findObfuscation: ordinary mixed text must pass', () => {
  const clean = [
    '用官方App查询商户状态，POS机T+1到账，MCC码要与经营类别一致，费率0.38%或0.6%。',
    '不少代理商页面写的是95016，本站未能在官方来源核实。',
    '《关于完善银行卡刷卡手续费定价机制的通知》（发改价格〔2016〕557号，下称557号文）',
    '《中国人民银行关于加强支付受理终端及相关业务管理的通知》（银发〔2021〕259号）',
    '买A股，做B超，用U盘，拍X光片，吃维生素C片，去卡拉OK厅，穿T恤。',
    '请用iPhone或Android手机扫码，连上Wi-Fi后下载App。',
    '他在圈子里很有威信；你只付了一笔钱；支付包括手续费；银联商务和银行。',
    '个人收款码和个人经营收款码有什么区别？微信支付、支付宝都有入口。',
    'A、B两类商户的费率不同，IC卡插卡交易更安全，NFC闪付也可以。',
    '拉卡拉（Lakala）是持牌收单机构，官网是 www.lakala.com。',
    '去k歌，看e租宝的案例，ping通网络，用app下载。',
  ];
  for (const text of clean) {
    it(text, () => expect(pairs(text, hanWords(text))).toEqual([]));
  }
});

describe('obfuscationHits', () => {
  it('words the message in Chinese, quoting what was found and what was meant', () => {
    const [hit] = obfuscationHits('刷ka费率');
    expect(hit!.message).toContain('“刷ka”');
    expect(hit!.message).toContain('“刷卡”');
  });
});
