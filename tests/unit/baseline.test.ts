import { describe, expect, it } from 'vitest';
import { missingFeatures } from '../../src/lib/baseline.ts';

const fn = () => {};
const modern = {
  ResizeObserver: fn,
  structuredClone: fn,
  Array: { prototype: { at: fn } },
  HTMLDialogElement: { prototype: { showModal: fn } },
};

describe('missingFeatures', () => {
  it.each([
    { name: 'a 2022 browser', scope: modern, expected: [] },
    {
      name: 'no ResizeObserver',
      scope: { ...modern, ResizeObserver: undefined },
      expected: ['ResizeObserver'],
    },
    {
      name: 'no structuredClone',
      scope: { ...modern, structuredClone: undefined },
      expected: ['structuredClone'],
    },
    {
      name: 'no Array.prototype.at',
      scope: { ...modern, Array: { prototype: {} } },
      expected: ['Array.prototype.at'],
    },
    {
      name: 'no <dialog> at all',
      scope: { ...modern, HTMLDialogElement: undefined },
      expected: ['HTMLDialogElement.showModal'],
    },
    {
      name: 'an old browser, lacking all four',
      scope: { Array: { prototype: {} } },
      expected: [
        'ResizeObserver',
        'structuredClone',
        'Array.prototype.at',
        'HTMLDialogElement.showModal',
      ],
    },
  ])('$name → $expected', ({ scope, expected }) => {
    expect(missingFeatures(scope)).toEqual(expected);
  });
});
