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
  if (!e?.loc?.file) return undefined;
  return {
    file: relative(root, e.loc.file).split('\\').join('/'),
    field: e.title ?? '正文',
    line: e.loc.line,
    expected: e.hint ?? '可以被 Markdown/MDX 正确解析的正文',
    found: (e.message ?? String(error)).split('\n')[0]!,
  };
}

export { formatProblems };
