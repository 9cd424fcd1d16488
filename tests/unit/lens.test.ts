import { describe, expect, it } from 'vitest';
import { activeStepsAt } from '../../src/lib/model/stepActivity.ts';
import { evidenceSources } from '../../src/lib/model/edgeEvidence.ts';
import { shownInHumans } from '../../src/lib/model/lens.ts';
import { humanLens, lensFor, phasesNotInHumans, within } from '../../src/lib/model/lens.ts';
import type { Finding } from '../../src/lib/model/schema.ts';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import { hiddenByLensText } from '../../src/lib/model/lensFindings.ts';
import { realData } from './realData.ts';

const data = realData();
const lens = humanLens(data);

describe('one rule for "shown in humans"', () => {
  const f = (
    species: Finding['species'],
    level: Finding['level'],
    direction: Finding['direction'],
  ) => ({ species, level, direction }) as Finding;
  // The diagram's H badge, the lens and the comparison all read this one function.
  it.each([
    { case: 'primary human study, for', finding: f(['human'], 'human-rct', 'for'), shown: true },
    {
      case: 'human mechanistic, for',
      finding: f(['human'], 'human-mechanistic', 'for'),
      shown: true,
    },
    {
      case: 'primary human study, mixed',
      finding: f(['human'], 'human-small-trial', 'mixed'),
      shown: false,
    },
    {
      case: 'primary human study, null',
      finding: f(['human'], 'human-mechanistic', 'null'),
      shown: false,
    },
    { case: 'meta-analysis only, for', finding: f(['human'], 'synthesis', 'for'), shown: false },
    { case: 'animal only, for', finding: f(['mouse'], 'animal', 'for'), shown: false },
    { case: 'cells only, for', finding: f(['cells'], 'in-vitro', 'for'), shown: false },
  ])('$case: $shown', ({ finding, shown }) => {
    expect(shownInHumans(finding)).toBe(shown);
    // The badge shows H exactly when the rule says shown (given the finding is all there is).
    expect(evidenceSources([finding]).letter === 'H').toBe(shown);
  });
});

describe('the human-evidence lens', () => {
  it('is off for all evidence', () => {
    expect(lensFor(data, 'all')).toBeNull();
    expect(lensFor(data, 'human')).toEqual(lens);
  });

  // Each arrow: drawn as not shown in humans unless a primary human study found it.
  it.each([
    // Two small healthy-volunteer studies (ketanserin, occupancy).
    { edge: 'psilocybin-5ht2a', absent: false },
    { edge: 'nmda-glutamate', absent: false },
    // Only animal and cell work.
    { edge: 'bdnf-trkb', absent: true },
    // Human studies looked and found no clear change (one mixed, two null, a meta-analysis).
    { edge: 'ampa-bdnf', absent: true },
    // Human support only from meta-analyses, which are not primary.
    { edge: 'exercise-bdnf', absent: true },
    // A mixed human result is not a finding of the step.
    { edge: '5ht2a-glutamate', absent: true },
    // Contested, one lab's animal and cell work.
    { edge: 'lsd-trkb', absent: true },
  ])('$edge: absent in humans $absent', ({ edge, absent }) => {
    expect(lens.absentEdges.has(edge)).toBe(absent);
  });

  it('agrees with the data check: an arrow shown in humans always keeps its drawing', () => {
    for (const edge of data.edges.filter((e) => e.status === 'shown-in-humans'))
      expect(lens.absentEdges.has(edge.id), edge.id).toBe(false);
    for (const id of data.edges.map((e) => e.id).filter((id) => !lens.absentEdges.has(id)))
      expect(
        data.findings.some((f) => shownInHumans(f) && f.supports.edges.includes(id)),
        id,
      ).toBe(true);
  });

  it('keeps every human finding (of any direction or level) and nothing else', () => {
    for (const f of data.findings)
      expect(lens.findings.has(f.id), f.id).toBe(f.species.includes('human'));
    expect(lens.findings.has('calder2024-null')).toBe(true);
    expect(lens.findings.has('shao2021-spines')).toBe(false);
  });

  it('keeps the phases measured in humans, and says what it hides', () => {
    expect(lens.events.has('psilocybin-acute')).toBe(true);
    expect(lens.events.has('psilocybin-spine-formation')).toBe(false);
    const hidden = phasesNotInHumans(data.events, lens, mainCompounds(data));
    expect(hidden.hidden).toBe(data.events.filter((e) => e.species !== 'human').length);
    expect(hidden.noneInHumans).toEqual(['DMT / 5-MeO-DMT']);
  });

  it('lights only steps under way in humans at a time', () => {
    // 24 h after psilocybin: spines form in mice; in people, the signalling phase.
    const all = activeStepsAt(data, 24, 'psilocybin');
    const human = activeStepsAt(data, 24, 'psilocybin', lens.events);
    expect(all.has('spines')).toBe(true);
    expect(human.has('spines')).toBe(false);
    expect([...human].every((n) => all.has(n))).toBe(true);
  });

  it.each([
    { only: null, keep: null, result: null },
    { only: new Set(['a', 'b']), keep: null, result: new Set(['a', 'b']) },
    { only: null, keep: new Set(['b']), result: new Set(['b']) },
    { only: new Set(['a', 'b']), keep: new Set(['b', 'c']), result: new Set(['b']) },
  ])('within($only, $keep)', ({ only, keep, result }) => {
    expect(within(only, keep)).toEqual(result);
  });
});

describe('what the detail panel says it hides under the lens', () => {
  it('says how many findings in animals or cells are hidden, in words', () => {
    expect(hiddenByLensText(3)).toBe(
      '3 findings in animals or cells are hidden by the human-evidence lens',
    );
    expect(hiddenByLensText(1)).toBe(
      '1 finding in animals or cells is hidden by the human-evidence lens',
    );
  });
});
