// Party committees a Ban serves, as their names begin ("Ban Xây dựng Đảng Đảng ủy xã": the Ban of the Đảng ủy xã).
const COMMITTEE = /^(Ban\s.+?)\s+((?:Đảng ủy|Đảng uỷ|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)(?:\s.*)?)$/u;

/**
 * Hướng dẫn 36-HD/VPTW: a Party body's letterhead names the superior Party body on the first line and the issuing
 * body below it, so the Ban Xây dựng Đảng of the Đảng ủy xã prints "ĐẢNG ỦY XÃ" over "BAN XÂY DỰNG ĐẢNG". Plans name
 * such a Ban in full ("Ban Xây dựng Đảng Đảng ủy xã"); this splits the name at the committee's. Undefined for a name
 * that is not a Ban of a named committee ("Đảng ủy phường", "Sở Nội vụ").
 */
export function splitPartyBody(name: string): { superior: string; body: string } | undefined {
  const match = COMMITTEE.exec(name.trim());
  return match?.[1] && match[2] ? { superior: match[2], body: match[1] } : undefined;
}
