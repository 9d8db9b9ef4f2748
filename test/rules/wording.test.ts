// The catalogue's wording is the official text of TT 24, verbatim (../shared/domain/TT24-2023-official.txt, Điều 6, 7,
// 12, 13): every chỉ tiêu at both tiers and levels, the tiêu chí titles, "Thành viên" / "Người học" as the text writes
// them and the dates "ngày 25 tháng 10 năm 2023", "ngày 30 tháng 12 năm 2022". The sentences below are copied from the
// official text. Cấp tỉnh tiêu chí 1–2 are not restated (Điều 12.1–12.2, 13.1–13.2: "Nội dung tiêu chí theo quy định
// tại khoản 1 / khoản 2 Điều 6, 7 Thông tư này"): they are the cấp huyện sentences with "cấp huyện" → "cấp tỉnh".
import { CATALOGUES, ChiTieu, Tier, allChiTieu, renderWording } from '../../src/rules/catalogue';

/** Điều 6, chỉ tiêu by id. */
const DIEU_6: Record<string, string> = {
  '1.1':
    'Ban hành kế hoạch hằng năm cho Thành viên trong đơn vị được học tập thường xuyên, tổ chức triển khai, thực hiện kế hoạch.',
  '1.2':
    'Thực hiện đầy đủ các chế độ về đào tạo, bồi dưỡng theo quy định hiện hành, có quy định của đơn vị nhằm khuyến khích, động viên Thành viên trong đơn vị tích cực học tập. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.',
  '1.3':
    'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với Thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).',
  '1.4':
    'Đơn vị cấp huyện triển khai chuyển đổi số, các Thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.',
  '1.5':
    'Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.',
  '2.1':
    'Tối thiểu 90% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
  '2.2':
    'Tối thiểu 90% Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.',
  '2.3':
    'Tối thiểu 90% Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.',
  '2.4':
    'Tối thiểu 50% Thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).',
  '2.5':
    'Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.1':
    'Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Bộ tiêu chí và hướng dẫn đánh giá, công nhận “Công dân học tập” giai đoạn 2021-2030 (ban hành tại Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam, sau đây gọi là Quyết định số 324/QĐ-KHVN). Đối với đơn vị là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 95% Người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.',
  '3.2':
    'Đơn vị cấp huyện thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.',
  '3.3':
    'Đơn vị cấp huyện đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.4':
    'Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.5':
    'Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.',
};

/** Điều 7, chỉ tiêu by id. */
const DIEU_7: Record<string, string> = {
  '2.1':
    'Tối thiểu 95% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
  '2.2':
    'Tối thiểu 95% Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.',
  '2.3':
    'Tối thiểu 95% Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.',
  '2.4':
    'Tối thiểu 70% Thành viên trong đơn vị có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).',
  '2.5':
    'Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.1':
    'Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Đối với Đơn vị cấp huyện là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 97% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.',
  '3.2':
    'Đơn vị cấp huyện thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.',
  '3.3':
    'Đơn vị cấp huyện là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.4':
    'Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.5':
    'Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.',
};

/** Điều 12, chỉ tiêu by id. */
const DIEU_12: Record<string, string> = {
  '3.1':
    'Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận cấp tỉnh tối thiểu 95% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.',
  '3.2':
    'Đơn vị cấp tỉnh thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.',
  '3.3':
    'Đơn vị cấp tỉnh đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.4':
    'Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.5':
    'Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.6':
    'Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.',
};

/** Điều 13, chỉ tiêu by id. */
const DIEU_13: Record<string, string> = {
  '3.1':
    'Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh tối thiểu 97% Người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.',
  '3.2':
    'Đơn vị cấp tỉnh thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.',
  '3.3':
    'Đơn vị cấp tỉnh đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.',
  '3.4':
    'Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.5':
    'Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
  '3.6':
    'Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.',
};

const TITLES = [
  'Về điều kiện xây dựng “Đơn vị học tập”',
  'Về kết quả học tập của Thành viên trong đơn vị',
  'Tác dụng của việc xây dựng “Đơn vị học tập”',
];

const TIER_NAME: Record<Tier, string> = { huyen: 'cấp huyện', tinh: 'cấp tỉnh' };

