// The TT 24 catalogue as data: tiêu chí and chỉ tiêu for cấp huyện and cấp tỉnh, wording, rules, evidence, applicability.
//
// Wording: quoted verbatim from the official text of TT 24 (../shared/domain/TT24-2023-official.txt): Điều 6–7 for cấp
// huyện, Điều 12–13 for cấp tỉnh. "{cap}" stands for the configured tier name ("cấp huyện", "cấp Quận", "cấp xã",
// "cấp tỉnh"…) where the text says "cấp huyện" / "cấp tỉnh". Cấp tỉnh tiêu chí 1–2 are not restated by the text
// ("Nội dung tiêu chí theo quy định tại khoản 1 / khoản 2 Điều 6, 7"): they are the cấp huyện ones with the tier
// adapted through "{cap}" (docs/RULES.md).

export type Tier = 'huyen' | 'tinh';
export type TieuChiNo = 1 | 2 | 3;

/** A restriction on which units a chỉ tiêu applies to; the names are traits of UnitTraits, or 'congLap'. */
export type Applicability = 'all' | 'congLap' | 'phoThong' | 'thptHoacGdtx' | 'daiHoc' | 'ngheNghiep';

export type ChiTieuRule =
  /** Pass/fail with evidence; the same at both levels, so passing is "Đạt mức độ 2". */
  | { readonly kind: 'condition' }
  /** Minimum share of members (and, for a cơ sở giáo dục, of learners), in whole percent. */
  | {
      readonly kind: 'memberShare';
      readonly muc1: number;
      readonly muc2: number;
      readonly learners?: { readonly muc1: number; readonly muc2: number };
      /** "(không bao gồm thành viên trong đơn vị là tổ chức kinh tế)" */
      readonly excludesToChucKinhTe?: boolean;
      /** Phrase for gap sentences: "Cần thêm 2 thành viên <phrase> để đạt mức độ 2". */
      readonly memberPhrase: string;
      readonly learnerPhrase?: string;
    }
  /** Collective emulation title, by rank (1 = Tập thể lao động tiên tiến … 4 = Cờ thi đua của Chính phủ). */
  | {
      readonly kind: 'collectiveTitle';
      readonly muc1MinRank: number;
      readonly muc2MinRank: number;
      /** Cấp huyện mức 2: "Đơn vị … là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu …". */
      readonly muc2RequiresCongLap: boolean;
    }
  /** Digital-transformation level by QĐ 4725 or QĐ 4740: mức 1 needs "đáp ứng cơ bản", mức 2 "đáp ứng tốt". */
  | { readonly kind: 'digitalLevel'; readonly decision: '4725/QĐ-BGDĐT' | '4740/QĐ-BGDĐT' };

export interface ChiTieu {
  /** "1.1" … "3.6": tiêu chí and position, as users and the dossier name it. */
  readonly id: string;
  readonly tieuChi: TieuChiNo;
  readonly no: number;
  /** Evidence group code, "TC1-01" … "TC3-06". */
  readonly evidenceGroup: string;
  readonly shortName: string;
  /** Official wording; `muc2` only where the mức 2 wording differs. "{cap}" = tier name. */
  readonly wording: { readonly muc1: string; readonly muc2?: string };
  /** Extra sentence for nhà trẻ, trường mẫu giáo, trường mầm non công lập. */
  readonly mamNonCongLapClause?: string;
  readonly rule: ChiTieuRule;
  readonly appliesTo: Applicability;
  readonly suggestedEvidence: readonly string[];
  /** False where the wording or rule is not checked against the official text of TT 24. */
  readonly verified: boolean;
  readonly note?: string;
}

export interface TieuChi {
  readonly no: TieuChiNo;
  readonly id: string;
  readonly title: string;
  /** For tiêu chí 1 the mức 2 rule is stated once for the whole tiêu chí. */
  readonly muc2Statement?: string;
  readonly chiTieu: readonly ChiTieu[];
}

export interface Catalogue {
  readonly tier: Tier;
  readonly defaultTierName: string;
  readonly tieuChi: readonly TieuChi[];
}

