/** The current theme's background and ink, so an exported figure matches what was seen. */
export function themeColours(): { background: string; ink: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    background: style.getPropertyValue('--surface').trim() || '#ffffff',
    ink: style.getPropertyValue('--ink').trim() || '#000000',
  };
}

export const SOURCE_LINE =
  'The Plasticity Window · every step cites primary studies (DOI/PMID in the explorer) · A = animal, H = human evidence';
