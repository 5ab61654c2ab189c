import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** No part of an intake form comes near this once inflated; a larger one is a zip bomb, not a form. */
const MAX_ENTRY = 64 * 1024 * 1024;

/**
 * The wanted entries of a zip archive (the parts of an .xlsx), inflated. Sizes come from the central directory,
 * which is right even when a writer streamed the entry and left the local header's sizes at zero. Throws on a
 * malformed archive or an entry that would inflate past 64 MB.
 */
export function unzipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || zip.readUInt32LE(eocd) !== EOCD) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL) throw new Error('bad zip central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = zip.readUInt32LE(offset + 42);
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    if (!wanted(name)) continue;
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('bad zip local header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) entries.set(name, data);
    else if (method === 8) entries.set(name, inflateRawSync(data, { maxOutputLength: MAX_ENTRY }));
    else throw new Error(`unsupported zip method ${method}`);
  }
  return entries;
}