const LAW_TDKT = '(theo Luật Thi đua, Khen thưởng số 06/2022/QH15)';
const QD_324 =
  'theo Bộ tiêu chí và hướng dẫn đánh giá, công nhận “Công dân học tập” giai đoạn 2021-2030 (ban hành tại Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam, sau đây gọi là Quyết định số 324/QĐ-KHVN)';
const MAM_NON_1_2 =
  'Đơn vị {cap} là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.';
const MAM_NON_3_2 =
  'Đơn vị {cap} là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.';

const TC1: TieuChi = {
  no: 1,
  id: 'TC1',
  title: 'Về điều kiện xây dựng “Đơn vị học tập”',
  // Điều 7.1, 12.1, 13.1.
  muc2Statement: 'Nội dung tiêu chí theo quy định tại khoản 1 Điều 6 Thông tư này.',
  chiTieu: [
    {
      id: '1.1', tieuChi: 1, no: 1, evidenceGroup: 'TC1-01', shortName: 'Kế hoạch học tập hằng năm',
      wording: { muc1: 'Ban hành kế hoạch hằng năm cho Thành viên trong đơn vị được học tập thường xuyên, tổ chức triển khai, thực hiện kế hoạch.' },
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: ['Kế hoạch học tập, bồi dưỡng thường xuyên của đơn vị', 'Hình ảnh, tài liệu, học liệu, bài giảng…'],
    },
    {
      id: '1.2', tieuChi: 1, no: 2, evidenceGroup: 'TC1-02', shortName: 'Chế độ đào tạo, bồi dưỡng',
      wording: { muc1: 'Thực hiện đầy đủ các chế độ về đào tạo, bồi dưỡng theo quy định hiện hành, có quy định của đơn vị nhằm khuyến khích, động viên Thành viên trong đơn vị tích cực học tập.' },
      mamNonCongLapClause: MAM_NON_1_2,
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: [
        'Các văn bản có quy định cụ thể của đơn vị nhằm động viên các thành viên học tập (học phí, phương tiện, động viên, khen thưởng...)',
        'Mầm non công lập: kế hoạch tổ chức tập huấn, bồi dưỡng, hỗ trợ giáo viên mầm non dân lập, tư thục trên địa bàn; chương trình; giấy mời; danh sách giáo viên dự tập huấn',
      ],
    },
    {
      id: '1.3', tieuChi: 1, no: 3, evidenceGroup: 'TC1-03', shortName: 'Kinh phí đào tạo, bồi dưỡng',
      wording: { muc1: 'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với Thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).' },
      rule: { kind: 'condition' }, appliesTo: 'congLap', verified: true,
      suggestedEvidence: [
        'Nguồn lực tài chính',
        'Cơ sở vật chất, trang thiết bị và các điều kiện khác phục vụ học tập, bồi dưỡng',
        'Các văn bản, minh chứng về việc chi kinh phí cho công tác đào tạo, bồi dưỡng',
      ],
    },
    {
      id: '1.4', tieuChi: 1, no: 4, evidenceGroup: 'TC1-04', shortName: 'Chuyển đổi số, thiết bị học tập',
      wording: { muc1: 'Đơn vị {cap} triển khai chuyển đổi số, các Thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.' },
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: ['Các văn bản chỉ đạo; kế hoạch; hợp đồng mua sắm trang thiết bị liên quan đến công tác chuyển đổi số', 'Hình ảnh phòng làm việc có trang bị máy tính, thiết bị CNTT'],
    },
    {
      id: '1.5', tieuChi: 1, no: 5, evidenceGroup: 'TC1-05', shortName: 'Phục vụ học tập suốt đời',
      wording: { muc1: 'Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.' },
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: [
        'Các văn bản chỉ đạo; kế hoạch; chương trình, hình ảnh tổ chức Tuần lễ hưởng ứng học tập suốt đời',
        'Tham gia tổ chức hoặc phối hợp tổ chức các chuyên đề, lớp học tại trung tâm học tập cộng đồng',
        'Tham gia tổ chức hoặc trực tiếp giảng dạy các chương trình xóa mù chữ, giáo dục thường xuyên',
        'Biên soạn, cung cấp, hỗ trợ tài liệu phục vụ việc học tập suốt đời',
      ],
    },
  ],
};

