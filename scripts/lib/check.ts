// Validates the content tree and prints editor-facing problems. Shared by build and dev.
import { isAbsolute, relative } from 'node:path';
import { formatProblems, type ContentProblem } from '../../src/schema/errors.ts';
import { validateContent, type ValidContent } from '../../src/schema/validate.ts';
import { RENDERED_EXPECTED, RENDERED_FIELD } from '../../src/lib/body-policy.ts';
import { renderedFindings } from '../../src/lib/hostile.ts';
import { unsafeBodiesIn, type UnsafeBody } from '../../src/lib/unsafe-body.ts';
import { coverExistsFrom, readArticleFile, readContent } from './read-content.ts';

export function checkContent(contentDir: string, root = process.cwd()): { problems: ContentProblem[]; content: ValidContent } {
  return validateContent(readContent(contentDir, root), { coverExists: coverExistsFrom(root) });
}

const label = (root: string, file: string) => (isAbsolute(file) ? relative(root, file).split('\\').join('/') : file);

/** The problems an error from Astro's build stands for, or undefined when it is not the content's. */
export function problemsFromBuildError(error: unknown, root = process.cwd()): ContentProblem[] | undefined {
  // The rendered-body check's findings (src/lib/rendered-check.ts) travel inside the error.
  const unsafe = unsafeBodiesIn(error);
  if (unsafe) return unsafe.flatMap((body) => unsafeBodyProblems(body, root));
  const problem = problemFromAstroError(error, root);
  return problem ? [problem] : undefined;
}

function unsafeBodyProblems(body: UnsafeBody, root: string): ContentProblem[] {
  const file = body.file ? label(root, body.file) : '（正文）';
  let source: { body: string; bodyLine: number; mdx: boolean } | undefined;
  try {
    const read = body.file ? readArticleFile(body.file, file) : undefined;
    if (read?.body !== undefined) source = { body: read.body, bodyLine: read.bodyLine ?? 1, mdx: body.mdx };
  } catch {
    // Gone since it was rendered: the findings are reported without lines.
  }
  return renderedFindings(body.violations, source).map(({ line, found }) => ({
    file,
    field: RENDERED_FIELD,
    expected: RENDERED_EXPECTED,
    found,
    line,
  }));
}

/** Astro's own errors (MDX syntax, a component throwing) carry a location: show them the same way. */
function problemFromAstroError(error: unknown, root: string): ContentProblem | undefined {
  const e = error as { loc?: { file?: string; line?: number }; message?: string; title?: string; hint?: string };
  const message = e?.message ?? String(error);
  if (e?.loc?.file) {
    return {
      file: label(root, e.loc.file),
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
    file: label(root, wrapped[1]!),
    field: '正文',
    line: Number(wrapped[2]),
    expected: '可以被 MDX 正确解析的正文（MDX 里的 < 和 { 有特殊含义：标签要闭合，普通文字里的 < 和 { 请写成 &lt; 和 &#123;）',
    found: wrapped[3]!,
  };
}

export { formatProblems };
