/**
 * The printed handout's reference list: each study behind the listed findings once, in the
 * order a reader looks them up (first author, then year), with the address that finds it.
 */
import type { Study } from './schema.ts';

export interface Reference {
  id: string;
  text: string;
  /** The DOI's address, else PubMed's, else none. */
  url: string | null;
}

export function referenceList(studies: Study[]): Reference[] {
  const unique = [...new Map(studies.map((s) => [s.id, s])).values()];
  unique.sort((a, b) => a.authors.localeCompare(b.authors) || a.year - b.year);
  return unique.map((s) => ({
    id: s.id,
    text: `${s.authors} (${s.year}). ${s.title.replace(/\.$/, '')}. ${s.journal}.`,
    url: studyUrl(s),
  }));
}

/** The address that finds a study: its DOI's, else PubMed's, else none. */
export const studyUrl = (s: Pick<Study, 'doi' | 'pmid'>): string | null =>
  s.doi ? `https://doi.org/${s.doi}` : s.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/` : null;