function share(id: string, no: number, shortName: string, body: string, m1: number, m2: number, memberPhrase: string, evidence: string[]): ChiTieu {
  return {
    id, tieuChi: 2, no, evidenceGroup: `TC2-0${no}`, shortName,
    wording: {
      muc1: `Tối thiểu ${m1}% Thành viên trong đơn vị ${body}`,
      muc2: `Tối thiểu ${m2}% Thành viên trong đơn vị ${body}`,
    },
    rule: { kind: 'memberShare', muc1: m1, muc2: m2, memberPhrase },
    appliesTo: 'all', verified: true, suggestedEvidence: evidence,
  };
}

const TC2: TieuChi = {
  no: 2,
  id: 'TC2',
  title: 'Về kết quả học tập của Thành viên trong đơn vị',
  chiTieu: [
    share('2.1', 1, 'Kỷ luật lao động',
      'tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
      90, 95, 'tuân thủ kỷ luật lao động, nội quy làm việc',
      ['Bảng chấm công của đơn vị', 'Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức hằng năm', 'Văn bản thể hiện tinh thần hợp tác, chia sẻ, trao đổi (nếu có)']),
    share('2.2', 2, 'Hoàn thành học tập, bồi dưỡng',
      'hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.',
      90, 95, 'hoàn thành đầy đủ các chương trình học tập, bồi dưỡng',
      ['Xác nhận của đơn vị đối với các thành viên đã hoàn thành nhiệm vụ học tập, bồi dưỡng kèm theo chương trình', 'Văn bằng, chứng chỉ, chứng nhận hoàn thành khóa học; giấy mời, công văn cử đi học']),
    share('2.3', 3, 'Bồi dưỡng, tham gia chuyển đổi số',
      'được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.',
      90, 95, 'được đào tạo, bồi dưỡng và tham gia chuyển đổi số',
      ['Kế hoạch chuyển đổi số của đơn vị', 'Danh sách cán bộ được đào tạo, tập huấn, thực hiện chuyển đổi số']),
    {
      id: '2.4', tieuChi: 2, no: 4, evidenceGroup: 'TC2-04', shortName: 'Ngoại ngữ, tiếng dân tộc thiểu số',
      wording: {
        muc1: 'Tối thiểu 50% Thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).',
        muc2: 'Tối thiểu 70% Thành viên trong đơn vị có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).',
      },
      rule: {
        kind: 'memberShare', muc1: 50, muc2: 70, excludesToChucKinhTe: true,
        memberPhrase: 'có chứng chỉ hoặc trình độ ngoại ngữ, tiếng dân tộc thiểu số đáp ứng yêu cầu',
      },
      appliesTo: 'all', verified: true,
      suggestedEvidence: ['Danh sách trích ngang đội ngũ nhân sự toàn đơn vị có thông tin về văn bằng, chứng chỉ ngoại ngữ, được lãnh đạo đơn vị ký xác nhận', 'Bản photo các văn bằng, chứng chỉ'],
    },
    share('2.5', 5, 'Danh hiệu Lao động tiên tiến',
      `đạt danh hiệu “Lao động tiên tiến” ${LAW_TDKT} trở lên.`,
      90, 95, 'đạt danh hiệu LĐTT trở lên',
      ['Quyết định công nhận danh hiệu thi đua và khen thưởng hằng năm của thủ trưởng đơn vị và lãnh đạo cấp trên', 'Bằng khen, giấy khen']),
  ],
};

const CDHT_EVIDENCE = ['Quyết định công nhận “Công dân học tập” của các thành viên trong đơn vị', 'Đối với cơ sở giáo dục có Người học (Điều 2.8): quyết định, danh sách người học đạt “Công dân học tập”'];

const QD_324_SHORT = 'theo Quyết định số 324/QĐ-KHVN';

/**
 * 3.1, whose learner sentence differs by tier and level (Điều 6.3.a, 7.3.a, 12.3.a, 13.3.a, quoted as written: "Người
 * học" / "người học", "công nhận ở" / "công nhận" at cấp tỉnh mức 1). The learner rule binds only units whose pupils
 * are Người học (Điều 2.8): see UnitTraits.coNguoiHoc.
 */
