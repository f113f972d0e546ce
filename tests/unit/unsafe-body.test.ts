import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsFromBuildError } from '../../scripts/lib/check.ts';
import { elementViolations, ESM_VIOLATION, RENDERED_FIELD } from '../../src/lib/body-policy.ts';
import {
  renderedBodiesError,
  unsafeBodiesIn,
  unsafeBodyComment,
  unsafeBodyError,
  unsafeBodyIn,
  type UnsafeBody,
} from '../../src/lib/unsafe-body.ts';

const href = elementViolations('a', [['href', 'javascript:alert(1)']])[0]!;
const body: UnsafeBody = { file: '/site/content/articles/a.md', mdx: false, violations: [href] };

describe('a failed Markdown body’s comment', () => {
  it('carries the findings back out of the rendered HTML', () => {
    expect(unsafeBodyIn(`<!--${unsafeBodyComment(body)}-->\n`)).toEqual(body);
    expect(unsafeBodyIn('<p>正文</p>')).toBeUndefined();
    expect(unsafeBodyIn('<p>写到 pos-unsafe-body: 的正文</p>')).toBeUndefined();
  });

  it('cannot be ended early by what it quotes', () => {
    const quoting: UnsafeBody = { mdx: false, violations: [{ kind: 'raw', found: '原样输出的 HTML “<!-- x --> <script>”' }] };
    const comment = unsafeBodyComment(quoting);
    expect(comment).not.toMatch(/--|>|</);
    expect(unsafeBodyIn(`<!--${comment}-->`)).toEqual(quoting);
  });
});

describe('the error', () => {
  it('is readable as it is and decodable however it was wrapped', () => {
    const error = unsafeBodyError([body]);
    expect(error.message.split('\n').slice(0, 2)).toEqual([
      '正文渲染后有不安全的内容（按渲染出的网页检查）：',
      '/site/content/articles/a.md  <a> 的 href 指向 “javascript:alert(1)”',
    ]);
    expect(unsafeBodiesIn(error)).toEqual([body]);
    // As Vite reports a plugin's error, and as Astro wraps errors in a cause.
    expect(unsafeBodiesIn(new Error(`/site/a.mdx:3:1\nMDXError: ${error.message}`))).toEqual([body]);
    expect(unsafeBodiesIn(new Error('Failed to render', { cause: error }))).toEqual([body]);
    expect(unsafeBodiesIn(new Error('something else'))).toBeUndefined();
  });
});

describe('renderedBodiesError', () => {
  const rendered = (html: string) => ({ html });

  it('lets articles with HTML through, and MDX, which is compiled with the pages', () => {
    expect(renderedBodiesError([{ filePath: 'a.md', rendered: rendered('<p>正文</p>') }, { filePath: 'b.mdx' }], '.cache')).toBeUndefined();
  });

  it('stops the build on a body that failed the check, with all of them', () => {
    const other: UnsafeBody = { file: '/site/b.md', mdx: false, violations: [ESM_VIOLATION] };
    const error = renderedBodiesError(
      [
        { filePath: 'a.md', rendered: rendered(`<!--${unsafeBodyComment(body)}-->`) },
        { filePath: 'b.md', rendered: rendered(`<!--${unsafeBodyComment(other)}-->`) },
      ],
      '.cache',
    );
    expect(unsafeBodiesIn(error)).toEqual([body, other]);
  });

  it('stops the build on a Markdown body Astro could not render, rather than publish an empty article', () => {
    expect(renderedBodiesError([{ filePath: 'content/articles/a.md' }], '.cache')!.message).toMatch(
      /正文没有渲染结果.*\.cache.*content\/articles\/a\.md/,
    );
  });
});

describe('problemsFromBuildError', () => {
  const root = resolve(import.meta.dirname, '../.tmp/unsafe-body');
  const file = join(root, 'content/articles/a.md');
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  writeFileSync(file, '---\ntitle: 标题\n---\n\n正文\n\n[领取补贴](&#106;avascript:alert(1))\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the file as the editor knows it and the line that wrote each finding', () => {
    const problems = problemsFromBuildError(
      unsafeBodyError([
        { ...body, file },
        { file: join(root, 'content/articles/gone.mdx'), mdx: true, violations: [ESM_VIOLATION] },
      ]),
      root,
    );
    expect(problems).toEqual([
      {
        file: 'content/articles/a.md',
        line: 7,
        field: RENDERED_FIELD,
        expected: expect.stringContaining('安全的正文'),
        found: '<a> 的 href 指向 “javascript:alert(1)”',
      },
      // A file that cannot be read is still named, without a line.
      {
        file: 'content/articles/gone.mdx',
        line: undefined,
        field: RENDERED_FIELD,
        expected: expect.stringContaining('安全的正文'),
        found: 'MDX 的 import/export 语句',
      },
    ]);
  });

  it('leaves other errors to the MDX and Astro error handling', () => {
    expect(problemsFromBuildError(new Error('boom'), root)).toBeUndefined();
  });
});
