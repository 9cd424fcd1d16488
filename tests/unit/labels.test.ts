/** The names the page gives a selection (the table's "Showing findings for …", the notices). */
import { describe, expect, it } from 'vitest';
import { focusLabel } from '../../src/lib/model/labels.ts';
import type { Focus } from '../../src/lib/model/focus.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { minimalData } from '../fixtures/minimal.ts';

const data = validateDataset(minimalData()).dataset!;

describe('focusLabel', () => {
  it.each<{ focus: NonNullable<Focus>; expected: string }>([
    { focus: { kind: 'node', id: 'glutamate' }, expected: data.nodes[1]!.label },
    // An arrow is named by its ends, a compound by its name and a step by its short name.
    {
      focus: { kind: 'edge', id: 'psilocybin-5ht2a' },
      expected: `${data.compounds[0]!.name} → ${data.nodes[0]!.short}`,
    },
    {
      focus: { kind: 'event', id: 'psilocybin-acute' },
      expected: `${data.compounds[0]!.name}: ${data.events[0]!.label}`,
    },
  ])('$focus.kind $focus.id → "$expected"', ({ focus, expected }) => {
    expect(focusLabel(data, focus)).toBe(expected);
  });

  it('names a finding by its study, as the table cites it', () => {
    const label = focusLabel(data, { kind: 'finding', id: 'f-human' });
    const study = data.studies.find((s) => s.id === 'f-human'.replace('f-', 's-'))!;
    expect(label).toContain(String(study.year));
  });

  it.each(['node', 'edge', 'event', 'finding'] as const)(
    'falls back to the id for an unknown %s, even one named like a built-in property',
    (kind) => {
      for (const id of ['nope', '__proto__', 'constructor', 'toString'])
        expect(focusLabel(data, { kind, id })).toBe(id);
    },
  );
});
