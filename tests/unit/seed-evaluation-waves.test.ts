import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../../server/analytics/collaboration-network.ts';
import { trustScore, valueScore } from '../../server/analytics/evaluation/questions.ts';
import { generateEvaluationWaves } from '../../seed/evaluation-waves.ts';

// A small city: 40 members, a chain of yearly projects (strong ties) and one group per ten members (weak ties).
const organisations = Array.from({ length: 40 }, (_, i) => ({ id: `org-${String(i).padStart(2, '0')}` }));
const rows: ActivityRow[] = [];
for (const year of [2023, 2024, 2025]) {
  for (let i = 0; i < 40; i += 2) {
    rows.push({ kind: 'project', id: `p-${year}-${i}`, from: `${year}-03-01`, to: `${year}-06-30`, organisations: [organisations[i]!.id, organisations[(i + 1) % 40]!.id] });
    rows.push({ kind: 'project', id: `q-${year}-${i}`, from: `${year}-09-01`, to: `${year}-10-30`, organisations: [organisations[i]!.id, organisations[(i + 1) % 40]!.id] });
  }
}
for (let g = 0; g < 4; g++) {
  for (let i = g * 10; i < g * 10 + 10; i++) rows.push({ kind: 'group', id: `g-${g}`, from: '2022-01-01', to: '2026-06-30', organisations: [organisations[i]!.id] });
}

describe('generateEvaluationWaves', () => {
  const demo = generateEvaluationWaves(organisations, rows, { until: '2026-06-30' });

  it('makes three past waves, one a year, asking every member', () => {
    expect(demo.waves.map((w) => [w.periodFrom, w.periodTo, w.opensOn, w.closesOn])).toEqual([
      ['2023-01-01', '2023-12-31', '2024-01-15', '2024-02-28'],
      ['2024-01-01', '2024-12-31', '2025-01-15', '2025-02-28'],
      ['2025-01-01', '2025-12-31', '2026-01-15', '2026-02-28'],
    ]);
    for (const w of demo.waves) expect(w.organisationIds).toHaveLength(40);
  });

  it('is the same for the same city and seed', () => {
    expect(generateEvaluationWaves(organisations, rows, { until: '2026-06-30' })).toEqual(demo);
    expect(generateEvaluationWaves(organisations, rows, { until: '2026-06-30', seed: 7 })).not.toEqual(demo);
  });

  it('leaves some members without an answer in every wave', () => {
    for (const w of demo.waves) {
      const answered = demo.answers.filter((a) => a.waveId === w.id).length;
      expect(answered).toBeGreaterThan(15);
      expect(answered).toBeLessThan(40);
    }
  });

  it('rates project partners (strong ties) higher than group partners, and names some ties the graph lacks', () => {
    const projectPartner = (a: string, b: string) => Math.abs(Number(a.slice(4)) - Number(b.slice(4))) === 1 && Math.min(Number(a.slice(4)), Number(b.slice(4))) % 2 === 0;
    const strong: number[] = [];
    const weak: number[] = [];
    let outside = 0;
    for (const a of demo.answers) {
      for (const p of a.partners) {
        const scores = p as unknown as Parameters<typeof trustScore>[0];
        const sameGroup = Math.floor(Number(a.organisationId.slice(4)) / 10) === Math.floor(Number(p.organisationId.slice(4)) / 10);
        if (projectPartner(a.organisationId, p.organisationId)) strong.push(trustScore(scores) + valueScore(scores));
        else if (sameGroup) weak.push(trustScore(scores) + valueScore(scores));
        else outside++;
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(strong.length).toBeGreaterThan(20);
    expect(weak.length).toBeGreaterThan(20);
    expect(mean(strong)).toBeGreaterThan(mean(weak) + 0.3);
    expect(outside).toBeGreaterThan(0);
  });

  it('answers every question of a submitted answer within its scale', () => {
    for (const a of demo.answers) {
      expect(a.submit).toBe(true);
      for (const v of Object.values(a.general)) {
        expect(v).toBeGreaterThanOrEqual(1);
        expect(v).toBeLessThanOrEqual(5);
      }
      for (const p of a.partners) {
        expect(p.organisationId).not.toBe(a.organisationId);
        for (const f of ['frequency', 'openness', 'reliability', 'sharedMission', 'influence', 'resources', 'involvement'] as const) {
          expect(p[f]).toBeGreaterThanOrEqual(1);
          expect(p[f]).toBeLessThanOrEqual(4);
        }
      }
    }
  });
});
