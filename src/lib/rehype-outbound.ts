// Applies the rel policy of rel.ts to every <a href> in Markdown and MDX bodies, and puts a
// visible 广告 label after links to sponsored channels.
import { classifyLink, relFor, type LinkRegistry } from './rel.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

export const SPONSORED_LABEL = '广告';

export function sponsoredLabel(): HastNode {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['ad-label'], title: '本站与该渠道有商业合作' },
    children: [{ type: 'text', value: SPONSORED_LABEL }],
  };
}

export function rehypeOutbound(options: { registry: LinkRegistry; newTab?: boolean }) {
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'element' && child.tagName === 'a' && typeof child.properties?.href === 'string') {
          const kind = classifyLink(child.properties.href, options.registry);
          const rel = relFor(kind);
          if (rel) {
            child.properties.rel = rel.split(' ');
            if (options.newTab) child.properties.target = '_blank';
          }
          if (kind === 'sponsored') {
            children.splice(i + 1, 0, { type: 'text', value: ' ' }, sponsoredLabel());
            i += 2;
          }
        }
        walk(child);
      }
    };
    walk(tree);
  };
}
