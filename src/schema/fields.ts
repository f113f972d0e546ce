import { z } from 'astro/zod';
import { parseContentDate } from '../lib/dates.ts';
import { SLUG_MAX, SLUG_PATTERN } from '../lib/slug.ts';

// Messages here are read by editors: each says what was expected (see errors.ts for the rest).
export const idField = z
  .string({ error: '一个 id（小写英文字母、数字和连字符）' })
  .max(SLUG_MAX, { error: `最多 ${SLUG_MAX} 个字符的 id` })
  .regex(SLUG_PATTERN, { error: '小写英文字母、数字和连字符组成的 id，例如 pos-fei-lv' });

export const contentDate = z.unknown().transform((value, ctx) => {
  const date = parseContentDate(value);
  if (!date) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: '日期，写成 2026-11-01，或带时区的时间 2026-11-01T09:00:00+08:00（不写时区按北京时间）',
    });
    return z.NEVER;
  }
  return date;
});

/** A URL field that accepts the given protocols and a host with a dot. */
const urlField = (protocols: readonly string[], typeError: string, formatError: string) =>
  z
    .string({ error: typeError })
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return protocols.includes(url.protocol) && url.hostname.includes('.');
        } catch {
          return false;
        }
      },
      { error: formatError },
    );

/** A citation's address exactly as the publisher serves it: many government sites serve only http. */
export const webUrl = urlField(
  ['https:', 'http:'],
  '以 https:// 或 http:// 开头的网址',
  '以 https:// 或 http:// 开头的完整网址（照抄来源页面的地址）',
);

export const httpsUrl = urlField(['https:'], '以 https:// 开头的网址', '以 https:// 开头的完整网址');

export const uniqueIds = (max?: number) => {
  const base = z.array(idField, { error: '一个列表，例如 [lakala, fees]' });
  return (max === undefined ? base : base.max(max, { error: `最多 ${max} 项` }))
    .refine((list) => new Set(list).size === list.length, { error: '不重复的 id 列表（有重复项）' })
    .default([]);
};

export const text = (max: number, what = '文字') =>
  z
    .string({ error: `${what}（1–${max} 个字符）` })
    .trim()
    .min(1, { error: `不能为空的${what}（1–${max} 个字符）` })
    .max(max, { error: `${what}最多 ${max} 个字符` });
