// Source of schemas/*.json. Run `npm run schemas` after editing; a test fails when the JSON files are stale.
// Every property carries a Vietnamese title and description so editors show help on hover.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FORMAT_VERSION = 1;
export const KINDS = [
  'ke-hoach',
  'danh-muc-don-vi',
  'bo-tieu-chi',
  'dang-ky',
  'bao-cao',
  'cham-diem',
  'bien-ban',
  'de-nghi-khen-thuong',
];

const doc = (title, description, extra = {}) => ({ title, description, ...extra });
const str = (title, description, extra = {}) => doc(title, description, { type: 'string', minLength: 1, ...extra });
const text = (title, description) => str(title, description);
const int = (title, description, extra = {}) => doc(title, description, { type: 'integer', ...extra });
const bool = (title, description) => doc(title, description, { type: 'boolean' });
const date = (title, description) =>
  doc(title, `${description} Viết như cán bộ thường gõ: 15/4/2025, 15/04/2025, 15-04-2025 hoặc 2025-04-15.`, {
    type: 'string',
    format: 'ngay',
    examples: ['15/04/2025'],
  });
const list = (title, description, items, extra = {}) => doc(title, description, { type: 'array', items, ...extra });
const obj = (title, description, properties, required = []) =>
  doc(title, description, { type: 'object', additionalProperties: false, required, properties });
const oneOf = (title, description, values) => doc(title, description, { type: 'string', enum: values });

const id = (title, description) =>
  str(title, `${description} Chữ thường không dấu, nối bằng gạch ngang (ví dụ: so-nganh).`, {
    pattern: '^[a-z0-9][a-z0-9-]*$',
  });
