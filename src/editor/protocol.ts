// What the dev toolbar app and the dev server say to each other over Vite's WebSocket
// (Astro's toolbar helpers: `server.send`/`server.on` in the browser, `toolbar.on`/`toolbar.send`
// in the integration). Types only and event names: imported by both sides.
import type { Finding } from '../lib/lint/types.ts';

export const LINT_APP_ID = 'pos-editor-lint';

export const EVENTS = {
  /** Browser → server: lint the article this page shows. */
  request: `${LINT_APP_ID}:request`,
  /** Server → browser: the report for one page path (every open tab gets it; each keeps its own). */
  result: `${LINT_APP_ID}:result`,
  /** Server → browser: a file under content/ changed; ask again. */
  changed: `${LINT_APP_ID}:changed`,
} as const;

export interface LintRequest {
  path: string;
}

export type LintReport =
  | {
      kind: 'article';
      path: string;
      /** The article file, relative to the project, as the linter names it. */
      file: string;
      /** Validation problems (the build would fail): this file's and the shared files'. */
      schema: Finding[];
      /** The linter's own rules for this file. */
      findings: Finding[];
    }
  | { kind: 'not-article'; path: string }
  | { kind: 'failed'; path: string; message: string };
