/**
 * The band that names the plasticity window on the timeline: from the shortest window
 * measured to the longest, so it reads "days to weeks" because the data says so, not
 * because a number was typed into the drawing.
 */
import type { Species } from '../model/schema.ts';

/** The few fields of a phase the band needs. */
interface WindowPhase {
  kind: string;
  endHours: number;
  species: Species;
}

export interface WindowExtent {
  /** The earliest a measured window closed, in hours after the dose. */
  start: number;
  /** The latest a measured window closed. */
  end: number;
  /** Where the windows were measured, in words: "in mice", or "in animals" when mixed. */
  measuredIn: string;
}

const PLURAL: Partial<Record<Species, string>> = { mouse: 'mice', rat: 'rats', human: 'humans' };

/**
 * How long the window stayed open across the phases given (every drug tested, so the band
 * stays put when one compound is chosen); null when none was measured.
 */
export function windowExtent(phases: readonly WindowPhase[]): WindowExtent | null {
  const windows = phases.filter((p) => p.kind === 'window');
  if (windows.length === 0) return null;
  const ends = windows.map((w) => w.endHours);
  const species = [...new Set(windows.map((w) => w.species))];
  const one = species.length === 1 ? species[0]! : null;
  return {
    start: Math.min(...ends),
    end: Math.max(...ends),
    measuredIn: one
      ? `in ${PLURAL[one] ?? one}`
      : species.includes('human')
        ? 'in humans and animals'
        : 'in animals',
  };
}

/** The band's words, in one line or, where that does not fit, two. */
export function windowBandLines(extent: WindowExtent, oneLine: boolean): string[] {
  const what = `The window: ${spanInWords(extent.start, extent.end)}`;
  const where = `(measured ${extent.measuredIn})`;
  return oneLine ? [`${what} ${where}`] : [what, where];
}

/** "days to weeks", "hours to days": the units of the two ends, in words. */
export function spanInWords(start: number, end: number): string {
  const unit = (hours: number) =>
    hours < 24 ? 'hours' : hours < 24 * 7 ? 'days' : hours < 24 * 60 ? 'weeks' : 'months';
  const [a, b] = [unit(start), unit(end)];
  return a === b ? a : `${a} to ${b}`;
}
