import { describe, expect, it } from 'vitest';
import { fadedNote } from '../../src/lib/model/fadedNote.ts';
import { highlightsFor } from '../../src/lib/model/highlights.ts';
import type { Focus } from '../../src/lib/model/focus.ts';
import { realData } from './realData.ts';

const data = realData();
const shown = data.events.map((e) => e.id);
const note = (focus: Focus) =>
  fadedNote(data, focus, shown, highlightsFor(data, focus)?.events ?? null);
const bdnf = data.nodes.find((n) => n.id === 'bdnf')!.short;

describe('fadedNote', () => {
  it.each([
    { name: 'nothing selected: nothing faded', focus: null, expected: null },
    {
      name: 'a step: the phases it was not measured in',
      focus: { kind: 'node', id: 'window' },
      // A plain word reads in lower case inside the sentence ("Window" → "window").
      expected: 'Faded: phases without window measured under way',
    },
    {
      name: 'a step named by an acronym keeps its capitals',
      focus: { kind: 'node', id: 'bdnf' },
      expected: `Faded: phases without ${bdnf} measured under way`,
    },
    {
      name: 'a phase: the others',
      focus: { kind: 'event', id: 'psilocybin-window' },
      expected: 'Faded: the other phases',
    },
    {
      name: 'an arrow: every phase, and why',
      focus: { kind: 'edge', id: 'bdnf-trkb' },
      expected: 'Faded: every phase (an arrow has no phase of its own)',
    },
  ] as const)('$name', ({ focus, expected }) => {
    expect(note(focus)).toBe(expected);
  });

  it('says "every phase" when the step was measured in none shown', () => {
    const noBdnf = data.events.filter((e) => !e.nodes.includes('bdnf')).map((e) => e.id);
    const focus = { kind: 'node', id: 'bdnf' } as const;
    const text = fadedNote(data, focus, noBdnf, highlightsFor(data, focus)!.events);
    expect(text).toBe(`Faded: every phase (none measured with ${bdnf} under way)`);
  });

  it('is silent when the selection fades nothing drawn', () => {
    const focus = { kind: 'event', id: 'lsd-acute' } as const;
    expect(fadedNote(data, focus, ['lsd-acute'], highlightsFor(data, focus)!.events)).toBeNull();
  });

  it('stays short enough for one line of the key', () => {
    for (const node of data.nodes) {
      const text = note({ kind: 'node', id: node.id });
      if (text) expect(text.length, node.id).toBeLessThanOrEqual(70);
    }
  });
});
