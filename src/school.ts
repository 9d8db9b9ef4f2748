// Entry of the school Apps Script project: every export becomes a top-level function of the bundle, and nothing else.
export { DVHT_LEVEL, DVHT_PERCENT, DVHT_COUNT, DVHT_GAP } from './gas/customFunctions';
export {
  onOpen, onInstall, dvhtThietLapMau, dvhtKiemTraDuLieu, dvhtTaoBaoCao, dvhtTaoHoSo, dvhtHuongDan,
  dvhtTaoKeHoachMenu, dvhtCapNhatKeHoachCaiTienMenu, dvhtBaoCaoCaiTienMenu,
} from './gas/menu';
export { dvhtTaoKeHoach, dvhtCapNhatKeHoachCaiTien, dvhtBaoCaoCaiTien, dvhtNamMoi } from './gas/year';
export { dvhtMoBangDieuKhien, dvhtTrangThai, dvhtChonO } from './gas/panel';
export { onEdit } from './gas/onEdit';
export { dvhtKiemTraCaiDat } from './gas/selfCheck';