function tc3_1(tier: Tier): ChiTieu {
  const cdht = 'đạt danh hiệu “Công dân học tập”';
  const wording = tier === 'huyen'
    ? {
      muc1: `Tối thiểu 90% Thành viên trong đơn vị ${cdht} ${QD_324}. Đối với đơn vị là Cơ sở giáo dục đánh giá, công nhận ở {cap} tối thiểu 95% Người học ${cdht} ${QD_324_SHORT}.`,
      muc2: `Tối thiểu 95% Thành viên trong đơn vị ${cdht} ${QD_324_SHORT}. Đối với Đơn vị {cap} là Cơ sở giáo dục đánh giá, công nhận ở {cap} tối thiểu 97% người học ${cdht} ${QD_324_SHORT}.`,
    }
    : {
      muc1: `Tối thiểu 90% Thành viên trong đơn vị ${cdht} ${QD_324_SHORT}. Đối với Đơn vị {cap} là Cơ sở giáo dục đánh giá, công nhận {cap} tối thiểu 95% người học ${cdht} ${QD_324_SHORT}.`,
      muc2: `Tối thiểu 95% Thành viên trong đơn vị ${cdht} ${QD_324_SHORT}. Đối với Đơn vị {cap} là Cơ sở giáo dục đánh giá, công nhận ở {cap} tối thiểu 97% Người học ${cdht} ${QD_324_SHORT}.`,
    };
  return {
    id: '3.1', tieuChi: 3, no: 1, evidenceGroup: 'TC3-01', shortName: 'Công dân học tập',
    wording,
    rule: {
      kind: 'memberShare', muc1: 90, muc2: 95, learners: { muc1: 95, muc2: 97 },
      memberPhrase: 'đạt danh hiệu Công dân học tập', learnerPhrase: 'đạt danh hiệu Công dân học tập',
    },
    appliesTo: 'all', verified: true, suggestedEvidence: CDHT_EVIDENCE,
  };
}

const DX_EVIDENCE = (qd: string) => [
  `Các minh chứng theo bộ chỉ số của Quyết định số ${qd} ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo`,
  'Quyết định công nhận mức độ chuyển đổi số của cơ quan quản lý cấp trên',
];
const KIEM_DINH_EVIDENCE = ['Quyết định, giấy chứng nhận kiểm định chất lượng giáo dục nghề nghiệp'];

const TC3_HUYEN: TieuChi = {
  no: 3,
  id: 'TC3',
  title: 'Tác dụng của việc xây dựng “Đơn vị học tập”',
  chiTieu: [
    tc3_1('huyen'),
    {
      id: '3.2', tieuChi: 3, no: 2, evidenceGroup: 'TC3-02', shortName: 'Môi trường học tập, chia sẻ tri thức',
      wording: { muc1: 'Đơn vị {cap} thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.' },
      mamNonCongLapClause: MAM_NON_3_2,
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: [
        'Các văn bản chỉ đạo, kế hoạch, giấy mời, hình ảnh thể hiện việc tạo lập môi trường học tập, giao lưu, chia sẻ tri thức với các đơn vị khác',
        'Đường link bài giảng, tài liệu, học liệu được chia sẻ trên môi trường số',
      ],
    },
    {
      id: '3.3', tieuChi: 3, no: 3, evidenceGroup: 'TC3-03', shortName: 'Danh hiệu thi đua tập thể',
      wording: {
        muc1: `Đơn vị {cap} đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” ${LAW_TDKT} trở lên.`,
        muc2: `Đơn vị {cap} là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” ${LAW_TDKT} trở lên.`,
      },
      rule: { kind: 'collectiveTitle', muc1MinRank: 1, muc2MinRank: 1, muc2RequiresCongLap: true },
      appliesTo: 'all', verified: true,
      suggestedEvidence: ['Quyết định công nhận danh hiệu thi đua, khen thưởng; bằng khen, giấy khen'],
    },
    {
      id: '3.4', tieuChi: 3, no: 4, evidenceGroup: 'TC3-04', shortName: 'Chuyển đổi số (QĐ 4725)',
      wording: {
        muc1: 'Đơn vị {cap} là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
        muc2: 'Đơn vị {cap} là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
      },
      rule: { kind: 'digitalLevel', decision: '4725/QĐ-BGDĐT' }, appliesTo: 'phoThong', verified: true,
      suggestedEvidence: DX_EVIDENCE('4725/QĐ-BGDĐT'),
    },
    {
      id: '3.5', tieuChi: 3, no: 5, evidenceGroup: 'TC3-05', shortName: 'Kiểm định chất lượng GDNN',
      wording: { muc1: 'Đơn vị {cap} là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.' },
      rule: { kind: 'condition' }, appliesTo: 'ngheNghiep', verified: true,
      suggestedEvidence: KIEM_DINH_EVIDENCE,
    },
  ],
};

