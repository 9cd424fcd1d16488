/**
 * The evidence table's state: the reader's filter, sort, open row and "show all", and the rows
 * they and the selection pick. EvidenceTable.svelte and its row and status components only
 * read it and call its methods.
 */
import { untrack } from 'svelte';
import {
  evidenceRows,
  NO_FILTER,
  selectRows,
  type EvidenceFilter,
  type EvidenceRow,
  type SortKey,
} from '../../lib/model/evidenceRows.ts';
import { within } from '../../lib/model/lens.ts';
import { focusLabel } from '../../lib/model/labels.ts';
import type { getProseContext } from '../../lib/state/prose.ts';

/** A long list comes a page at a time: on a phone each finding is a tall card. */
const PAGE_SIZE = 12;

export class EvidenceTableState {
  filter = $state<EvidenceFilter>({ ...NO_FILTER });
  sort = $state<SortKey>('evidence');
  descending = $state(false);
  /** The finding whose row is open for more detail. */
  expanded = $state<string | null>(null);
  /**
   * The list (see `#listKey`) the reader asked to see in full. Not a private field: Svelte
   * reads a private field's state untracked inside the constructor's deriveds.
   */
  showAllFor = $state<string | null>(null);

  /** Whether the table is on the screen or within a screen of it (`trackNear`). */
  near = $state(true);

  readonly all;
  readonly rows;
  readonly shownRows;
  /**
   * The rows the table draws: those listed, while the table is near the screen; away from it,
   * the last ones drawn, until it comes near. A click on the diagram re-listed rows a screen or
   * more below it, and laying them out was the largest single cost of a click (decision 0013).
   * The status line, the exports and the printed references follow the selection at once.
   */
  readonly drawn: { rows: EvidenceRow[]; shown: EvidenceRow[] };
  /** The selection's name, when it narrows the table. */
  readonly focusName;
  readonly filtered;
  /** ?since=: how many listed findings (or their studies) changed on or after that day. */
  readonly changedRows;
  readonly #listKey;

  constructor({ data, selection }: ReturnType<typeof getProseContext>) {
    this.all = evidenceRows(data);
    // The table follows the selection, not the hover preview: rebuilding its rows for every
    // pointer that crosses the diagram cost more than the rest of the page's update.
    this.rows = $derived(
      selectRows(this.all, {
        // What the focus lights up, within what the species lens keeps.
        only: within(selection.focusHighlights?.findings, selection.lens?.findings),
        filter: this.filter,
        sort: this.sort,
        descending: this.descending,
      }),
    );
    // A new selection or filter starts again from the first page; sorting keeps what is shown.
    this.#listKey = $derived(
      JSON.stringify([
        selection.focus,
        selection.evidence,
        this.filter.text.trim(),
        this.filter.compound,
        this.filter.species,
        this.filter.level,
        this.filter.status,
      ]),
    );
    $effect.pre(() => {
      if (this.#listKey !== untrack(() => this.showAllFor)) this.showAllFor = null;
    });
    // Never hide just a few rows behind a button.
    const paged = $derived(this.rows.length > PAGE_SIZE + 5 && this.showAllFor !== this.#listKey);
    this.shownRows = $derived(paged ? this.rows.slice(0, PAGE_SIZE) : this.rows);
    // Away from the screen it reads neither list, so a new selection does not even wake it.
    let drawn = { rows: [] as EvidenceRow[], shown: [] as EvidenceRow[] };
    this.drawn = $derived.by(() =>
      this.near ? (drawn = { rows: this.rows, shown: this.shownRows }) : drawn,
    );
    this.focusName = $derived(selection.focus ? focusLabel(data, selection.focus) : undefined);
    this.filtered = $derived(
      this.filter.text.trim() !== '' ||
        this.filter.compound !== null ||
        this.filter.species !== null ||
        this.filter.level !== null ||
        this.filter.status !== null,
    );
    this.changedRows = $derived(
      selection.changed
        ? this.rows.filter((r) => selection.changed!.findings.has(r.finding.id)).length
        : 0,
    );
  }

  /** Lists every row; returns the first that was not shown before, for the keyboard. */
  showAll = (): string | undefined => {
    const firstNew = this.rows[this.shownRows.length]?.finding.id;
    this.showAllFor = this.#listKey;
    // Its button is on the screen, whether or not the observer has said so yet.
    this.near = true;
    return firstNew;
  };

  clearFilters = () => {
    this.filter = { ...NO_FILTER };
  };

  sortBy = (key: SortKey) => {
    if (this.sort === key) this.descending = !this.descending;
    else [this.sort, this.descending] = [key, false];
  };

  ariaSort = (key: SortKey | null) =>
    key === this.sort ? (this.descending ? 'descending' : 'ascending') : undefined;

  toggleRow = (id: string) => {
    this.expanded = this.expanded === id ? null : id;
  };
}
