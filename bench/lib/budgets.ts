// Page budgets (bench/budgets.json) and the Lighthouse bits the page report needs. Pure.
import type { PageWeight } from './page-weight.ts';

export const PAGE_KINDS = ['home', 'article', 'listing', 'search'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Budgets {
  /** JS bytes any page other than /search/ may load (raw). */
  jsBytesOutsideSearch: number;
  /** HTML + external CSS, gzipped, in KiB, per kind of page. For "article", every article is checked. */
  htmlCssGzipKiB: Partial<Record<PageKind, number>>;
  /** Lowest Lighthouse score (0–100) accepted in each category, on every measured page. */
  lighthouseMin: Record<Category, number>;
  /** Audits left out of a page's score on purpose: audit id → why. */
  lighthouseExempt: Partial<Record<PageKind, Record<string, string>>>;
}

/** The few parts of a Lighthouse result (LHR) used here. */
export interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: unknown }
  >;
  runtimeError?: { code: string; message: string };
}

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  weight: number;
  displayValue?: string;
}

const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** Audits that cost the category points (weighted first), or hints scored below 0.9. */
export function failingAudits(lhr: Lhr, category: Category): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || !SCORED.has(audit.scoreDisplayMode)) continue;
    if (ref.weight > 0 ? audit.score < 1 : audit.score < 0.9) {
      out.push({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return out.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

/**
 * The category score (0–100) as Lighthouse computes it — the weighted mean of its scored audits —
 * but without the exempt audits. Lighthouse's own score when nothing exempt failed.
 */
export function categoryScore(lhr: Lhr, category: Category, exempt: string[] = []): number | undefined {
  const cat = lhr.categories[category];
  if (!cat || cat.score === null) return undefined;
  const exemptFailed = exempt.some((id) => (lhr.audits[id]?.score ?? 1) < 1);
  if (!exemptFailed) return Math.round(cat.score * 100);
  let sum = 0;
  let weights = 0;
  for (const ref of cat.auditRefs) {
    const score = lhr.audits[ref.id]?.score;
    if (ref.weight <= 0 || score === null || score === undefined || exempt.includes(ref.id)) continue;
    sum += ref.weight * score;
    weights += ref.weight;
  }
  return weights ? Math.round((100 * sum) / weights) : undefined;
}

/** Resource counts and transfer sizes by type, from Lighthouse's resource-summary audit. */
export function resourceSummary(lhr: Lhr): Record<string, { requests: number; transferBytes: number }> {
  const details = lhr.audits['resource-summary']?.details as
    | { items?: { resourceType: string; requestCount: number; transferSize: number }[] }
    | undefined;
  return Object.fromEntries(
    (details?.items ?? []).map((i) => [i.resourceType, { requests: i.requestCount, transferBytes: i.transferSize }]),
  );
}

export interface MeasuredPage {
  kind: PageKind;
  path: string;
  weight: PageWeight;
  /** Scores per category after exemptions; undefined when Lighthouse did not run. */
  scores?: Partial<Record<Category, number>>;
  lighthouseError?: string;
}

export interface BudgetInput {
  pages: MeasuredPage[];
  /** Every built page outside /search/ that loads JS, with its JS bytes. */
  jsOutsideSearch: { path: string; bytes: number }[];
  /** HTML+CSS gzip of every article page. */
  articles: { path: string; htmlCssGzip: number }[];
}

export interface BudgetLine {
  budget: string;
  limit: string;
  measured: string;
  ok: boolean;
}

const KiB = 1024;

export function checkBudgets(budgets: Budgets, input: BudgetInput): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const js = input.jsOutsideSearch.filter((p) => p.bytes > budgets.jsBytesOutsideSearch);
  lines.push({
    budget: 'JS outside /search/',
    limit: `${budgets.jsBytesOutsideSearch} B on every page`,
    measured: js.length
      ? `${js.length} page(s) load JS: ${js
          .slice(0, 5)
          .map((p) => `${p.path} (${p.bytes} B)`)
          .join(', ')}${js.length > 5 ? ', …' : ''}`
      : 'none',
    ok: js.length === 0,
  });
  for (const [kind, limit] of Object.entries(budgets.htmlCssGzipKiB) as [PageKind, number][]) {
    const candidates =
      kind === 'article'
        ? input.articles
        : input.pages.filter((p) => p.kind === kind).map((p) => ({ path: p.path, htmlCssGzip: p.weight.htmlCssGzip }));
    const over = candidates.filter((c) => c.htmlCssGzip > limit * KiB);
    const worst = [...candidates].sort((a, b) => b.htmlCssGzip - a.htmlCssGzip)[0];
    lines.push({
      budget: `${kind} HTML+CSS gzip${kind === 'article' ? ` (all ${candidates.length})` : ''}`,
      limit: `< ${limit} KiB`,
      measured: worst
        ? `largest ${(worst.htmlCssGzip / KiB).toFixed(1)} KiB (${worst.path})${over.length ? `; ${over.length} over` : ''}`
        : 'no page',
      ok: candidates.length > 0 && over.length === 0,
    });
  }
  for (const page of input.pages) {
    for (const category of CATEGORIES) {
      const min = budgets.lighthouseMin[category];
      const score = page.scores?.[category];
      const exempt = Object.keys(budgets.lighthouseExempt[page.kind] ?? {});
      lines.push({
        budget: `Lighthouse ${category}, ${page.kind}${exempt.length ? ` (without ${exempt.join(', ')})` : ''}`,
        limit: `≥ ${min}`,
        measured: score === undefined ? `not measured${page.lighthouseError ? `: ${page.lighthouseError}` : ''}` : String(score),
        ok: score !== undefined && score >= min,
      });
    }
  }
  return lines;
}
