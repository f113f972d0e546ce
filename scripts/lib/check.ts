// Validates the content tree and prints editor-facing problems. Shared by build and dev.
import { relative } from 'node:path';
import { formatProblems, type ContentProblem } from '../../src/schema/errors.ts';
import { validateContent, type ValidContent } from '../../src/schema/validate.ts';
import { coverExistsFrom, readContent } from './read-content.ts';

export function checkContent(contentDir: string, root = process.cwd()): { problems: ContentProblem[]; content: ValidContent } {
  return validateContent(readContent(contentDir, root), { coverExists: coverExistsFrom(root) });
}

/** Astro's own errors (MDX syntax, a component throwing) carry a location: show them the same way. */
export function problemFromAstroError(error: unknown, root = process.cwd()): ContentProblem | undefined {
  const e = error as { loc?: { file?: string; line?: number }; message?: string; title?: string; hint?: string };
  const message = e?.message ?? String(error);
  const label = (file: string) => relative(root, file).split('\\').join('/');
  if (e?.loc?.file) {
    return {
      file: label(e.loc.file),
      field: '正文',
      line: e.loc.line,
      expected: e.hint ?? '可以被 Markdown/MDX 正确解析的正文',
      found: message.split('\n')[0]!,
    };
  }
  // The bundler wraps MDX compile errors: "<file>:<line>:<col>\nMDXError: <reason>".
  const wrapped = /(\/[^\s:]+\.mdx?):(\d+):\d+\s*\n\s*(?:\w*Error: )?([^\n]+)/.exec(message);
  if (!wrapped) return undefined;
  return {
    file: label(wrapped[1]!),
    field: '正文',
    line: Number(wrapped[2]),
    expected: '可以被 MDX 正确解析的正文（MDX 里的 < 和 { 有特殊含义：标签要闭合，普通文字里的 < 和 { 请写成 &lt; 和 &#123;）',
    found: wrapped[3]!,
  };
}

export { formatProblems };
