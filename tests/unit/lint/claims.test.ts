import { describe, expect, it } from 'vitest';
import { claimHits, findClaims } from '../../../src/lib/lint/claims.ts';

const claims = (text: string) => findClaims(text).map((c) => c.claim);

describe('findClaims', () => {
  it('finds absolute regulatory claims stated as fact', () => {
    expect(claims('根据相关规定，POS机必须在收到后30天内激活，否则会被冻结。')).toEqual(['根据相关规定']);
    expect(claims('央行规定每台机器押金不得超过99元。')).toEqual(['央行规定']);
    expect(claims('按照国家规定，费率统一为0.6%。')).toEqual(['按照国家规定']);
    expect(claims('监管要求收单机构落实实名制。')).toEqual(['监管要求']);
  });
  it('leaves denials, hearsay and questions alone, as careful articles write them', () => {
    for (const text of [
      '所以常听到的“0.6%”“0.38%”是行业里的报价习惯，并不是国家规定的费率。',
      '截至2026年11月，未见人民银行有明文规定禁止收取押金或流量费。',
      '我们没有查到禁止收取押金的明文规定，也没有查到统一的退还标准。',
      '很多推广页面写着“国家规定费率0.6%”或“央行标准0.38%”，这种说法不准确。',
      '国家规定POS机刷卡费率是0.6%吗？',
      'POS机押金有没有国家规定的上限？',
      '依据《银行卡收单业务管理办法》（中国人民银行公告〔2013〕第9号），收单机构应当……',
    ]) {
      expect(claims(text), text).toEqual([]);
    }
  });
});

describe('claimHits', () => {
  const text = '根据相关规定，POS机必须在收到后30天内激活。';
  it('warns only when the article lists no sources', () => {
    expect(claimHits(text, 0)).toHaveLength(1);
    expect(claimHits(text, 2)).toEqual([]);
  });
  it('quotes the whole claim', () => {
    expect(claimHits(text, 0)[0]!.message).toContain('“根据相关规定，POS机必须在收到后30天内激活”');
  });
});
