// Turns schema and cross-reference failures into what an editor can act on: one short block per
// problem naming the file, the field as written, what was expected and what was found.
import { toYmd } from '../lib/dates.ts';

export interface ContentProblem {
  file: string;
  field: string;
  expected: string;
  found: string;
  line?: number;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const GENERIC_EXPECTED: Record<string, string> = {
  invalid_type: '正确类型的值',
  too_small: '更长或更多的内容',
  too_big: '更短或更少的内容',
  invalid_format: '符合格式的值',
  invalid_value: '允许的值之一',
};

/**
 * Zod's per-parse error map: what an editor is told for a check whose schema gives no message of
 * its own (schema messages take precedence over this map, so the Chinese messages in src/schema/
 * are kept as written). Passed to safeParse, not set globally: Astro parses its own config with
 * the same zod.
 */
export const editorErrorMap = (issue: { code: string }): string => GENERIC_EXPECTED[issue.code] ?? '符合要求的值';

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '（整个文件）';
  return path.map((part) => (typeof part === 'number' ? `第 ${part + 1} 项` : String(part))).join(' → ');
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function clip(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '未填写';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : toYmd(value);
  if (typeof value === 'string') return `“${clip(value)}”（${[...value.trim()].length} 个字符）`;
  if (Array.isArray(value)) return `列表，${value.length} 项：${clip(JSON.stringify(value))}`;
  if (typeof value === 'object') return `一组字段：${clip(JSON.stringify(value))}`;
  return String(value);
}

/** Nearest known field name, so `pubdate:` suggests `pubDate`. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = distance(key.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

export function problemsFromIssues(
  file: string,
  issues: readonly IssueLike[],
  data: unknown,
  options: { knownKeys?: (path: readonly PropertyKey[]) => readonly string[]; lineOf?: (key: string) => number | undefined } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const line = typeof issue.path[0] === 'string' ? options.lineOf?.(issue.path[0]) : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        const known = options.knownKeys?.(issue.path) ?? [];
        const guess = closestKey(key, known);
        problems.push({
          file,
          field: formatPath([...issue.path, key]),
          expected: guess ? `已知字段，是不是想写 ${guess}？` : `已知字段之一：${known.join('、')}`,
          found: `未知字段 “${key}”`,
          line: issue.path.length === 0 ? options.lineOf?.(key) : line,
        });
      }
      continue;
    }
    problems.push({ file, field: formatPath(issue.path), expected: issue.message, found: describeValue(valueAt(data, issue.path)), line });
  }
  return problems;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return [`✗ ${where}  字段 ${problem.field}`, `    应为：${problem.expected}`, `    实际：${problem.found}`].join('\n');
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const blocks = problems.map(formatProblem).join('\n\n');
  const files = new Set(problems.map((p) => p.file)).size;
  return `${blocks}\n\n内容检查未通过：${files} 个文件中有 ${problems.length} 处问题。请按上面的提示修改后重新构建；本次没有生成网站。`;
}
