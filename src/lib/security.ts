// The site's security policy, in one place: Astro's CSP (per-page hashes, as a <meta>) and the
// HTTP headers that nginx and CDN hosts send. deploy/ and the tests read these lists.

/** CSP directives besides script-src and style-src, which Astro fills with per-page hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles its WebAssembly search core in the browser; nothing else needs more than 'self'. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/**
 * The header-level policy. A <meta> CSP cannot carry frame-ancestors, so the header adds what
 * only a header can; both policies are enforced, so the page-level hashes still rule scripts.
 */
export const CSP_HEADER = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * No Cross-Origin-Opener-Policy: the site keeps no user state for another window to probe, and
 * COOP made every navigation set up a fresh browsing context group (Android Chrome isolates such
 * sites in their own process), which cost the article page its Lighthouse mobile performance
 * score (numbers: README, Performance). `interest-cohort` (FLoC) is gone from browsers, which
 * log an error for it.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_HTML = 'public, max-age=300, must-revalidate';
