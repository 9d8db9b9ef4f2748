// Entry of the district Apps Script project (the receiving authority's workbook): its exports are the only globals.
export { onOpen, onInstall, dvhtThietLapSo, dvhtMoBangTongHop, dvhtTongHopLo, dvhtBatDauLai, dvhtTaoVanBan } from './gas/district/districtActions';
