import { describe, expect, it } from 'vitest';
import { formatDateZh, parseContentDate, shanghaiYear, toIsoShanghai, toYmd } from '../../src/lib/dates.ts';

describe('parseContentDate', () => {
  it('reads a YAML date (UTC midnight) as that calendar day in Shanghai', () => {
    const date = parseContentDate(new Date('2026-11-01T00:00:00Z'))!;
    expect(date.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(toYmd(date)).toBe('2026-11-01');
  });
  it('reads date strings and zone-less times as Beijing time', () => {
    expect(parseContentDate('2026-11-01')!.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(parseContentDate('2026-11-01 09:30')!.toISOString()).toBe('2026-11-01T01:30:00.000Z');
    expect(parseContentDate('2026-11-01T09:30:15')!.toISOString()).toBe('2026-11-01T01:30:15.000Z');
  });
  it('keeps an explicit zone', () => {
    expect(parseContentDate('2026-11-01T09:30:00Z')!.toISOString()).toBe('2026-11-01T09:30:00.000Z');
    expect(parseContentDate('2026-11-01T09:30:00-05:00')!.toISOString()).toBe('2026-11-01T14:30:00.000Z');
  });
  it('rejects impossible or unreadable dates', () => {
    const impossible = [
      '2026-02-30',
      '2026-13-01',
      '2026-13-45',
      '2026-04-31 09:00',
      '2026-11-01 25:30',
      '2026-11-01T09:60',
      '2026-02-30T10:00:00+08:00',
      '2026-11-01T24:00:00Z',
      '2026-11-01T09:00:00+08:61',
    ];
    for (const bad of [...impossible, '昨天', '2026/11/01', '', 20261101, null, new Date('x')]) {
      expect(parseContentDate(bad), String(bad)).toBeNull();
    }
  });
});

describe('formatting in Asia/Shanghai', () => {
  const lateEvening = new Date('2026-12-31T16:30:00Z'); // 2027-01-01 00:30 in Beijing
  it('formats ISO with +08:00', () => expect(toIsoShanghai(lateEvening)).toBe('2027-01-01T00:30:00+08:00'));
  it('formats Chinese dates', () => expect(formatDateZh(lateEvening)).toBe('2027年1月1日'));
  it('gives the Beijing year', () => expect(shanghaiYear(lateEvening)).toBe(2027));
});
