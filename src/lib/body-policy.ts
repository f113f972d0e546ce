// What an article body may hold, in one place for both checks that apply it: the body as the
// editor wrote it (hostile.ts, during validation) and the body as the Markdown processor renders
// it (rendered-check.ts, a plugin of that processor). Raw HTML only from a small set of harmless
// tags, with no event handlers, no style attributes and no script-capable URLs; in MDX only the
// components the article page provides, and no code: `{…}` expressions, import/export and
// `{...spread}` attributes run JavaScript while the site is built and can put anything on the
// page. Anything else fails the build with the line, rather than being silently changed (README).

export const ALLOWED_TAGS: ReadonlySet<string> = new Set(
  'a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure h2 h3 h4 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead time tr u ul'.split(
    ' ',
  ),
);

/** The components an MDX body may use: what src/pages/articles/[slug].astro passes to <Content>. */
export const MDX_COMPONENTS: ReadonlySet<string> = new Set(['Channel', 'Flow', 'Timeline', 'Bars']);

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlinkhref', 'poster', 'cite', 'background']);
const SAFE_SCHEME = /^(?:https?:|mailto:|tel:|[#/?.]|[^:]*$)/i;

/** What the editor is told a body should be, by either check. */
export const BODY_POLICY_EXPECTED =
  '安全的正文：不能有脚本、iframe 等嵌入、on… 事件属性、style 属性或 javascript: 之类的链接（常见于从别处粘贴的内容），请删除这段 HTML 或改用 Markdown 写法；MDX 里只能用 <Channel> 和图表组件，不能写 {…} 表达式或 import/export';

/** The field and the expectation of a finding on the rendered body (rendered-check.ts). */
export const RENDERED_FIELD = '正文（渲染后）';
export const RENDERED_EXPECTED = `${BODY_POLICY_EXPECTED}。这一处是检查渲染出的网页时发现的：原文的写法（字符引用、HTML 的特殊写法等）渲染后才成了上面的内容`;

export function isSafeUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those very characters are what is removed
  return SAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

/** An attribute written as `{…}` in MDX: its value is only known when the code runs. */
export const EXPRESSION = Symbol('expression');
/** The name a `{...spread}` attribute is listed under. */
export const SPREAD = '{...}';

export type AttributeValue = string | number | boolean | null | undefined | readonly (string | number)[] | typeof EXPRESSION;

/**
 * One thing outside the policy. `found` is the editor's message; the other fields say what it
 * is about, so that a finding on the rendered page can be traced to the line that wrote it.
 */
export interface Violation {
  found: string;
  kind: 'tag' | 'handler' | 'style' | 'url' | 'expression' | 'esm' | 'raw';
  /** Element or component name as written or rendered. */
  tag?: string;
  /** Attribute name, compared with normalizeAttribute(). */
  attribute?: string;
  /** The offending URL, for kind 'url'. */
  url?: string;
}

/** `onError`, `onerror` and `on-error`; `xLinkHref` and `xlink:href`: one spelling to compare. */
export function normalizeAttribute(name: string): string {
  return name.toLowerCase().replace(/[-:]/g, '');
}

const clip = (text: string) => text.slice(0, 40);

/** The attributes of an MDX JSX element (mdast or hast `mdxJsx…Element`) as the policy reads them. */
export function jsxAttributes(
  attributes: readonly { type: string; name?: string; value?: unknown }[] | undefined,
): [string, AttributeValue][] {
  return (attributes ?? []).map((a): [string, AttributeValue] => {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) return [SPREAD, EXPRESSION];
    if (a.value === null || a.value === undefined) return [a.name, true];
    return [a.name, typeof a.value === 'string' ? a.value : EXPRESSION];
  });
}

function unsafeUrl(attribute: string, value: string): string | undefined {
  // srcset is a list of "url width" candidates; any one of them may be the script.
  const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  return urls.find((url) => !isSafeUrl(url));
}

/** Violations of one element (HTML tag or MDX component) and its attributes. */
export function elementViolations(
  name: string,
  attributes: Iterable<readonly [string, AttributeValue]>,
  components: ReadonlySet<string> = MDX_COMPONENTS,
): Violation[] {
  const out: Violation[] = [];
  const component = components.has(name);
  if (!component && !ALLOWED_TAGS.has(name.toLowerCase())) out.push({ kind: 'tag', tag: name, found: `不允许的标签 <${name}>` });
  for (const [key, value] of attributes) {
    const attribute = normalizeAttribute(key);
    if (key === SPREAD) out.push({ kind: 'expression', tag: name, attribute: SPREAD, found: `<${name}> 上的 {...} 展开属性` });
    else if (attribute.startsWith('on')) out.push({ kind: 'handler', tag: name, attribute, found: `<${name}> 上的事件属性 ${key}` });
    else if (attribute === 'style') out.push({ kind: 'style', tag: name, attribute, found: `<${name}> 上的 style 属性` });
    else if (value === EXPRESSION) {
      // A component's props are read by the site's own code (figure props are checked as literals
      // in figure-check.ts); on an HTML element the value would be whatever the code returns.
      if (!component) out.push({ kind: 'expression', tag: name, attribute, found: `<${name}> 的 ${key} 写成了 {…} 表达式` });
    } else if (URL_ATTRIBUTES.has(attribute) && value !== null && value !== undefined && typeof value !== 'boolean') {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      const url = unsafeUrl(attribute, text);
      if (url !== undefined) out.push({ kind: 'url', tag: name, attribute, url, found: `<${name}> 的 ${key} 指向 “${clip(text)}”` });
    }
  }
  return out;
}

/** A URL written with Markdown syntax (link, image, reference definition). */
export function markdownUrlViolation(url: string): Violation | undefined {
  return isSafeUrl(url) ? undefined : { kind: 'url', url, found: `链接地址 “${clip(url)}”` };
}

/** Whether an MDX `{…}` holds nothing but comments, the one kind that runs no code. */
export function isCommentOnly(expression: string): boolean {
  return (
    expression
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

/** An MDX `{…}` in the body (not in an attribute): allowed only as a comment. */
export function expressionViolation(expression: string): Violation | undefined {
  if (isCommentOnly(expression)) return undefined;
  return { kind: 'expression', found: `{…} 表达式 “${clip(expression.trim())}”` };
}

/** MDX import/export: code that runs while the site is built; the page provides the components. */
export const ESM_VIOLATION: Violation = { kind: 'esm', found: 'MDX 的 import/export 语句' };
