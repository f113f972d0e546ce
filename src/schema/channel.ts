import { z } from 'astro/zod';
import { contentDate, httpsUrl, text } from './fields.ts';

export const CHANNEL_KINDS = ['official', 'bank', 'payment-platform', 'offline', 'agent'] as const;

export const channelSchema = z.strictObject({
  name: text(60, '名称'),
  kind: z.enum(CHANNEL_KINDS, { error: `以下之一：${CHANNEL_KINDS.join('、')}` }),
  url: httpsUrl,
  description: text(400, '说明'),
  sponsored: z.boolean({ error: 'true 或 false' }).default(false),
  verifiedAt: contentDate,
  licence: text(120, '牌照信息').optional(),
  hotline: text(40, '客服电话').optional(),
});

export type ChannelData = z.output<typeof channelSchema>;
