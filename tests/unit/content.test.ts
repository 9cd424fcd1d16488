/**
 * Checks on the real content that keep it honest beyond what the schema enforces: every
 * curated study is present with its identifiers, every popular misstatement is answered,
 * and no step claims human evidence it does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realData } from './realData.ts';

const data = realData();
const sources = (() => {
  try {
    return readFileSync('../shared/research/sources.md', 'utf8');
  } catch {
    return null;
  }
})();

describe('the curated sources', () => {
  it('has all 56 studies', () => expect(data.studies).toHaveLength(56));

  // Runs where the research notes sit beside the repository (developers and CI).
  it.runIf(sources)('copies every DOI and PMID exactly as listed', () => {
    const rows = sources!.split('\n').filter((line) => /^\| [a-z_]+\d{4} \|/.test(line));
    expect(rows).toHaveLength(56);
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.trim());
      const id = cells[1]!.replace('_', '-');
      const study = data.studies.find((s) => s.id === id);
      expect(study, id).toBeDefined();
      expect(study!.doi ?? '', `${id} DOI`).toBe(cells[3]);
      expect(study!.pmid ?? '', `${id} PMID`).toBe(cells[4]);
    }
  });

  it('marks syntheses and theory as such', () => {
    for (const id of [
      'calder2024',
      'szuhany2015',
      'dinoff2016',
      'kaiser2015',
      'carhartharris-friston2019',
    ]) {
      expect(data.studies.find((s) => s.id === id)?.type, id).not.toBe('primary');
    }
  });
});

describe('honesty of the claims', () => {
  const humanFor = (edgeId: string) =>
    data.findings.some(
      (f) =>
        f.supports.edges.includes(edgeId) && f.species.includes('human') && f.direction === 'for',
    );

  it('calls an edge shown in humans only with a human finding behind it', () => {
    for (const edge of data.edges.filter((e) => e.status === 'shown-in-humans')) {
      expect(humanFor(edge.id), edge.id).toBe(true);
    }
  });

  it.each([
    ['ampa-bdnf', 'not-shown-in-humans'],
    ['mtor-spines', 'not-shown-in-humans'],
    ['window-clinical', 'not-shown-in-humans'],
    ['5ht2a-spines', 'contested'],
    ['lsd-trkb', 'contested'],
  ])('keeps the known human gap or dispute on %s (%s)', (id, status) => {
    expect(data.edges.find((e) => e.id === id)?.status).toBe(status);
  });

  it('never draws a window measured in humans', () => {
    for (const event of data.events.filter((e) => e.kind === 'window')) {
      expect(event.species, event.id).not.toBe('human');
      expect(event.endUncertain, event.id).toBe(true);
    }
  });

  it('answers each of the 12 common misstatements somewhere', () => {
    const claims = [
      ...data.nodes,
      ...data.edges,
      ...data.events,
      ...data.compounds,
      ...data.findings,
    ].flatMap((r) => r.popularClaims ?? []);
    const needles = [
      /29% sustained response/i,
      /Yale PET study/i,
      /Olson lab/i,
      /hours to days/i,
      /about 50%/i,
      /BDNF in patients within hours/i,
      /FDA-approved for depression/i,
      /phase 3 completed/i,
      /disinhibits AMPA/i,
      /REBUS/i,
      /hyperconnected default mode/i,
      /keeps the window open longer/i,
    ];
    for (const needle of needles)
      expect(
        claims.some((c) => needle.test(c.claim)),
        String(needle),
      ).toBe(true);
  });
});

describe('the learning layer', () => {
  it('asks at least five questions, each answered from the evidence', () => {
    expect(data.questions.length).toBeGreaterThanOrEqual(5);
    for (const q of data.questions) {
      const cited = new Set(q.answer.flatMap((p) => p.findings));
      expect(cited.size, q.id).toBeGreaterThan(0);
      expect(q.showMe.length, q.id).toBeGreaterThan(0);
    }
  });

  it('answers the treatment-resistant depression case with trials, gaps and status, without advice', () => {
    const q = data.questions.find((x) => x.id === 'treatment-resistant-depression')!;
    expect(q).toBeDefined();
    const text = q.answer.map((p) => p.text).join(' ');
    const cited = new Set(q.answer.flatMap((p) => p.findings));
    const studiesCited = new Set(data.findings.filter((f) => cited.has(f.id)).map((f) => f.study));
    for (const study of ['goodwin2022', 'raison2023'])
      expect(studiesCited.has(study), study).toBe(true);
    expect(q.answer.flatMap((p) => p.regulatory)).toEqual(
      expect.arrayContaining(['psilocybin', 'ketamine']),
    );
    expect(text).toMatch(/not medical advice/i);
    expect(text).toMatch(/remission/i);
    expect(text).toMatch(/mice|animal/i);
  });

  it('compares psilocybin, ketamine, MDMA, SSRIs and exercise on every dimension', () => {
    const compounds = new Set(data.comparison.map((c) => c.compound));
    expect([...compounds].sort()).toEqual(['exercise', 'ketamine', 'mdma', 'psilocybin', 'ssri']);
    expect(data.comparison).toHaveLength(35);
  });

  it('links the related concepts the explorer covers', () => {
    expect(data.concepts.map((c) => c.id).sort()).toEqual([
      'critical-periods',
      'default-mode-network',
      'integration-therapy',
      'non-hallucinogenic-analogues',
    ]);
  });
});
