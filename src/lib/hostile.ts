// The body policy for pasted content: raw HTML is allowed only from a small set of harmless
// tags, with no event handlers, no style attributes and no script-capable URLs. Anything else
// fails the build with the line, rather than being silently changed (see README).
import { fromHtml } from 'hast-util-from-html';
import { parseMarkdown } from './markdown-parse.ts';
import { visit } from 'unist-util-visit';

export interface HostileFinding {
  line: number;
  found: string;
}

const ALLOWED_TAGS = new Set(
  'a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure h2 h3 h4 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead time tr u ul'.split(' '),
);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlinkhref', 'xlink:href', 'poster', 'cite', 'background']);
const SAFE_SCHEME = /^(?:https?:|mailto:|tel:|[#/?.]|[^:]*$)/i;
// Cheap first look, so the Markdown parser only runs on bodies that might hold something.
const SUSPECT = /<[a-z!]|\]\s*\(\s*[a-z][\w+.-]*:|\]:\s*[a-z][\w+.-]*:|javascript:|vbscript:|data:/i;

export function isSafeUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  return SAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

function checkElement(name: string, attributes: [string, unknown][], line: number, allowedComponents: ReadonlySet<string>, out: HostileFinding[]) {
  if (!ALLOWED_TAGS.has(name.toLowerCase()) && !allowedComponents.has(name)) {
    out.push({ line, found: `不允许的标签 <${name}>` });
  }
  for (const [key, value] of attributes) {
    const attr = key.toLowerCase();
    if (attr.startsWith('on')) out.push({ line, found: `<${name}> 上的事件属性 ${key}` });
    else if (attr === 'style') out.push({ line, found: `<${name}> 上的 style 属性` });
    else if (URL_ATTRIBUTES.has(attr) && typeof value === 'string' && !isSafeUrl(value)) {
      out.push({ line, found: `<${name}> 的 ${key} 指向 “${value.slice(0, 40)}”` });
    }
  }
}

/** Findings for one body. `bodyLine` is the body's first line in the file. */
export function hostileFindings(body: string, options: { mdx: boolean; bodyLine?: number; components?: ReadonlySet<string> }): HostileFinding[] {
  if (!SUSPECT.test(body)) return [];
  const offset = (options.bodyLine ?? 1) - 1;
  const components = options.components ?? new Set<string>();
  let tree;
  try {
    tree = parseMarkdown(body, options.mdx);
  } catch {
    return []; // MDX syntax errors are reported by the MDX compiler itself, with their position.
  }
  const out: HostileFinding[] = [];
  visit(tree, (node: any) => {
    const line = (node.position?.start.line ?? 1) + offset;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url ?? '')) {
      out.push({ line, found: `链接地址 “${String(node.url).slice(0, 40)}”` });
    }
    if (node.type === 'html') {
      visit(fromHtml(node.value, { fragment: true }), 'element', (el: any) => {
        const attrs = Object.entries(el.properties ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v] as [string, unknown]);
        checkElement(el.tagName, attrs, line + (el.position?.start.line ?? 1) - 1, components, out);
      });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name) {
        const attrs = (node.attributes ?? [])
          .filter((a: any) => a.type === 'mdxJsxAttribute')
          .map((a: any) => [a.name, typeof a.value === 'string' ? a.value : undefined] as [string, unknown]);
        checkElement(node.name, attrs, line, components, out);
      }
    }
  });
  return out;
}
