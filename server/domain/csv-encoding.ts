// The text of an uploaded CSV file from its bytes: spreadsheets save CSV as UTF-8 (with or without a
// byte-order mark), UTF-16 with a mark, or Windows-1252 (Excel on Windows, often declared Latin-1).
// Pure: the platform's TextDecoder for UTF-8 and UTF-16, a table for Windows-1252; the dashboard's
// preview reads a file exactly as the server will.
import { InvalidFileError } from './errors.ts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** How the encoding was known: its byte-order mark, the declared charset, or the bytes themselves. */
  by: 'bom' | 'charset' | 'content';
}

/** Labels a client may declare, by the encoding they mean (WHATWG reads Latin-1 as Windows-1252 too). */
const CHARSETS: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'x-cp1252': 'windows-1252',
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'iso_8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'iso-8859-15': 'windows-1252', latin9: 'windows-1252',
};

const BOMS: [CsvEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const fileProblem = (code: string, message: string) =>
  new InvalidFileError(code, message, [{ row: 1, code, message }]);

/** The charset parameter of a content type (`text/csv; charset=ISO-8859-1` → `iso-8859-1`), if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (€, ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —, ˜, ™, š, ›, œ, ž, Ÿ;
 * the five unused ones as the C1 controls WHATWG gives them). Written out because Node 20's TextDecoder
 * reads "windows-1252" as Latin-1 there, turning Excel's € and ’ into invisible controls.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const windows1252Char = (byte: number) => String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += Array.from(bytes.subarray(i, i + 8192), windows1252Char).join('');
  return text;
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, skip: number): string | null {
  // ISO-8859-15 differs from 1252 in eight letters; decoding it as 1252 is what browsers do too.
  if (encoding === 'windows-1252') return decodeWindows1252(bytes.subarray(skip));
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

const bomOf = (bytes: Uint8Array) => BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));

/**
 * Decodes a CSV file. A byte-order mark decides; else a declared charset; else UTF-8 when the bytes
 * are valid UTF-8 and Windows-1252 when not. A file that does not decode as it says, or that would
 * hold a replacement character (U+FFFD) or NUL, is refused with a problem naming the cause: nothing
 * garbled is ever stored.
 */
export function decodeCsvBytes(bytes: Uint8Array, declaredCharset?: string): DecodedCsv {
  const bom = bomOf(bytes);
  let result: DecodedCsv | null = null;
  if (bom) {
    const text = decode(bytes, bom[0], bom[1].length);
    if (text === null) throw fileProblem('bad-encoding', `The file starts with a ${bom[0].toUpperCase()} byte-order mark but is not valid ${bom[0].toUpperCase()}. Save it again as "CSV UTF-8".`);
    result = { text, encoding: bom[0], by: 'bom' };
  } else if (declaredCharset) {
    const encoding = CHARSETS[declaredCharset.toLowerCase()];
    if (!encoding) throw fileProblem('unsupported-charset', `The file is declared as "${declaredCharset}", which the import does not read. Send it as UTF-8, UTF-16 or Windows-1252 (Latin-1).`);
    // UTF-16 without a mark is little-endian unless it says otherwise, as Windows writes it.
    const text = decode(bytes, encoding, 0);
    if (text === null) throw fileProblem('bad-encoding', `The file is declared as "${declaredCharset}" but its bytes are not valid ${encoding.toUpperCase()}. Save it again as "CSV UTF-8".`);
    result = { text, encoding, by: 'charset' };
  } else {
    if (looksLikeUtf16(bytes)) {
      throw fileProblem('bad-encoding', 'The file looks like UTF-16 without a byte-order mark, which cannot be read safely. Save it again as "CSV UTF-8".');
    }
    const utf8 = decode(bytes, 'utf-8', 0);
    result = utf8 !== null ? { text: utf8, encoding: 'utf-8', by: 'content' } : { text: decode(bytes, 'windows-1252', 0) ?? '', encoding: 'windows-1252', by: 'content' };
  }
  if (result.text.includes('\uFFFD')) {
    throw fileProblem('bad-encoding', 'The file holds the replacement character U+FFFD: it was damaged by an earlier conversion. Fix those characters and save it again as "CSV UTF-8".');
  }
  if (result.text.includes('\u0000')) {
    throw fileProblem('bad-encoding', `Read as ${result.encoding.toUpperCase()}, the file holds NUL characters: it is not a text file in that encoding. Save it again as "CSV UTF-8".`);
  }
  return result;
}

/** Every other byte zero in the first hundred: UTF-16 text of mostly Latin letters, without its mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  return Math.max(evenZero, oddZero) > n / 4;
}

/** Text encoded for a test or a download, with the byte-order mark that tells readers what it is. */
export function encodeCsvText(text: string, encoding: CsvEncoding, bom = encoding !== 'windows-1252'): Uint8Array {
  const marks: Record<CsvEncoding, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'windows-1252': [] };
  let body: number[];
  if (encoding === 'utf-8') body = [...new TextEncoder().encode(text)];
  else if (encoding === 'windows-1252') body = [...text].map((ch) => {
    const byte = WINDOWS_1252_BY_CHAR.get(ch);
    if (byte === undefined) throw new RangeError(`"${ch}" has no Windows-1252 byte`);
    return byte;
  });
  else {
    body = [];
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (encoding === 'utf-16le') body.push(unit & 0xff, unit >> 8);
      else body.push(unit >> 8, unit & 0xff);
    }
  }
  return Uint8Array.from([...(bom ? marks[encoding] : []), ...body]);
}

/** Each character Windows-1252 can hold, with its byte. */
const WINDOWS_1252_BY_CHAR: ReadonlyMap<string, number> = new Map(Array.from({ length: 256 }, (_, b) => [windows1252Char(b), b]));

/** Whether text can be written in Windows-1252 without loss (for tests choosing what to encode). */
export const fitsWindows1252 = (text: string) => [...text].every((ch) => WINDOWS_1252_BY_CHAR.has(ch));
