import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/lib/model/validate.ts';
import { minimalData, type MinimalData } from '../fixtures/minimal.ts';

type Mutable = MinimalData & Record<string, unknown>;

/** Each case breaks the valid fixture in one way and names the message that must result. */
const cases: { name: string; breakIt: (d: Mutable) => void; expected: string }[] = [
  {
    name: 'wrong type',
    breakIt: (d) => ((d.studies[0] as Record<string, unknown>).year = '2021'),
    expected: 'data/studies.json › "s-human" › year: wrong type: expected number, received "2021"',
  },
  {
    name: 'missing required field',
    breakIt: (d) => delete (d.nodes[0] as Partial<(typeof d.nodes)[0]>).explanation,
    expected: 'data/nodes.json › "5ht2a" › explanation: missing required field',
  },
  {
    name: 'unknown field',
    breakIt: (d) => ((d.edges[0] as Record<string, unknown>).strength = 3),
    expected: 'data/edges.json › "psilocybin-5ht2a" › strength: unknown field',
  },
  {
    name: 'value outside its list',
    breakIt: (d) => ((d.edges[1] as Record<string, unknown>).status = 'proven'),
    expected: 'data/edges.json › "5ht2a-glutamate" › status: must be one of ("shown-in-humans" |',
  },
  {
    name: 'record without id',
    breakIt: (d) => delete (d.tour[0] as Partial<(typeof d.tour)[0]>).id,
    expected: 'data/tour.json › record #1 › id: missing required field',
  },
  {
    name: 'file that is not an array',
    breakIt: (d) => ((d as Record<string, unknown>).events = {}),
    expected: 'data/events.json › file › must be a JSON array of records',
  },
  {
    name: 'duplicate id',
    breakIt: (d) => d.studies.push({ ...d.studies[0]!, doi: '10.1000/other' }),
    expected: 'data/studies.json › "s-human" › duplicate id "s-human"',
  },
  {
    name: 'edge to a missing node',
    breakIt: (d) => (d.edges[1]!.to = 'glutamat'),
    expected: 'data/edges.json › "5ht2a-glutamate" › to: unknown node "glutamat"',
  },
  {
    name: 'finding to a missing study',
    breakIt: (d) => (d.findings[1]!.study = 'nobody2020'),
    expected: 'data/findings.json › "f-glu" › study: unknown study "nobody2020"',
  },
  {
    name: 'event to a missing compound',
    breakIt: (d) => (d.events[0]!.compound = 'lsd'),
    expected: 'data/events.json › "psilocybin-acute" › compound: unknown compound "lsd"',
  },
  {
    name: 'tour step to a missing node',
    breakIt: (d) => (d.tour[0]!.focus = 'node:bdnf'),
    expected: 'data/tour.json › "entry" › focus: unknown node "bdnf"',
  },
  {
    name: 'finding supporting a missing edge',
    breakIt: (d) => d.findings[1]!.supports.edges!.push('glutamate-ampa'),
    expected: 'data/findings.json › "f-glu" › supports.edges: unknown edge "glutamate-ampa"',
  },
  {
    name: 'edge that no finding supports',
    breakIt: (d) => (d.findings[1]!.supports.edges = []),
    expected: 'data/edges.json › "5ht2a-glutamate" › no finding supports this edge',
  },
  {
    name: 'timeline event that no finding supports',
    breakIt: (d) => delete (d.findings[0]!.supports as { events?: string[] }).events,
    expected: 'data/events.json › "psilocybin-acute" › no finding supports this event',
  },
  {
    name: 'study with neither DOI nor PMID',
    breakIt: (d) => delete (d.studies[0] as { doi?: string }).doi,
    expected: 'data/studies.json › "s-human" › has neither a DOI nor a PMID',
  },
  {
    name: 'two studies sharing a DOI',
    breakIt: (d) => ((d.studies[1] as { doi?: string }).doi = '10.1000/ABC'),
    expected: 'data/studies.json › "s-rat" › doi "10.1000/ABC" is also used by study "s-human"',
  },
  {
    name: 'edge called shown in humans with only animal findings',
    breakIt: (d) => (d.edges[1]!.status = 'shown-in-humans'),
    expected:
      'data/edges.json › "5ht2a-glutamate" › status is "shown-in-humans" but no human finding supports it',
  },
  {
    name: 'compound without an edge to its entry node',
    breakIt: (d) => (d.edges[0]!.to = 'glutamate'),
    expected:
      'data/compounds.json › "psilocybin" › entry: no edge from "psilocybin" to its entry node "5ht2a"',
  },
  {
    name: 'key number citing a missing finding',
    breakIt: (d) => (d.nodes[1]!.keyNumber!.finding = 'f-nothing'),
    expected: 'data/nodes.json › "glutamate" › keyNumber.finding: unknown finding "f-nothing"',
  },
  {
    name: 'study with no finding',
    breakIt: (d) => d.studies.push({ ...d.studies[0]!, id: 's-orphan', doi: '10.1000/orphan' }),
    expected: 'data/studies.json › "s-orphan" › study has no finding',
  },
  {
    name: 'primary finding marked as synthesis',
    breakIt: (d) => (d.findings[1]!.level = 'synthesis'),
    expected: 'data/findings.json › "f-glu" › level: "synthesis" but study "s-rat" is primary',
  },
  {
    name: 'event ending before it starts',
    breakIt: (d) => (d.events[0]!.endHours = -1),
    expected: 'data/events.json › "psilocybin-acute" › endHours: must be 0 or more hours',
  },
  {
    name: 'answer paragraph that cites nothing',
    breakIt: (d) => (d.questions[0]!.answer[0]!.findings = []),
    expected:
      'data/questions.json › "why" › answer.0: paragraph cites no finding and no regulatory note',
  },
  {
    name: 'show-me link to a missing node',
    breakIt: (d) => (d.questions[0]!.showMe![0]!.focus = 'node:nowhere'),
    expected: 'data/questions.json › "why" › showMe.0.focus: unknown node "nowhere"',
  },
  {
    name: 'comparison cell missing',
    breakIt: (d) => d.comparison.pop(),
    expected: 'data/comparison.json › "psilocybin/regulatory" › cell is missing',
  },
  {
    name: 'comparison cell claiming evidence without findings',
    breakIt: (d) => (d.comparison[0]!.findings = []),
    expected:
      'data/comparison.json › "psilocybin/entry" › evidence is "findings" but no finding is listed',
  },
  {
    name: 'comparison cell without evidence that does not say so',
    breakIt: (d) => (d.comparison[1]!.text = 'Probably rises.'),
    expected:
      'data/comparison.json › "psilocybin/bdnf-animal" › evidence is "none" but the text does not say',
  },
  {
    name: 'concept citing a missing finding',
    breakIt: (d) => d.concepts[0]!.findings.push('f-none'),
    expected: 'data/concepts.json › "glutamate-idea" › findings: unknown finding "f-none"',
  },
];

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    const { dataset, problems } = validateDataset(minimalData());
    expect(problems).toEqual([]);
    expect(dataset?.nodes).toHaveLength(2);
  });

  for (const { name, breakIt, expected } of cases) {
    it(`rejects ${name} by name`, () => {
      const data = minimalData() as Mutable;
      breakIt(data);
      const { dataset, problems } = validateDataset(data);
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
