// A tiny PDF writer for test fixtures: pages of positioned text lines in the standard Helvetica fonts
// (WinAnsi, so curly quotes and dashes survive), optionally Flate-compressed, and the hostile forms
// the loader must survive (an /Encrypt dictionary with a user password, a zip bomb, no text layer).
import { deflateSync } from "node:zlib";

export interface PdfLine {
  text: string;
  /** Baseline, in points from the page's bottom (the page is 612 × 792). */
  y: number;
  x?: number;
  /** Font size in points; 11 unless given. */
  size?: number;
  bold?: boolean;
}

export interface PdfOptions {
  /** Document information dictionary's /Title. */
  title?: string;
  /** Flate-compress the content streams. */
  compress?: boolean;
  /** An /Encrypt dictionary whose user password is not empty: the file cannot be opened without it. */
  encrypted?: boolean;
  /** An extra Flate stream that inflates to this many zero bytes. */
  bombBytes?: number;
}

const WIN_ANSI: Record<string, number> = { "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "●": 0x95, "•": 0x95 };

function pdfString(text: string): string {
  let out = "";
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    if (char === "(" || char === ")" || char === "\\") out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += char;
  }
  return `(${out})`;
}

/** A line with "●" is set in F3: Helvetica whose ToUnicode map reads code 0x95 as U+25CF, since
 *  WinAnsi has only "•" there and text extraction would give "•" for the white paper's "●". */
const fontOf = (line: PdfLine): string => (line.text.includes("●") ? "F3" : line.bold ? "F2" : "F1");

function contentOf(lines: readonly PdfLine[]): string {
  return lines.map((line) => `BT /${fontOf(line)} ${line.size ?? 11} Tf ${line.x ?? 72} ${line.y} Td ${pdfString(line.text)} Tj ET`).join("\n");
}

const BLACK_CIRCLE_CMAP = [
  "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def",
  "1 begincodespacerange <00> <FF> endcodespacerange",
  "1 beginbfchar <95> <25CF> endbfchar",
  "endcmap CMapName currentdict /CMap defineresource pop end end",
].join("\n");

/** The bytes of a PDF with one page per entry of `pages`. */
export function writePdf(pages: ReadonlyArray<readonly PdfLine[]>, options: PdfOptions = {}): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === "string" ? Buffer.from(body, "latin1") : body);
    return objects.length;
  };
  const stream = (data: Buffer, compress: boolean): Buffer => {
    const bytes = compress ? deflateSync(data) : data;
    return Buffer.concat([Buffer.from(`<< /Length ${bytes.length}${compress ? " /Filter /FlateDecode" : ""} >>\nstream\n`, "latin1"), bytes, Buffer.from("\nendstream", "latin1")]);
  };
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // the page tree, filled in once the pages are numbered
  const regular = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  const circleMap = add(stream(Buffer.from(BLACK_CIRCLE_CMAP, "latin1"), false));
  const circle = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${circleMap} 0 R >>`);
  const kids = pages.map((lines) => {
    const content = add(stream(Buffer.from(contentOf(lines), "latin1"), options.compress ?? false));
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R /F3 ${circle} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(" ")}] /Count ${kids.length} >>`, "latin1");
  if (options.bombBytes !== undefined) add(stream(Buffer.alloc(options.bombBytes), true));
  const info = options.title !== undefined ? add(`<< /Title ${pdfString(options.title)} >>`) : undefined;
  const hex = (seed: number): string => `<${Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join("")}>`;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${hex(7)} /U ${hex(11)} >>`) : undefined;

  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]!.length;
  const offsets = objects.map((body, index) => {
    const at = offset;
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(chunk);
    offset += chunk.length;
    return at;
  });
  const xref = ["xref", `0 ${objects.length + 1}`, "0000000000 65535 f ", ...offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n `)].join("\n");
  const trailer = [
    `/Size ${objects.length + 1}`,
    `/Root ${catalog} 0 R`,
    ...(info !== undefined ? [`/Info ${info} 0 R`] : []),
    ...(encrypt !== undefined ? [`/Encrypt ${encrypt} 0 R /ID [${hex(3)} ${hex(3)}]`] : []),
  ].join(" ");
  parts.push(Buffer.from(`${xref}\ntrailer\n<< ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}
