/**
 * The species lens, "Show: all evidence / human evidence only" (`?evidence=human`): what each
 * view keeps or redraws when only human evidence counts. Pure; the selection derives it.
 */
import type { Finding } from './schema.ts';
import type { CoreDataset } from './split.ts';

export const EVIDENCE_LENSES = ['all', 'human'] as const;
export type EvidenceLens = (typeof EVIDENCE_LENSES)[number];

export const isEvidenceLens = (value: string): value is EvidenceLens =>
  (EVIDENCE_LENSES as readonly string[]).includes(value);

/**
 * The one rule for "shown in humans", read by the diagram's H badge (edgeEvidence.ts), this
 * lens, the comparison's marks (comparison.ts) and the data check (crossChecks.ts), so no two
 * views disagree about a finding. (Here, in a module the first view loads anyway, it costs no
 * extra chunk.) A finding shows a step in humans when it comes from a primary human study (not a review,
 * meta-analysis or theory paper, whose findings sit off the ladder as `synthesis`) and its
 * result is in favour (`for`). A mixed, null or contrary human result is human evidence that
 * the step was looked for, not that it was shown; a meta-analysis pools studies this dataset
 * does not hold one by one, and syntheses never count as primary evidence (data/README.md).
 */
export const shownInHumans = (f: Pick<Finding, 'species' | 'level' | 'direction'>): boolean =>
  f.species.includes('human') && f.level !== 'synthesis' && f.direction === 'for';

export interface HumanLens {
  /** Findings from studies in humans, of every level and direction (the table and the chart). */
  findings: Set<string>;
  /** Timeline phases measured in humans. */
  events: Set<string>;
  /**
   * Arrows no finding shows in humans (shownInHumans): no human study, or only null, mixed
   * or contrary human results, or only syntheses. Drawn as not shown in humans.
   */
  absentEdges: Set<string>;
}

export function humanLens(data: CoreDataset): HumanLens {
  const supported = new Set(data.findings.filter(shownInHumans).flatMap((f) => f.supports.edges));
  return {
    findings: new Set(data.findings.filter((f) => f.species.includes('human')).map((f) => f.id)),
    events: new Set(data.events.filter((e) => e.species === 'human').map((e) => e.id)),
    absentEdges: new Set(data.edges.filter((e) => !supported.has(e.id)).map((e) => e.id)),
  };
}

/** The lens a selection asks for: null shows all evidence. */
export function lensFor(data: CoreDataset, evidence: EvidenceLens): HumanLens | null {
  return evidence === 'human' ? humanLens(data) : null;
}

/** Both sets when both are given: what a focus lights up, within what the lens keeps. */
export function within(only: Set<string> | null | undefined, lens: Set<string> | null | undefined) {
  if (!lens) return only ?? null;
  if (!only) return lens;
  return new Set([...only].filter((id) => lens.has(id)));
}

/** What the timeline hides under the lens: how many phases, and compounds left with none. */
export function phasesNotInHumans(
  events: CoreDataset['events'],
  lens: HumanLens,
  compounds: { id: string; name: string }[],
): { hidden: number; noneInHumans: string[] } {
  const shown = new Set(compounds.map((c) => c.id));
  const of = events.filter((e) => shown.has(e.compound));
  return {
    hidden: of.filter((e) => !lens.events.has(e.id)).length,
    noneInHumans: compounds
      .filter(
        (c) =>
          of.some((e) => e.compound === c.id) &&
          !of.some((e) => e.compound === c.id && lens.events.has(e.id)),
      )
      .map((c) => c.name),
  };
}