const TC3_TINH: TieuChi = {
  no: 3,
  id: 'TC3',
  title: 'Tác dụng của việc xây dựng “Đơn vị học tập”',
  chiTieu: [
    tc3_1('tinh'),
    {
      id: '3.2', tieuChi: 3, no: 2, evidenceGroup: 'TC3-02', shortName: 'Môi trường học tập, chia sẻ tri thức',
      wording: { muc1: 'Đơn vị {cap} thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.' },
      rule: { kind: 'condition' }, appliesTo: 'all', verified: true,
      suggestedEvidence: TC3_HUYEN.chiTieu[1].suggestedEvidence,
    },
    {
      id: '3.3', tieuChi: 3, no: 3, evidenceGroup: 'TC3-03', shortName: 'Danh hiệu thi đua tập thể',
      // Điều 12.3.c and 13.3.c: the same sentence at both levels, with no công lập restriction (unlike cấp huyện).
      wording: { muc1: `Đơn vị {cap} đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” ${LAW_TDKT} trở lên.` },
      rule: { kind: 'collectiveTitle', muc1MinRank: 1, muc2MinRank: 1, muc2RequiresCongLap: false },
      appliesTo: 'all', verified: true,
      suggestedEvidence: TC3_HUYEN.chiTieu[2].suggestedEvidence,
    },
    {
      id: '3.4', tieuChi: 3, no: 4, evidenceGroup: 'TC3-04', shortName: 'Chuyển đổi số (QĐ 4725)',
      wording: {
        muc1: 'Đơn vị {cap} là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
        muc2: 'Đơn vị {cap} là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
      },
      rule: { kind: 'digitalLevel', decision: '4725/QĐ-BGDĐT' }, appliesTo: 'thptHoacGdtx', verified: true,
      suggestedEvidence: DX_EVIDENCE('4725/QĐ-BGDĐT'),
    },
    {
      id: '3.5', tieuChi: 3, no: 5, evidenceGroup: 'TC3-05', shortName: 'Chuyển đổi số (QĐ 4740)',
      wording: {
        muc1: 'Đơn vị {cap} là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
        muc2: 'Đơn vị {cap} là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
      },
      rule: { kind: 'digitalLevel', decision: '4740/QĐ-BGDĐT' }, appliesTo: 'daiHoc', verified: true,
      suggestedEvidence: DX_EVIDENCE('4740/QĐ-BGDĐT'),
    },
    {
      id: '3.6', tieuChi: 3, no: 6, evidenceGroup: 'TC3-06', shortName: 'Kiểm định chất lượng GDNN',
      wording: { muc1: 'Đơn vị {cap} là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.' },
      rule: { kind: 'condition' }, appliesTo: 'ngheNghiep', verified: true,
      suggestedEvidence: KIEM_DINH_EVIDENCE,
    },
  ],
};

export const CATALOGUES: Readonly<Record<Tier, Catalogue>> = {
  huyen: { tier: 'huyen', defaultTierName: 'cấp huyện', tieuChi: [TC1, TC2, TC3_HUYEN] },
  tinh: { tier: 'tinh', defaultTierName: 'cấp tỉnh', tieuChi: [TC1, TC2, TC3_TINH] },
};

export function catalogue(tier: Tier): Catalogue {
  return CATALOGUES[tier];
}

export function allChiTieu(tier: Tier): readonly ChiTieu[] {
  return CATALOGUES[tier].tieuChi.flatMap((tc) => tc.chiTieu);
}

export function findChiTieu(tier: Tier, id: string): ChiTieu | undefined {
  return allChiTieu(tier).find((c) => c.id === id);
}

/** The wording with "{cap}" replaced by the configured tier name ("cấp huyện", "cấp Quận"…). */
export function renderWording(text: string, tierName: string): string {
  return text.replace(/\{cap\}/g, tierName);
}
