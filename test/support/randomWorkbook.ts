// fast-check arbitraries of valid school workbooks (records), with the spellings real users type.
import fc from 'fast-check';
import { allChiTieu } from '../../src/rules/catalogue';
import { SchoolWorkbook, MemberRow, ChiTieuRow } from '../../src/workbook/records';

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const DEM = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thu'];
const TEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quyên', 'Sơn', 'Thảo'];
/** Mostly passing, so that random units reach every level, not only Không đạt. */
const weighted = (yes: string[], no: string[], na: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...yes), weight: 30 }, { arbitrary: fc.constantFrom(...no), weight: 2 }, { arbitrary: fc.constantFrom(...na), weight: 1 });
const MARK = weighted(['x', 'Đạt', 'có', '✓', 'X'], ['', 'không', 'Chưa đạt'], ['KAD', 'Không áp dụng']);
const MANY_MARK = fc.oneof({ arbitrary: MARK, weight: 1 }, { arbitrary: fc.constant('x'), weight: 3 });
const TITLE = weighted(['Lao động tiên tiến', 'LĐTT', 'LDTT', 'Chiến sĩ thi đua cơ sở'], ['', 'HTXSNV', 'Không có danh hiệu'], ['KAD']);
export const UNIT_LABELS = ['Trường trung học cơ sở', 'Trường tiểu học', 'Trường trung học phổ thông', 'Cơ quan hành chính nhà nước', 'Cơ sở giáo dục nghề nghiệp (trường trung cấp, cao đẳng, trung tâm GDNN)', 'Doanh nghiệp, tổ chức kinh tế', 'Trung tâm giáo dục thường xuyên', 'Trường phổ thông dân tộc bán trú'];

const member = (i: number): fc.Arbitrary<MemberRow> =>
  fc.record({
    ho: fc.constantFrom(...HO), dem: fc.constantFrom(...DEM), ten: fc.constantFrom(...TEN),
    kyLuat: MANY_MARK, boiDuong: MANY_MARK, chuyenDoiSo: MANY_MARK, ngoaiNgu: MARK, danhHieu: TITLE, cdht: MANY_MARK,
    tckt: fc.constantFrom('', '', '', 'x'), loai: fc.constantFrom('CBQL', 'GV', 'GV', 'NV', 'HĐ'),
  }).map((m) => {
    const marks = [m.kyLuat, m.boiDuong, m.chuyenDoiSo, m.ngoaiNgu, m.danhHieu, m.cdht];
    return {
      stt: i + 1, hoTen: `${m.ho} ${m.dem} ${m.ten} ${i + 1}`, chucVu: 'Giáo viên', boPhan: 'Tổ Toán', loai: m.loai,
      thuocToChucKinhTe: m.tckt, kyLuat: m.kyLuat, boiDuong: m.boiDuong, chuyenDoiSo: m.chuyenDoiSo, ngoaiNgu: m.ngoaiNgu,
      danhHieu: m.danhHieu, cdht: m.cdht, lyDo: marks.includes('KAD') ? 'Nghỉ thai sản' : '', ghiChu: '',
    };
  });

const chiTieuRow = (id: string): fc.Arbitrary<ChiTieuRow> =>
  fc.record({
    tuDanhGia: weighted(['Đạt', 'Đạt mức độ 2'], ['Không đạt'], ['']),
    minhChung: weighted([`TC${id[0]}-0${id[2]}-01`, `TC${id[0]}-0${id[2]}-01; TC${id[0]}-0${id[2]}-02`, `TC${id[0]}-0${id[2]}`], [''], ['']),
    danhHieuTapThe: weighted(['Tập thể lao động tiên tiến', 'Tập thể lao động xuất sắc'], ['chưa'], ['']),
    muc: weighted(['Mức đáp ứng cơ bản', 'Mức đáp ứng tốt'], ['Mức chưa đáp ứng'], ['']),
    scores: fc.option(fc.tuple(fc.integer({ min: 40, max: 100 }), fc.integer({ min: 40, max: 100 }))),
    moTa: fc.constantFrom('Đơn vị đã thực hiện.', '- Ban hành kế hoạch.\n- Tổ chức thực hiện.', ''),
  }).map((r) => ({
    tuDanhGia: r.tuDanhGia, minhChung: r.minhChung, danhHieuTapThe: id === '3.3' ? r.danhHieuTapThe : '',
    mucChuyenDoiSo: id === '3.4' ? r.muc : '', diemDayHoc: id === '3.4' && r.scores ? r.scores[0] : '',
    diemQuanTri: id === '3.4' && r.scores ? r.scores[1] : '', moTa: r.moTa,
  }));

export const workbookArb = (maxMembers = 40): fc.Arbitrary<SchoolWorkbook> =>
  fc.record({
    unit: fc.constantFrom(...UNIT_LABELS),
    tier: fc.constantFrom('cấp huyện', 'cấp tỉnh'),
    n: fc.integer({ min: 0, max: maxMembers }),
    classes: fc.array(fc.tuple(fc.integer({ min: 25, max: 45 }), fc.integer({ min: 0, max: 2 })), { maxLength: 8 }),
  }).chain(({ unit, tier, n, classes }) =>
    fc.record({
      members: fc.tuple(...Array.from({ length: n }, (_, i) => member(i))),
      chiTieu: fc.record(Object.fromEntries(allChiTieu(tier === 'cấp tỉnh' ? 'tinh' : 'huyen').map((c) => [c.id, chiTieuRow(c.id)]))),
    }).map(({ members, chiTieu }) => ({
      settings: {
        tenDonVi: 'Trường Thử Nghiệm', coQuanChuQuan: 'Ủy ban nhân dân xã A', loaiDonVi: unit, congLap: 'Công lập', capCongNhan: tier,
        tenCap: tier, coQuanTiepNhan: 'Phòng Giáo dục và Đào tạo', namDanhGia: 2025, diaDanh: 'A', thuTruong: 'Nguyễn Văn A',
        chucVuThuTruong: 'Hiệu trưởng', soHieuVanBan: '01/BC-TN', nguoiLap: 'Trần Thị B', mucDaCongNhan: 'Chưa được công nhận', namCongNhan: '',
      },
      members,
      classes: classes.map(([siSo, missing], i) => ({ lop: `6A${i + 1}`, khoi: 6, siSo, soDatCdht: siSo - missing })),
      chiTieu: chiTieu as Record<string, ChiTieuRow>,
      evidence: [],
      council: [],
    })),
  );
