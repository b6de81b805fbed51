// `npm run import`'s network edge: downloading a page or a PDF with Node's built-in fetch. Redirects
// are followed here, not by fetch, so that there is a limit and a loop is named; one deadline covers
// the whole download; the body is streamed and the download dropped as soon as it passes the size cap
// (a Content-Length over it is refused before any of the body is read). What the body is comes from
// its first bytes (`%PDF-`, `<!DOCTYPE html`) and the Content-Type; an HTML page's charset from the
// header is applied here (it outranks the page's `<meta charset>`, as in a browser), the rest of the
// decoding is the HTML loader's. Nothing throws: a failure is one `problem` line.
import { MAX_FILE_BYTES } from "../knowledge/load.js";

export interface FetchLimits {
  /** Bodies larger than this are refused: the knowledge loader would skip such a file anyway. */
  maxBytes: number;
  /** The whole download, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed at most. */
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = Object.freeze({ maxBytes: MAX_FILE_BYTES, timeoutMs: 30_000, maxRedirects: 5 });

export type SourceKind = "html" | "pdf";

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  kind: SourceKind;
  /** For an HTML page whose charset the server named, the body re-encoded as UTF-8 with a byte-order
   *  mark (which the HTML loader honours before any `<meta charset>`); else the bytes as sent. */
  bytes: Uint8Array;
}

export type FetchResult = Fetched | { problem: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
/** Types that say nothing about the body: then its first bytes decide. */
const UNTYPED = new Set(["", "application/octet-stream", "binary/octet-stream"]);
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|title|meta|!--)[\s>/]/i;
const SNIFF_BYTES = 512;
const ERROR_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found (DNS lookup failed)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed by the server",
};

/** An http(s) URL, or undefined for anything else (a file path). */
export function httpUrl(input: string): URL | undefined {
  if (!/^https?:\/\//i.test(input)) return undefined;
  try {
    return new URL(input);
  } catch {
    return undefined;
  }
}

class DownloadProblem extends Error {}

function describeError(error: unknown, timedOut: boolean, limits: FetchLimits): string {
  if (error instanceof DownloadProblem) return error.message;
  if (timedOut) return `no complete answer within ${limits.timeoutMs / 1000} s (timed out)`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code;
  if (code !== undefined) return `cannot download: ${ERROR_CODES[code] ?? cause?.message ?? code} (${code})`;
  return `cannot download: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The body, streamed, or a DownloadProblem as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number, abort: () => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      throw new DownloadProblem(`the body is larger than the ${megabytes(maxBytes)} limit; download stopped`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** What the body is, from its first bytes and the Content-Type's media type. */
export function sniffKind(bytes: Uint8Array, mediaType: string): SourceKind | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString("latin1").replace(/^\xef\xbb\xbf/, "");
  if (head.startsWith("%PDF-") || mediaType === "application/pdf") return "pdf";
  if (HTML_TYPES.has(mediaType)) return "html";
  if (UNTYPED.has(mediaType) && HTML_START.test(head)) return "html";
  return undefined;
}

/** An HTML body in the charset the server named, as UTF-8 with a byte-order mark; a body that
 *  already starts with a byte-order mark is kept (the mark outranks the header). */
export function applyCharset(bytes: Uint8Array, charset: string): Uint8Array | { problem: string } {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return bytes;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { problem: `the server declares the character encoding "${charset.slice(0, 40)}", which is not supported` };
  }
  try {
    return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decoder.decode(bytes), "utf8")]));
  } catch {
    return { problem: `not valid ${decoder.encoding} text, the encoding the server declares` };
  }
}

/** Downloads `url`: an HTML page or a PDF, or the one-line reason why not. */
export async function fetchSource(url: URL, limits: FetchLimits = FETCH_LIMITS, fetchImpl: typeof fetch = fetch): Promise<FetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const visited = [url.href];
    let current = url;
    for (;;) {
      const response = await fetchImpl(current, {
        redirect: "manual",
        signal: controller.signal,
        headers: { accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1" },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        current = nextLocation(response, current, visited, limits);
        visited.push(current.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { problem: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
      }
      const length = Number(response.headers.get("content-length") ?? "");
      if (Number.isFinite(length) && length > limits.maxBytes) {
        controller.abort();
        return { problem: `the body is larger than the ${megabytes(limits.maxBytes)} limit (Content-Length ${length}); not downloaded` };
      }
      const bytes = await readBody(response, limits.maxBytes, () => controller.abort());
      const contentType = response.headers.get("content-type") ?? "";
      const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
      const kind = sniffKind(bytes, mediaType);
      if (kind === undefined) return { problem: `not an HTML page or a PDF (Content-Type ${mediaType || "missing"})` };
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
      if (kind === "pdf" || charset === undefined) return { url: current.href, kind, bytes };
      const decoded = applyCharset(bytes, charset);
      return decoded instanceof Uint8Array ? { url: current.href, kind, bytes: decoded } : decoded;
    }
  } catch (error) {
    return { problem: describeError(error, timedOut, limits) };
  } finally {
    clearTimeout(timer);
  }
}

/** Where a redirect points, or a DownloadProblem: no Location, not http(s), a loop, too many. */
function nextLocation(response: Response, current: URL, visited: readonly string[], limits: FetchLimits): URL {
  const location = response.headers.get("location");
  if (location === null) throw new DownloadProblem(`HTTP ${response.status} redirect without a Location`);
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new DownloadProblem(`HTTP ${response.status} redirect to an invalid address`);
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") throw new DownloadProblem(`redirected to ${next.protocol} (only http and https are followed)`);
  const seen = visited.indexOf(next.href);
  if (seen !== -1) throw new DownloadProblem(`redirect loop: ${[...visited.slice(seen), next.href].join(" → ")}`);
  if (visited.length > limits.maxRedirects) throw new DownloadProblem(`more than ${limits.maxRedirects} redirects`);
  return next;
}
