// How the findings of the rendered-body check (rendered-check.ts) get out of the Markdown
// processor to the editor. A thrown error is not enough everywhere:
// - an MDX body is compiled by Vite, which fails the build with the error: it carries them;
// - a Markdown body is rendered by Astro's content loader, which only logs a render error, keeps
//   the entry without HTML (an empty article) and does not render an unchanged file again in the
//   next build. So its HTML is replaced by a comment carrying them, which the data layer
//   (src/data/content.ts) turns into the error before any page is built, in every build until the
//   file changes; no unsafe HTML ever reaches the content cache.
// The build script (scripts/lib/check.ts) finds the line of each in the source and prints them in
// the block format of every content problem; the dev server shows the error's message.
import type { Violation } from './body-policy.ts';

/** What the check found on one rendered body. */
export interface UnsafeBody {
  /** Absolute path of the article, when the renderer was told. */
  file?: string;
  mdx: boolean;
  violations: Violation[];
}

const MARKER = 'pos-unsafe-body:';
// URI-encoded, "-" included: one line of an error message, and an end plain to see in a comment.
const encode = (bodies: readonly UnsafeBody[]) => MARKER + encodeURIComponent(JSON.stringify(bodies)).replaceAll('-', '%2D');
const PAYLOAD = new RegExp(`${MARKER}([A-Za-z0-9%_.!~*'()]+)`);

function decode(text: string): UnsafeBody[] | undefined {
  const match = PAYLOAD.exec(text);
  if (!match) return undefined;
  try {
    const bodies = JSON.parse(decodeURIComponent(match[1]!)) as UnsafeBody[];
    return Array.isArray(bodies) && bodies.length ? bodies : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the comment a failed Markdown body is replaced with. */
export function unsafeBodyComment(body: UnsafeBody): string {
  return encode([body]);
}

/** What a rendered Markdown body carries instead of its HTML, or undefined for one that passed. */
export function unsafeBodyIn(html: string): UnsafeBody | undefined {
  const start = html.trimStart();
  return start.startsWith(`<!--${MARKER}`) ? decode(start)?.[0] : undefined;
}

/** The error that fails the build: readable as it is (the dev server shows it), decodable by the build script. */
export function unsafeBodyError(bodies: readonly UnsafeBody[]): Error {
  const lines = bodies.flatMap((body) => body.violations.map((v) => `${body.file ?? '（正文）'}  ${v.found}`));
  return new Error(`正文渲染后有不安全的内容（按渲染出的网页检查）：\n${lines.join('\n')}\n${encode(bodies)}`);
}

/** The findings an error carries however Astro or Vite wrapped it (message, stack, cause), or undefined. */
export function unsafeBodiesIn(error: unknown): UnsafeBody[] | undefined {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    const found = decode(String(e.message ?? e)) ?? decode(String(e.stack ?? ''));
    if (found) return found;
  }
  return undefined;
}

/**
 * The error that stops the build before any page is made when a Markdown body has no page to
 * give, or undefined: one that failed the check holds its findings instead of HTML; one that Astro
 * could not render at all has no HTML, and would be an empty article. MDX bodies are compiled with
 * the page code, where a failure fails the build by itself.
 */
export function renderedBodiesError(
  articles: readonly { filePath?: string; rendered?: { html: string } }[],
  cacheRoot: string,
): Error | undefined {
  const unsafe: UnsafeBody[] = [];
  const unrendered: string[] = [];
  for (const article of articles) {
    if (!article.filePath?.endsWith('.md')) continue;
    if (article.rendered === undefined) unrendered.push(article.filePath);
    else {
      const found = unsafeBodyIn(article.rendered.html);
      if (found) unsafe.push(found);
    }
  }
  if (unsafe.length) return unsafeBodyError(unsafe);
  if (unrendered.length) {
    return new Error(
      `这些文章的正文没有渲染结果（渲染时出错，原因在第一次出错的构建日志里的 “Error rendering”；删除缓存目录 ${cacheRoot} 后重新构建可以再看到）：${unrendered.join('、')}`,
    );
  }
  return undefined;
}
