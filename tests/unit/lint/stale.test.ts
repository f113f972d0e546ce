import { describe, expect, it } from 'vitest';
import { staleChannelMessage } from '../../../src/lib/lint/stale.ts';

const channel = (verifiedAt: string) => ({
  id: 'lakala-official',
  file: 'content/channels/lakala-official.yaml',
  name: '拉卡拉官方网站',
  kind: 'official' as const,
  url: 'https://www.lakala.com/',
  sponsored: false,
  verifiedAt: new Date(verifiedAt),
});
const now = new Date('2026-11-26T00:00:00+08:00');

describe('staleChannelMessage', () => {
  it('warns once a channel is older than the limit, naming the file to update', () => {
    const message = staleChannelMessage(channel('2026-05-01T00:00:00+08:00'), now, 180);
    expect(message).toContain('2026-05-01');
    expect(message).toContain('209 天');
    expect(message).toContain('content/channels/lakala-official.yaml');
  });
  it('stays quiet within the limit', () => {
    expect(staleChannelMessage(channel('2026-11-20T00:00:00+08:00'), now, 180)).toBeUndefined();
    expect(staleChannelMessage(channel('2026-05-30T00:00:00+08:00'), now, 180)).toBeUndefined();
  });
});
