// Content dates are calendar facts in China: a date or time written without a zone means
// Asia/Shanghai (UTC+08:00, no daylight saving), whatever zone the build machine is in.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ZONED_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

/** Whether the fields name a real moment: Date.UTC and Date's parser roll 2026-02-30 or 25:30 over. */
function isCalendarTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h <= 23 && mi <= 59 && s <= 59;
}

function shanghaiWallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (!isCalendarTime(y, mo, d, h, mi, s)) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS);
}

/**
 * Reads a frontmatter date. YAML parsers hand unquoted `2026-11-01` over as a Date at UTC
 * midnight; that is taken as the calendar day in Shanghai. Strings may be a date, a local
 * date-time (Shanghai) or an ISO 8601 date-time with a zone. Returns null when unreadable.
 */
export function parseContentDate(value: unknown): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const midnightUtc =
      value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    return midnightUtc ? new Date(value.getTime() - SHANGHAI_OFFSET_MS) : value;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = DATE_ONLY.exec(text);
  if (m) return shanghaiWallClock(Number(m[1]), Number(m[2]), Number(m[3]));
  m = LOCAL_DATETIME.exec(text);
  if (m) return shanghaiWallClock(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  m = ZONED_DATETIME.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s, zh, zm] = m.slice(1).map((part) => Number(part ?? 0));
    if (!isCalendarTime(y!, mo!, d!, h!, mi!, s!) || zh! > 14 || zm! > 59) return null;
    const date = new Date(text.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

function shanghaiParts(date: Date) {
  const s = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    y: s.getUTCFullYear(),
    m: s.getUTCMonth() + 1,
    d: s.getUTCDate(),
    ymd: `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`,
    hms: `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}`,
  };
}

/** `2026-11-10T09:30:00+08:00`: what JSON-LD, og:article times and the sitemap want. */
export function toIsoShanghai(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.ymd}T${p.hms}+08:00`;
}

/** `2026-11-10`, the machine-readable value for `<time datetime>`. */
export function toYmd(date: Date): string {
  return shanghaiParts(date).ymd;
}

/** `2026年11月10日`, as readers see it. */
export function formatDateZh(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.y}年${p.m}月${p.d}日`;
}

/** `2026年11月10日 09:30`, a moment as readers see it (Beijing time). */
export function formatDateTimeZh(date: Date): string {
  return `${formatDateZh(date)} ${shanghaiParts(date).hms.slice(0, 5)}`;
}

export function shanghaiYear(date: Date): number {
  return shanghaiParts(date).y;
}
