// Rule "title-stacking" (warning): Baidu's title rules ask for a title that states what the page
// is about, and name as violations keyword stacking and titles that carry contact details or
// addresses. Promotional pages do exactly that: "POS机办理|POS机申请|POS机激活_微信13800138000".
// A title that lists two or three things with 、 or asks a question in two clauses is normal
// Chinese ("电签POS、传统POS、智能POS怎么选？", "POS机激活流程，激活要交钱吗？") and stays quiet.
import { findDomains } from './domains.ts';
import { quote } from './text.ts';

const PHONE = /(?<![0-9])(?:1[3-9][0-9]{9}|[48]00[-\s]?[0-9]{3}[-\s]?[0-9]{4}|0[0-9]{2,3}-[0-9]{7,8})(?![0-9])/;
// An id after the app's name: "微信：haopos888", "QQ 123456789", "vx haopos". "微信支付" has no id.
const MESSENGER_ID = /(?:QQ群?|扣扣|微信号?|威信|薇信|V信|vx|wx|加微)\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9_-]{4,}/i;
// "|", "_" and a hyphen that separates (not inside "2026-11-01", "0.38%-0.6%" or "Wi-Fi").
const SEPARATOR = /[|｜_]|(?<=[^A-Za-z0-9%.])[-–]|[-–](?=[^A-Za-z0-9.])/g;
// Where a keyword list breaks: the separators, list commas, and a space between two Chinese words.
const FRAGMENT_BREAK = /[|｜_，,;；/]|(?<=[^A-Za-z0-9%.])[-–]|[-–](?=[^A-Za-z0-9.])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;
/** A repeated term this long is a keyword ("POS机", "拉卡拉"), not a function word ("怎么"). */
const MIN_TERM = 3;

/** The longest term (at least MIN_TERM characters) that two different fragments share. */
export function sharedTerm(fragments: readonly string[]): string | undefined {
  let best = '';
  for (let i = 0; i < fragments.length; i++) {
    const a = fragments[i]!.toLowerCase();
    for (let j = i + 1; j < fragments.length; j++) {
      const b = fragments[j]!.toLowerCase();
      for (let start = 0; start < a.length; start++) {
        for (let end = a.length; end - start > Math.max(best.length, MIN_TERM - 1); end--) {
          if (b.includes(a.slice(start, end))) {
            best = fragments[i]!.slice(start, end);
            break;
          }
        }
      }
    }
  }
  return best || undefined;
}

/** What makes a title stacked, in words for the editor; empty when it is one plain title. */
export function titleStackingProblems(title: string): string[] {
  const problems: string[] = [];
  const phone = PHONE.exec(title);
  if (phone) problems.push(`含电话号码 ${quote(phone[0])}`);
  const id = MESSENGER_ID.exec(title);
  if (id) problems.push(`含QQ或微信号 ${quote(id[0])}`);
  const domain = findDomains(title)[0];
  if (domain) problems.push(`含网址 ${quote(domain.text)}`);
  const separators = title.match(SEPARATOR) ?? [];
  const fragments = title
    .split(FRAGMENT_BREAK)
    .map((f) => f.trim())
    .filter(Boolean);
  if (separators.length >= 2) {
    problems.push(`用分隔符 ${[...new Set(separators)].map((s) => `“${s}”`).join('')} 把标题分成了 ${fragments.length} 段关键词`);
  } else if (fragments.length >= 4) {
    problems.push(`用标点把标题分成了 ${fragments.length} 段关键词`);
  } else if (fragments.length === 3) {
    const term = sharedTerm(fragments);
    if (term) problems.push(`用标点分成 3 段，“${term}” 在其中重复出现`);
  }
  return problems;
}

export function titleStackingMessage(title: string): string | undefined {
  const problems = titleStackingProblems(title);
  if (!problems.length) return undefined;
  return `标题堆砌：${problems.join('；')}。百度搜索的标题规范要求标题概括页面内容，不堆砌关键词，不写联系方式和网址，否则可能被降权。请写成一句说清本文主题的话；渠道的网址和客服电话写在渠道文件里，不写进标题`;
}
