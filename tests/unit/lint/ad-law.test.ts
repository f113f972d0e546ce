import { describe, expect, it } from 'vitest';
import { adLawHits } from '../../../src/lib/lint/ad-law.ts';

const words = (text: string) => adLawHits(text).map((h) => text.slice(h.index, h.index + h.length));

describe('adLawHits', () => {
  it('reports the superlatives promotional copy makes claims with', () => {
    expect(words('国家级正规品牌，费率全网最低，行业第一！')).toEqual(['国家级', '全网最低', '行业第一']);
    expect(words('最佳选择，最优费率，顶级服务，销量NO.1')).toEqual(['最佳', '最优', '顶级', 'NO.1']);
    expect(words('最好的POS机，第一品牌，首选品牌，唯一指定服务商')).toEqual(['最好的POS机', '第一品牌', '首选品牌', '唯一指定']);
    expect(words('办理拉卡拉是商户的首选，到账最快！最低费率，最高返现300元')).toEqual(['首选', '到账最快', '最低费率', '最高返现']);
  });

  it('stays quiet on ordinals, advice, stated limits, names and plain facts', () => {
    for (const text of [
      '第一步：挂失、停用。第一次刷卡前先核对商户名称，第一段直接回答问题。',
      '第一，打算注销旧卡的，先把结算卡换好；有陌生交易能第一时间看到。',
      '交易日之后的第一个工作日结算，第一台机器显示交易失败，第一类就是无证经营。',
      '属于刑法第一百九十六条规定的情形，最高人民法院、最高人民检察院的解释。',
      '唯一的办法是还清欠款；营业执照不是唯一门槛；到账以结算记录为唯一依据。',
      '单笔最低0.1元，借记卡手续费最高20元，费率最高不超过0.6%，以最低成本完成办理。',
      '最好先电话预约；下面几条与你关系最大；最常见的投诉；最容易被冒用；最新回应。',
      '银联金融IC卡应首选IC卡受理方式。',
      '哪家费率最低？到账最快的是哪种？哪家是全网最低？',
    ]) {
      expect(words(text), text).toEqual([]);
    }
  });

  it('leaves quoted words alone: the article reports them, it does not say them', () => {
    expect(words('业务员说“费率全网最低”，页面写着「行业第一」和"最佳选择"，都不可信。')).toEqual([]);
    expect(words('“全网最低”不可信，费率全网最低')).toEqual(['全网最低']);
  });

  it('places each hit on its words and says what the law forbids', () => {
    const [hit] = adLawHits('办理POS机，费率全网最低。');
    expect(hit).toMatchObject({ index: 9, length: 4 });
    expect(hit!.message).toMatch(/^绝对化用语 “全网最低”：《广告法》第九条禁止/);
  });
});
