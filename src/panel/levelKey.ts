// The traffic light of a level, shared by the sidebar's lists and its chart.
import { Level } from '../rules/levels';

/** 'kd' Không đạt, 'm1', 'm2', 'na' Không áp dụng, 'nd' Chưa có dữ liệu: the traffic lights. */
export type LevelKey = 'kd' | 'm1' | 'm2' | 'na' | 'nd';

export function levelKey(l: Level): LevelKey {
  return l === 0 ? 'kd' : l === 1 ? 'm1' : l === 2 ? 'm2' : l === 'na' ? 'na' : 'nd';
}
