// Summarises V8 .cpuprofile files (node --cpu-prof) by self time, per function and per
// package, so a hotspot can be named without opening DevTools.

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Share {
  name: string;
  ms: number;
  pct: number;
}

/** Who owns a script URL: an npm package, a project folder, Node itself, or the built site. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  // Astro bundles the site's own pages and components into chunks inside the output folder.
  if (/\/(dist|dist\.partial|\.prerender)\//.test(path) || /\/chunks\//.test(path)) return '(site bundle: src/ compiled)';
  const project = /\/(src|scripts|bench)\/(.*)$/.exec(path);
  return project ? `${project[1]}/${project[2]!.split('/')[0]}` : path;
}

export function summarize(
  profiles: CpuProfile[],
  top = 15,
): { totalMs: number; functions: Share[]; owners: Share[]; ownersInclusive: Share[] } {
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const byOwnerInclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    // Owners on each node's stack, each once: time "under" a package, callees included.
    const stackOwners = new Map<number, Set<string>>();
    const ownersOf = (id: number): Set<string> => {
      let set = stackOwners.get(id);
      if (set) return set;
      const frame = nodes.get(id)?.callFrame;
      const up = parent.get(id);
      set = new Set(up === undefined ? [] : ownersOf(up));
      if (frame && frame.functionName !== '(root)') set.add(ownerOf(frame.url, frame.functionName));
      stackOwners.set(id, set);
      return set;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      // A sample lasts until the next one is taken.
      const us = Math.max(0, deltas[i + 1] ?? 0);
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      total += us;
      const file = frame.url.split('/').slice(-2).join('/');
      const fn = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
      const owner = ownerOf(frame.url, frame.functionName);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
      for (const o of ownersOf(id)) byOwnerInclusive.set(o, (byOwnerInclusive.get(o) ?? 0) + us);
    });
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, pct: total ? (100 * us) / total : 0 }));
  return { totalMs: total / 1000, functions: rank(byFunction), owners: rank(byOwner), ownersInclusive: rank(byOwnerInclusive) };
}
