/** Names compared the way officers read them: NFC, case and spacing ignored ("Trần  thị Mai" = "Trần Thị Mai"). */
export function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
