// A local HTTP server on 127.0.0.1 (a port of the system's choosing) for `npm run import`'s tests:
// each route a page as a web server would send it, or one of the ways a download goes wrong.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Writes the body itself (streams, stalls). */
  handle?: (request: IncomingMessage, response: ServerResponse) => void;
}

export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  base: string;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      return;
    }
    if (route.handle) {
      route.handle(request, response);
      return;
    }
    response.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? "");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => base + path,
    requests,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** A redirect to `location`. */
export const redirect = (location: string, status = 302): Route => ({ status, headers: { location } });

/** A body sent in chunks of 64 KB, with no Content-Length, until `bytes` are sent or the client goes. */
export function streamed(bytes: number, contentType = "text/html"): Route {
  return {
    handle: (_request, response) => {
      response.writeHead(200, { "content-type": contentType });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const write = (): void => {
        while (sent < bytes && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) {
            response.once("drain", write);
            return;
          }
        }
        response.end();
      };
      write();
    },
  };
}

/** Headers sent, then nothing: for the download's deadline. */
export const stalled: Route = {
  handle: (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<!DOCTYPE html><title>Slow</title>");
  },
};
