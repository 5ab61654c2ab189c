import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';

const TEXT = 'ten: Sở Nội vụ\nho_ten: Trần Thị Ánh Tuyết\n';
const utf8 = new TextEncoder().encode(TEXT);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const swap = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] as number);

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(utf8)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...utf16le(TEXT)]);
    const be = new Uint8Array([0xfe, 0xff, ...swap(utf16le(TEXT))]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE saved without a BOM', () => {
    expect(decodeBytes(utf16le('loai: dang-ky\nnam: 2025\n'))).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('names the line and column of an invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nten: Sở '), 0xc3, 0x28, 0x0a]);
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      problem: 'invalid-utf8',
      byte: '0xC3',
      position: { line: 2, column: 9 },
    });
  });

  it('recognises a legacy Vietnamese encoding (TCVN3)', () => {
    const tcvn = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: TEXT });
    const result = decodeBytes(new Uint8Array(tcvn));
    expect(result).toMatchObject({ ok: false, problem: 'legacy-vietnamese', position: { line: 1, column: 7 } });
  });

  it('refuses binary files', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]))).toMatchObject({
      ok: false,
      problem: 'binary',
      position: { line: 1, column: 3 },
    });
  });

  it('refuses UTF-8 Vietnamese once read as Windows-1252 and saved again, at the first garbled letters', () => {
    const once = 'trich_yeu: Về việc đề nghị tặng Bằng khen\nphong_trao: “Dân vận khéo” của đơn vị\n';
    // What an editor that took the UTF-8 bytes for Windows-1252 saves: every lead byte becomes a Latin-1 letter.
    const garbled = execFileSync('iconv', ['-f', 'WINDOWS-1252', '-t', 'UTF-8', '-c'], { input: Buffer.from(once) });
    const result = decodeBytes(new Uint8Array(garbled));
    expect(result).toMatchObject({ ok: false, problem: 'mojibake', position: { line: 1, column: 13 } });
    expect((result as { sample?: string }).sample).toMatch(/^á»/); // quoted for the officer to find
  });

  it('reads real Vietnamese with Ã, Ä-free text, non-breaking spaces and quotes as it is', () => {
    const text =
      'ten: CỘNG HÒA XÃ\u00a0HỘI CHỦ NGHĨA VIỆT NAM\nghi_chu: “NGÃ BA” — Ãn, Â€ không; “CẤP XÃ”, ĐÃ“, NGÃ’, «XÃ» 5 m²\n';
    expect(decodeBytes(new TextEncoder().encode(text))).toMatchObject({ ok: true, text });
  });
});
