// Page-number links for listings: first, last, the current page and its neighbours, with gaps.
export type PageLink = { kind: 'page'; n: number; current: boolean } | { kind: 'gap' };

export function pageLinks(current: number, last: number, around = 1): PageLink[] {
  const wanted = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', n, current: n === current });
  });
  return links;
}
