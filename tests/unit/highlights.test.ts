import { describe, expect, it } from 'vitest';
import { highlightsFor } from '../../src/lib/model/highlights.ts';
import { lensFor } from '../../src/lib/model/lens.ts';
import type { Finding } from '../../src/lib/model/schema.ts';
import {
  activeStepsAt,
  activeStepsReading,
  activeStepsWithFindings,
  POINT_TOLERANCE,
  stepActivity,
} from '../../src/lib/model/stepActivity.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { Focus } from '../../src/lib/model/focus.ts';
import { minimalData } from '../fixtures/minimal.ts';
import { realData } from './realData.ts';

const data = validateDataset(minimalData()).dataset!;
const sorted = (s: Set<string>) => [...s].sort();

describe('highlightsFor', () => {
  it('highlights nothing without a focus', () => expect(highlightsFor(data, null)).toBeNull());

  it.each<{ focus: Focus; nodes: string[]; edges: string[]; events: string[]; findings: string[] }>(
    [
      {
        focus: { kind: 'node', id: 'glutamate' },
        nodes: ['glutamate'],
        edges: ['5ht2a-glutamate'],
        events: [],
        findings: ['f-glu'],
      },
      {
        focus: { kind: 'node', id: '5ht2a' },
        nodes: ['5ht2a'],
        edges: ['5ht2a-glutamate', 'psilocybin-5ht2a'],
        events: ['psilocybin-acute'],
        findings: ['f-glu', 'f-human'],
      },
      {
        focus: { kind: 'edge', id: 'psilocybin-5ht2a' },
        nodes: ['5ht2a', 'psilocybin'],
        edges: ['psilocybin-5ht2a'],
        events: [],
        findings: ['f-human'],
      },
      {
        focus: { kind: 'event', id: 'psilocybin-acute' },
        nodes: ['5ht2a'],
        edges: [],
        events: ['psilocybin-acute'],
        findings: ['f-human'],
      },
      {
        focus: { kind: 'finding', id: 'f-human' },
        nodes: ['5ht2a', 'psilocybin'],
        edges: ['psilocybin-5ht2a'],
        events: ['psilocybin-acute'],
        findings: ['f-human'],
      },
    ],
  )('$focus.kind $focus.id', ({ focus, nodes, edges, events, findings }) => {
    const h = highlightsFor(data, focus)!;
    expect(sorted(h.nodes)).toEqual(nodes);
    expect(sorted(h.edges)).toEqual(edges);
    expect(sorted(h.events)).toEqual(events);
    expect(sorted(h.findings)).toEqual(findings);
  });
});

// The fixture with measured times: the human finding during the acute phase (0–6 h), the rat
// finding at a single time point, 24 h.
function timedFixture(glutamate: Partial<Finding> = {}) {
  const raw = minimalData();
  Object.assign(raw.findings[0]!, {
    supports: { ...raw.findings[0]!.supports, nodes: ['5ht2a'] },
    measured: [{ steps: ['5ht2a'], during: 'acute' }],
  });
  Object.assign(raw.findings[1]!, {
    measured: [{ steps: ['glutamate'], hours: [24, 24] }],
    ...glutamate,
  });
  const { dataset, problems } = validateDataset(raw);
  expect(problems).toEqual([]);
  return dataset!;
}

