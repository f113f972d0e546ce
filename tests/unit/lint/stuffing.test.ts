import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStuffing } from '../../../src/lib/lint/stuffing.ts';

describe('findStuffing', () => {
  it('finds one phrase repeated far beyond the topic’s needs, reported once and whole', () => {
    const text =
      '拉卡拉POS机激活，拉卡拉POS机怎么激活？拉卡拉POS机激活流程如下。办理拉卡拉POS机，认准拉卡拉POS机官方。' +
      '拉卡拉POS机费率低，拉卡拉POS机到账快，拉卡拉POS机免费送。想要拉卡拉POS机的朋友，现在就申请拉卡拉POS机。';
    const found = findStuffing(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.term).toBe('拉卡拉POS机');
    expect(found[0]!.count).toBe(10);
    expect(found[0]!.density).toBeGreaterThan(0.3);
  });
  it('does not flag a real article that keeps returning to its topic', () => {
    const raw = readFileSync(
      new URL('../../../content/articles/ge-ren-shou-kuan-ma-yu-jing-ying-shou-kuan-ma.md', import.meta.url),
      'utf8',
    );
    const body = raw
      .split(/\n---\n/)
      .slice(1)
      .join('\n');
    expect(findStuffing(body)).toEqual([]);
  });
  it('needs enough repetitions: a short answer may repeat a word a few times', () => {
    expect(findStuffing('押金能退吗？押金退不退看协议，押金条款要保存好。')).toEqual([]);
  });
});
