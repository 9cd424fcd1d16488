import { describe, expect, it } from 'vitest';
import { splitDataset } from '../../src/lib/model/split.ts';
import { DataStore } from '../../src/lib/state/dataStore.ts';
import { realData } from './realData.ts';

describe('DataStore', () => {
  it('refuses to hand out the prose or the tour before they have arrived', () => {
    const store = new DataStore(splitDataset(realData()).core);
    expect(() => store.prose).toThrow(/prose was read before it arrived/);
    expect(() => store.tour).toThrow(/tour was read before it arrived/);
  });

  it('with all of the data at once (as component tests have it), loads nothing and waits for the part alone', async () => {
    const data = realData();
    const store = new DataStore(splitDataset(data).core, data);
    expect(store.prose).toBe(data);
    expect(store.tour).toBe(data);
    await expect(store.loadProse()).resolves.toBe(data);
    await expect(store.withTour(async () => 'the part')).resolves.toBe('the part');
  });
});
