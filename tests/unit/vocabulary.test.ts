import { describe, expect, it } from 'vitest';
import { speciesLegend } from '../../src/lib/chart/evidenceChartOptions.ts';
import { SPECIES } from '../../src/lib/model/schema.ts';
import { evidenceSummary } from '../../src/lib/model/summary.ts';
import { ANIMAL_SPECIES, SPECIES_GROUPS } from '../../src/lib/model/vocabulary.ts';

// The species groups were once written out four times (summary, chart, table filter, badge);
// now one list, so these pin what each reader of it shows.
describe('species groups', () => {
  it.each(SPECIES.map((species) => ({ species })))(
    '$species is in exactly one group',
    ({ species }) => {
      expect(SPECIES_GROUPS.filter((g) => g.species.includes(species))).toHaveLength(1);
    },
  );

  it('counts every species but humans, cells and simulations as an animal', () => {
    expect([...ANIMAL_SPECIES].sort()).toEqual(
      SPECIES.filter((s) => !['human', 'cells', 'in-silico'].includes(s)).sort(),
    );
  });

  it.each([
    { species: ['rat'], expected: '1 finding, all in rodents' },
    { species: ['zebrafish'], expected: '1 finding, all in other animals' },
    { species: ['in-silico'], expected: '1 finding, all in cells or simulations' },
  ] as const)('the summary names $species as "$expected"', ({ species, expected }) => {
    const finding = { species: [...species] } as unknown as Parameters<
      typeof evidenceSummary
    >[0][number];
    expect(evidenceSummary([finding])).toBe(expected);
  });

  it("the chart's legend names the groups in the list's order", () => {
    expect(speciesLegend('light').map((g) => g.label)).toEqual([
      'Humans',
      'Rats and mice',
      'Other animals',
      'Cells or simulations',
    ]);
  });
});
