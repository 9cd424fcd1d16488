/**
 * The part of d3-transition that d3-zoom uses, and nothing else: `selection.transition()`
 * with `duration`, `on('start' | 'interrupt' | 'end')`, `tween` and `call`, plus
 * `selection.interrupt()` and `interrupt(node)`. The site build resolves `d3-transition` to
 * this file for the diagram (vite.config.ts, `zoomStandIns`): the real module brings
 * attribute, style and text tweening, with d3-interpolate's colour code and d3-color, about
 * 9 KB gzip in the first view that the zoom never runs. Timing follows d3's: a move starts
 * on the next animation frame, interrupts the node's running move as it starts, and eases
 * with d3's default cubic in-out.
 */
import { selection, type Selection } from 'd3-selection';

type AnySelection = Selection<Element, unknown, Element | null, unknown>;
type Listener = (this: Element, datum: unknown, index: number, group: Element[]) => void;
type Tick = (t: number) => void;
type Tween = (this: Element, datum: unknown, index: number, group: Element[]) => Tick;

interface Move {
  on: Map<string, Listener>;
  tweens: Tween[];
  started: boolean;
  ended: boolean;
  frame: number;
  datum: unknown;
  index: number;
  group: Element[];
}

/** Each node's moves that have not ended, waiting or running. */
const movesOf = new WeakMap<Element, Set<Move>>();

const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

const requestFrame = (callback: (time: number) => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : (setTimeout(() => callback(performance.now()), 17) as unknown as number);
const cancelFrame = (id: number) =>
  typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);

function emit(move: Move, node: Element, type: string): void {
  for (const [typename, listener] of move.on)
    if (typename.split('.')[0] === type) listener.call(node, move.datum, move.index, move.group);
}

function end(node: Element, move: Move, type: 'interrupt' | 'end' | 'cancel'): void {
  move.ended = true;
  cancelFrame(move.frame);
  movesOf.get(node)?.delete(move);
  emit(move, node, type);
}

/** Stops the node's moves; a running one hears `interrupt` and a waiting one `cancel`, as in d3. */
export function interrupt(node: Element): void {
  for (const move of movesOf.get(node) ?? [])
    end(node, move, move.started ? 'interrupt' : 'cancel');
}

function start(node: Element, move: Move, duration: number): void {
  for (const other of movesOf.get(node) ?? [])
    if (other !== move && other.started) end(node, other, 'interrupt');
  move.started = true;
  emit(move, node, 'start');
  const ticks = move.tweens.map((tween) => tween.call(node, move.datum, move.index, move.group));
  let began: number | undefined;
  const frame = (time: number) => {
    began ??= time;
    const elapsed = time - began;
    const t = elapsed < duration ? easeCubicInOut(elapsed / duration) : 1;
    for (const tick of ticks) tick(t);
    if (t < 1) move.frame = requestFrame(frame);
    else end(node, move, 'end');
  };
  move.frame = requestFrame(frame);
}

class ZoomTransition {
  #selection: AnySelection;
  #duration = 250;
  #moves: Move[] = [];

  constructor(from: AnySelection) {
    this.#selection = from;
    from.each((datum, index, group) => {
      const node = group[index] as Element;
      const move: Move = {
        on: new Map(),
        tweens: [],
        started: false,
        ended: false,
        frame: 0,
        datum,
        index,
        group: group as Element[],
      };
      this.#moves.push(move);
      const moves = movesOf.get(node) ?? new Set();
      movesOf.set(node, moves.add(move));
      // Started on the next frame, like d3's timer, so the caller can still add tweens.
      move.frame = requestFrame(() => !move.ended && start(node, move, this.#duration));
    });
  }

  selection(): AnySelection {
    return this.#selection;
  }

  duration(ms: number): this {
    this.#duration = ms;
    return this;
  }

  on(typenames: string, listener: Listener): this {
    for (const typename of typenames.trim().split(/\s+/))
      for (const move of this.#moves) move.on.set(typename, listener);
    return this;
  }

  tween(_name: string, factory: Tween): this {
    for (const move of this.#moves) move.tweens.push(factory);
    return this;
  }

  call<A extends unknown[]>(callback: (transition: this, ...args: A) => void, ...args: A): this {
    callback(this, ...args);
    return this;
  }
}

Object.assign(selection.prototype, {
  transition(this: AnySelection) {
    return new ZoomTransition(this);
  },
  interrupt(this: AnySelection) {
    return this.each(function (this: Element) {
      interrupt(this);
    });
  },
});
