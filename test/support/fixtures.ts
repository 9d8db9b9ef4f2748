// Builders of engine inputs for tests: a unit that fully reaches mức độ 2, then tweaked per test.
import { ChiTieuInput } from '../../src/rules/evaluate';
import { Tier, allChiTieu } from '../../src/rules/catalogue';

export function passingInputs(tier: Tier = 'huyen'): Record<string, ChiTieuInput> {
  const out: Record<string, ChiTieuInput> = {};
  for (const ct of allChiTieu(tier)) {
    const evidence = [ct.evidenceGroup];
    switch (ct.rule.kind) {
      case 'memberShare':
        out[ct.id] = { data: { kind: 'memberShare', members: { qualified: 48, total: 48 }, learners: { qualified: 930, total: 933 } }, evidence };
        break;
      case 'condition':
        out[ct.id] = { data: { kind: 'condition', claim: 'dat' }, evidence };
        break;
      case 'collectiveTitle':
        out[ct.id] = { data: { kind: 'collectiveTitle', rank: 2 }, evidence };
        break;
      case 'digitalLevel':
        out[ct.id] = { data: { kind: 'digitalLevel', level: 2 }, evidence };
        break;
    }
  }
  return out;
}

export function share(qualified: number, total: number, learners?: [number, number]): ChiTieuInput {
  return {
    data: { kind: 'memberShare', members: { qualified, total }, learners: learners ? { qualified: learners[0], total: learners[1] } : null },
    evidence: ['TC2-01'],
  };
}
