// Rule "ad-law-words" (warning): 《广告法》第九条（三）forbids "国家级""最高级""最佳" and the
// like in commercial copy, and promotional pages pasted into an article bring them along
// ("全网最低费率", "行业第一", "首选品牌"). The same characters are everyday Chinese in a neutral
// article: ordinals ("第一步", "第一次", "第一，"), the adverb "最好先核实", stated limits ("单笔
// 最低0.1元", "最高不超过"), names ("最高人民法院") and plain facts ("唯一的办法", "最低成本"). So
// apart from a few words that have no neutral use here, a superlative is reported only where it
// makes a claim: with a scope ("全网最低"), fused to what is sold ("最低费率", "第一品牌"), or
// said of it ("费率最低！"). Questions ask rather than claim, quoted words are someone else's:
// both are left alone, and code is never read as text.
import { inRanges, quote, quotedRanges } from './text.ts';
import type { TextHit } from './types.ts';

// Superlatives that need a claim around them to be one.
const SUPERLATIVES = [
  '最低',
  '最高',
  '最好',
  '最大',
  '最强',
  '最快',
  '最全',
  '最便宜',
  '最实惠',
  '最划算',
  '最正规',
  '最专业',
  '最权威',
  '最安全',
  '最靠谱',
  '最先进',
  '第一',
  '首选',
  '唯一',
];
const SUPER = SUPERLATIVES.join('|');
// 最高 before a noun is a cap in fee rules ("最高收费"), a claim only of rewards (below).
const FUSED = SUPERLATIVES.filter((w) => w !== '最高').join('|');
// What a claim ranks: where it was made ("全网", "行业") or what it is about ("销量", "排名").
const SCOPE = '全网|全国|全球|全市|全省|全城|全行业|行业|业内|业界|同行|同类|市场|史上|销量|排名|口碑';
// What is sold: the machine, the brand, the service, its price.
const GOODS = '[Pp][Oo][Ss]机?|刷卡机|机器|机具|产品|品牌|服务商|服务|代理商|代理|平台|公司|费率|价格|价位|价|手续费|收费|返现|补贴|到账';

const PATTERNS: readonly RegExp[] = [
  // No neutral use in an article for merchants.
  /国家级|世界级|全球级|最高级|最佳|最优|顶级|顶尖|极品|独一无二|\bNO\.?\s?1\b|\bTOP\s?1\b/gi,
  // "全网最低", "行业第一", "销量第一", "史上最低".
  new RegExp(`(?:${SCOPE})(?:的)?(?:${SUPER})`, 'g'),
  // "最低费率", "最好的POS机", "第一品牌", "最快到账"; not a stated limit ("最低收费0.1元").
  new RegExp(`(?:${FUSED})(?:的)?(?:${GOODS})(?![0-9０-９.．不为是])`, 'g'),
  /最高(?:的)?(?:返现|补贴|奖励|额度)/g,
  // "费率最低！", "服务最好。", "品牌第一": said of what is sold, ending the phrase.
  new RegExp(`(?:${GOODS})(?:的)?(?:${SUPER})(?=$|[，。！!,、；;）)」”\\s]|的|了)`, 'g'),
  // "唯一指定", "唯一授权", "唯一官方".
  /唯一(?:的)?(?:指定|授权|官方|正规|合法)/g,
  // "是商户的首选", "首选！"; not advice on what to use first ("应首选IC卡受理方式").
  /(?<=是|为|的)首选|首选(?=$|[，。！!,；;])/g,
];

const CLAUSE_END = /[。！!？?；;，,\n]/;
const CLAUSE_START = /[。！!？?；;，,\n][^。！!？?；;，,\n]*$/;

/** A question ("哪家费率最低？", "到账最快的是哪种？") asks; it claims nothing. */
function inQuestion(text: string, index: number): boolean {
  const start = text.slice(0, index).search(CLAUSE_START) + 1;
  const rest = text.slice(index);
  const endAt = rest.search(CLAUSE_END);
  const clause = text.slice(start, endAt === -1 ? undefined : index + endAt + 1);
  return /[？?]$/.test(clause) || /哪|什么|吗/.test(clause);
}

export function adLawMessage(words: string): string {
  return `绝对化用语 ${quote(words)}：《广告法》第九条禁止在广告中使用“国家级”“最高级”“最佳”等用语，推广、返佣性质的文字尤其不能用，读者也无从核实。请改成具体、可核实的说法（数字、出处、日期）；引用别人的原话时加引号`;
}

/** Superlative claims in `text`, outside quotation marks; overlapping matches are reported once. */
export function adLawHits(text: string): TextHit[] {
  const quoted = quotedRanges(text);
  const found: { index: number; length: number }[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const hit = { index: m.index, length: m[0].length };
      if (
        inRanges(quoted, hit.index, hit.length) ||
        inQuestion(text, hit.index) ||
        inRanges(
          found.map((f) => [f.index, f.index + f.length]),
          hit.index,
          hit.length,
        )
      )
        continue;
      found.push(hit);
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((hit) => ({ ...hit, message: adLawMessage(text.slice(hit.index, hit.index + hit.length)) }));
}
