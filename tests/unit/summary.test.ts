/** The words under a step that say where its evidence comes from. */
import { describe, expect, it } from 'vitest';
import type { Finding, Species } from '../../src/lib/model/schema.ts';
import { evidenceSummary } from '../../src/lib/model/summary.ts';

const inSpecies = (...species: Species[][]) => species.map((s) => ({ species: s }) as Finding);

describe('evidenceSummary', () => {
  it.each<{ name: string; findings: Finding[]; expected: string }>([
    { name: 'nothing', findings: [], expected: 'no findings' },
    {
      name: 'one human finding',
      findings: inSpecies(['human']),
      expected: '1 finding, all in humans',
    },
    {
      name: 'all in rodents, mice and rats together',
      findings: inSpecies(['mouse'], ['rat']),
      expected: '2 findings, all in rodents',
    },
    {
      name: 'most in rodents',
      findings: inSpecies(['mouse'], ['rat'], ['human']),
      expected: '3 findings, mostly in rodents',
    },
    {
      name: 'no majority: every group named, largest first',
      findings: inSpecies(['human'], ['mouse'], ['cells'], ['rat']),
      expected: '4 findings, in rodents, humans, cells or simulations',
    },
  ])('$name', ({ findings, expected }) => {
    expect(evidenceSummary(findings)).toBe(expected);
  });
});
