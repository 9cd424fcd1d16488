import { describe, expect, it } from 'vitest';
import { selectionForStep, stepForKey, tourActionForKey } from '../../src/lib/state/tour.ts';

describe('stepForKey', () => {
  it.each([
    ['ArrowRight', 3, 4],
    ['PageDown', 3, 4],
    [' ', 3, 4],
    ['ArrowLeft', 3, 2],
    ['PageUp', 3, 2],
    ['Home', 3, 1],
    ['End', 3, 9],
    ['ArrowRight', 9, 9],
    ['PageUp', 1, 1],
    ['x', 3, null],
  ] as const)('%j from step %d goes to %j', (key, step, expected) => {
    expect(stepForKey(key, step, 9)).toBe(expected);
  });
});

describe('selectionForStep', () => {
  it('reads compound, focus and time', () => {
    expect(
      selectionForStep({
        id: 's',
        compound: 'psilocybin',
        focus: 'node:spines',
        t: 24,
      }),
    ).toEqual({ compound: 'psilocybin', focus: { kind: 'node', id: 'spines' }, t: 24 });
  });
  it('clears what a step does not set', () => {
    expect(selectionForStep({ id: 's' })).toEqual({
      compound: null,
      focus: null,
      t: null,
    });
  });
});

describe('tourActionForKey', () => {
  const plain = { editable: false, button: false };
  it.each([
    { key: 'PageDown', target: plain, expected: { go: 4 } },
    { key: 'ArrowLeft', target: plain, expected: { go: 2 } },
    { key: 'f', target: plain, expected: 'fullscreen' },
    { key: 'F', target: { editable: false, button: true }, expected: 'fullscreen' },
    { key: 'Escape', target: plain, expected: 'leave' },
    // A space on a button presses the button; keys in a field are typing.
    { key: ' ', target: { editable: false, button: true }, expected: null },
    { key: ' ', target: plain, expected: { go: 4 } },
    { key: 'PageDown', target: { editable: true, button: false }, expected: null },
    { key: 'q', target: plain, expected: null },
  ])('$key on $target gives $expected', ({ key, target, expected }) => {
    expect(tourActionForKey(key, target, 3, 9)).toEqual(expected);
  });
});
