// The build's inputs, in one place: which content, which cache, which output folder, and the
// moment the build stands at. People set them with environment variables (CONTENT_DIR,
// ASTRO_CACHE_DIR, OUT_DIR, BUILD_NOW, BUILD_FUTURE; `--future` for scripts/build.ts), and this
// is the only module that reads those. scripts/build.ts resolves them once and hands the value
// to Astro's process (handoverEnv below); a process nobody handed it to (astro dev, astro check,
// the other scripts) resolves them itself, with the same function.
import { resolve } from 'node:path';
import { parseContentDate } from './lib/dates.ts';

export interface BuildInputs {
  /** The editors' files: articles/, channels/, authors/, taxonomy/. Absolute. */
  contentDir: string;
  /** What the next build can reuse (Astro's content store and images, search shards, share cards). Absolute. */
  cacheRoot: string;
  /** Where the finished site goes. Absolute. */
  outDir: string;
  /** The build's moment: channel staleness and the linter's dates are measured from it, and so is publication unless `future`. */
  now: Date;
  /** A preview with every scheduled article in it, as if published (`--future`, BUILD_FUTURE). */
  future: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The inputs from the variables people set, paths resolved against `cwd`. An empty variable
 * counts as unset (a test that blanks BUILD_NOW gets the clock). Throws, with the message an
 * editor sees, when BUILD_NOW is no date the content would accept either.
 */
export function buildInputsFrom(
  env: Env,
  { cwd, argv = [], clock = () => new Date() }: { cwd: string; argv?: readonly string[]; clock?: () => Date },
): BuildInputs {
  let now: Date | null = clock();
  if (env.BUILD_NOW) {
    now = parseContentDate(env.BUILD_NOW);
    if (!now) throw new Error(`BUILD_NOW 无法识别："${env.BUILD_NOW}"，应为 2026-11-01 或 2026-11-01T09:00:00+08:00`);
  }
  return {
    contentDir: resolve(cwd, env.CONTENT_DIR || 'content'),
    cacheRoot: resolve(cwd, env.ASTRO_CACHE_DIR || 'node_modules/.astro'),
    outDir: outDirFrom(env, cwd),
    now,
    future: argv.includes('--future') || Boolean(env.BUILD_FUTURE && env.BUILD_FUTURE !== '0'),
  };
}

/** The output folder alone, which does not depend on BUILD_NOW: a build that fails on it still removes the folder. */
export function outDirFrom(env: Env, cwd: string): string {
  return resolve(cwd, env.OUT_DIR || 'dist');
}

/** The largest moment a Date holds: after any date an article can have. */
const END_OF_TIME = 8.64e15;

/**
 * The moment publication is judged against: the build's now or, in a `future` preview, a moment
 * after every scheduled article. Only what decides which articles are out takes this; dates
 * that measure age (staleness, the linter) take `now`.
 */
export function publicationNow({ now, future }: Pick<BuildInputs, 'now' | 'future'>): Date {
  return future ? new Date(END_OF_TIME) : now;
}

// The channel from scripts/build.ts to Astro's process is one environment variable, because it
// is the one thing that reaches every module Astro loads there alike: astro.config.ts runs
// before an inline config given to build() is merged, so it cannot read that; the pages and
// src/content.config.ts could be given a value through Vite's `define`, but that would be a
// second channel beside it. The config plan goes as a file whose path travels here, not inline:
// at 10,000 articles it is larger than Linux lets one environment string be (128 KiB).
const HANDOVER_ENV = 'SITE_BUILD_INPUTS';

/** What scripts/build.ts hands Astro's process: the inputs, and the plan file (src/lib/config-plan.ts) it wrote for astro.config.ts. */
export interface Handover {
  inputs: BuildInputs;
  planFile: string;
}

export function serializeHandover({ inputs, planFile }: Handover): string {
  return JSON.stringify({ ...inputs, now: inputs.now.toISOString(), planFile });
}

export function parseHandover(json: string): Handover {
  const { contentDir, cacheRoot, outDir, now, future, planFile } = JSON.parse(json) as Omit<BuildInputs, 'now'> & {
    now: string;
    planFile: string;
  };
  return { inputs: { contentDir, cacheRoot, outDir, now: new Date(now), future }, planFile };
}

/** The variable to add to Astro's process's environment. */
export function handoverEnv(handover: Handover): Record<string, string> {
  return { [HANDOVER_ENV]: serializeHandover(handover) };
}

let current: { inputs: BuildInputs; planFile?: string } | undefined;

/**
 * This process's build, resolved on first use: what scripts/build.ts handed over, or else the
 * inputs from the environment (no plan file then: astro.config.ts derives the plan itself).
 */
export function currentBuild(): { inputs: BuildInputs; planFile?: string } {
  if (!current) {
    const handed = process.env[HANDOVER_ENV];
    current = handed ? parseHandover(handed) : { inputs: buildInputsFrom(process.env, { cwd: process.cwd() }) };
  }
  return current;
}

/** This process's build inputs (see currentBuild). */
export function buildInputs(): BuildInputs {
  return currentBuild().inputs;
}

/** For command-line scripts: the inputs, or the reason they cannot be read and exit code 1 (no stack trace for an editor's typo). */
export function buildInputsOrExit(): BuildInputs {
  try {
    return buildInputs();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
