// The card's drawing, in the site's own look (src/styles/global.css: background, text and accent
// colours, the CJK sans-serif): the kicker in accent blue, the title large and bold, the site
// name and date at the bottom, an accent bar on the left. A change here needs
// SHARE_CARD_TEMPLATE in src/lib/share-card.ts bumped, which gives every card a new URL.
import type { ShareCard } from '../../src/lib/share-card.ts';

export const FAMILY = 'Noto Sans SC';
const COLOURS = { background: '#fdfcf9', text: '#1c1e21', muted: '#52575e', accent: '#0b5cad', line: '#dcdcd6' };

/** Long titles get a smaller size so that they fit in three lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 16 ? 72 : length <= 24 ? 64 : length <= 36 ? 56 : 48;
}

export function cardNode(card: ShareCard, siteName: string) {
  const text = (value: string, style: Record<string, unknown>) => ({ type: 'text' as const, text: value, style });
  return {
    type: 'container' as const,
    style: { width: '100%', height: '100%', display: 'flex', backgroundColor: COLOURS.background, fontFamily: FAMILY },
    children: [
      { type: 'container' as const, style: { width: 16, height: '100%', backgroundColor: COLOURS.accent } },
      {
        type: 'container' as const,
        style: { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px 56px 64px' },
        children: [
          text(card.kicker, { fontSize: 34, fontWeight: 400, color: COLOURS.accent }),
          text(card.title, { fontSize: titleSize(card.title), fontWeight: 700, color: COLOURS.text, lineHeight: 1.35, lineClamp: 3 }),
          {
            type: 'container' as const,
            style: { display: 'flex', justifyContent: 'space-between', borderTop: `2px solid ${COLOURS.line}`, paddingTop: 24 },
            children: [
              text(siteName, { fontSize: 32, fontWeight: 700, color: COLOURS.text }),
              text(card.date ?? '', { fontSize: 30, fontWeight: 400, color: COLOURS.muted }),
            ],
          },
        ],
      },
    ],
  };
}
