import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/layout/wrap.ts';

describe('wrapLabel', () => {
  it.each([
    { text: 'BDNF', max: 16, lines: ['BDNF'] },
    { text: 'Monoamine & oxytocin release', max: 16, lines: ['Monoamine &', 'oxytocin release'] },
    {
      text: 'New dendritic spines & synapses',
      max: 16,
      lines: ['New dendritic', 'spines & synapses'.slice(0, 15) + '…'],
    },
    {
      text: 'Default mode network loosening',
      max: 18,
      lines: ['Default mode', 'network loosening'],
    },
  ])('$text', ({ text, max, lines }) => {
    const wrapped = wrapLabel(text, max);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(max);
  });
});
