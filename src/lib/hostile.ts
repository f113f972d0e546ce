// The body policy (body-policy.ts) applied to the body as the editor wrote it, during validation.
// Both this check and the one on the rendered body (rendered-check.ts) stay: this one answers
// before Astro starts, in the dev server's 内容检查 panel too, with the exact line; but it reads
// the source with remark, not with the renderer, so the two can see different things (a
// character reference that spells a scheme, a quirk of one HTML parser). The rendered check
// applies the same policy to what the reader gets and is the guarantee.
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import {
  elementViolations,
  ESM_VIOLATION,
  expressionViolation,
  jsxAttributes,
  markdownUrlViolation,
  MDX_COMPONENTS,
  normalizeAttribute,
  SPREAD,
  type AttributeValue,
  type Violation,
} from './body-policy.ts';
import { parseMarkdown } from './markdown-parse.ts';

export interface HostileFinding {
  line: number;
  found: string;
}

/** One thing in the source the policy has a say on, with its line in the body. */
type SourceItem =
  | { line: number; kind: 'element'; name: string; attributes: [string, AttributeValue][] }
  /** A Markdown link, image or reference definition (which either may use: tag '*'). */
  | { line: number; kind: 'link'; tag: 'a' | 'img' | '*'; url: string }
  | { line: number; kind: 'expression'; value: string }
  | { line: number; kind: 'esm' };

// Cheap first look, so the Markdown parser only runs on bodies that might hold something. It can
// miss: a scheme spelled with character references ("[x](&#106;avascript:…)") looks like nothing
// here and is caught on the rendered body, with its line, when Astro renders it.
const SUSPECT = /<[a-z!]|\]\s*\(\s*[a-z][\w+.-]*:|\]:\s*[a-z][\w+.-]*:|javascript:|vbscript:|data:/i;
const SUSPECT_MDX = /[{]|^\s*(?:import|export)\b/m;

/** Everything in a body the policy looks at, in document order. Throws on MDX that does not parse. */
function sourceItems(body: string, mdx: boolean): SourceItem[] {
  const items: SourceItem[] = [];
  visit(parseMarkdown(body, mdx), (node: any) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        items.push({ line, kind: 'link', tag: node.type === 'link' ? 'a' : node.type === 'image' ? 'img' : '*', url: node.url ?? '' });
        break;
      case 'html':
        visit(fromHtml(node.value, { fragment: true }), 'element', (el: any) => {
          const attributes = Object.entries(el.properties ?? {}).map(
            ([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v] as [string, AttributeValue],
          );
          items.push({ line: line + (el.position?.start.line ?? 1) - 1, kind: 'element', name: el.tagName, attributes });
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A fragment (<>…</>) has no name and renders only its children, which are visited.
        if (node.name) items.push({ line, kind: 'element', name: node.name, attributes: jsxAttributes(node.attributes) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        items.push({ line, kind: 'expression', value: node.value ?? '' });
        break;
      case 'mdxjsEsm':
        items.push({ line, kind: 'esm' });
        break;
    }
  });
  return items;
}

function itemViolations(item: SourceItem, components: ReadonlySet<string>): Violation[] {
  switch (item.kind) {
    case 'element':
      return elementViolations(item.name, item.attributes, components);
    case 'link': {
      const violation = markdownUrlViolation(item.url);
      return violation ? [violation] : [];
    }
    case 'expression': {
      const violation = expressionViolation(item.value);
      return violation ? [violation] : [];
    }
    case 'esm':
      return [ESM_VIOLATION];
  }
}

/** Findings for one body. `bodyLine` is the body's first line in the file. */
export function hostileFindings(
  body: string,
  options: { mdx: boolean; bodyLine?: number; components?: ReadonlySet<string> },
): HostileFinding[] {
  if (!SUSPECT.test(body) && !(options.mdx && SUSPECT_MDX.test(body))) return [];
  const offset = (options.bodyLine ?? 1) - 1;
  let items;
  try {
    items = sourceItems(body, options.mdx);
  } catch {
    return []; // MDX syntax errors are reported by the MDX compiler itself, with their position.
  }
  return items.flatMap((item) =>
    itemViolations(item, options.components ?? MDX_COMPONENTS).map((v) => ({ line: item.line + offset, found: v.found })),
  );
}

/** Whether a source item is what rendered `violation`, and how sure: 3 same URL, 2 same attribute, 1 same tag. */
function match(item: SourceItem, violation: Violation): number {
  if (violation.kind === 'esm') return item.kind === 'esm' ? 3 : 0;
  if (violation.kind === 'expression' && !violation.tag) return item.kind === 'expression' && expressionViolation(item.value) ? 3 : 0;
  if (!violation.tag) return 0;
  const tag = violation.tag.toLowerCase();
  if (item.kind === 'link') {
    if (item.tag !== '*' && item.tag !== tag) return 0;
    if (violation.url !== undefined && item.url === violation.url) return 3;
    return violation.attribute === (tag === 'img' ? 'src' : 'href') ? 2 : 1;
  }
  if (item.kind !== 'element' || item.name.toLowerCase() !== tag) return 0;
  const attribute = item.attributes.find(([key]) =>
    violation.attribute === SPREAD ? key === SPREAD : normalizeAttribute(key) === violation.attribute,
  );
  if (!attribute) return 1;
  const value = attribute[1];
  return violation.url !== undefined && typeof value === 'string' && value.includes(violation.url) ? 3 : 2;
}

/**
 * For each violation found on the rendered body, the line in `body` (1-based) that wrote it: the
 * first source item that matches it best, or undefined when the source shows nothing like it.
 */
export function locateViolations(body: string, mdx: boolean, violations: readonly Violation[]): (number | undefined)[] {
  let items: SourceItem[];
  try {
    items = sourceItems(body, mdx);
  } catch {
    return violations.map(() => undefined);
  }
  return violations.map((violation) => {
    let best: { score: number; line: number } | undefined;
    for (const item of items) {
      const score = match(item, violation);
      if (score > (best?.score ?? 0)) best = { score, line: item.line };
      if (score === 3) break;
    }
    return best?.line;
  });
}

/**
 * What the rendered-body check (rendered-check.ts) found in one article, as the editor reads it:
 * each finding with the line of the source that wrote it, when the source shows it. `source` is
 * the article's body and its first line in the file.
 */
export function renderedFindings(
  violations: readonly Violation[],
  source: { body: string; bodyLine: number; mdx: boolean } | undefined,
): { line?: number; found: string }[] {
  const lines = source ? locateViolations(source.body, source.mdx, violations) : violations.map(() => undefined);
  const seen = new Set<string>();
  const out: { line?: number; found: string }[] = [];
  violations.forEach((violation, i) => {
    const line = lines[i] === undefined ? undefined : lines[i]! + source!.bodyLine - 1;
    const key = `${line}:${violation.found}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...(line ? { line } : {}), found: violation.found });
  });
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
