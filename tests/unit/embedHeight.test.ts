/** When an embedded frame tells its host a new height: every growth, but only real shrinks. */
import { describe, expect, it } from 'vitest';
import { SHRINK_TOLERANCE, shouldPost } from '../../src/lib/state/embedHeight.ts';

describe('shouldPost', () => {
  it.each<[number | null, number, boolean]>([
    [null, 700, true], // the first height is always sent
    [700, 701, true], // any growth, or the frame would scroll
    [700, 700, false],
    [700, 700 - SHRINK_TOLERANCE + 1, false], // a scrollbar's worth of shrink would loop
    [700, 700 - SHRINK_TOLERANCE, true],
    [700, 200, true],
  ])('last %s, now %s → %s', (last, height, expected) => {
    expect(shouldPost(last, height)).toBe(expected);
  });
});
