// Table of contents from the rendered headings: h2 entries with their h3 children.
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function tocTree(headings: readonly { depth: number; slug: string; text: string }[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === 2) tree.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = tree.at(-1);
      if (parent) parent.children.push({ slug: h.slug, text: h.text, children: [] });
      else tree.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return tree;
}
