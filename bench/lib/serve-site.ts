// A built site served as production serves it (deploy/nginx: gzip, cache and security headers)
// when Debian's nginx is installed; otherwise by the plain test server, and `by` says so.
import { hasNginx, serveNginx } from '../../tests/helpers/nginx.ts';
import { serve } from '../../tests/helpers/serve.ts';

export interface ServedSite {
  url: string;
  by: string;
  close: () => Promise<unknown>;
}

export async function serveSite(root: string): Promise<ServedSite> {
  if (hasNginx) {
    const served = await serveNginx(root);
    return {
      url: `http://127.0.0.1:${served.port}`,
      by: 'nginx with the production rules (scripts/serve-nginx.ts: gzip, cache and security headers)',
      close: () => {
        served.child.kill('SIGTERM');
        return served.exited;
      },
    };
  }
  const plain = await serve(root);
  return { ...plain, by: 'tests/helpers/serve.ts (no nginx installed: no compression, so transfer sizes are uncompressed)' };
}
