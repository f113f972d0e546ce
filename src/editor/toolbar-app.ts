// The dev toolbar app (browser): asks the dev server to lint the article on this page, shows the
// findings, and asks again whenever a content file is saved. Only `astro dev` loads it (the
// integration adds it with addDevToolbarApp); production pages never see it.
import { defineToolbarApp } from 'astro/toolbar';
import { lintView, type LintView } from './lint-view.ts';
import { EVENTS, type LintReport, type LintRequest } from './protocol.ts';

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** Saving an article reloads its page; the panel opens again if it was open (per tab). */
const OPEN_KEY = 'pos-editor-lint:open';

// The toolbar window has its own dark theme; these only lay out what goes inside it.
const STYLE = `
  .body { overflow: auto; max-height: 380px; }
  h2 { margin: 0 0 8px; }
  .summary { margin: 0 0 12px; }
  h3 { margin: 16px 0 8px; font-size: 15px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 8px 0; border-top: 1px solid #343841; }
  .meta { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
  .severity { font-weight: 600; }
  [data-severity="error"] .severity { color: #f87171; }
  [data-severity="warning"] .severity { color: #fbbf24; }
  code { color: #fff; }
  .message { margin: 4px 0 0; color: #fff; line-height: 1.5; }
  .note { margin: 12px 0 0; font-size: 13px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Builds the panel from text only (textContent): messages quote the editor's own words. */
function render(target: HTMLElement, view: LintView): void {
  const body = element('div', undefined, 'body');
  body.append(element('h2', '内容检查'), element('p', view.summary, 'summary'));
  for (const section of view.sections) {
    const list = element('ul');
    for (const row of section.rows) {
      const item = element('li');
      Object.assign(item.dataset, { severity: row.severity, rule: row.rule, line: String(row.line) });
      const meta = element('div', undefined, 'meta');
      const rule = element('code', row.rule);
      if (row.ruleSummary) rule.title = row.ruleSummary;
      meta.append(element('span', SEVERITY[row.severity], 'severity'), element('span', row.where, 'where'), rule);
      item.append(meta, element('p', row.message, 'message'));
      list.append(item);
    }
    body.append(element('h3', section.heading), list);
  }
  body.append(element('p', '保存文件后，这里会自动更新。每条规则的意思和改法见 docs/编辑指南.md 第六节。', 'note'));
  target.replaceChildren(body);
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const style = element('style', STYLE);
    const panel = document.createElement('astro-dev-toolbar-window');
    panel.append(element('p', '正在检查…'));
    canvas.append(style, panel);

    const ask = () => server.send<LintRequest>(EVENTS.request, { path: location.pathname });
    server.on<LintReport>(EVENTS.result, (report) => {
      // Every open tab hears every report; each keeps the one for its own page.
      if (report.path !== location.pathname) return;
      const view = lintView(report);
      render(panel, view);
      app.toggleNotification(view.level ? { state: true, level: view.level } : { state: false });
    });
    server.on(EVENTS.changed, ask);
    ask();

    app.onToggled(({ state }) => sessionStorage.setItem(OPEN_KEY, state ? '1' : ''));
    if (sessionStorage.getItem(OPEN_KEY)) app.toggleState({ state: true });
  },
});