const unitCode = (title, description) =>
  str(title, `${description} Là chuỗi: "001" giữ nguyên số 0 ở đầu.`, { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const year = (title, description) => int(title, description, { minimum: 2000, maximum: 2100 });
const points = (title, description) =>
  doc(title, `${description} Số điểm, có thể lẻ đến 0,01 (viết 4.5 hoặc "4,5").`, {
    type: ['number', 'string'],
    minimum: 0,
    pattern: '^[0-9]+([.,][0-9]{1,2})?$',
  });

// Tiêu đề văn bản (letterhead) of a unit: in the registry per unit, in the plan per unit category as defaults.
const letterhead = (title, description) =>
  obj(title, description, {
    co_quan_chu_quan: doc(
      'Cơ quan chủ quản',
      'Dòng trên cùng bên trái, như in trên văn bản, ví dụ "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG" hoặc "ĐẢNG BỘ TỈNH VĨNH LONG"; ghi "" (chuỗi rỗng) khi đơn vị không có cơ quan chủ quản.',
      { type: 'string' },
    ),
    ten_co_quan: text(
      'Tên cơ quan ban hành',
      'Tên đầy đủ như in trên tiêu đề, ví dụ "ỦY BAN NHÂN DÂN HUYỆN LONG HỒ" (không viết tắt).',
    ),
    dia_danh: text(
      'Địa danh',
      'Địa danh ghi trước ngày tháng, ví dụ "Long Hồ" trong "Long Hồ, ngày 05 tháng 12 năm 2025".',
    ),
    loai_co_quan: oneOf(
      'Loại cơ quan',
      'nha-nuoc: thể thức Nghị định 30/2020/NĐ-CP (Quốc hiệu, Tiêu ngữ); dang: thể thức Hướng dẫn 36-HD/VPTW (ĐẢNG CỘNG SẢN VIỆT NAM, "Số 12-BC/ĐU"); hoi-dong: hội đồng, thể thức nhà nước.',
      ['nha-nuoc', 'dang', 'hoi-dong'],
    ),
  });

const person = (title, description) =>
  obj(
    title,
    description,
    {
      ho_ten: text('Họ và tên', 'Họ và tên đầy đủ, có dấu.'),
      chuc_vu: text('Chức vụ', 'Chức vụ hoặc chức danh.'),
      tham_quyen: str('Thẩm quyền ký', 'Dòng thẩm quyền trên chữ ký, ví dụ "KT. GIÁM ĐỐC" hoặc "TM. ỦY BAN NHÂN DÂN".'),
      cap_bac: str(
        'Cấp bậc, học hàm',
        'Cấp bậc quân hàm (lực lượng vũ trang) in trước họ tên dưới chữ ký, ví dụ "Đại tá"; không ghi vào chức vụ.',
      ),
    },
    ['ho_ten'],
  );
const contact = obj(
  'Người liên hệ',
  'Cán bộ đầu mối để cơ quan tiếp nhận liên hệ khi hồ sơ có sai sót.',
  {
    ho_ten: text('Họ và tên', 'Họ và tên người liên hệ.'),
    chuc_vu: text('Chức vụ', 'Chức vụ người liên hệ.'),
    dien_thoai: str('Điện thoại', 'Số điện thoại, viết trong dấu nháy để giữ số 0 ở đầu.', {
      pattern: '^[0-9+() .-]{8,20}$',
    }),
    email: str('Thư điện tử', 'Địa chỉ thư điện tử công vụ.', { format: 'email' }),
  },
  ['ho_ten'],
);
const gender = oneOf('Giới tính', 'Giới tính: nam hoặc nu.', ['nam', 'nu']);

const header = (kind, titleVi) => ({
  loai: doc('Loại hồ sơ', `Luôn là "${kind}" (${titleVi}).`, { const: kind }),
  phien_ban: doc('Phiên bản mẫu', `Phiên bản của mẫu tệp; hiện là ${FORMAT_VERSION}.`, { const: FORMAT_VERSION }),
});

const submissionHeader = (kind, titleVi) => ({
  ...header(kind, titleVi),
  ke_hoach: id('Mã kế hoạch', 'Mã của kế hoạch mà hồ sơ này thực hiện (khóa "ma" trong tệp kế hoạch).'),
  ma_don_vi: unitCode('Mã đơn vị', 'Mã của đơn vị gửi hồ sơ, theo danh mục đơn vị.'),
  ten_don_vi: text('Tên đơn vị', 'Tên đơn vị gửi (để đọc; mã đơn vị mới là căn cứ đối chiếu).'),
  nam: year('Năm', 'Năm thi đua mà hồ sơ thuộc về.'),
  so_hieu: str('Số, ký hiệu văn bản', 'Số và ký hiệu văn bản, ví dụ "05/TTr-SNV".'),
  ngay_gui: date('Ngày gửi', 'Ngày đơn vị ký, gửi hồ sơ.'),
  ngay_nhan: date(
    'Ngày nhận',
    'Ngày cơ quan tiếp nhận nhận được hồ sơ (cán bộ tổng hợp ghi); nếu có, dùng để xét hạn nộp.',
  ),
  lan_gui: int('Lần gửi', 'Số thứ tự bản gửi (1, 2, 3…) khi đơn vị gửi lại bản sửa; dùng khi hai bản cùng ngày gửi.', {
    minimum: 1,
  }),
  nguoi_ky: person('Người ký', 'Thủ trưởng hoặc người được ủy quyền ký hồ sơ.'),
  lien_he: contact,
});
const submissionRequired = ['loai', 'phien_ban', 'ma_don_vi', 'nam', 'ngay_gui'];

const model = obj(
  'Mô hình "Dân vận khéo"',
  'Một mô hình do tập thể đăng ký, theo các mục của phiếu đăng ký mô hình.',
  {
    ma: unitCode('Mã mô hình', 'Mã do đơn vị đặt, duy nhất trong đơn vị, để báo cáo và chấm điểm tham chiếu.'),
    ten_mo_hinh: text('Tên mô hình', 'Tên mô hình "Dân vận khéo".'),
    tap_the: text('Tập thể thực hiện', 'Tên tập thể (phòng, ban, chi bộ, xã...) thực hiện mô hình.'),
    linh_vuc: id('Lĩnh vực', 'Lĩnh vực: kinh-te, van-hoa-xa-hoi, quoc-phong-an-ninh, xay-dung-he-thong-chinh-tri.'),
    thuc_trang: text('Thực trạng, lý do', 'Thực trạng và lý do chọn xây dựng mô hình.'),
    muc_tieu: text('Mục tiêu, tiêu chí', 'Mục tiêu và tiêu chí cần đạt.'),
    noi_dung: text('Nội dung, cách thức', 'Nội dung và cách thức thực hiện.'),
    dia_ban: text('Địa bàn', 'Địa bàn thực hiện.'),
    doi_tuong: text('Đối tượng', 'Đối tượng tác động, hưởng lợi.'),
    luc_luong: obj('Lực lượng thực hiện', 'Đơn vị chủ trì và các lực lượng phối hợp.', {
      chu_tri: text('Chủ trì', 'Đơn vị, cá nhân chủ trì.'),
      phoi_hop: list('Phối hợp', 'Các đơn vị, tổ chức phối hợp.', text('Đơn vị phối hợp', 'Tên đơn vị phối hợp.')),
    }),
    nguon_luc: text('Nguồn lực', 'Kinh phí, nhân lực, vật chất huy động.'),
    thoi_gian: obj('Thời gian', 'Thời gian bắt đầu, kết thúc và các mốc.', {
      bat_dau: date('Bắt đầu', 'Ngày bắt đầu thực hiện.'),
      ket_thuc: date('Kết thúc', 'Ngày dự kiến hoàn thành.'),
    }),
    san_pham: text('Sản phẩm, kết quả', 'Sản phẩm, kết quả kiểm chứng được.'),
    kha_nang_nhan_rong: text('Khả năng duy trì, nhân rộng', 'Khả năng duy trì và nhân rộng mô hình.'),
  },
  ['ma', 'ten_mo_hinh', 'linh_vuc'],
);

const individual = obj(
  'Cá nhân đăng ký',
  'Một cá nhân đăng ký điển hình "Dân vận khéo".',
  {
    ho_ten: text('Họ và tên', 'Họ và tên đầy đủ, có dấu.'),
    nam_sinh: int('Năm sinh', 'Năm sinh (4 chữ số).', { minimum: 1930, maximum: 2015 }),
    gioi_tinh: gender,
    chuc_vu: text('Chức vụ', 'Chức vụ, chức danh.'),
    don_vi: text('Đơn vị công tác', 'Phòng, ban hoặc đơn vị nơi cá nhân công tác.'),
    ma_mo_hinh: unitCode('Mô hình gắn với', 'Mã mô hình (trong tệp này) mà cá nhân thực hiện, nếu có.'),
    linh_vuc: id('Lĩnh vực', 'Lĩnh vực của điển hình.'),
    noi_dung: text('Nội dung đăng ký', 'Việc làm cụ thể cá nhân đăng ký thực hiện.'),
  },
  ['ho_ten', 'chuc_vu'],
);

// The plan-wide rules a sentence of the source document can state (rules in lists carry their own "nguon").
export const PLAN_RULE_KEYS = [
  'co_quan_tiep_nhan',
  'noi_nhan_bao_cao',
  'nam',
  'can_cu',
  'ky_bao_cao',
  'linh_vuc',
  'nhom_noi_dung',
  'hinh_thuc_khen_thuong',
  'bo_tieu_chi',
  'bieu_quyet',
  'ra_soat_mo_hinh',
  'don_vi_hop_nhat',
];

const assumption = bool(
  'Giả định',
  'true nếu kế hoạch không nêu quy định này: cán bộ (hoặc danvan) giả định; các thông báo áp dụng nó sẽ nói rõ.',
);

const quota = obj(
  'Chỉ tiêu',
  'Số lượng đăng ký cho mỗi đơn vị trong nhóm.',
  {
    so_luong: int('Số lượng', 'Số lượng theo kế hoạch.', { minimum: 0 }),
    kieu: oneOf('Kiểu chỉ tiêu', 'dung: đúng bằng; toi-thieu: ít nhất; toi-da: nhiều nhất.', [
      'dung',
      'toi-thieu',
      'toi-da',
    ]),
    hang_nam: bool('Hằng năm', 'true nếu chỉ tiêu tính cho mỗi năm của kế hoạch nhiều năm.'),
    muc_do: oneOf('Mức độ', 'loi: không đạt là lỗi; canh-bao: chỉ cảnh báo.', ['loi', 'canh-bao']),
    nguon: text('Trích dẫn', 'Câu trong kế hoạch đặt ra chỉ tiêu này.'),
    gia_dinh: assumption,
  },
  ['so_luong', 'kieu'],
);

const SCHEMAS = {
  'ke-hoach': () =>
    obj(
      'Kế hoạch thi đua',
      'Kế hoạch phát động phong trào: đơn vị tham gia, chỉ tiêu, hạn nộp, báo cáo, chấm điểm, khen thưởng.',
      {
        ...header('ke-hoach', 'kế hoạch'),
        ma: id('Mã kế hoạch', 'Mã ngắn để các hồ sơ tham chiếu, ví dụ vinh-long-2025.'),
        ten: text('Trích yếu', 'Tên (trích yếu) của kế hoạch.'),
        loai_van_ban: text('Loại văn bản', 'Kế hoạch, Công văn, Chỉ thị...'),
        the_thuc: oneOf(
          'Thể thức văn bản',
          'nha-nuoc (mặc định): Nghị định 30/2020/NĐ-CP; dang: văn bản của Đảng theo Hướng dẫn 36-HD/VPTW (báo cáo tổng hợp dùng thể thức này).',
          ['nha-nuoc', 'dang'],
        ),
        so_hieu: str('Số, ký hiệu', 'Số và ký hiệu văn bản ban hành, ví dụ "553/QĐ-UBND".'),
        ngay_ban_hanh: date('Ngày ban hành', 'Ngày ký ban hành kế hoạch.'),
        co_quan_chu_quan: text('Cơ quan chủ quản', 'Cơ quan cấp trên trực tiếp (dòng trên của tiêu đề trái).'),
        co_quan_ban_hanh: text('Cơ quan ban hành', 'Cơ quan ban hành kế hoạch.'),
        co_quan_tiep_nhan: text('Cơ quan tiếp nhận', 'Nơi các đơn vị gửi hồ sơ, ví dụ Sở Nội vụ.'),
        noi_nhan_bao_cao: list(
          'Nơi nhận báo cáo tổng hợp',
          'Các cơ quan mà cơ quan tiếp nhận gửi báo cáo tổng hợp (dòng Kính gửi của danvan report), ví dụ "Sở Nội vụ", "Ủy ban nhân dân thị xã". Bỏ trống: cơ quan ban hành kế hoạch.',
          text('Cơ quan', 'Một cơ quan nhận báo cáo tổng hợp.'),
        ),
        to_trinh_tong_hop: obj(
          'Tờ trình tổng hợp của cơ quan tiếp nhận',
          'Người ký và ký hiệu của Tờ trình cơ quan tiếp nhận trình cấp có thẩm quyền (danvan dossier lập kèm danh sách mọi đơn vị).',
          {
            ky_hieu: str(
              'Ký hiệu cơ quan',
              'Chữ viết tắt tên cơ quan tiếp nhận trong số văn bản, ví dụ "SNV" cho "Số: /TTr-SNV".',
              {
                pattern: '^[^/\\s]+$',
              },
            ),
            nguoi_ky: person(
              'Người ký',
              'Người ký Tờ trình tổng hợp; không có thì danvan không lập Tờ trình tổng hợp.',
            ),
          },
          ['nguoi_ky'],
        ),
        dia_danh: text('Địa danh', 'Địa danh ghi ở dòng ngày tháng, ví dụ "Vĩnh Long".'),
        nam_bat_dau: year('Năm bắt đầu', 'Năm đầu của kế hoạch.'),
        nam_ket_thuc: year('Năm kết thúc', 'Năm cuối của kế hoạch (bằng năm bắt đầu nếu là kế hoạch một năm).'),
        can_cu: list(
          'Căn cứ',
          'Các văn bản làm căn cứ. Mỗi mục là tên văn bản, hoặc { van_ban, hieu_luc_tu, het_hieu_luc } khi văn bản chỉ còn hoặc mới có hiệu lực từ một ngày: văn bản nào chỉ được viện dẫn khi còn hiệu lực vào ngày của văn bản viện dẫn.',
          doc('Căn cứ', 'Một văn bản căn cứ: tên văn bản, hoặc văn bản kèm thời hạn hiệu lực.', {
            type: ['string', 'object'],
            minLength: 1,
            additionalProperties: false,
            required: ['van_ban'],
            properties: {
              van_ban: text(
                'Văn bản',
                'Tên văn bản như viện dẫn, ví dụ "Nghị định số 152/2025/NĐ-CP … của Chính phủ …".',
              ),
              hieu_luc_tu: date('Hiệu lực từ', 'Ngày văn bản bắt đầu có hiệu lực.'),
              het_hieu_luc: date(
                'Hết hiệu lực',
                'Ngày cuối cùng văn bản còn hiệu lực (ngày trước ngày văn bản thay thế có hiệu lực).',
              ),
            },
          }),
        ),
        ban_hanh_kem_theo: text(
          'Ban hành kèm theo',
          'Loại văn bản mà kế hoạch được ban hành kèm theo, ví dụ "Quyết định": so_hieu và ngay_ban_hanh khi đó là của văn bản này, và tờ trình viện dẫn "Kế hoạch … ban hành kèm theo Quyết định số … ngày …".',
        ),
        do_dai_ma_don_vi: int(
          'Độ dài mã đơn vị',
          'Số chữ số của mã đơn vị chỉ gồm chữ số trong danh mục, ví dụ 3 khi mã là "001" đến "015": danvan init thêm số 0 ở đầu mã gõ thiếu ("13" thành "013").',
          { minimum: 1, maximum: 6 },
        ),
        nhom_don_vi: list(
          'Nhóm đơn vị',
          'Các nhóm đơn vị tham gia và chỉ tiêu của mỗi nhóm.',
          obj(
            'Nhóm đơn vị',
            'Một nhóm đơn vị cùng chỉ tiêu.',
            {
              ma: id('Mã nhóm', 'Mã nhóm.'),
              ten: text('Tên nhóm', 'Tên nhóm đơn vị.'),
              loai_don_vi: list(
                'Theo loại đơn vị',
                'Đơn vị có loai_don_vi thuộc danh sách này vào nhóm.',
                id('Loại', 'Loại đơn vị.'),
              ),
              ma_don_vi: list('Theo mã đơn vị', 'Các đơn vị được kể tên vào nhóm.', unitCode('Mã', 'Mã đơn vị.')),
              ma_bat_dau: list(
                'Theo đầu mã',
                'Đơn vị có mã bắt đầu bằng một trong các chuỗi này vào nhóm (ví dụ "13." cho các xã của huyện mã 13).',
                str('Đầu mã', 'Phần đầu của mã đơn vị.'),
              ),
              chi_tieu: obj('Chỉ tiêu', 'Chỉ tiêu tập thể và cá nhân.', {
                tap_the: quota,
                ca_nhan: quota,
              }),
              nguon: text('Trích dẫn', 'Câu trong kế hoạch nêu nhóm này.'),
              tieu_de: letterhead(
                'Tiêu đề văn bản (mặc định của nhóm)',
                'Cơ quan chủ quản, địa danh, loại cơ quan dùng cho mọi đơn vị trong nhóm, trừ khi danh mục đơn vị ghi riêng.',
              ),
            },
            ['ma', 'ten'],
          ),
        ),
        han_nop: list(
          'Hạn nộp',
          'Các hạn nộp hồ sơ.',
          obj(
            'Hạn nộp',
            'Một hạn nộp.',
            {
              ma: id('Mã hạn', 'Mã hạn nộp.'),
              ten: text('Tên hạn', 'Tên hạn nộp.'),
              ngay: date('Ngày', 'Ngày hạn.'),
              tinh_ca_ngay: bool(
                'Tính cả ngày hạn',
                'true cho "chậm nhất là ngày X" (nộp đúng ngày X vẫn kịp); false cho "trước ngày X".',
              ),
              lap_lai_hang_nam: bool('Lặp lại hằng năm', 'true nếu hạn lặp lại mỗi năm (ví dụ trước 25/11 hằng năm).'),
              ap_dung: list(
                'Áp dụng cho',
                'Các loại hồ sơ chịu hạn này.',
                oneOf('Loại hồ sơ', 'Loại hồ sơ.', KINDS.slice(3)),
              ),
              ky_bao_cao: oneOf('Kỳ báo cáo', 'Chỉ áp dụng cho báo cáo kỳ này.', ['6-thang', 'ca-nam']),
              muc_do: oneOf('Mức độ', 'loi hoặc canh-bao khi nộp muộn.', ['loi', 'canh-bao']),
              bat_buoc: bool(
                'Bắt buộc nộp',
                'true (mặc định): mọi đơn vị phải nộp các loại hồ sơ này; false: chỉ xét hạn với hồ sơ đơn vị có gửi (ví dụ đề nghị khen thưởng).',
              ),
              nam: list(
                'Năm áp dụng',
                'Các năm thi đua mà hạn này áp dụng. Bỏ trống: hạn lặp lại hằng năm áp dụng mọi năm của kế hoạch; hạn một lần áp dụng năm đầu.',
                year('Năm', 'Một năm của kế hoạch.'),
              ),
              noi_nhan: text('Nơi nhận', 'Cơ quan nhận hồ sơ của hạn này, ví dụ "Ban Xây dựng Đảng".'),
              nguon: text('Trích dẫn', 'Câu trong kế hoạch đặt ra hạn này.'),
              gia_dinh: assumption,
            },
            ['ma', 'ngay', 'tinh_ca_ngay', 'ap_dung'],
          ),
        ),
        ky_bao_cao: list('Kỳ báo cáo', 'Các kỳ báo cáo.', oneOf('Kỳ', '6-thang hoặc ca-nam.', ['6-thang', 'ca-nam'])),
        linh_vuc: list(
          'Lĩnh vực',
          'Các lĩnh vực mô hình được đăng ký.',
          obj('Lĩnh vực', 'Một lĩnh vực.', { ma: id('Mã', 'Mã lĩnh vực.'), ten: text('Tên', 'Tên lĩnh vực.') }, [
            'ma',
            'ten',
          ]),
        ),
        nhom_noi_dung: list(
          'Nhóm nội dung báo cáo',
          'Các nhóm nội dung đơn vị phải báo cáo.',
          obj('Nhóm nội dung', 'Một nhóm nội dung.', { ma: id('Mã', 'Mã nhóm.'), ten: text('Tên', 'Tên nhóm.') }, [
            'ma',
            'ten',
          ]),
        ),
        ho_so: obj('Hồ sơ khen thưởng', 'Thành phần và số bộ hồ sơ.', {
          so_bo: int('Số bộ', 'Số bộ hồ sơ, ví dụ 2.', { minimum: 1 }),
          thanh_phan: list(
            'Thành phần',
            'Các thành phần bắt buộc.',
            oneOf('Thành phần', 'Thành phần hồ sơ.', ['to-trinh', 'bien-ban', 'bao-cao', 'bang-cham-diem']),
          ),
          nguon: text('Trích dẫn', 'Câu trong kế hoạch nêu thành phần hồ sơ.'),
        }),
        hinh_thuc_khen_thuong: list(
          'Hình thức khen thưởng',
          'Các hình thức khen thưởng được đề nghị.',
          obj(
            'Hình thức',
            'Một hình thức khen thưởng.',
            {
              ma: id('Mã', 'Mã hình thức.'),
              ten: text('Tên', 'Tên hình thức, ví dụ "Bằng khen của Chủ tịch UBND tỉnh".'),
            },
            ['ma', 'ten'],
          ),
        ),
        bo_tieu_chi: id('Bộ tiêu chí', 'Mã bộ tiêu chí chấm điểm áp dụng.'),
        ra_soat_mo_hinh: bool(
          'Rà soát mô hình hằng năm',
          'true nếu kế hoạch yêu cầu rà soát hằng năm: duy trì, nâng chất, công nhận lại hoặc thanh loại mô hình.',
        ),
        nguon: obj(
          'Trích dẫn',
          'Câu trong văn bản gốc đặt ra từng quy định chung của kế hoạch (nhóm đơn vị, chỉ tiêu, hạn nộp và hồ sơ có "nguon" riêng). danvan plans <mã> hiện các câu này; quy định không có câu dẫn được liệt kê là giả định.',
          Object.fromEntries(PLAN_RULE_KEYS.map((key) => [key, text(key, `Câu trong văn bản đặt ra "${key}".`)])),
        ),
        gia_dinh: list(
          'Quy định giả định',
          'Các quy định chung mà văn bản không nêu, do cán bộ hoặc danvan đặt; các thông báo áp dụng chúng nói rõ là giả định.',
          oneOf('Khóa', 'Khóa của quy định.', PLAN_RULE_KEYS),
        ),
        don_vi_hop_nhat: list(
          'Đơn vị cũ hợp nhất',
          'Các đơn vị hành chính cũ hợp nhất thành đơn vị ban hành (sắp xếp 2025), mà mô hình của chúng phải được rà soát.',
          obj(
            'Đơn vị cũ',
            'Một đơn vị cũ.',
            {
              ten: text('Tên', 'Tên đơn vị cũ, ví dụ "Xã Nhơn Khánh".'),
              tien_to_ma: str('Đầu mã', 'Đầu mã của các đơn vị trực thuộc cũ trong danh mục (don_vi_cu), ví dụ "NK.".'),
            },
            ['ten'],
          ),
        ),
        bieu_quyet: obj('Biểu quyết', 'Ngưỡng biểu quyết của hội đồng: ty_le_toi_thieu (phần trăm) hoặc phan_so.', {
          ty_le_toi_thieu: doc('Tỷ lệ tối thiểu (%)', 'Tỷ lệ đồng ý tối thiểu, ví dụ 90.', {
            type: 'number',
            minimum: 0,
            maximum: 100,
          }),
          phan_so: str(
            'Phân số tối thiểu',
            'Ngưỡng viết bằng phân số như hội đồng ghi, ví dụ "2/3": 6 trên 9 phiếu là đạt. Có phan_so thì so sánh đúng theo phân số.',
            { pattern: '^[1-9][0-9]*/[1-9][0-9]*$', examples: ['2/3'] },
          ),
          co_so: oneOf('Cơ sở tính', 'tong-so: trên tổng số thành viên; co-mat: trên số có mặt.', [
            'tong-so',
            'co-mat',
          ]),
        }),
      },
      ['loai', 'phien_ban', 'ma', 'ten', 'co_quan_ban_hanh', 'nam_bat_dau'],
    ),
  'danh-muc-don-vi': () =>
    obj(
      'Danh mục đơn vị',
      'Các đơn vị tham gia phong trào, với mã, tên, loại, đơn vị cấp trên và đơn vị cũ đã sáp nhập.',
      {
        ...header('danh-muc-don-vi', 'danh mục đơn vị'),
        ten: text('Tên danh mục', 'Tên danh mục.'),
        ke_hoach: id('Mã kế hoạch', 'Kế hoạch mà danh mục này phục vụ.'),
        ngay_cap_nhat: date('Ngày cập nhật', 'Ngày cập nhật danh mục.'),
        don_vi: list(
          'Đơn vị',
          'Danh sách đơn vị.',
          obj(
            'Đơn vị',
            'Một đơn vị.',
            {
              ma: unitCode('Mã đơn vị', 'Mã duy nhất của đơn vị.'),
              ten: text('Tên đơn vị', 'Tên đầy đủ, có dấu.'),
              loai_don_vi: id('Loại đơn vị', 'Ví dụ so-nganh, nganh-dac-thu, ubnd-huyen, phong-chuyen-mon, ubnd-xa.'),
              don_vi_cha: unitCode('Đơn vị cấp trên', 'Mã đơn vị cấp trên (ví dụ UBND huyện của một xã).'),
              don_vi_cu: list(
                'Đơn vị cũ',
                'Các đơn vị cũ đã hợp nhất vào đơn vị này (sắp xếp 2025).',
                obj(
                  'Đơn vị cũ',
                  'Một đơn vị cũ.',
                  {
                    ma: unitCode('Mã cũ', 'Mã đơn vị cũ.'),
                    ten: text('Tên cũ', 'Tên đơn vị cũ.'),
                    ngay_sap_nhap: date('Ngày sáp nhập', 'Ngày hợp nhất.'),
                  },
                  ['ma', 'ten'],
                ),
              ),
              tieu_de: letterhead(
                'Tiêu đề văn bản',
                'Tiêu đề in trên văn bản của đơn vị; thiếu mục nào thì lấy mặc định của nhóm trong kế hoạch.',
              ),
            },
            ['ma', 'ten', 'loai_don_vi'],
          ),
          { minItems: 1 },
        ),
      },
      ['loai', 'phien_ban', 'don_vi'],
    ),
  'bo-tieu-chi': () => {
    const leaf = obj(
      'Tiêu chí con',
      'Một tiêu chí con được chấm.',
      {
        ma: str('Mã tiêu chí', 'Mã dùng trong bản chấm điểm, ví dụ "1.2.1".'),
        ten: text('Nội dung tiêu chí', 'Nội dung được chấm.'),
        diem_toi_da: points('Điểm tối đa', 'Điểm tối đa của tiêu chí con.'),
        huong_dan: text('Hướng dẫn chấm', 'Cách chấm, minh chứng cần có.'),
      },
      ['ma', 'ten', 'diem_toi_da'],
    );
    const criterion = obj(
      'Tiêu chí',
      'Một tiêu chí: chấm trực tiếp (có điểm tối đa) hoặc chia thành các tiêu chí con.',
      {
        ma: str('Mã tiêu chí', 'Mã dùng trong bản chấm điểm, ví dụ "1.2".'),
        ten: text('Nội dung tiêu chí', 'Nội dung được chấm.'),
        diem_toi_da: points('Điểm tối đa', 'Điểm tối đa (bằng tổng các tiêu chí con nếu có).'),
        huong_dan: text('Hướng dẫn chấm', 'Cách chấm, minh chứng cần có.'),
        tieu_chi_con: list('Tiêu chí con', 'Các tiêu chí con được chấm thay cho tiêu chí này.', leaf, { minItems: 1 }),
      },
      ['ma', 'ten'],
    );
    const item = (title, description) =>
      obj(
        title,
        description,
        {
          ma: str('Mã', 'Mã dùng trong bản chấm điểm, ví dụ "T1" hoặc "D1".'),
          ten: text('Nội dung', 'Nội dung.'),
          diem_toi_da: points('Điểm tối đa', 'Điểm tối đa của mục này.'),
        },
        ['ma', 'ten', 'diem_toi_da'],
      );
    return obj(
      'Bộ tiêu chí chấm điểm',
      'Nhóm, tiêu chí, tiêu chí con với điểm tối đa; điểm thưởng, điểm trừ; phần dành cho cấp trên; xếp loại.',
      {
        ...header('bo-tieu-chi', 'bộ tiêu chí'),
        ma: id('Mã bộ tiêu chí', 'Mã để kế hoạch và bản chấm điểm tham chiếu, như dvcq-vinh-long.'),
        ten: text('Tên bộ tiêu chí', 'Tên bộ tiêu chí.'),
        ap_dung: text('Áp dụng cho', 'Đối tượng được chấm (cơ quan, đơn vị; mô hình).'),
        can_cu: text('Căn cứ', 'Văn bản ban hành bộ tiêu chí.'),
        la_mau: bool(
          'Là bản mẫu',
          'true nếu cán bộ phải đối chiếu bản này với văn bản hướng dẫn chính thức trước khi dùng.',
        ),
        tong_diem: points('Tổng điểm', 'Tổng điểm tối đa (bằng tổng điểm tối đa các tiêu chí).'),
        nhom: list(
          'Nhóm tiêu chí',
          'Các nhóm tiêu chí.',
          obj(
            'Nhóm tiêu chí',
            'Một nhóm tiêu chí.',
            {
              ma: str('Mã nhóm', 'Mã nhóm, ví dụ "1".'),
              ten: text('Tên nhóm', 'Tên nhóm tiêu chí.'),
              danh_cho_cap_tren: bool(
                'Dành cho cấp trên',
                'true nếu điểm nhóm này do cấp trên chấm, đơn vị không tự chấm.',
              ),
              tieu_chi: list('Tiêu chí', 'Các tiêu chí của nhóm.', criterion, { minItems: 1 }),
            },
            ['ma', 'ten', 'tieu_chi'],
          ),
          { minItems: 1 },
        ),
        diem_thuong: list('Điểm thưởng', 'Các mục cộng điểm.', item('Mục thưởng', 'Một mục cộng điểm.')),
        gioi_han_thuong: points('Giới hạn thưởng', 'Tổng điểm thưởng tối đa.'),
        diem_tru: list(
          'Điểm trừ',
          'Các mục trừ điểm (ghi số dương, được trừ khỏi tổng).',
          item('Mục trừ', 'Một mục trừ điểm.'),
        ),
        gioi_han_tru: points('Giới hạn trừ', 'Tổng điểm trừ tối đa.'),
        xep_loai: list(
          'Xếp loại',
          'Các mức xếp loại theo ngưỡng điểm.',
          obj(
            'Mức xếp loại',
            'Một mức xếp loại.',
            {
              ma: id('Mã', 'Mã mức, như tot.'),
              ten: text('Tên', 'Tên mức, ví dụ Tốt.'),
              tu_diem: points('Từ điểm', 'Điểm tối thiểu (tính cả điểm này) để đạt mức.'),
            },
            ['ma', 'ten', 'tu_diem'],
          ),
          { minItems: 1 },
        ),
        khong_du_dieu_kien: list(
          'Không đủ điều kiện xếp loại',
          'Các trường hợp không xếp loại, dù điểm cao.',
          obj('Trường hợp', 'Một trường hợp.', { ma: id('Mã', 'Mã trường hợp.'), ten: text('Nội dung', 'Nội dung.') }, [
            'ma',
            'ten',
          ]),
        ),
        ghi_chu: text('Ghi chú', 'Ghi chú cho cán bộ.'),
      },
      ['loai', 'phien_ban', 'ma', 'ten', 'nhom', 'xep_loai'],
    );
  },
  'dang-ky': () =>
    obj(
      'Bản đăng ký "Dân vận khéo"',
      'Bản đăng ký mô hình (tập thể) và điển hình cá nhân "Dân vận khéo" của một đơn vị.',
      {
        ...submissionHeader('dang-ky', 'bản đăng ký'),
        tap_the: list('Mô hình tập thể', 'Các mô hình do tập thể đăng ký.', model),
        ca_nhan: list('Cá nhân', 'Các cá nhân đăng ký.', individual),
      },
      submissionRequired,
    ),
  'bao-cao': () =>
    obj(
      'Báo cáo kết quả',
      'Báo cáo kết quả thực hiện công tác dân vận chính quyền và mô hình "Dân vận khéo" (6 tháng hoặc cả năm).',
      {
        ...submissionHeader('bao-cao', 'báo cáo'),
        ky_bao_cao: oneOf('Kỳ báo cáo', '6-thang hoặc ca-nam.', ['6-thang', 'ca-nam']),
        dac_diem_tinh_hinh: text('Đặc điểm tình hình', 'Phần I của báo cáo.'),
        ket_qua_noi_dung: list(
          'Kết quả theo nhóm nội dung',
          'Kết quả theo từng nhóm nội dung của kế hoạch.',
          obj(
            'Nhóm nội dung',
            'Kết quả một nhóm nội dung.',
            { nhom: id('Nhóm', 'Mã nhóm nội dung trong kế hoạch.'), ket_qua: text('Kết quả', 'Kết quả đạt được.') },
            ['nhom', 'ket_qua'],
          ),
        ),
        ket_qua_mo_hinh: list(
          'Kết quả mô hình',
          'Kết quả từng mô hình đã đăng ký.',
          obj(
            'Kết quả mô hình',
            'Kết quả một mô hình.',
            {
              ma_mo_hinh: unitCode('Mã mô hình', 'Mã mô hình trong bản đăng ký.'),
              ten_mo_hinh: text('Tên mô hình', 'Tên mô hình.'),
              ket_qua: text('Kết quả', 'Kết quả, số liệu kiểm chứng.'),
              minh_chung: list('Minh chứng', 'Tài liệu, hình ảnh minh chứng.', text('Minh chứng', 'Một minh chứng.')),
              de_xuat: oneOf('Đề xuất rà soát', 'duy-tri, nang-chat, cong-nhan-lai hoặc thanh-loai.', [
                'duy-tri',
                'nang-chat',
                'cong-nhan-lai',
                'thanh-loai',
              ]),
              ly_do: text(
                'Lý do rà soát',
                'Lý do của đề xuất rà soát (vì sao kiện toàn, công nhận lại hay thanh loại); báo cáo tổng hợp liệt kê lý do này.',
              ),
            },
            ['ma_mo_hinh', 'ket_qua'],
          ),
        ),
        ton_tai_han_che: text('Tồn tại, hạn chế', 'Phần III của báo cáo.'),
        phuong_huong: text('Phương hướng', 'Phần IV của báo cáo.'),
        de_xuat: text('Đề xuất, kiến nghị', 'Đề xuất, kiến nghị.'),
      },
      [...submissionRequired, 'ky_bao_cao'],
    ),
  'cham-diem': () =>
    obj(
      'Bản chấm điểm tiêu chí',
      'Điểm tự chấm và điểm cấp trên chấm theo bộ tiêu chí.',
      {
        ...submissionHeader('cham-diem', 'bản chấm điểm'),
        bo_tieu_chi: id('Bộ tiêu chí', 'Mã bộ tiêu chí được dùng để chấm.'),
        diem: list(
          'Điểm theo tiêu chí',
          'Mỗi dòng một tiêu chí.',
          obj(
            'Điểm một tiêu chí',
            'Điểm tự chấm, điểm cấp trên chấm và lý do điều chỉnh.',
            {
              tieu_chi: str('Tiêu chí', 'Mã tiêu chí trong bộ tiêu chí, ví dụ "1.2".'),
              tu_cham: points('Tự chấm', 'Điểm đơn vị tự chấm (bỏ trống với phần điểm dành cho cấp trên).'),
              cap_tren_cham: points('Cấp trên chấm', 'Điểm cơ quan tiếp nhận chấm lại.'),
              ly_do: text('Lý do điều chỉnh', 'Bắt buộc khi điểm cấp trên khác điểm tự chấm.'),
            },
            ['tieu_chi'],
          ),
          { minItems: 1 },
        ),
        khong_du_dieu_kien: list(
          'Không đủ điều kiện xếp loại',
          'Các trường hợp không đủ điều kiện xếp loại (mã theo bộ tiêu chí) và lý do.',
          obj(
            'Trường hợp',
            'Một trường hợp không đủ điều kiện.',
            { ma: id('Mã', 'Mã trường hợp trong bộ tiêu chí.'), ly_do: text('Lý do', 'Sự việc cụ thể.') },
            ['ma', 'ly_do'],
          ),
        ),
        co_quan_cham: text('Cơ quan chấm lại', 'Cơ quan cấp trên chấm lại (ví dụ Sở Nội vụ).'),
        ngay_cham_lai: date('Ngày chấm lại', 'Ngày cơ quan cấp trên chấm lại.'),
        tong_tu_cham: points('Tổng tự chấm', 'Tổng điểm tự chấm ghi trên bản chấm (được đối chiếu với tổng các dòng).'),
        tong_cap_tren: points('Tổng cấp trên chấm', 'Tổng điểm cấp trên chấm ghi trên bản chấm.'),
      },
      [...submissionRequired, 'bo_tieu_chi', 'diem'],
    ),
  'bien-ban': () =>
    obj(
      'Biên bản họp bình xét',
      'Biên bản họp Hội đồng thi đua - khen thưởng bình xét, biểu quyết đề nghị khen thưởng.',
      {
        ...submissionHeader('bien-ban', 'biên bản'),
        ngay_hop: date('Ngày họp', 'Ngày họp bình xét.'),
        gio_bat_dau: str('Giờ bắt đầu', 'Giờ bắt đầu, dạng 08:00 (viết trong dấu nháy).', {
          pattern: '^([01]?[0-9]|2[0-3])[:h][0-5][0-9]$',
        }),
        gio_ket_thuc: str('Giờ kết thúc', 'Giờ kết thúc, dạng 10:30 (viết trong dấu nháy).', {
          pattern: '^([01]?[0-9]|2[0-3])[:h][0-5][0-9]$',
        }),
        dia_diem: text('Địa điểm', 'Nơi họp.'),
        chu_tri: person('Chủ trì', 'Người chủ trì cuộc họp.'),
        thu_ky: person('Thư ký', 'Thư ký cuộc họp.'),
        thanh_vien: obj(
          'Thành phần',
          'Số thành viên hội đồng: tổng số, có mặt, vắng.',
          {
            tong_so: int('Tổng số thành viên', 'Tổng số thành viên hội đồng.', { minimum: 1 }),
            co_mat: int('Có mặt', 'Số thành viên có mặt.', { minimum: 0 }),
            vang: list(
              'Vắng mặt',
              'Thành viên vắng và lý do.',
              obj(
                'Thành viên vắng',
                'Một thành viên vắng.',
                { ho_ten: text('Họ tên', 'Họ tên.'), ly_do: text('Lý do', 'Lý do vắng.') },
                ['ho_ten'],
              ),
            ),
          },
          ['tong_so', 'co_mat'],
        ),
        noi_dung: text('Nội dung, diễn biến', 'Diễn biến cuộc họp.'),
        bieu_quyet: list(
          'Kết quả biểu quyết',
          'Kết quả biểu quyết từng tập thể, cá nhân.',
          obj(
            'Biểu quyết',
            'Kết quả biểu quyết một đối tượng.',
            {
              doi_tuong: oneOf('Đối tượng', 'tap-the hoặc ca-nhan.', ['tap-the', 'ca-nhan']),
              ten: text('Tên', 'Tên tập thể hoặc họ tên cá nhân.'),
              ma_mo_hinh: unitCode('Mã mô hình', 'Mã mô hình (với tập thể).'),
              dong_y: int('Đồng ý', 'Số phiếu đồng ý.', { minimum: 0 }),
              khong_dong_y: int('Không đồng ý', 'Số phiếu không đồng ý.', { minimum: 0 }),
              hinh_thuc: id('Hình thức đề nghị', 'Mã hình thức khen thưởng.'),
            },
            ['doi_tuong', 'ten', 'dong_y'],
          ),
          { minItems: 1 },
        ),
        ket_luan: text('Kết luận', 'Kết luận cuộc họp.'),
      },
      [...submissionRequired, 'ngay_hop', 'dia_diem', 'chu_tri', 'thu_ky', 'thanh_vien', 'bieu_quyet'],
    ),
  'de-nghi-khen-thuong': () =>
    obj(
      'Đề nghị khen thưởng',
      'Tờ trình và danh sách đề nghị khen thưởng của một đơn vị.',
      {
        ...submissionHeader('de-nghi-khen-thuong', 'đề nghị khen thưởng'),
        kinh_gui: list('Kính gửi', 'Nơi nhận tờ trình.', text('Nơi nhận', 'Một nơi nhận.')),
        hinh_thuc: id('Hình thức khen thưởng', 'Mã hình thức khen thưởng trong kế hoạch, ví dụ bang-khen-ubnd-tinh.'),
        tap_the: list(
          'Tập thể đề nghị',
          'Các tập thể được đề nghị khen thưởng.',
          obj(
            'Tập thể',
            'Một tập thể được đề nghị.',
            {
              ten: text('Tên tập thể', 'Tên tập thể.'),
              ma_mo_hinh: unitCode('Mã mô hình', 'Mã mô hình trong bản đăng ký.'),
              tom_tat_thanh_tich: text('Tóm tắt thành tích', 'Tóm tắt thành tích.'),
              hinh_thuc: id('Hình thức', 'Hình thức riêng cho tập thể này (nếu khác).'),
              ghi_chu: text('Ghi chú', 'Ghi chú.'),
            },
            ['ten', 'tom_tat_thanh_tich'],
          ),
        ),
        ca_nhan: list(
          'Cá nhân đề nghị',
          'Các cá nhân được đề nghị khen thưởng.',
          obj(
            'Cá nhân',
            'Một cá nhân được đề nghị.',
            {
              ho_ten: text('Họ và tên', 'Họ và tên.'),
              nam_sinh: int('Năm sinh', 'Năm sinh.', { minimum: 1930, maximum: 2015 }),
              gioi_tinh: gender,
              chuc_vu: text('Chức vụ', 'Chức vụ.'),
              don_vi: text('Đơn vị công tác', 'Đơn vị công tác.'),
              ma_mo_hinh: unitCode('Mã mô hình', 'Mã mô hình cá nhân thực hiện.'),
              tom_tat_thanh_tich: text('Tóm tắt thành tích', 'Tóm tắt thành tích.'),
              hinh_thuc: id('Hình thức', 'Hình thức riêng cho cá nhân này (nếu khác).'),
              ghi_chu: text('Ghi chú', 'Ghi chú.'),
            },
            ['ho_ten', 'chuc_vu', 'tom_tat_thanh_tich'],
          ),
        ),
      },
      [...submissionRequired, 'so_hieu', 'hinh_thuc', 'nguoi_ky'],
    ),
};

export function buildSchemas() {
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `${kind}.schema.json`,
        ...SCHEMAS[kind](),
      },
    ]),
  );
}

export const schemaText = (schema) => JSON.stringify(schema, null, 2) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [kind, schema] of Object.entries(buildSchemas())) {
    writeFileSync(new URL(`../${kind}.schema.json`, import.meta.url), schemaText(schema));
  }
}
