import { describe, expect, it } from 'vitest';
import { readingContent } from '../../src/lib/model/readingView.ts';
import { LEVELS } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const data = realData();
const content = readingContent(data);

describe('the text version', () => {
  it('holds every step once, under its level, in the cascade order', () => {
    expect(content.levels.map((l) => l.level)).toEqual([...LEVELS]);
    const placed = content.levels.flatMap((l) => l.steps.map((s) => [l.level, s.node.id]));
    expect(placed).toHaveLength(data.nodes.length);
    for (const node of data.nodes) expect(placed).toContainEqual([node.level, node.id]);
  });

  it('writes every arrow once, under the step or compound it leaves', () => {
    const written = [
      ...content.compounds.flatMap((c) => c.leads.map((e) => [c.id, e.id])),
      ...content.levels.flatMap((l) =>
        l.steps.flatMap((s) => s.leads.map((e) => [s.node.id, e.id])),
      ),
    ];
    expect(written).toHaveLength(data.edges.length);
    for (const edge of data.edges) expect(written).toContainEqual([edge.from, edge.id]);
  });

  it("links each step's studies once, each by its DOI or PubMed address", () => {
    const studies = new Map(data.studies.map((s) => [s.id, s]));
    for (const { steps } of content.levels)
      for (const { node, sources } of steps) {
        const behind = new Set(
          data.findings.filter((f) => f.supports.nodes.includes(node.id)).map((f) => f.study),
        );
        expect(sources.map((s) => s.id).sort()).toEqual([...behind].sort());
        for (const source of sources) {
          const study = studies.get(source.id)!;
          expect(source.short).toContain(String(study.year));
          expect(source.url).toBe(
            study.doi
              ? `https://doi.org/${study.doi}`
              : study.pmid
                ? `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`
                : null,
          );
        }
      }
  });

  it('lists every phase after a dose once, under its compound', () => {
    const listed = content.timeline.flatMap((c) => c.events.map((e) => [c.id, e.id]));
    expect(listed).toHaveLength(data.events.length);
    for (const event of data.events) expect(listed).toContainEqual([event.compound, event.id]);
  });

  it('names the compounds of every safety line', () => {
    expect(content.safety).toHaveLength(data.safety.length);
    const names = new Set(data.compounds.map((c) => c.name));
    for (const item of content.safety) {
      expect(item.names.length).toBeGreaterThan(0);
      for (const name of item.names) expect(names).toContain(name);
    }
  });
});
