#!/usr/bin/env node
// Writes a synthetic, national-scale inbox of "Dân vận khéo" registrations for the validate benchmark:
// one registration (loai: dang-ky) per commune-level unit (3,321 xã/phường/đặc khu in 34 provinces)
// and per provincial agency (700), plus one unit registry (danh-muc-don-vi) listing every unit.
// A few percent of the files are deliberately wrong. Same seed, same bytes.
//
//   node bench/generate.mjs [dir] [--seed N]      (default dir: bench/out/inbox)
//
// Next to the directory it writes <dir>.manifest.json: counts, the deliberate defects and a small valid file.
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20250415;
export const DEFAULT_INBOX = fileURLToPath(new URL('./out/inbox/', import.meta.url));
export const REGISTRY_FILE = 'danh-muc-don-vi.yaml';
export const manifestPathFor = (dir) => `${resolve(dir)}.manifest.json`;

const YEAR = 2025;
const PLAN = 'dan-van-kheo-2025';

// 34 provinces after the 2025 merger, with approximate commune-level counts (3,321 in total).
const PROVINCES = [
  ['Hà Nội', 'thành phố', 126],
  ['Huế', 'thành phố', 40],
  ['Lai Châu', 'tỉnh', 38],
  ['Điện Biên', 'tỉnh', 45],
  ['Sơn La', 'tỉnh', 75],
  ['Lạng Sơn', 'tỉnh', 65],
  ['Quảng Ninh', 'tỉnh', 54],
  ['Thanh Hóa', 'tỉnh', 166],
  ['Nghệ An', 'tỉnh', 130],
  ['Hà Tĩnh', 'tỉnh', 69],
  ['Cao Bằng', 'tỉnh', 56],
  ['Tuyên Quang', 'tỉnh', 124],
  ['Lào Cai', 'tỉnh', 99],
  ['Thái Nguyên', 'tỉnh', 92],
  ['Phú Thọ', 'tỉnh', 148],
  ['Bắc Ninh', 'tỉnh', 99],
  ['Hưng Yên', 'tỉnh', 104],
  ['Hải Phòng', 'thành phố', 114],
  ['Ninh Bình', 'tỉnh', 129],
  ['Quảng Trị', 'tỉnh', 78],
  ['Đà Nẵng', 'thành phố', 94],
  ['Quảng Ngãi', 'tỉnh', 96],
  ['Gia Lai', 'tỉnh', 135],
  ['Khánh Hòa', 'tỉnh', 65],
  ['Lâm Đồng', 'tỉnh', 124],
  ['Đắk Lắk', 'tỉnh', 102],
  ['Hồ Chí Minh', 'thành phố', 168],
  ['Đồng Nai', 'tỉnh', 95],
  ['Tây Ninh', 'tỉnh', 96],
  ['Cần Thơ', 'thành phố', 103],
  ['Vĩnh Long', 'tỉnh', 124],
  ['Đồng Tháp', 'tỉnh', 102],
  ['Cà Mau', 'tỉnh', 64],
  ['An Giang', 'tỉnh', 102],
];
const COMMUNE_TOTAL = 3321;
const AGENCY_TOTAL = 700;

const SPECIAL_ZONES = {
  'Quảng Ninh': ['Vân Đồn', 'Cô Tô'],
  'Hải Phòng': ['Cát Hải', 'Bạch Long Vĩ'],
  'Quảng Trị': ['Cồn Cỏ'],
  'Đà Nẵng': ['Hoàng Sa'],
  'Quảng Ngãi': ['Lý Sơn'],
  'Khánh Hòa': ['Trường Sa'],
  'Lâm Đồng': ['Phú Quý'],
  'Hồ Chí Minh': ['Côn Đảo'],
  'An Giang': ['Phú Quốc', 'Kiên Hải', 'Thổ Châu'],
};

