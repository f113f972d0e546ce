import { z } from 'astro/zod';
import { httpsUrl, text } from './fields.ts';

export const authorSchema = z.strictObject({
  name: text(40, '名字'),
  bio: text(500, '简介'),
  url: httpsUrl.optional(),
  role: text(40, '角色').optional(),
});

export type AuthorData = z.output<typeof authorSchema>;