/** The chỉ tiêu sentence as the text has it at one level: the wording plus, where there is one, the mầm non clause. */
function sentence(ct: ChiTieu, tier: Tier, level: 1 | 2): string {
  const wording = level === 2 ? ct.wording.muc2 ?? ct.wording.muc1 : ct.wording.muc1;
  const text = ct.mamNonCongLapClause ? `${wording} ${ct.mamNonCongLapClause}` : wording;
  return renderWording(text, TIER_NAME[tier]);
}

const toTinh = (text: string) => text.replace(/cấp huyện/g, 'cấp tỉnh');

describe('wording verbatim from the official text of TT 24', () => {
  test('tiêu chí titles (Điều 6.1, 6.2, 6.3), the same at both tiers', () => {
    for (const tier of ['huyen', 'tinh'] as const) expect(CATALOGUES[tier].tieuChi.map((t) => t.title)).toEqual(TITLES);
    expect(TITLES[0]).toBe('Về điều kiện xây dựng “Đơn vị học tập”');
  });

  test('cấp huyện mức độ 1 is Điều 6, chỉ tiêu by chỉ tiêu', () => {
    for (const ct of allChiTieu('huyen')) expect([ct.id, sentence(ct, 'huyen', 1)]).toEqual([ct.id, DIEU_6[ct.id]]);
  });

  test('cấp huyện mức độ 2 is Điều 7; tiêu chí 1 refers back to khoản 1 Điều 6', () => {
    for (const ct of allChiTieu('huyen')) {
      const official = ct.tieuChi === 1 ? DIEU_6[ct.id] : DIEU_7[ct.id];
      expect([ct.id, sentence(ct, 'huyen', 2)]).toEqual([ct.id, official]);
    }
    expect(CATALOGUES.huyen.tieuChi[0].muc2Statement).toBe('Nội dung tiêu chí theo quy định tại khoản 1 Điều 6 Thông tư này.');
  });

  test('cấp tỉnh tiêu chí 3 is Điều 12 (mức độ 1) and Điều 13 (mức độ 2)', () => {
    for (const ct of allChiTieu('tinh').filter((c) => c.tieuChi === 3)) {
      expect([ct.id, sentence(ct, 'tinh', 1)]).toEqual([ct.id, DIEU_12[ct.id]]);
      expect([ct.id, sentence(ct, 'tinh', 2)]).toEqual([ct.id, DIEU_13[ct.id]]);
    }
  });

  test('cấp tỉnh tiêu chí 1–2 are khoản 1–2 of Điều 6 (mức 1) and Điều 7 (mức 2) with the tier adapted', () => {
    for (const ct of allChiTieu('tinh').filter((c) => c.tieuChi < 3)) {
      expect([ct.id, sentence(ct, 'tinh', 1)]).toEqual([ct.id, toTinh(DIEU_6[ct.id])]);
      const muc2 = ct.tieuChi === 1 ? DIEU_6[ct.id] : DIEU_7[ct.id];
      expect([ct.id, sentence(ct, 'tinh', 2)]).toEqual([ct.id, toTinh(muc2)]);
    }
    expect(sentence(allChiTieu('tinh')[3], 'tinh', 1)).toMatch(/^Đơn vị cấp tỉnh triển khai chuyển đổi số/);
  });

  test('3.1: the learner sentence differs by tier and level, as written', () => {
    const huyen = allChiTieu('huyen')[10];
    const tinh = allChiTieu('tinh')[10];
    expect(renderWording(huyen.wording.muc1, 'cấp huyện')).toContain('Đối với đơn vị là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 95% Người học');
    expect(renderWording(huyen.wording.muc2!, 'cấp huyện')).toContain('Đối với Đơn vị cấp huyện là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 97% người học');
    // Điều 12.3.a: "công nhận cấp tỉnh", without "ở".
    expect(renderWording(tinh.wording.muc1, 'cấp tỉnh')).toContain('Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận cấp tỉnh tối thiểu 95% người học');
    expect(renderWording(tinh.wording.muc2!, 'cấp tỉnh')).toContain('Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh tối thiểu 97% Người học');
    expect(huyen.wording.muc1).toContain('Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023');
  });

  test('a configured tier name replaces the tier in every sentence', () => {
    expect(renderWording(allChiTieu('huyen')[10].wording.muc1, 'cấp xã')).toContain('công nhận ở cấp xã tối thiểu 95% Người học');
  });
});
