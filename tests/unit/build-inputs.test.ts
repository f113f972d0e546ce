import { describe, expect, it } from 'vitest';
import {
  buildInputsFrom,
  handoverEnv,
  outDirFrom,
  parseHandover,
  publicationNow,
  serializeHandover,
  type BuildInputs,
} from '../../src/build-inputs.ts';

const cwd = '/site';
const clock = () => new Date('2026-01-01T00:00:00Z');

describe('buildInputsFrom', () => {
  it('defaults: the project folders, the clock, no preview', () => {
    expect(buildInputsFrom({}, { cwd, clock })).toEqual({
      contentDir: '/site/content',
      cacheRoot: '/site/node_modules/.astro',
      outDir: '/site/dist',
      now: clock(),
      future: false,
    });
  });

  it('takes the environment variables, paths resolved against cwd', () => {
    const inputs = buildInputsFrom(
      { CONTENT_DIR: 'fixture/content', ASTRO_CACHE_DIR: '/tmp/cache', OUT_DIR: '../out', BUILD_NOW: '2026-06-01' },
      { cwd, clock },
    );
    expect(inputs).toEqual({
      contentDir: '/site/fixture/content',
      cacheRoot: '/tmp/cache',
      outDir: '/out',
      now: new Date('2026-05-31T16:00:00.000Z'),
      future: false,
    });
  });

  it('counts an empty variable as unset', () => {
    expect(buildInputsFrom({ CONTENT_DIR: '', OUT_DIR: '', ASTRO_CACHE_DIR: '', BUILD_NOW: '' }, { cwd, clock })).toEqual(
      buildInputsFrom({}, { cwd, clock }),
    );
  });

  it('makes a preview from --future or BUILD_FUTURE, keeping the moment itself', () => {
    expect(buildInputsFrom({}, { cwd, clock, argv: ['node', 'scripts/build.ts', '--future'] })).toMatchObject({
      future: true,
      now: clock(),
    });
    expect(buildInputsFrom({ BUILD_FUTURE: '1' }, { cwd, clock }).future).toBe(true);
    expect(buildInputsFrom({ BUILD_FUTURE: '0' }, { cwd, clock }).future).toBe(false);
    expect(buildInputsFrom({ BUILD_FUTURE: '1', BUILD_NOW: '2026-06-01' }, { cwd, clock }).now).toEqual(
      new Date('2026-05-31T16:00:00.000Z'),
    );
  });

  it('explains a bad BUILD_NOW in the words an editor sees', () => {
    expect(() => buildInputsFrom({ BUILD_NOW: 'tomorrow' }, { cwd, clock })).toThrow(
      'BUILD_NOW 无法识别："tomorrow"，应为 2026-11-01 或 2026-11-01T09:00:00+08:00',
    );
    // The output folder is known all the same, so the failed build can remove it.
    expect(outDirFrom({ BUILD_NOW: 'tomorrow', OUT_DIR: 'out' }, cwd)).toBe('/site/out');
  });
});

describe('publicationNow', () => {
  it('is the build’s now, or later than every scheduled article in a preview', () => {
    expect(publicationNow({ now: clock(), future: false })).toEqual(clock());
    expect(publicationNow({ now: clock(), future: true }).getUTCFullYear()).toBeGreaterThan(9999);
  });
});

describe('the handover from scripts/build.ts to Astro’s process', () => {
  const inputs: BuildInputs = {
    contentDir: '/site/content',
    cacheRoot: '/site/node_modules/.astro',
    outDir: '/site/dist',
    now: new Date('2026-11-20T01:02:03.456Z'),
    future: true,
  };

  it('reads back exactly what was written, the moment as a Date', () => {
    const back = parseHandover(serializeHandover({ inputs, planFile: '/site/dist.plan.json' }));
    expect(back).toEqual({ inputs, planFile: '/site/dist.plan.json' });
    expect(back.inputs.now).toBeInstanceOf(Date);
  });

  it('is one environment variable', () => {
    const env = handoverEnv({ inputs, planFile: '/site/dist.plan.json' });
    expect(Object.keys(env)).toHaveLength(1);
    expect(parseHandover(Object.values(env)[0]!).inputs).toEqual(inputs);
  });
});
