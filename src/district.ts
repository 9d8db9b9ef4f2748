// Entry of the district Apps Script project (the receiving authority's workbook): its exports are the only globals.
export { onOpen, onInstall, dvhtThietLapSo, dvhtMoBangTongHop, dvhtTongHopLo, dvhtTongHopMenu, dvhtBatDauLai, dvhtTaoVanBan, dvhtTaoVanBanMenu } from './gas/district/districtActions';
export { dvhtTienDo, dvhtTongQuan } from './gas/district/progress';
export { dvhtKiemTraCaiDatSo as dvhtKiemTraCaiDat } from './gas/selfCheck';
