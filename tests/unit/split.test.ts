import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  mergeProse,
  mergeTiming,
  mergeTourText,
  PROSE_COLLECTIONS,
  PROSE_FIELDS,
  splitDataset,
  TOUR_TEXT_FIELDS,
} from '../../src/lib/model/split.ts';
import { realData } from './realData.ts';

const data = realData();

describe('splitDataset', () => {
  it('merging the prose, the tour’s words and the measured times back gives the validated data, record for record', () => {
    const { core, prose, tourText, timing } = structuredClone(splitDataset(data));
    mergeTourText(mergeProse(core, prose), tourText);
    mergeTiming(core, timing);
    expect(core).toEqual(data);
  });

  it('keeps the findings’ measured times out of the first view and the prose', () => {
    const { core, prose, timing } = splitDataset(data);
    const timed = data.findings.filter((f) => f.measured);
    expect(timed.length).toBeGreaterThan(0);
    expect(timing.measured.map(([id]) => id)).toEqual(timed.map((f) => f.id));
    for (const rows of [core.findings, prose.fields.findings])
      for (const row of rows) expect(row).not.toHaveProperty('measured');
  });

  it('keeps the tour’s words out of both the core and the prose, which load on every visit', () => {
    const { core, prose } = splitDataset(data);
    expect(core.tour.map((s) => s.id)).toEqual(data.tour.map((s) => s.id));
    for (const step of core.tour)
      for (const field of TOUR_TEXT_FIELDS) expect(step).not.toHaveProperty(field);
    const captions = data.tour.map((s) => s.caption);
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(JSON.stringify(prose)).not.toContain(caption);
  });

  it('keeps every prose field and prose-only collection out of the core', () => {
    const { core } = splitDataset(data);
    for (const [collection, fields] of Object.entries(PROSE_FIELDS)) {
      const records = core[collection as keyof typeof core] as Record<string, unknown>[];
      expect(records.length, collection).toBe(data[collection as keyof typeof data].length);
      for (const record of records)
        for (const field of fields)
          expect(record, `${collection}.${field}`).not.toHaveProperty(field);
    }
    for (const collection of PROSE_COLLECTIONS)
      expect((core as unknown as Record<string, unknown>)[collection]).toEqual([]);
  });

  it('leaves the structure the first view draws: labels, links, levels and what supports what', () => {
    const { core } = splitDataset(data);
    expect(core.nodes.map((n) => n.label)).toEqual(data.nodes.map((n) => n.label));
    expect(core.edges.map((e) => [e.from, e.to, e.status])).toEqual(
      data.edges.map((e) => [e.from, e.to, e.status]),
    );
    expect(core.findings.map((f) => [f.id, f.level, f.supports])).toEqual(
      data.findings.map((f) => [f.id, f.level, f.supports]),
    );
    expect(core.compounds.map((c) => [c.name, c.entry])).toEqual(
      data.compounds.map((c) => [c.name, c.entry]),
    );
  });

  it('the core is the smaller part by far (printed for reading)', () => {
    const { core, prose } = splitDataset(data);
    const kb = (o: unknown) => gzipSync(JSON.stringify(o)).length / 1024;
    console.log(`data, gzip: core ${kb(core).toFixed(1)} KB, prose ${kb(prose).toFixed(1)} KB`);
    expect(kb(core)).toBeLessThan(kb(prose) / 2);
  });
});

describe('mergeProse', () => {
  it('refuses prose from a different build rather than mislabel records', () => {
    const { core, prose } = structuredClone(splitDataset(data));
    prose.fields.findings.pop();
    expect(() => mergeProse(core, prose)).toThrow(
      `findings has ${data.findings.length} records but ${data.findings.length - 1} prose entries`,
    );
  });

  it('refuses the tour’s words from a different build', () => {
    const { core, prose, tourText } = structuredClone(splitDataset(data));
    tourText.pop();
    expect(() => mergeTourText(mergeProse(core, prose), tourText)).toThrow(
      `tour has ${data.tour.length} records but ${data.tour.length - 1} prose entries`,
    );
  });
});
