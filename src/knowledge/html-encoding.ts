// The character encoding of an HTML page, as a browser finds it without HTTP headers: a byte-order
// mark, else a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
// first 1024 bytes (the HTML standard's prescan), else UTF-8. Japanese government pages still come
// in Shift_JIS or EUC-JP; Node's TextDecoder (full ICU) decodes them. A page that is not text (NUL
// bytes) or not valid in its declared encoding is a problem, never a garbled document.
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import { decodeUtf8, type Decoded } from "./utf8.js";

/** How far into the file the declaration is looked for (the HTML standard's prescan length). */
const PRESCAN_BYTES = 1024;

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return decodeAs(bytes.subarray(2), bytes[0] === 0xff ? "utf-16le" : "utf-16be");
  }
  const declared = declaredEncoding(bytes);
  // A page read as ASCII that declares UTF-16 cannot be UTF-16: the standard reads it as UTF-8.
  if (declared === undefined || /^utf-?8$|^utf-?16/i.test(declared)) return decodeUtf8(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return decodeUtf8(bytes);
  return decodeAs(bytes, declared);
}

function decodeAs(bytes: Uint8Array, label: string): Decoded {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { problem: `declares the character encoding "${label.slice(0, 40)}", which is not supported (save the page as UTF-8)` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: `not valid ${decoder.encoding} text, the encoding the page declares` };
  }
}

/** The charset a `<meta>` element in the first 1024 bytes declares, if any. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in any ASCII-compatible encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  // Depth first, in document order: the first declaration wins.
  const stack: ParentNode[] = [parse(head)];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ("tagName" in node && node.tagName === "meta") {
      const found = metaCharset(node);
      if (found !== undefined) return found;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) {
      const child = node.childNodes[i]!;
      if ("tagName" in child) stack.push(child);
    }
  }
  return undefined;
}

function metaCharset(meta: Element): string | undefined {
  const attribute = (name: string): string | undefined => meta.attrs.find((attr) => attr.name === name)?.value;
  const charset = attribute("charset")?.trim();
  if (charset) return charset;
  if (attribute("http-equiv")?.trim().toLowerCase() !== "content-type") return undefined;
  // The standard's "extract a character encoding from a meta element": charset=value, maybe quoted.
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attribute("content") ?? "");
  return match?.[1];
}
