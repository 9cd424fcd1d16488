/**
 * Checks on the real content that keep it honest beyond what the schema enforces: every
 * curated study is present with its identifiers, every popular misstatement is answered,
 * and no step claims human evidence it does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARISON_DIMENSIONS } from '../../src/lib/model/schema.ts';
import { keyIdea } from '../../src/lib/model/interfaceText.ts';
import { evidenceSources } from '../../src/lib/model/edgeEvidence.ts';
import { realData } from './realData.ts';

const data = realData();
const reference = JSON.parse(readFileSync('tests/reference/curated-identifiers.json', 'utf8')) as {
  studies: { id: string; doi: string; pmid: string }[];
};
// The research notes, where they sit beside the repository; the check below does not need them.
const sources = (() => {
  try {
    return readFileSync('../shared/research/sources.md', 'utf8');
  } catch {
    return null;
  }
})();

describe('the curated sources', () => {
  it('keeps every curated study, whatever else is added', () => {
    expect(reference.studies).toHaveLength(56);
    const ids = new Set(data.studies.map((s) => s.id));
    for (const { id } of reference.studies) expect(ids.has(id), id).toBe(true);
  });

  it('copies every curated DOI and PMID exactly as listed', () => {
    for (const row of reference.studies) {
      const study = data.studies.find((s) => s.id === row.id);
      expect(study, row.id).toBeDefined();
      expect(study!.doi ?? '', `${row.id} DOI`).toBe(row.doi);
      expect(study!.pmid ?? '', `${row.id} PMID`).toBe(row.pmid);
    }
  });

  // Where the notes are present, the project's copy of their identifiers must not drift.
  it.runIf(sources)('holds the same identifiers as the research notes', () => {
    const rows = sources!.split('\n').filter((line) => /^\| [a-z_]+\d{4} \|/.test(line));
    const fromNotes = rows.map((row) => {
      const cells = row.split('|').map((c) => c.trim());
      return { id: cells[1]!.replace('_', '-'), doi: cells[3], pmid: cells[4] };
    });
    expect(fromNotes).toEqual(reference.studies);
  });

  it('gives every study added after the curated list a note on how it was verified', () => {
    const curated = new Set(reference.studies.map((s) => s.id));
    for (const study of data.studies.filter((s) => !curated.has(s.id))) {
      expect(study.certainty.note, study.id).toMatch(/checked|read/i);
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
    // One rule for direct TrkB binding (one lab, one method, not independently confirmed).
    ['psilocybin-trkb', 'contested'],
    ['ketamine-trkb', 'contested'],
    ['ssri-trkb', 'contested'],
    // Blood BDNF from syntheses only, and blood may not mirror the brain, for exercise too.
    ['exercise-bdnf', 'not-shown-in-humans'],
  ])('keeps the known human gap or dispute on %s (%s)', (id, status) => {
    expect(data.edges.find((e) => e.id === id)?.status).toBe(status);
  });

  it('never lets a badge claim human evidence that the status denies', () => {
    for (const edge of data.edges) {
      const backing = data.findings.filter((f) => f.supports.edges.includes(edge.id));
      if (evidenceSources(backing).letter === 'H')
        expect(['shown-in-humans', 'contested'], edge.id).toContain(edge.status);
    }
  });

  it('draws spines and the window as an association, not a cause', () => {
    expect(data.edges.find((e) => e.id === 'spines-window')?.relation).toBe('association');
  });

  it("says how thin the human evidence for ketamine's glutamate step is", () => {
    expect(data.edges.find((e) => e.id === 'nmda-glutamate')?.statusNote).toMatch(/21/);
  });

  it('keeps the key idea within what the data show', () => {
    const idea = keyIdea(data);
    const words = `${idea.lead} ${idea.body} ${idea.howSure}`;
    // No MDMA evidence for BDNF, TrkB or mTOR; ketamine's and DMT's entry steps are animal work;
    // the spines-to-window link is an association.
    expect(words).not.toMatch(/MDMA[^.]*converge/);
    expect(words).not.toMatch(/entry points are shown in people/i);
    expect(words).not.toMatch(/synapses[^.]*\bopens?\b/i);
    for (const id of ['ketamine-nmda', 'dmt-5ht2a'])
      expect(data.edges.find((e) => e.id === id)?.status, id).toBe('established-in-animals');
  });

  it('cites the glutamate claims with studies that measured them in prefrontal cortex', () => {
    for (const q of data.questions)
      for (const p of q.answer)
        if (/prefrontal glutamate/i.test(p.text))
          expect(p.findings, `${q.id}: ${p.text}`).not.toContain('scruggs2003-glutamate');
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
    // One cell per compound and dimension, none missing and none twice.
    const cells = new Set(data.comparison.map((c) => `${c.compound}/${c.dimension}`));
    expect(cells.size).toBe(data.comparison.length);
    expect(cells.size).toBe(compounds.size * COMPARISON_DIMENSIONS.length);
  });

  it('links the treatment-resistant depression answer to the safety section', () => {
    const q = data.questions.find((x) => x.id === 'treatment-resistant-depression')!;
    expect(q.answer.flatMap((p) => p.safety).length).toBeGreaterThan(0);
  });

  it('has cited safety lines for every main compound and for ibogaine', () => {
    for (const c of data.compounds.filter((x) => !x.comparison || x.id === 'ibogaine')) {
      const lines = data.safety.filter((s) => s.compounds.includes(c.id));
      expect(lines.length, c.id).toBeGreaterThan(0);
      for (const s of lines)
        expect(s.findings.length + s.documents.length, s.id).toBeGreaterThan(0);
    }
    const topics = new Set(data.safety.map((s) => s.topic));
    for (const topic of [
      'exclusions',
      'interactions',
      'cardiovascular',
      'abuse-and-bladder',
      'label-warnings',
    ])
      expect(topics.has(topic as never), topic).toBe(true);
  });

  it('dates and sources every regulatory item, and says which were not re-checked', () => {
    for (const item of data.regulatory) {
      expect(item.date, item.id).toMatch(/^\d{4}/);
      if (!item.checked) expect(item.certainty.note, item.id).toMatch(/not re-checked/i);
    }
    for (const id of [
      'psilocybin-australia-2023',
      'mdma-2024-not-approved',
      'mdma-2024-retractions',
    ])
      expect(
        data.regulatory.find((r) => r.id === id),
        id,
      ).toBeDefined();
  });

  it('shows meditation and sleep as not covered, with the reason', () => {
    const rows = data.interface.filter((t) => t.kind === 'not-covered');
    expect(rows.map((r) => r.id).sort()).toEqual(['meditation', 'sleep']);
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
