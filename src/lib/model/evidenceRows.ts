/** Rows of the evidence table: each finding joined with its study, in display order. Pure. */
import { findingsForNode, LEVEL_LABELS, ladderRank } from './graph.ts';
import type { Dataset, Finding, Study } from './schema.ts';

export interface EvidenceRow {
  finding: Finding;
  study: Study;
  compounds: string;
  /** "Shao et al. 2021": first author's surname and year. */
  shortCitation: string;
  levelLabel: string;
  doiUrl?: string;
  pubmedUrl?: string;
}

export function evidenceRows(data: Dataset, nodeId?: string): EvidenceRow[] {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const names = new Map(data.compounds.map((c) => [c.id, c.name]));
  const findings = nodeId ? findingsForNode(data, nodeId) : data.findings;
  return findings
    .map((finding) => {
      const study = studies.get(finding.study)!;
      return {
        finding,
        study,
        shortCitation: shortCitation(study),
        compounds: finding.compounds.map((c) => names.get(c) ?? c).join(', '),
        levelLabel: LEVEL_LABELS[finding.level],
        doiUrl: study.doi ? `https://doi.org/${study.doi}` : undefined,
        pubmedUrl: study.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/` : undefined,
      };
    })
    .sort(
      (a, b) =>
        ladderRank(b.finding.level) - ladderRank(a.finding.level) || b.study.year - a.study.year,
    );
}

export function shortCitation(study: Study): string {
  const authors = study.authors.split(',').map((a) => a.trim());
  const surname = (authors[0] ?? '').split(' ')[0];
  return authors.length > 1 ? `${surname} et al. ${study.year}` : `${surname} ${study.year}`;
}
