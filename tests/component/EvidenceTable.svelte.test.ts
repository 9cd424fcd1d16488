import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EvidenceTable from '../../src/components/evidence/EvidenceTable.svelte';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { ExplorerSelection } from '../../src/lib/state/selection.svelte.ts';
import { minimalData } from '../fixtures/minimal.ts';
import WithContext from './WithContext.svelte';

function setup() {
  const data = validateDataset(minimalData()).dataset!;
  const selection = new ExplorerSelection(data);
  render(WithContext, { data, selection, component: EvidenceTable });
  return { data, selection };
}

describe('EvidenceTable', () => {
  it('lists every finding with its study and source links', () => {
    setup();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 2 findings', { exact: false })).toBeInTheDocument();
    const doi = screen.getByRole('link', { name: 'DOI for A 2021 (opens in a new tab)' });
    expect(doi).toHaveAttribute('href', 'https://doi.org/10.1000/abc');
    expect(doi).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(
      screen.getByRole('link', { name: 'PubMed for C 2004 (opens in a new tab)' }),
    ).toHaveAttribute('href', 'https://pubmed.ncbi.nlm.nih.gov/15364028/');
  });

  it('puts the strongest evidence first', () => {
    setup();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Human, mechanistic');
    expect(rows[1]).toHaveTextContent('Animal');
  });

  it('narrows to the selected step and widens again on "clear the selection"', async () => {
    const { selection } = setup();
    selection.select({ kind: 'node', id: 'glutamate' });
    flushSync();
    expect(screen.getByText(/Showing 1 of 2 findings/)).toHaveTextContent('Glutamate surge');
    screen.getByRole('button', { name: 'clear the selection' }).click();
    flushSync();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  it('filters by species and says how to widen an empty result', async () => {
    setup();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Species' }), {
      target: { value: 'human' },
    });
    expect(screen.getByText(/Showing 1 of 2 findings/)).toBeInTheDocument();
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'zebra' },
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Try clearing the search/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'clear filters' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  it('sorts by a column header and reports the order to assistive technology', async () => {
    setup();
    const header = screen.getByRole('columnheader', { name: /Study/ });
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('C 2004');
  });

  it('expands a row to show the citation and how sure the record is', async () => {
    setup();
    const more = screen.getByRole('button', { name: 'More about C 2004' });
    await fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/pages recalled/)).toBeInTheDocument();
  });

  describe('away from the screen', () => {
    // jsdom lays nothing out: this observer reports what the test says the reader scrolled to.
    let report: ((near: boolean) => void) | undefined;
    afterEach(() => vi.unstubAllGlobals());
    function setupWithObserver() {
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
            report = (near) => flushSync(() => callback([{ isIntersecting: near }]));
          }
          observe() {}
          disconnect() {}
        },
      );
      return setup();
    }
    const listedRows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1;

    it('keeps its rows until the reader comes near, while its status line follows at once', () => {
      const { selection } = setupWithObserver();
      report!(false);
      selection.select({ kind: 'node', id: 'glutamate' });
      flushSync();
      expect(screen.getByText(/Showing 1 of 2 findings/)).toHaveTextContent('Glutamate surge');
      expect(listedRows()).toBe(2);
      report!(true);
      expect(listedRows()).toBe(1);
      selection.clear();
      flushSync();
      expect(listedRows()).toBe(2);
    });
  });
});