describe('activeStepsAt, from the findings’ measured times', () => {
  const timed = timedFixture();
  it.each([
    { t: 1, compound: 'psilocybin', expected: ['5ht2a'] },
    { t: 6, compound: null, expected: ['5ht2a'] },
    { t: 7, compound: 'psilocybin', expected: [] },
    // A single time point counts within a factor of 1.5 either side: 16 h to 36 h.
    { t: 24, compound: 'psilocybin', expected: ['glutamate'] },
    { t: 16, compound: 'psilocybin', expected: ['glutamate'] },
    { t: 36, compound: 'psilocybin', expected: ['glutamate'] },
    { t: 15, compound: 'psilocybin', expected: [] },
    { t: 37, compound: 'psilocybin', expected: [] },
    { t: 24, compound: 'lsd', expected: [] },
  ])('at $t h for $compound', ({ t, compound, expected }) => {
    expect(sorted(activeStepsAt(timed, t, compound))).toEqual(expected);
  });

  it('lights nothing from a finding that measured no change', () => {
    expect(sorted(activeStepsAt(timedFixture({ direction: 'null' }), 24, 'psilocybin'))).toEqual(
      [],
    );
  });

  it('keeps only the findings it is given (the human-evidence lens)', () => {
    expect(sorted(activeStepsAt(timed, 24, 'psilocybin', new Set(['f-human'])))).toEqual([]);
    expect(sorted(activeStepsAt(timed, 1, 'psilocybin', new Set(['f-human'])))).toEqual(['5ht2a']);
  });

  it('does not read the timeline phases’ step lists', () => {
    const data = structuredClone(timed);
    data.events[0]!.nodes = ['glutamate'];
    expect(sorted(activeStepsAt(data, 1, 'psilocybin'))).toEqual(['5ht2a']);
  });

  it('leaves a step no finding times out of the activity: its timing is unknown', () => {
    const data = structuredClone(timed);
    delete data.findings[1]!.measured;
    expect([...stepActivity(data, 'psilocybin').keys()]).toEqual(['5ht2a']);
  });
});

