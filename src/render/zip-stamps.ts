// Zip headers carry each entry's modification time as DOS time/date fields at fixed offsets. Patching those bytes
// gives identical archives for identical inputs without inflating and re-deflating a large workbook.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** Sets every entry's modification time to 00:00 on 01/01/2000, in place. Throws on a malformed archive. */
export function stampZipEntries(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || zip.readUInt32LE(eocd) !== EOCD) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL) throw new Error('bad zip central directory');
    zip.writeUInt16LE(0, offset + 12);
    zip.writeUInt16LE(DOS_DATE_2000_01_01, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('bad zip local header');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(DOS_DATE_2000_01_01, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}
