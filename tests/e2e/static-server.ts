/**
 * Serves `dist/` under a deep sub-path, as a school's web platform would host it, so the
 * tests prove the relative-base build works away from the server root.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SUB_PATH = '/courses/biology/unit-7/plasticity-window/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.png': 'image/png',
};

/**
 * `headers` are sent with every response, e.g. a host's own Content-Security-Policy, to test
 * the site under rules it does not choose; a header set to null is not sent (a host that sends
 * no CORS header).
 */
export function startStaticServer(
  root: string,
  headers: Record<string, string | null> = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(404).end('not under the sub-path');
      return;
    }
    const relative = normalize(path.slice(SUB_PATH.length) || 'index.html');
    if (relative.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const file = relative.endsWith('/') ? join(relative, 'index.html') : relative;
      let body = await readFile(join(root, file));
      // Text is sent gzip-compressed, as static hosts send it, so measured transfer sizes are real.
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip =
        /gzip/.test(String(request.headers['accept-encoding'])) &&
        /text|javascript|json|svg/.test(type);
      if (gzip) body = gzipSync(body);
      const sent = {
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        'content-type': type,
        // A frame sandboxed without allow-same-origin has an opaque origin, so its module
        // scripts load in CORS mode; static hosts such as GitHub Pages send this header.
        'access-control-allow-origin': '*',
        ...headers,
      };
      response.writeHead(
        200,
        Object.fromEntries(
          Object.entries(sent).filter((entry): entry is [string, string] => entry[1] !== null),
        ),
      );
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
