// Emulation titles (Luật Thi đua, Khen thưởng 2022): individual and collective, ranked (TT24.md §5).
import { buildLookup, VocabEntry } from './lookup';
import { foldKey, isBlank } from './normalize';

/** Individual titles ascending; 0 = no title. */
export const INDIVIDUAL_TITLES = [
  { rank: 1, name: 'Lao động tiên tiến', short: 'LĐTT' },
  { rank: 2, name: 'Chiến sĩ thi đua cơ sở', short: 'CSTĐCS' },
  { rank: 3, name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', short: 'CSTĐ cấp bộ, ngành, tỉnh' },
  { rank: 4, name: 'Chiến sĩ thi đua toàn quốc', short: 'CSTĐ toàn quốc' },
] as const;

/** Collective titles ascending; 0 = no title. */
export const COLLECTIVE_TITLES = [
  { rank: 1, name: 'Tập thể lao động tiên tiến', short: 'TTLĐTT' },
  { rank: 2, name: 'Tập thể lao động xuất sắc', short: 'TTLĐXS' },
  { rank: 3, name: 'Cờ thi đua của bộ, ban, ngành, tỉnh', short: 'Cờ thi đua cấp bộ, ngành, tỉnh' },
  { rank: 4, name: 'Cờ thi đua của Chính phủ', short: 'Cờ thi đua của Chính phủ' },
] as const;

/**
 * A parsed individual entry: a ranked title, explicitly none, not applicable, or a known value
 * that is *not* a title (HTXSNV is an annual rating; Giấy khen, Bằng khen are forms of commendation).
 */
export type IndividualTitle =
  | { kind: 'title'; rank: number }
  | { kind: 'none' }
  | { kind: 'na' }
  | { kind: 'notATitle'; what: string };

const INDIVIDUAL_VOCAB: VocabEntry<IndividualTitle>[] = [
  { value: { kind: 'title', rank: 1 }, spellings: ['Lao động tiên tiến', 'LĐTT', 'danh hiệu Lao động tiên tiến', 'Chiến sĩ tiên tiến', 'CSTT'] },
  { value: { kind: 'title', rank: 2 }, spellings: ['Chiến sĩ thi đua cơ sở', 'CSTĐCS', 'CSTĐ cơ sở', 'CSTĐ CS'] },
  {
    value: { kind: 'title', rank: 3 },
    spellings: [
      'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'Chiến sĩ thi đua cấp bộ', 'Chiến sĩ thi đua cấp tỉnh',
      'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 'CSTĐ cấp tỉnh', 'CSTĐ cấp bộ', 'CSTĐ cấp bộ, ngành, tỉnh',
      'CSTĐ cấp bộ, ban, ngành, tỉnh', 'Chiến sĩ thi đua thành phố', 'CSTĐ thành phố',
    ],
  },
  { value: { kind: 'title', rank: 4 }, spellings: ['Chiến sĩ thi đua toàn quốc', 'CSTĐ toàn quốc', 'CSTĐTQ'] },
  { value: { kind: 'none' }, spellings: ['không', 'chưa', 'k', '0', 'không đạt', 'chưa đạt', 'không có', 'không có danh hiệu', 'chưa có danh hiệu'] },
  { value: { kind: 'na' }, spellings: ['-', 'KAD', 'không áp dụng', 'N/A', 'NA', 'miễn', 'không thuộc diện'] },
  {
    value: { kind: 'notATitle', what: 'Hoàn thành xuất sắc nhiệm vụ là mức xếp loại chất lượng, không phải danh hiệu thi đua' },
    spellings: ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV', 'HTXS nhiệm vụ', 'HTXS'],
  },
  {
    value: { kind: 'notATitle', what: 'Hoàn thành tốt nhiệm vụ là mức xếp loại chất lượng, không phải danh hiệu thi đua' },
    spellings: ['Hoàn thành tốt nhiệm vụ', 'HTTNV', 'HTT nhiệm vụ', 'Hoàn thành nhiệm vụ', 'HTNV'],
  },
  {
    value: { kind: 'notATitle', what: 'Giấy khen, Bằng khen là hình thức khen thưởng, không phải danh hiệu thi đua' },
    spellings: ['Giấy khen', 'Bằng khen', 'GK', 'BK'],
  },
];

const INDIVIDUAL = buildLookup(INDIVIDUAL_VOCAB);

export const INDIVIDUAL_TITLE_HELP =
  'Lao động tiên tiến (LĐTT), Chiến sĩ thi đua cơ sở (CSTĐCS), Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh, Chiến sĩ thi đua toàn quốc; để trống hoặc "không" nếu không có danh hiệu; KAD nếu không thuộc diện';

/** Reads an individual title cell; blank = none; undefined = unknown (the caller reports it). */
export function parseIndividualTitle(raw: unknown): IndividualTitle | undefined {
  if (raw === false || isBlank(raw)) return { kind: 'none' };
  return INDIVIDUAL.get(foldKey(raw));
}

const COLLECTIVE = buildLookup<number>([
  { value: 1, spellings: ['Tập thể lao động tiên tiến', 'TTLĐTT', 'Tập thể LĐTT', 'TT LĐTT', 'Lao động tiên tiến'] },
  { value: 2, spellings: ['Tập thể lao động xuất sắc', 'TTLĐXS', 'Tập thể LĐXS', 'TT LĐXS', 'Lao động xuất sắc'] },
  {
    value: 3,
    spellings: [
      'Cờ thi đua của bộ, ban, ngành, tỉnh', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', 'Cờ thi đua cấp tỉnh',
      'Cờ thi đua của tỉnh', 'Cờ thi đua cấp bộ', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ thi đua thành phố',
    ],
  },
  { value: 4, spellings: ['Cờ thi đua của Chính phủ', 'Cờ thi đua Chính phủ'] },
  { value: 0, spellings: ['không', 'chưa', 'không có', 'chưa đạt', 'không đạt', '0'] },
]);

export const COLLECTIVE_TITLE_HELP =
  'Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua của bộ, ban, ngành, tỉnh, Cờ thi đua của Chính phủ; để trống hoặc "chưa" nếu chưa có';

/** Reads a collective title: its rank (1…4), 0 for none, undefined when blank or unknown. */
export function parseCollectiveTitle(raw: unknown): number | undefined {
  return COLLECTIVE.get(foldKey(raw));
}

export function collectiveTitleName(rank: number): string {
  return COLLECTIVE_TITLES.find((t) => t.rank === rank)?.name ?? 'Chưa có danh hiệu';
}

export function individualTitleName(rank: number): string {
  return INDIVIDUAL_TITLES.find((t) => t.rank === rank)?.name ?? 'Chưa có danh hiệu';
}
