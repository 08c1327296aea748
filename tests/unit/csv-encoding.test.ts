import { describe, expect, it } from 'vitest';
import { charsetOf, decodeCsvBytes, encodeCsvText } from '../../server/domain/csv-encoding.ts';
import { InvalidFileError } from '../../server/domain/errors.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (text: string) => new TextEncoder().encode(text);
/** "Théâtre" as Excel on Windows saves it. */
const THEATRE_1252 = bytes(0x54, 0x68, 0xe9, 0xe2, 0x74, 0x72, 0x65);

describe('decodeCsvBytes', () => {
  it.each([
    ['UTF-8 without a mark', utf8('Théâtre'), undefined, 'Théâtre', 'utf-8', 'content'],
    ['UTF-8 with its mark', bytes(0xef, 0xbb, 0xbf, ...utf8('Théâtre')), undefined, 'Théâtre', 'utf-8', 'bom'],
    ['UTF-16 LE with its mark', encodeCsvText('Théâtre 中文', 'utf-16le'), undefined, 'Théâtre 中文', 'utf-16le', 'bom'],
    ['UTF-16 BE with its mark', encodeCsvText('Théâtre 😀', 'utf-16be'), undefined, 'Théâtre 😀', 'utf-16be', 'bom'],
    ['Windows-1252, undeclared', THEATRE_1252, undefined, 'Théâtre', 'windows-1252', 'content'],
    ['Windows-1252 declared as ISO-8859-1', THEATRE_1252, 'ISO-8859-1', 'Théâtre', 'windows-1252', 'charset'],
    ['Windows-1252 with €, – and ’ (bytes 0x80, 0x96, 0x92)', bytes(0x80, 0x20, 0x96, 0x20, 0x92), 'windows-1252', '€ – ’', 'windows-1252', 'charset'],
    ['UTF-8 declared', utf8('Zürich'), 'utf-8', 'Zürich', 'utf-8', 'charset'],
    ['a mark wins over a declared charset', bytes(0xef, 0xbb, 0xbf, ...utf8('é')), 'iso-8859-1', 'é', 'utf-8', 'bom'],
    ['plain ASCII', utf8('name,kind\n'), undefined, 'name,kind\n', 'utf-8', 'content'],
  ])('%s', (_name, input, charset, text, encoding, by) => {
    expect(decodeCsvBytes(input, charset)).toEqual({ text, encoding, by });
  });

  it.each([
    ['a charset it does not read', utf8('x'), 'shift_jis', 'unsupported-charset'],
    ['UTF-8 declared on Windows-1252 bytes', THEATRE_1252, 'utf-8', 'bad-encoding'],
    ['a UTF-8 mark on bytes that are not UTF-8', bytes(0xef, 0xbb, 0xbf, 0xe9), undefined, 'bad-encoding'],
    ['UTF-16 without its mark', encodeCsvText('name,kind,commune', 'utf-16le', false), undefined, 'bad-encoding'],
    ['a replacement character left by an earlier conversion', utf8('Th\uFFFD\uFFFDtre'), undefined, 'bad-encoding'],
  ])('refuses %s with a problem that names it', (_name, input, charset, code) => {
    let error: unknown;
    try {
      decodeCsvBytes(input, charset);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidFileError);
    expect(error).toMatchObject({ code, errors: [expect.objectContaining({ row: 1, code })] });
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/csv', undefined],
    ['text/csv; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/csv;charset="utf-8"', 'utf-8'],
    ['text/csv; header=present; charset=windows-1252', 'windows-1252'],
    [undefined, undefined],
  ])('%s → %s', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});

describe('encodeCsvText', () => {
  it('refuses a character Windows-1252 cannot hold', () => {
    expect(() => encodeCsvText('中', 'windows-1252')).toThrow(RangeError);
  });
});