// [name, abbreviation for the document number, loai_don_vi]
const AGENCIES = [
  ['Văn phòng Ủy ban nhân dân', 'VP', 'so-nganh'],
  ['Sở Nội vụ', 'SNV', 'so-nganh'],
  ['Sở Tài chính', 'STC', 'so-nganh'],
  ['Sở Tư pháp', 'STP', 'so-nganh'],
  ['Sở Công Thương', 'SCT', 'so-nganh'],
  ['Sở Xây dựng', 'SXD', 'so-nganh'],
  ['Sở Nông nghiệp và Môi trường', 'SNNMT', 'so-nganh'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', 'so-nganh'],
  ['Sở Y tế', 'SYT', 'so-nganh'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'so-nganh'],
  ['Sở Khoa học và Công nghệ', 'SKHCN', 'so-nganh'],
  ['Sở Dân tộc và Tôn giáo', 'SDTTG', 'so-nganh'],
  ['Sở Ngoại vụ', 'SNgV', 'so-nganh'],
  ['Thanh tra', 'TTr', 'so-nganh'],
  ['Công an', 'CA', 'nganh-dac-thu'],
  ['Bộ Chỉ huy Quân sự', 'BCH', 'nganh-dac-thu'],
  ['Bảo hiểm xã hội', 'BHXH', 'nganh-dac-thu'],
  ['Thuế', 'T', 'nganh-dac-thu'],
  ['Ban Quản lý các khu công nghiệp', 'BQL', 'so-nganh'],
  ['Đài Phát thanh và Truyền hình', 'ĐPTTH', 'don-vi-su-nghiep'],
  ['Trường Chính trị', 'TCT', 'don-vi-su-nghiep'],
];

const PLACE_FIRST = [
  'Tân',
  'Hòa',
  'Phú',
  'An',
  'Bình',
  'Long',
  'Thạnh',
  'Mỹ',
  'Vĩnh',
  'Phước',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Quảng',
  'Thái',
  'Hưng',
  'Đức',
  'Kim',
  'Ngọc',
  'Thanh',
  'Xuân',
  'Hồng',
  'Minh',
  'Quang',
  'Sơn',
  'Cẩm',
  'Hải',
  'Lộc',
  'Yên',
  'Gia',
  'Hiệp',
  'Thuận',
  'Lương',
  'Tiên',
  'Cát',
  'Châu',
];
const PLACE_SECOND = [
  'Phú',
  'Hòa',
  'Bình',
  'An',
  'Lợi',
  'Thành',
  'Hưng',
  'Long',
  'Thịnh',
  'Lộc',
  'Phong',
  'Sơn',
  'Hải',
  'Điền',
  'Tiến',
  'Xuân',
  'Yên',
  'Trung',
  'Đông',
  'Tây',
  'Mỹ',
  'Khánh',
  'Lâm',
  'Dương',
  'Hà',
  'Quý',
  'Tân',
  'Nghĩa',
  'Thuận',
  'Hiệp',
  'Phước',
  'Lạc',
];

const FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lò',
  'Hà',
  'Lương',
  'Triệu',
  'Trịnh',
  'Mai',
  'Cao',
];
const MIDDLE_MALE = [
  'Văn',
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quốc',
  'Thanh',
  'Công',
  'Xuân',
  'Ngọc',
  'Anh',
  'Trọng',
  'Đình',
  'Tiến',
];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Hồng', 'Thùy', 'Phương', 'Bảo'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Kiên',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quang',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const GIVEN_FEMALE = [
  'Anh',
  'Bích',
  'Chi',
  'Diệp',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Ngân',
  'Nga',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Thơ',
  'Thủy',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
];

