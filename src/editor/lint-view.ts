// Pure parts of the dev toolbar's linter that the browser runs too: how a lint run becomes a
// report for one page, and what the panel says about it (Chinese, in the CLI's words).
import { RULES, type RuleId } from '../lib/lint/rules.ts';
import type { Finding, Severity } from '../lib/lint/types.ts';
import type { LintReport } from './protocol.ts';

/** Splits one lint run into the build's validation problems and the linter's own findings. */
export function articleReport(path: string, file: string, findings: readonly Finding[]): LintReport {
  return {
    kind: 'article',
    path,
    file,
    schema: findings.filter((f) => f.rule === 'schema'),
    findings: findings.filter((f) => f.rule !== 'schema'),
  };
}

export interface LintRow {
  severity: Severity;
  rule: string;
  /** What the rule checks, from the linter's rule table (for a tooltip). */
  ruleSummary: string;
  line: number;
  /** “第 12 行”, naming the file when the finding is in another one (a channel, the taxonomy). */
  where: string;
  message: string;
}

export interface LintView {
  summary: string;
  /** The toolbar's notification dot: red for errors, yellow for warnings, none when clean. */
  level: 'error' | 'warning' | undefined;
  sections: { heading: string; rows: LintRow[] }[];
}

const NOT_ARTICLE = '这个页面不是文章。打开一篇文章（/articles/…/），这里会显示它的检查结果。';

function row(finding: Finding, articleFile: string): LintRow {
  const line = `第 ${finding.line} 行`;
  return {
    severity: finding.severity,
    rule: finding.rule,
    ruleSummary: Object.hasOwn(RULES, finding.rule) ? RULES[finding.rule as RuleId].summary : '',
    line: finding.line,
    where: finding.file === articleFile ? line : `${finding.file} ${line}`,
    message: finding.message,
  };
}

export function lintView(report: LintReport): LintView {
  if (report.kind === 'not-article') return { summary: NOT_ARTICLE, level: undefined, sections: [] };
  if (report.kind === 'failed') return { summary: `检查没有完成：${report.message}`, level: 'error', sections: [] };
  const all = [...report.schema, ...report.findings];
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;
  const sections = [
    { heading: '格式和引用：构建会因此失败', rows: report.schema.map((f) => row(f, report.file)) },
    { heading: '检查结果', rows: report.findings.map((f) => row(f, report.file)) },
  ].filter((s) => s.rows.length);
  const summary = all.length
    ? `${report.file}：${errors} 个错误、${warnings} 个警告。${errors ? '有错误，请修改后再发布。' : '只有警告，可以发布，但建议修改。'}`
    : `${report.file}：没有发现问题。`;
  return { summary, level: errors ? 'error' : warnings ? 'warning' : undefined, sections };
}
