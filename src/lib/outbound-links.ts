// Applies the rel policy of rel.ts to every <a href> in Markdown and MDX bodies, and puts a
// visible 广告 label (the markup of components/AdLabel.astro) after links to sponsored channels.
// A Sätteri hast plugin: Rust hands over only the <a> elements, so the cost is per link.
import { defineHastPlugin, type HastNode } from 'satteri';
import { classifyLink, relFor, SPONSORED_LABEL, SPONSORED_TITLE, type LinkRegistry } from './rel.ts';

export function sponsoredLabel(): HastNode {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['ad-label'], title: SPONSORED_TITLE },
    children: [{ type: 'text', value: SPONSORED_LABEL }],
  };
}

export function outboundLinks(options: { registry: LinkRegistry; newTab?: boolean }) {
  return defineHastPlugin({
    name: 'outbound-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const kind = classifyLink(href, options.registry);
        const rel = relFor(kind);
        if (rel) {
          ctx.setProperty(node, 'rel', rel.split(' '));
          if (options.newTab) ctx.setProperty(node, 'target', '_blank');
        }
        if (kind === 'sponsored') ctx.insertAfter(node, [{ type: 'text', value: ' ' }, sponsoredLabel()]);
      },
    },
  });
}
