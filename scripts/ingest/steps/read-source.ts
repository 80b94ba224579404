/**
 * Reads a source's bytes and turns them into clean text: refuses what is not an article text
 * (too large, empty, binary), decodes the legacy encodings Korean archives are full of, and
 * normalizes what would otherwise break search (decomposed Hangul) or diffs (CRLF).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import iconv from "iconv-lite";
import { eachSource, SourceError, type Source } from "../types";

/** Scraped articles are kilobytes; anything this large is a wrong file, not a long story. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

type Decoded = { text: string; encoding: string; warning?: string };

/** Decodes bytes; the warning says when the file was not plain UTF-8, so an editor can fix it upstream. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)),
      encoding: "UTF-8 with BOM",
      warning: "UTF-8 with a byte order mark; the mark was dropped",
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)),
      encoding: "UTF-16LE",
      warning: "decoded as UTF-16LE (byte order mark FF FE)",
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)),
      encoding: "UTF-16BE",
      warning: "decoded as UTF-16BE (byte order mark FE FF)",
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Not UTF-8: Korean pages saved before ~2010 are EUC-KR or its superset CP949.
  }
  // iconv-lite decodes all of CP949 (the 8,822 extension syllables EUC-KR lacks included); it does not
  // fail on bytes outside it but writes U+FFFD, which is what makes this strict.
  const text = iconv.decode(Buffer.from(bytes), "cp949");
  const bad = text.indexOf("\ufffd");
  if (bad >= 0) {
    throw new Error(`the bytes are neither UTF-8, UTF-16 with a byte order mark, nor EUC-KR/CP949 (no CP949 character at character ${bad})`);
  }
  return { text, encoding: "EUC-KR/CP949", warning: "not UTF-8; decoded as EUC-KR/CP949 (legacy Korean encoding)" };
}

/**
 * Control characters other than tab, line feed, form feed and carriage return mean a binary file
 * (or bytes decoded with the wrong encoding: C1 controls U+0080-U+009F never occur in real text).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

export function readSource(source: Source): void {
  const size = statSync(source.path).size;
  if (size > MAX_SOURCE_BYTES) {
    throw new SourceError(source, `file is ${mb(size)} (${size} bytes), over the ${mb(MAX_SOURCE_BYTES)} limit for a source; is it the right file?`);
  }
  const bytes = readFileSync(source.path);
  source.bytes = bytes;
  source.sha256 = createHash("sha256").update(bytes).digest("hex");
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && bytes.includes(0)) {
    throw new SourceError(source, "binary file (contains NUL bytes); a source must be text (UTF-16 needs a byte order mark)");
  }
  let decoded: Decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    throw new SourceError(source, (error as Error).message);
  }
  const control = CONTROL.exec(decoded.text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0");
    throw new SourceError(source, `binary file (control character U+${code} at character ${control.index}); a source must be text`);
  }
  if (decoded.warning) source.warnings.push(decoded.warning);
  let text = decoded.text;
  if (/\r/.test(text)) {
    text = text.replace(/\r\n?/g, "\n");
    source.notes.push("CRLF/CR line ends converted to LF");
  }
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    source.warnings.push("decomposed (NFD) characters normalized to NFC, or search would miss them");
    text = nfc;
  }
  if (text.trim() === "") throw new SourceError(source, size === 0 ? "empty file" : "file holds only whitespace");
  source.text = text;
}

export const readSourceStep = eachSource("read-source", readSource);
