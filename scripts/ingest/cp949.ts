/**
 * A strict CP949 (Unified Hangul Code) decoder. Node's "euc-kr" TextDecoder covers only the
 * KS X 1001 part: it turns CP949's extension (8,822 Hangul syllables such as 똠, common in old
 * Korean pages) into control characters without failing. The extension needs no table: it holds
 * exactly the syllables KS X 1001 lacks, in Unicode order, laid out row by row, so it is computed.
 */

let ksx1001: Map<number, string> | undefined;
let extension: Map<number, string> | undefined;

/** Two-byte code -> character for KS X 1001 (lead and trail 0xA1-0xFE), from the platform decoder. */
function ksx1001Table(): Map<number, string> {
  if (ksx1001) return ksx1001;
  const table = new Map<number, string>();
  const decoder = new TextDecoder("euc-kr", { fatal: true });
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length >= 1 && ch !== "\ufffd") table.set((lead << 8) | trail, ch);
      } catch {
        // Unassigned in KS X 1001: stays out of the table, so decoding it fails below.
      }
    }
  }
  ksx1001 = table;
  return table;
}

const extensionTrails = (lead: number): number[] => {
  const trails: number[] = [];
  for (let t = 0x41; t <= 0x5a; t++) trails.push(t);
  for (let t = 0x61; t <= 0x7a; t++) trails.push(t);
  // Leads 0x81-0xA0 use trails up to 0xFE; leads 0xA1-0xC6 stop below KS X 1001's 0xA1.
  for (let t = 0x81; t <= (lead <= 0xa0 ? 0xfe : 0xa0); t++) trails.push(t);
  return trails;
};

/** Two-byte code -> syllable for CP949's extension area. */
function extensionTable(): Map<number, string> {
  if (extension) return extension;
  const inKsx = new Set(ksx1001Table().values());
  const missing: string[] = [];
  for (let cp = 0xac00; cp <= 0xd7a3; cp++) {
    const ch = String.fromCharCode(cp);
    if (!inKsx.has(ch)) missing.push(ch);
  }
  const table = new Map<number, string>();
  let i = 0;
  for (let lead = 0x81; lead <= 0xc6 && i < missing.length; lead++) {
    for (const trail of extensionTrails(lead)) {
      if (i >= missing.length) break;
      table.set((lead << 8) | trail, missing[i++]!);
    }
  }
  extension = table;
  return table;
}

/** Decodes CP949 (a superset of EUC-KR); throws on any byte sequence CP949 does not define. */
export function decodeCp949(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    const next = bytes[i + 1];
    if (next === undefined) throw new Error(`CP949: truncated character at byte ${i}`);
    const code = (b << 8) | next;
    const ch = ksx1001Table().get(code) ?? extensionTable().get(code);
    if (ch === undefined) throw new Error(`CP949: no character for bytes ${b.toString(16)} ${next.toString(16)} at byte ${i}`);
    out += ch;
    i++;
  }
  return out;
}
