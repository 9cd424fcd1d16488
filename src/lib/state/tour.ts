/** The presenter tour: which step a key moves to, and what selection a step sets. Pure. */
import type { Core } from '../model/split.ts';
import type { Focus } from './url.ts';

/** The keys a presentation clicker sends, and the step each leads to (1-based). */
export function stepForKey(key: string, step: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(step + 1, count);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(step - 1, 1);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return null;
  }
}

export function selectionForStep(step: Core<'tour'>): {
  compound: string | null;
  focus: Focus;
  t: number | null;
} {
  const [kind, id] = step.focus?.split(':') ?? [];
  return {
    compound: step.compound ?? null,
    focus: kind && id ? { kind: kind as NonNullable<Focus>['kind'], id } : null,
    t: step.t ?? null,
  };
}