describe('steps under way after one dose, read from the real findings', () => {
  const data = realData();
  const acute = (compound: string) =>
    data.events.find((e) => e.compound === compound && e.kind === 'acute');

  // The expected set, worked out again from findings.json: every step a finding about the
  // compound measured changed (direction for or mixed) at about that time.
  function fromFindings(compound: string, t: number): string[] {
    const steps = new Set<string>();
    for (const f of data.findings) {
      if (f.direction !== 'for' && f.direction !== 'mixed') continue;
      for (const m of f.measured ?? []) {
        if (!(m.compounds ?? f.compounds).includes(compound)) continue;
        const phase = acute(compound);
        const span = m.hours ?? (phase ? [phase.startHours, phase.endHours] : null);
        if (!span) continue;
        const [from, to] = span;
        const lit =
          from === to
            ? t >= from / POINT_TOLERANCE && t <= from * POINT_TOLERANCE
            : from <= t && t <= to;
        if (lit) m.steps.forEach((s) => steps.add(s));
      }
    }
    return [...steps].sort();
  }

  const cases = ['psilocybin', 'ketamine'].flatMap((compound) =>
    [1, 24, 168, 672].map((hours) => ({ compound, hours })),
  );
  it.each(cases)('$compound at $hours h lights what its findings measured then', (c) => {
    expect(sorted(activeStepsAt(data, c.hours, c.compound))).toEqual(
      fromFindings(c.compound, c.hours),
    );
  });

  it('the time cursor’s reader answers as activeStepsAt while the compound, the lens and the time change', () => {
    const read = activeStepsReading(data);
    const human = lensFor(data, 'human')!.findings;
    expect(human.size).toBeGreaterThan(0);
    let lit = 0;
    for (const compound of ['psilocybin', null, 'ketamine', 'psilocybin'])
      for (const only of [undefined, human, undefined])
        for (const hours of [0.5, 1, 24, 168, 672, 24]) {
          const steps = read(hours, compound, only);
          expect(sorted(steps), `${compound} ${only ? 'human' : 'all'} ${hours} h`).toEqual(
            sorted(activeStepsAt(data, hours, compound, only)),
          );
          lit += steps.size;
        }
    expect(lit).toBeGreaterThan(0);
  });

  it('names, for each lit step, findings about that compound that measured that step', () => {
    for (const { compound, hours } of cases)
      for (const [step, ids] of activeStepsWithFindings(data, hours, compound))
        for (const id of ids) {
          const f = data.findings.find((x) => x.id === id)!;
          expect(f.compounds, `${compound} ${hours} h ${step}: ${id}`).toContain(compound);
          expect(f.measured!.some((m) => m.steps.includes(step))).toBe(true);
        }
  });

  // Read by hand from findings.json.
  const lit = (compound: string, hours: number) => activeStepsWithFindings(data, hours, compound);
  it.each([
    // Psilocybin, 1 h: 5-HT2A occupancy during the acute effects (Madsen 2019, humans); glutamate
    // changed by region during the acute state (Mason 2020, a mixed result).
    ['psilocybin', 1, '5ht2a', 'madsen2019-occupancy'],
    ['psilocybin', 1, 'glutamate', 'mason2020-glutamate'],
    // Psilocybin, 24 h: spines up within 24 hours in mice (Shao 2021) and synapse marker up on
    // day 1 in pigs (Raval 2021).
    ['psilocybin', 24, 'spines', 'shao2021-spines'],
    ['psilocybin', 24, 'spines', 'raval2021-sv2a'],
    // Psilocybin, 1 week: SV2A up on day 7 in pigs; window open about 2 weeks in mice.
    ['psilocybin', 168, 'spines', 'raval2021-sv2a'],
    ['psilocybin', 168, 'window', 'nardou2023-window'],
    // Psilocybin, 4 weeks: spines still up at 1 month (Shao 2021); depression lower at day 43.
    ['psilocybin', 672, 'spines', 'shao2021-spines'],
    ['psilocybin', 672, 'clinical', 'raison2023-madrs'],
    // Ketamine, 1 h: side effects until about 1.5 h (Popova 2019); glutamate cycling during the
    // infusion (Abdallah 2018).
    ['ketamine', 1, 'nmda', 'popova2019-acute'],
    ['ketamine', 1, 'glutamate', 'abdallah2018-cycling'],
    // Ketamine, 24 h: mouse spines up from the next day to 2 weeks; 71% responders at 24 h.
    ['ketamine', 24, 'spines', 'phoumthipphavong2016-spines'],
    ['ketamine', 24, 'clinical', 'zarate2006-onset'],
    ['ketamine', 168, 'clinical', 'zarate2006-onset'],
  ])('%s at %i h lights %s because of %s', (compound, hours, step, finding) => {
    expect(lit(compound, hours).get(step)).toContain(finding);
  });

  it.each([
    // No finding states when ketamine's AMPA, BDNF, TrkB or mTOR steps were measured.
    ['ketamine', 1, ['ampa', 'bdnf', 'trkb', 'mtor']],
    // The window closed at about 2 weeks (psilocybin) and 48 hours (ketamine) in mice.
    ['psilocybin', 672, ['window', '5ht2a']],
    ['ketamine', 168, ['window']],
    // Nothing a finding measured after one ketamine dose reaches 4 weeks.
    ['ketamine', 672, ['spines', 'clinical', 'window', 'nmda', 'glutamate']],
  ] as const)('%s at %i h does not light %j', (compound, hours, steps) => {
    for (const step of steps) expect(lit(compound, hours).has(step), step).toBe(false);
  });

  it('does not light spines from the human SV2A scan 24 h after ketamine, which found no change', () => {
    expect(lit('ketamine', 24).get('spines')).not.toContain('holmes2022-sv2a');
    expect(stepActivity(data, 'ketamine', new Set(['holmes2022-sv2a'])).size).toBe(0);
  });

  it('says which steps no finding times for a compound (their timing is unknown)', () => {
    const timed = stepActivity(data, 'ketamine');
    for (const step of ['ampa', 'bdnf', 'trkb', 'mtor']) expect(timed.has(step), step).toBe(false);
  });

  it('with no compound chosen, counts the main compounds but not the comparison rows', () => {
    // Ibogaine (a comparison row) kept the window open about 4 weeks; no main compound did.
    expect(activeStepsAt(data, 600, 'ibogaine').has('window')).toBe(true);
    expect(activeStepsAt(data, 600, null).has('window')).toBe(false);
    expect(activeStepsAt(data, 24, null)).toEqual(
      new Set(['psilocybin', 'lsd', 'dmt', 'ketamine', 'mdma'].flatMap((c) => fromFindings(c, 24))),
    );
  });

  it('never lights a release or receptor step weeks after the dose', () => {
    for (const compound of data.compounds.map((c) => c.id))
      for (const step of activeStepsAt(data, 24 * 14, compound))
        expect(['5ht2a', 'nmda', 'monoamine-oxytocin'], `${compound}: ${step}`).not.toContain(step);
  });
});
