// The body policy (body-policy.ts) applied to what the reader gets: a hast plugin of the site's
// Markdown processor (astro.config.ts), which MDX inherits, so it sees every article body as the
// renderer parsed it, raw HTML included, after the site's own plugins (link rel, 广告 labels).
// Validation checks the source against the same policy first (hostile.ts): earlier, with the exact
// line; this check is the guarantee, for what the two parsers read differently. A body that fails
// does not become a page (unsafe-body.ts says how the findings get out).
//
// What is in this tree and what is not:
// - Markdown syntax and the editor's raw HTML both become elements here, and no property tells
//   them apart; what Markdown syntax makes that the raw-HTML allow-list leaves out (madeByMarkdown)
//   is let through by its exact shape, and none of it can run code.
// - MDX components (<Channel>, the figures) are one JSX node each, with the attributes the editor
//   wrote; their markup (channel box, SVG) is rendered later by the site's components and never
//   appears here, so the check sees only what came from the editor's body.
// - Astro's own plugins (heading ids, images) run after this one.
//
// Cost: every element of every body crosses from Rust to this visitor (the link policy needs only
// <a>; its cost per article is in the README). Positions are not tracked, as that slows every
// parse: the build script looks a finding's line up in the source, only when there is one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import {
  elementViolations,
  ESM_VIOLATION,
  expressionViolation,
  jsxAttributes,
  MDX_COMPONENTS,
  type AttributeValue,
  type Violation,
} from './body-policy.ts';
import { unsafeBodyComment, unsafeBodyError, type UnsafeBody } from './unsafe-body.ts';

const STATE = 'posRenderedCheck';

/** The violations found so far in the document being rendered. */
function found(ctx: HastVisitorContext): Violation[] {
  return ((ctx.data as Record<string, unknown>)[STATE] ??= []) as Violation[];
}

type Properties = Record<string, unknown>;

/** Elements the renderer makes from Markdown syntax that the raw-HTML allow-list leaves out. */
export function madeByMarkdown(tag: string, properties: Properties, violation: Violation): boolean {
  switch (violation.kind) {
    case 'tag':
      // `#` and `#####` headings; GFM footnotes; GFM task-list checkboxes.
      if (tag === 'h1' || tag === 'h5' || tag === 'h6') return true;
      if (tag === 'section') return 'dataFootnotes' in properties;
      if (tag === 'input') return properties.type === 'checkbox' && properties.disabled === true;
      return false;
    case 'style':
      // GFM table column alignment (`|:-:|`).
      return (tag === 'td' || tag === 'th') && /^text-align: (?:left|center|right)$/.test(String(properties.style));
    default:
      return false;
  }
}

const NO_COMPONENTS: ReadonlySet<string> = new Set();

/** Violations of one rendered element, less what Markdown syntax itself makes. */
export function renderedElementViolations(node: Pick<Element, 'tagName' | 'properties'>): Violation[] {
  const properties = (node.properties ?? {}) as Properties;
  // Elements are HTML, never components: those are JSX nodes.
  const violations = elementViolations(node.tagName, Object.entries(properties) as [string, AttributeValue][], NO_COMPONENTS);
  return violations.filter((v) => !madeByMarkdown(node.tagName, properties, v));
}

function jsxVisitor(
  node: { name: string | null; attributes: readonly { type: string; name?: string; value?: unknown }[] },
  ctx: HastVisitorContext,
) {
  // A fragment (<>…</>) renders only its children, which are visited on their own.
  if (node.name) found(ctx).push(...elementViolations(node.name, jsxAttributes(node.attributes), MDX_COMPONENTS));
}

function expressionVisitor(node: { value: string }, ctx: HastVisitorContext) {
  const violation = expressionViolation(node.value);
  if (violation) found(ctx).push(violation);
}

export const renderedCheck = defineHastPlugin({
  name: 'rendered-check',
  // Not read by Sätteri. Astro keeps a rendered Markdown body until its file changes, unless the
  // config's data changes: this renders and checks every body again when the policy changes.
  policy: createHash('sha256')
    .update(readFileSync(new URL('./body-policy.ts', import.meta.url)))
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex')
    .slice(0, 16),
  element: {
    filter: [],
    visit(node, ctx) {
      const violations = renderedElementViolations(node);
      if (violations.length) found(ctx).push(...violations);
    },
  },
  mdxJsxFlowElement: { filter: [], visit: jsxVisitor },
  mdxJsxTextElement: { filter: [], visit: jsxVisitor },
  mdxFlowExpression: expressionVisitor,
  mdxTextExpression: expressionVisitor,
  mdxjsEsm(_node, ctx) {
    found(ctx).push(ESM_VIOLATION);
  },
  raw(node, ctx) {
    // Written to the page as it is. With the site's features the renderer parses raw HTML into
    // elements and makes no raw nodes; one would be unchecked HTML.
    found(ctx).push({ kind: 'raw', found: `未经解析、原样输出的 HTML “${node.value.slice(0, 40)}”` });
  },
  after(root, ctx) {
    const violations = (ctx.data as Record<string, unknown>)[STATE] as Violation[] | undefined;
    if (!violations?.length) return;
    const body: UnsafeBody = { mdx: ctx.sourceFormat === 'mdx', violations, ...(ctx.fileURL ? { file: fileURLToPath(ctx.fileURL) } : {}) };
    if (body.mdx) throw unsafeBodyError([body]);
    ctx.replaceNode(root, { type: 'root', children: [{ type: 'comment', value: unsafeBodyComment(body) }] });
  },
});
