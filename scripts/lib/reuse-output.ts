// The previous site as the start of the next one. Astro's incremental build restores a page
// whose key is unchanged by copying it from its cache into an empty output folder: at 10,000
// articles that is 13,500 copies (600 MB) in every rebuild, most of a warm build's time (README,
// "Performance": incremental builds). Astro keeps a page that is already in its output folder
// instead (`vite.build.emptyOutDir: false`), so the build moves the previous site into the
// scratch folder and Astro writes only what changed. That is right only if the folder holds what
// Astro's cache says it wrote last time, so it is reused only when:
// - the last successful build wrote it, to this path, and its top level was not touched since
//   (same inode, times and names as recorded);
// - Astro's incremental manifest is the one that build left (same size and modification time);
//   a build with another link policy, another output folder or `astro build` run by hand
//   changes it.
// Anything else, or no record, and the previous site is deleted and Astro restores from its
// cache as before. Before Astro runs, everything in the folder that is not one of its pages is
// removed (hosting files, the search index, Astro's assets and public files: all written again);
// after it, pages this build no longer has.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const VERSION = 1;

/** What the last successful build left: enough to recognise its site and what Astro made of it. */
export interface OutputRecord {
  version: number;
  outDir: string;
  site: FileStamp;
  /** The names at the site's top level (a change there within the file system's clock tick). */
  topLevel: string[];
  manifest: FileStamp;
  /** Astro's page files, relative to the site ('/'-separated). */
  pages: string[];
  /** The project's public files as Astro copied them, relative to the site. */
  publicFiles: string[];
}

interface FileStamp {
  ino: number;
  ctimeMs: number;
  mtimeMs: number;
  size: number;
}

function stamp(path: string): FileStamp | undefined {
  try {
    const { ino, ctimeMs, mtimeMs, size } = statSync(path);
    return { ino, ctimeMs, mtimeMs, size };
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp) =>
  a !== undefined && a.ino === b.ino && a.ctimeMs === b.ctimeMs && a.mtimeMs === b.mtimeMs && a.size === b.size;

/** The record, or undefined when there is none or it cannot be read (a build without reuse). */
export function readOutputRecord(file: string): OutputRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputRecord>;
    const complete =
      record.version === VERSION &&
      typeof record.outDir === 'string' &&
      [record.site, record.manifest].every((stamp) => typeof stamp?.ino === 'number') &&
      [record.topLevel, record.pages, record.publicFiles].every(Array.isArray);
    return complete ? (record as OutputRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `outDir` is the site the record describes, and Astro's manifest the one it left. */
export function reusable(record: OutputRecord | undefined, outDir: string, manifestFile: string): record is OutputRecord {
  return (
    record !== undefined &&
    record.outDir === outDir &&
    sameStamp(stamp(outDir), record.site) &&
    sameStamp(stamp(manifestFile), record.manifest) &&
    readdirSync(outDir).sort().join('/') === record.topLevel.join('/')
  );
}

/** Removes a file and then its parents while they are empty, up to `root` (kept). */
function removeFile(root: string, path: string): void {
  rmSync(join(root, path), { force: true });
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      return; // not empty (or already gone)
    }
  }
}

/**
 * Clears a reused site for Astro: at its top level only the page folders and page files of the
 * last build stay, and `later` (folders Astro never writes, which the caller removes while Astro
 * runs); public files copied into page folders go too.
 */
export function clearForAstro(site: string, record: OutputRecord, later: readonly string[]): void {
  const pageRoots = new Set(record.pages.map((page) => page.split('/')[0]));
  for (const name of readdirSync(site)) {
    if (pageRoots.has(name) || later.includes(name)) continue;
    rmSync(join(site, name), { recursive: true, force: true });
  }
  for (const file of record.publicFiles) if (pageRoots.has(file.split('/')[0])) removeFile(site, file);
}

/** Removes the pages of the last build that this one did not make (and folders left empty). */
export function removeStalePages(site: string, previous: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  const stale = previous.filter((page) => !now.has(page));
  for (const page of stale) removeFile(site, page);
  return stale;
}

/** Every file under `dir`, relative to it and '/'-separated; none if it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Records the site just put in place (after its last rename). */
export function writeOutputRecord(
  file: string,
  outDir: string,
  manifestFile: string,
  pages: readonly string[],
  publicFiles: readonly string[],
): void {
  const site = stamp(outDir);
  const manifest = stamp(manifestFile);
  if (!site || !manifest) {
    rmSync(file, { force: true });
    return;
  }
  const topLevel = readdirSync(outDir).sort();
  const record: OutputRecord = { version: VERSION, outDir, site, topLevel, manifest, pages: [...pages], publicFiles: [...publicFiles] };
  writeFileSync(file, JSON.stringify(record));
}