const TOPICS = {
  'kinh-te': [
    'vận động nhân dân hiến đất mở rộng đường giao thông nông thôn',
    'hỗ trợ nông dân liên kết sản xuất lúa theo chuỗi giá trị',
    'phát triển sản phẩm OCOP gắn với du lịch cộng đồng',
    'giúp hộ nghèo thoát nghèo bền vững bằng sinh kế tại chỗ',
    'hướng dẫn bà con bán nông sản trên sàn thương mại điện tử',
    'chuyển đổi cây trồng thích ứng với xâm nhập mặn',
  ],
  'van-hoa-xa-hoi': [
    'chung tay xây dựng nhà đại đoàn kết cho hộ khó khăn',
    'giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn',
    'hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
    'phổ cập kỹ năng số cho người cao tuổi',
    'xây dựng tuyến đường hoa, đường cây xanh kiểu mẫu',
    'bảo tồn và phát huy bản sắc văn hóa các dân tộc thiểu số',
    'vận động trẻ em đến trường, chống bỏ học giữa chừng',
  ],
  'quoc-phong-an-ninh': [
    'tổ tự quản an ninh trật tự khu dân cư',
    'lắp đặt camera an ninh trên các tuyến đường liên thôn',
    'phòng, chống ma túy trong thanh thiếu niên',
    'vận động giao nộp vũ khí, vật liệu nổ',
  ],
  'xay-dung-he-thong-chinh-tri': [
    'giải quyết thủ tục hành chính không hẹn ngày',
    'cán bộ đi từng ngõ, gõ từng nhà lắng nghe ý kiến nhân dân',
    'đối thoại định kỳ giữa người đứng đầu với nhân dân',
    'tiếp nhận, trả lời phản ánh của người dân qua nhóm Zalo',
  ],
};
const MODEL_PREFIX = ['Dân vận khéo trong', 'Mô hình', 'Dân vận khéo với việc', 'Mô hình "Dân vận khéo"'];
const MODEL_BRANDS = [
  'Ngày Chủ nhật xanh',
  'Bữa cơm 0 đồng',
  'Hũ gạo tình thương',
  'Tổ công nghệ số cộng đồng',
  'Ngôi nhà tình nghĩa',
  'Mỗi tuần một việc tốt',
  'Cán bộ gần dân',
  'Zalo kết nối',
  'Đường làng sáng – xanh – sạch',
  'Ba cùng',
];
const PROBLEMS = [
  'hộ gia đình chưa quen sử dụng dịch vụ công trực tuyến',
  'tuyến đường giao thông nông thôn nhỏ hẹp, xuống cấp',
  'điểm tập kết rác tự phát gây ô nhiễm môi trường',
  'hộ nghèo, hộ cận nghèo thiếu sinh kế ổn định',
  'vụ việc khiếu nại kéo dài liên quan đến đất đai',
  'người cao tuổi sống một mình, thiếu sự chăm sóc',
  'trẻ em có nguy cơ bỏ học giữa chừng',
  'nông sản tiêu thụ khó khăn, giá cả bấp bênh',
];
const CONSEQUENCES = [
  'ảnh hưởng đến đời sống của nhân dân',
  'người dân còn e ngại, chưa tích cực tham gia',
  'gây bức xúc trong một bộ phận nhân dân',
  'làm chậm tiến độ thực hiện các chương trình phát triển kinh tế - xã hội',
];
const TARGETS = [
  '100% hộ gia đình được tuyên truyền, hướng dẫn',
  'giảm ít nhất 30% số vụ việc phát sinh so với năm trước',
  'trên 80% hồ sơ thủ tục hành chính được nộp trực tuyến',
  'hoàn thành mở rộng 5 km đường giao thông nông thôn',
  'không còn điểm rác tồn đọng trên địa bàn',
  'hỗ trợ 20 hộ thoát nghèo bền vững',
];
const ACTIONS = [
  'tổ chức hội nghị tuyên truyền tại các khu dân cư',
  'phân công cán bộ, đảng viên phụ trách từng nhóm hộ',
  'lập nhóm Zalo để tiếp nhận ý kiến của người dân',
  'phối hợp với Mặt trận và các đoàn thể vận động nhân dân',
  'biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu',
  'đối thoại trực tiếp với người dân về những vướng mắc',
  'xây dựng tài liệu hướng dẫn ngắn gọn, dễ hiểu',
  'đưa nội dung vào hương ước, quy ước của thôn, tổ dân phố',
];
const TARGET_GROUPS = [
  'Hộ gia đình, cá nhân trên địa bàn',
  'Người cao tuổi và người khuyết tật',
  'Hộ nghèo, hộ cận nghèo',
  'Đoàn viên thanh niên và học sinh',
  'Đồng bào dân tộc thiểu số',
  'Người dân, doanh nghiệp đến giao dịch',
  'Hội viên nông dân, phụ nữ',
];
const PARTNERS = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Ban điều hành các thôn, tổ dân phố',
  'Trường Trung học cơ sở',
  'Trạm Y tế',
];
const FUNDING = ['ngân sách địa phương', 'nguồn xã hội hóa', 'lồng ghép chương trình mục tiêu quốc gia'];
const PRODUCTS = [
  'Số hộ tham gia, số km đường được mở rộng, số ý kiến được giải quyết',
  'Bộ tài liệu hướng dẫn và danh sách hộ được hỗ trợ',
  'Báo cáo kết quả có số liệu trước và sau khi thực hiện',
  'Hình ảnh, biên bản nghiệm thu và ý kiến đánh giá của người dân',
];
const SCALING = [
  'Có thể nhân rộng ra các xã, phường lân cận',
  'Mô hình dễ thực hiện, chi phí thấp, có khả năng duy trì lâu dài',
  'Đã được nhân rộng tại 3 thôn, tiếp tục triển khai trên toàn địa bàn',
];
const COMMUNE_ROLES = [
  'Phó Chủ tịch Ủy ban nhân dân',
  'Công chức Văn phòng - Thống kê',
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Địa chính - Xây dựng',
  'Công chức Văn hóa - Xã hội',
  'Trưởng thôn',
  'Tổ trưởng tổ dân phố',
  'Bí thư Chi đoàn thanh niên',
];
const AGENCY_ROLES = [
  'Phó Giám đốc',
  'Chánh Văn phòng',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chuyên viên chính',
  'Chuyên viên',
];
const AGENCY_DEPARTMENTS = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch - Tài chính',
  'Phòng Nghiệp vụ',
  'Thanh tra',
];
const PERSONAL_DEEDS = [
  'Hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà',
  'Vận động 15 hộ hiến đất làm đường giao thông',
  'Tiếp nhận và giải quyết dứt điểm phản ánh của người dân trong 48 giờ',
  'Kèm cặp, giúp đỡ 3 hộ nghèo phát triển kinh tế',
  'Duy trì sinh hoạt câu lạc bộ dân vận khéo hằng tháng',
  'Vận động thanh niên tham gia tổ tự quản an ninh trật tự',
];
const BAD_DATES = [
  '31/02/2025',
  '29/02/2025',
  '30/02/2025',
  '31/04/2025',
  '31/06/2025',
  '31/09/2025',
  '32/03/2025',
  '15/13/2025',
];

