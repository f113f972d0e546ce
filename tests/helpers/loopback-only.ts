// Preloaded (node --import) into CLIs under test that make HTTP requests: any fetch to a host
// other than 127.0.0.1 fails at once, before DNS, so a test can never reach the internet and a
// URL that slipped through shows up in the output as a failure instead of going unnoticed.
const realFetch = globalThis.fetch;

globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== '127.0.0.1') {
    return Promise.reject(new Error(`测试只允许访问 127.0.0.1，拦截了 ${url.href}`));
  }
  return realFetch(input, init);
}) as typeof globalThis.fetch;

export {};
