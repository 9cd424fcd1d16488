import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problem.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { brokenData, brokenDataCases } from '../fixtures/brokenData.ts';
import { minimalData, type MinimalData } from '../fixtures/minimal.ts';

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    const { dataset, problems } = validateDataset(minimalData());
    expect(problems).toEqual([]);
    expect(dataset?.nodes).toHaveLength(2);
  });

  for (const { name, breakIt, expected } of brokenDataCases) {
    it(`rejects ${name} by name`, () => {
      const { dataset, problems } = validateDataset(brokenData(breakIt));
      expect(dataset).toBeUndefined();
      expect(problems.map(formatProblem).join('\n')).toContain(expected);
    });
  }

  it('reports a missing file', () => {
    const data: Partial<MinimalData> = minimalData();
    delete data.tour;
    expect(validateDataset(data).problems.map(formatProblem)).toContain(
      'data/tour.json › file › file is missing',
    );
  });
});