/** Defect kinds written into the files, with their share of files; one file gets the YAML syntax error. */
export const DEFECTS = {
  'ngay-khong-ton-tai': { share: 0.012, schemaInvalid: true, note: 'impossible date such as 31/02/2025' },
  'khoa-la': { share: 0.01, schemaInvalid: true, note: 'unknown key (often a misspelt one)' },
  'sai-kieu': { share: 0.01, schemaInvalid: true, note: 'wrong type (quoted year, unquoted 01.0001 code…)' },
  'ma-don-vi-la': { share: 0.008, schemaInvalid: false, note: 'unit code missing from the registry (cross-file)' },
  'loi-cu-phap': { share: 0, schemaInvalid: true, note: 'YAML syntax error (exactly one file)' },
};

// mulberry32: tiny, fast, and the same sequence on every platform.
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const sample = (items, n) => {
    const pool = [...items];
    const out = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

/** ASCII slug: "Sở Văn hóa, Thể thao" → "so-van-hoa-the-thao". */
export function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n, width) => String(n).padStart(width, '0');

// ---- dates ---------------------------------------------------------------------------------------------

const DATE_STYLES = [
  [0.7, (y, m, d) => `${pad(d, 2)}/${pad(m, 2)}/${y}`],
  [0.15, (y, m, d) => `${d}/${m}/${y}`],
  [0.1, (y, m, d) => `${pad(d, 2)}-${pad(m, 2)}-${y}`],
  [0.05, (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`], // unquoted ISO: a string in YAML 1.2, a timestamp in YAML 1.1
];

function pickDateStyle(rng) {
  let r = rng.next();
  for (const [share, style] of DATE_STYLES) {
    if (r < share) return style;
    r -= share;
  }
  return DATE_STYLES[0][1];
}

/** A date `offset` days after the start of `YEAR`, written in the file's style, unquoted as officers type it. */
function dateAt(style, dayOfYear) {
  const date = new Date(Date.UTC(YEAR, 0, 1 + dayOfYear));
  return new Raw(style(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

// ---- a small YAML writer (block style, quoting only where a plain scalar would change meaning) -----------

class Raw {
  constructor(text) {
    this.text = text;
  }
}

const UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const LOOKS_TYPED = /^(?:[-+.\d]|~$|null$|true$|false$|yes$|no$|on$|off$|y$|n$)/i;

function scalar(value) {
  if (value instanceof Raw) return value.text;
  if (typeof value === 'number') return String(value);
  const plain =
    value !== '' &&
    !UNSAFE_START.test(value) &&
    !/\s$/.test(value) &&
    !/: |:$| #|[\n\t]/.test(value) &&
    !LOOKS_TYPED.test(value);
  return plain ? value : JSON.stringify(value);
}

const isScalar = (value) => typeof value !== 'object' || value instanceof Raw;

function toYamlLines(object, indent = '') {
  const lines = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (isScalar(value)) lines.push(`${indent}${key}: ${scalar(value)}`);
    else if (Array.isArray(value)) {
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        if (isScalar(item)) lines.push(`${indent}  - ${scalar(item)}`);
        else {
          const inner = toYamlLines(item, `${indent}    `);
          inner[0] = `${indent}  - ${inner[0].slice(indent.length + 4)}`;
          lines.push(...inner);
        }
      }
    } else {
      lines.push(`${indent}${key}:`, ...toYamlLines(value, `${indent}  `));
    }
  }
  return lines;
}

// ---- units -----------------------------------------------------------------------------------------------

function buildUnits(rng) {
  const provinces = [];
  let formerCode = 0;
  // 20 agencies everywhere, and a 21st in the first provinces until AGENCY_TOTAL is reached.
  const agencyExtra = AGENCY_TOTAL - (AGENCIES.length - 1) * PROVINCES.length;
  PROVINCES.forEach(([name, level, communeCount], index) => {
    const code = pad(index + 1, 2);
    const fullName = `${level} ${name}`;
    const province = { code, name, fullName, slug: slug(name), communes: [], agencies: [] };
    const zones = SPECIAL_ZONES[name] ?? [];
    const wardShare = level === 'thành phố' ? 0.45 : 0.17;
    const wards = Math.round((communeCount - zones.length) * wardShare);
    const used = new Set();
    for (let i = 0; i < communeCount; i += 1) {
      let type;
      let place;
      if (i < zones.length) {
        type = 'dac-khu';
        place = zones[i];
      } else {
        type = i < zones.length + wards ? 'phuong' : 'xa';
        do {
          place = `${rng.pick(PLACE_FIRST)} ${rng.pick(PLACE_SECOND)}`;
        } while (used.has(place) || place.split(' ')[0] === place.split(' ')[1]);
      }
      used.add(place);
      const label = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' }[type];
      const former = [];
      for (let k = rng.int(type === 'dac-khu' ? 0 : 1, 3); k > 0; k -= 1) {
        formerCode += 1;
        const formerLabel =
          type === 'phuong' ? rng.pick(['Phường', 'Phường', 'Xã', 'Thị trấn']) : rng.pick(['Xã', 'Xã', 'Thị trấn']);
        former.push({
          ma: pad(formerCode, 5),
          ten: `${formerLabel} ${rng.pick(PLACE_FIRST)} ${rng.pick(PLACE_SECOND)}`,
        });
      }
      province.communes.push({
        code: `${code}.${pad(i + 1, 4)}`,
        name: `${label} ${place}`,
        type,
        place,
        former,
        province,
      });
    }
    const agencyCount = index < agencyExtra ? AGENCIES.length : AGENCIES.length - 1;
    for (let i = 0; i < agencyCount; i += 1) {
      const [agency, abbreviation, unitType] = AGENCIES[i];
      province.agencies.push({
        code: `${code}.${9001 + i}`,
        name: `${agency} ${fullName}`,
        agency,
        abbreviation,
        type: unitType,
        province,
      });
    }
    provinces.push(province);
  });
  return provinces;
}

// ---- one registration -------------------------------------------------------------------------------------

function personName(rng, female) {
  const family = rng.pick(FAMILY);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return { full: `${family} ${middle} ${given}`, family, middle, given };
}

/** annv.tanphu@thanhhoa.gov.vn for a commune, annv@snv.thanhhoa.gov.vn for an agency. */
function email(name, unit) {
  const local = `${slug(name.given)}${slug(name.family)[0]}${slug(name.middle)[0]}`;
  const province = unit.province.slug.replace(/-/g, '');
  if (unit.agency) return `${local}@${slug(unit.abbreviation)}.${province}.gov.vn`;
  return `${local}.${slug(unit.place).replace(/-/g, '')}@${province}.gov.vn`;
}

function phone(rng) {
  return `0${rng.pick(['912', '913', '983', '987', '905', '935', '868', '377'])} ${rng.int(100, 999)} ${rng.int(100, 999)}`;
}

function buildModel(rng, unit, index, dateStyle, usedTopics) {
  let field;
  let topic;
  do {
    field = rng.pick(Object.keys(TOPICS));
    topic = rng.pick(TOPICS[field]);
  } while (usedTopics.has(topic)); // one file never registers the same model twice
  usedTopics.add(topic);
  const name = rng.chance(0.3) ? `"${rng.pick(MODEL_BRANDS)}" – ${topic}` : `${rng.pick(MODEL_PREFIX)} ${topic}`;
  const isCommune = !unit.agency;
  const place = isCommune ? unit.name.replace(/^\S+/, (w) => w.toLowerCase()) : unit.province.fullName;
  const start = rng.int(0, 119);
  const model = {
    ma: `MH${pad(index + 1, 2)}`,
    ten_mo_hinh: name,
    tap_the: isCommune
      ? `Ủy ban nhân dân ${place}`
      : rng.pick([unit.name, `${rng.pick(AGENCY_DEPARTMENTS)}, ${unit.agency}`]),
    linh_vuc: field,
    thuc_trang: `Trên địa bàn ${place} còn ${rng.pick(['nhiều', 'một số'])} ${rng.pick(PROBLEMS)}, ${rng.pick(CONSEQUENCES)}.`,
    muc_tieu: `Phấn đấu đến cuối năm ${YEAR} ${rng.pick(TARGETS)}.`,
    noi_dung: `${rng
      .sample(ACTIONS, 3)
      .join('; ')
      .replace(/^./, (c) => c.toUpperCase())}.`,
    dia_ban: isCommune
      ? rng.pick([`Toàn ${place}`, `${rng.int(3, 14)} thôn, tổ dân phố thuộc ${place}`])
      : `Các xã, phường thuộc ${place}`,
    doi_tuong: rng.pick(TARGET_GROUPS),
    luc_luong: {
      chu_tri: isCommune ? `Ủy ban nhân dân ${place}` : unit.name,
      phoi_hop: rng.sample(PARTNERS, rng.int(2, 4)),
    },
    nguon_luc: rng.chance(0.8)
      ? `Kinh phí từ ${rng.pick(FUNDING)} khoảng ${rng.int(20, 500)} triệu đồng; ${rng.int(5, 60)} ngày công của nhân dân.`
      : undefined,
    thoi_gian: { bat_dau: dateAt(dateStyle, start), ket_thuc: dateAt(dateStyle, start + rng.int(150, 300)) },
    san_pham: rng.chance(0.7) ? rng.pick(PRODUCTS) : undefined,
    kha_nang_nhan_rong: rng.chance(0.7) ? rng.pick(SCALING) : undefined,
  };
  return model;
}

function buildRegistration(rng, unit) {
  const isCommune = !unit.agency;
  const dateStyle = pickDateStyle(rng);
  const sent = rng.int(59, 119); // March–April
  const signerFemale = rng.chance(0.3);
  const signer = personName(rng, signerFemale);
  const deputy = rng.chance(0.4);
  const contactName = personName(rng, rng.chance(0.55));
  const usedTopics = new Set();
  const models = Array.from({ length: rng.int(1, 3) }, (_, i) => buildModel(rng, unit, i, dateStyle, usedTopics));
  const usedNames = new Set();
  const people = Array.from({ length: rng.int(2, 6) }, () => {
    const female = rng.chance(0.5);
    const linked = rng.chance(0.6) ? rng.pick(models) : undefined;
    let name;
    do name = personName(rng, female).full;
    while (usedNames.has(name)); // nor lists the same person twice
    usedNames.add(name);
    return {
      ho_ten: name,
      nam_sinh: rng.chance(0.9) ? rng.int(1965, 2000) : undefined,
      gioi_tinh: female ? 'nu' : 'nam',
      chuc_vu: isCommune ? rng.pick(COMMUNE_ROLES) : rng.pick(AGENCY_ROLES),
      don_vi: isCommune ? unit.name : `${rng.pick(AGENCY_DEPARTMENTS)}, ${unit.agency}`,
      ma_mo_hinh: linked?.ma,
      linh_vuc: linked?.linh_vuc ?? rng.pick(Object.keys(TOPICS)),
      noi_dung: rng.pick(PERSONAL_DEEDS),
    };
  });
  return {
    loai: 'dang-ky',
    phien_ban: 1,
    ke_hoach: PLAN,
    ma_don_vi: unit.code,
    ten_don_vi: isCommune ? `Ủy ban nhân dân ${unit.name.replace(/^\S+/, (w) => w.toLowerCase())}` : unit.name,
    nam: YEAR,
    so_hieu: `${rng.int(1, 180)}/ĐK-${isCommune ? 'UBND' : unit.abbreviation}`,
    ngay_gui: dateAt(dateStyle, sent),
    ngay_nhan: rng.chance(0.4) ? dateAt(dateStyle, sent + rng.int(0, 7)) : undefined,
    nguoi_ky: {
      ho_ten: signer.full,
      chuc_vu: isCommune ? (deputy ? 'Phó Chủ tịch' : 'Chủ tịch') : deputy ? 'Phó Giám đốc' : 'Giám đốc',
      tham_quyen: isCommune ? (deputy ? 'KT. CHỦ TỊCH' : 'TM. ỦY BAN NHÂN DÂN') : deputy ? 'KT. GIÁM ĐỐC' : 'GIÁM ĐỐC',
    },
    lien_he: {
      ho_ten: contactName.full,
      chuc_vu: isCommune ? rng.pick(COMMUNE_ROLES.slice(1, 5)) : rng.pick(AGENCY_ROLES.slice(2)),
      dien_thoai: phone(rng),
      email: rng.chance(0.7) ? email(contactName, unit) : undefined,
    },
    tap_the: models,
    ca_nhan: people,
  };
}

/** Renames `from` to `to` in place, keeping the key's position. */
function renameKey(object, from, to) {
  const entries = Object.entries(object).map(([key, value]) => [key === from ? to : key, value]);
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
}

/** Breaks a valid registration in one realistic way; returns a short description. */
function injectDefect(rng, doc, defect, unknownCode) {
  const model = rng.pick(doc.tap_the);
  const person = rng.pick(doc.ca_nhan);
  switch (defect) {
    case 'ngay-khong-ton-tai': {
      const bad = new Raw(rng.pick(BAD_DATES));
      const where = rng.int(0, 2);
      if (where === 0) doc.ngay_gui = bad;
      else if (where === 1) model.thoi_gian.bat_dau = bad;
      else model.thoi_gian.ket_thuc = bad;
      return `${['ngay_gui', 'tap_the[].thoi_gian.bat_dau', 'tap_the[].thoi_gian.ket_thuc'][where]}: ${bad.text}`;
    }
    case 'khoa-la':
      switch (rng.int(0, 3)) {
        case 0:
          doc.ghi_chu = 'Đơn vị gửi kèm bản scan có chữ ký.';
          return 'ghi_chu (top level)';
        case 1:
          renameKey(doc.lien_he, 'dien_thoai', 'so_dien_thoai');
          return 'lien_he.so_dien_thoai';
        case 2:
          renameKey(person, 'ho_ten', 'ho_va_ten');
          return 'ca_nhan[].ho_va_ten (and ho_ten missing)';
        default:
          model.kinh_phi = `${rng.int(20, 300)} triệu đồng`;
          return 'tap_the[].kinh_phi';
      }
    case 'sai-kieu':
      switch (rng.int(0, 4)) {
        case 0:
          doc.nam = '2025';
          return 'nam: "2025" (string)';
        case 1:
          doc.ma_don_vi = new Raw(doc.ma_don_vi); // unquoted 01.0001 reads as the number 1.0001
          return `ma_don_vi: ${doc.ma_don_vi.text} unquoted (a number in YAML 1.2)`;
        case 2:
          person.nam_sinh = String(person.nam_sinh ?? 1980);
          return 'ca_nhan[].nam_sinh as a string';
        case 3:
          doc.phien_ban = '1';
          return 'phien_ban: "1" (string)';
        default:
          doc.lien_he = `${doc.lien_he.ho_ten} - ${doc.lien_he.dien_thoai}`;
          return 'lien_he as a string';
      }
    case 'ma-don-vi-la':
      doc.ma_don_vi = unknownCode;
      return `ma_don_vi: ${unknownCode}`;
    default:
      return '';
  }
}

function pickDefect(rng) {
  let r = rng.next();
  for (const [name, { share }] of Object.entries(DEFECTS)) {
    if (r < share) return name;
    r -= share;
  }
  return undefined;
}

// ---- the registry -----------------------------------------------------------------------------------------

function buildRegistry(provinces) {
  const units = [];
  for (const province of provinces) {
    units.push({ ma: province.code, ten: `Ủy ban nhân dân ${province.fullName}`, loai_don_vi: 'ubnd-tinh' });
    for (const unit of province.communes) {
      units.push({
        ma: unit.code,
        ten: unit.name,
        loai_don_vi: { xa: 'ubnd-xa', phuong: 'ubnd-phuong', 'dac-khu': 'ubnd-dac-khu' }[unit.type],
        don_vi_cha: province.code,
        don_vi_cu: unit.former.length
          ? unit.former.map((former) => ({ ...former, ngay_sap_nhap: new Raw('01/07/2025') }))
          : undefined,
      });
    }
    for (const unit of province.agencies) {
      units.push({ ma: unit.code, ten: unit.name, loai_don_vi: unit.type, don_vi_cha: province.code });
    }
  }
  return {
    loai: 'danh-muc-don-vi',
    phien_ban: 1,
    ten: `Danh mục đơn vị tham gia phong trào "Dân vận khéo" năm ${YEAR}`,
    ke_hoach: PLAN,
    ngay_cap_nhat: new Raw('01/07/2025'),
    don_vi: units,
  };
}

// ---- driver -----------------------------------------------------------------------------------------------

function writeYaml(path, header, object) {
  const text = `# ${header}\n${toYamlLines(object).join('\n')}\n`;
  if (text !== text.normalize('NFC')) throw new Error(`${path}: text is not NFC`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}

/** Generates the inbox into `dir` (replacing an earlier generated one) and returns the manifest. */
export function generate(dir = DEFAULT_INBOX, seed = DEFAULT_SEED) {
  const root = resolve(dir);
  const manifestPath = manifestPathFor(root);
  if (existsSync(root) && readdirSync(root).length > 0 && !existsSync(manifestPath)) {
    throw new Error(`${root} is not empty and was not written by generate.mjs; refusing to replace it`);
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });

  const rng = prng(seed);
  const provinces = buildUnits(rng);
  const units = provinces.flatMap((province) => [...province.communes, ...province.agencies]);
  if (units.length !== COMMUNE_TOTAL + AGENCY_TOTAL) throw new Error(`unit count ${units.length}`);
  const syntaxErrorIndex = rng.int(0, units.length - 1);

  const counts = { xa: 0, phuong: 0, 'dac-khu': 0, 'so-nganh': 0, models: 0, people: 0, bytes: 0 };
  const defects = {};
  const defectCounts = Object.fromEntries(Object.keys(DEFECTS).map((name) => [name, 0]));
  let smallValid;
  let unknownCodes = 0;
  const unquotedIsoDates = []; // YAML 1.1 readers (js-yaml 3, so ajv-cli 5) turn these into timestamps

  units.forEach((unit, index) => {
    const group = unit.agency ? 'so-nganh' : 'xa-phuong';
    const rel = `${unit.province.code}-${unit.province.slug}/${group}/${unit.code}-${slug(unit.name)}.yaml`;
    const doc = buildRegistration(rng, unit);
    const defect = index === syntaxErrorIndex ? 'loi-cu-phap' : pickDefect(rng);
    let detail = '';
    if (defect && defect !== 'loi-cu-phap') {
      unknownCodes += defect === 'ma-don-vi-la' ? 1 : 0;
      detail = injectDefect(rng, doc, defect, `${unit.province.code}.${5000 + unknownCodes}`);
    }
    let text = `# Bản đăng ký "Dân vận khéo" năm ${YEAR} – ${unit.name}\n${toYamlLines(doc).join('\n')}\n`;
    if (defect === 'loi-cu-phap') {
      // An unterminated quote, as when an officer deletes one character too many.
      text = text.replace(/^(so_hieu: "[^"]*)"$/m, '$1');
      detail = 'so_hieu: unterminated double quote';
    }
    if (text !== text.normalize('NFC')) throw new Error(`${rel}: text is not NFC`);
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);

    counts[unit.agency ? 'so-nganh' : unit.type] += 1;
    counts.models += doc.tap_the.length;
    counts.people += doc.ca_nhan.length;
    counts.bytes += Buffer.byteLength(text);
    if (/^ *[a-z_]+: \d{4}-\d{2}-\d{2}$/m.test(text)) unquotedIsoDates.push(rel);
    if (defect) {
      defects[rel] = { defect, detail };
      defectCounts[defect] += 1;
    } else if (!smallValid || text.length < smallValid.length) {
      smallValid = { path: rel, length: text.length };
    }
  });

  const registryText = writeYaml(
    join(root, REGISTRY_FILE),
    `Danh mục đơn vị "Dân vận khéo" ${YEAR}: ${PROVINCES.length} tỉnh, thành phố (dữ liệu tổng hợp để đo hiệu năng)`,
    buildRegistry(provinces),
  );
  counts.bytes += Buffer.byteLength(registryText);

  const manifest = {
    generator: GENERATOR_VERSION,
    seed,
    provinces: PROVINCES.length,
    registrations: units.length,
    files: units.length + 1,
    registry: REGISTRY_FILE,
    registryUnits: units.length + PROVINCES.length,
    registryBytes: Buffer.byteLength(registryText),
    counts,
    defectCounts,
    defects,
    smallValid: smallValid.path,
    unquotedIsoDates,
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** One-paragraph summary of a manifest, for the console. */
export function describe(manifest, dir) {
  const { counts, defectCounts } = manifest;
  const invalid = Object.values(defectCounts).reduce((a, b) => a + b, 0);
  return [
    `${manifest.files} files in ${dir} (seed ${manifest.seed}, ${(counts.bytes / 1024 / 1024).toFixed(1)} MB):`,
    `  ${manifest.registrations} registrations: ${counts.xa} xã, ${counts.phuong} phường, ${counts['dac-khu']} đặc khu` +
      ` (${counts.xa + counts.phuong + counts['dac-khu']} communes) + ${counts['so-nganh']} provincial agencies` +
      ` in ${manifest.provinces} provinces`,
    `  ${counts.models} models (${(counts.models / manifest.registrations).toFixed(2)}/file),` +
      ` ${counts.people} people (${(counts.people / manifest.registrations).toFixed(2)}/file)`,
    `  1 registry (${manifest.registry}): ${manifest.registryUnits} units, ${(manifest.registryBytes / 1024).toFixed(0)} KB`,
    `  ${invalid} deliberately invalid (${((invalid / manifest.registrations) * 100).toFixed(1)}%): ` +
      Object.entries(defectCounts)
        .map(([name, n]) => `${name} ${n}`)
        .join(', '),
  ].join('\n');
}

function parseArgs(argv) {
  let dir = DEFAULT_INBOX;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--seed') seed = Number(argv[(i += 1)]);
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice('--seed='.length));
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node bench/generate.mjs [dir] [--seed N]');
      process.exit(0);
    } else dir = arg;
  }
  if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
  return { dir, seed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { dir, seed } = parseArgs(process.argv.slice(2));
    const manifest = generate(dir, seed);
    const shown = relative(process.cwd(), resolve(dir)) || '.';
    console.log(describe(manifest, shown.startsWith('..') ? resolve(dir) : shown));
    console.log(`  manifest: ${basename(manifestPathFor(dir))}`);
  } catch (error) {
    console.error(`generate.mjs: ${error.message}`);
    process.exit(1);
  }
}
