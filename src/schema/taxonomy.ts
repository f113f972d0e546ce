import { z } from 'astro/zod';
import { idField, text } from './fields.ts';

export const categorySchema = z.strictObject({
  id: idField,
  name: text(20, '名称'),
  description: text(300, '说明'),
});

export const tagSchema = z.strictObject({
  id: idField,
  name: text(20, '名称'),
  description: text(300, '说明').optional(),
});

export type CategoryData = z.output<typeof categorySchema>;
export type TagData = z.output<typeof tagSchema>;
