/**
 * The portfolio page: the host's own list of customer accounts (from its own backend), with
 * search and sorting by health or ARR; each row opens the account profile.
 */
import { html, nothing, render } from 'lit';
import { fetchPortfolio, type PortfolioRow } from '../portal-api.ts';

type Sort = 'health' | 'arr' | 'name';
const state: { search: string; sort: Sort; order: 'asc' | 'desc' } = { search: '', sort: 'arr', order: 'desc' };

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Renders the portfolio page into `main`. */
export async function renderPortfolioPage(main: HTMLElement): Promise<void> {
  const rows = await fetchPortfolio(state);
  const sortBy = (sort: Sort) => {
    state.order = state.sort === sort && state.order === 'desc' ? 'asc' : 'desc';
    state.sort = sort;
    void renderPortfolioPage(main);
  };
  const ariaSort = (sort: Sort) => (state.sort === sort ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSearch = (event: Event) => {
    state.search = (event.target as HTMLInputElement).value;
    clearTimeout(timer);
    timer = setTimeout(() => void renderPortfolioPage(main), 150);
  };
  render(
    html`
      <h1>Portfolio</h1>
      <div class="toolbar">
        <label>Search accounts <input type="search" .value=${state.search} @input=${onSearch} /></label>
        <span class="muted" role="status">${rows.length} accounts</span>
      </div>
      <table class="list">
        <thead>
          <tr>
            <th aria-sort=${ariaSort('name')}><button @click=${() => sortBy('name')}>Account</button></th>
            <th>Type</th>
            <th aria-sort=${ariaSort('arr')}><button @click=${() => sortBy('arr')}>ARR</button></th>
            <th aria-sort=${ariaSort('health')}><button @click=${() => sortBy('health')}>Health</button></th>
            <th>Renewal</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => portfolioRow(row))}
        </tbody>
      </table>
    `,
    main,
  );
}

function portfolioRow(row: PortfolioRow) {
  return html`<tr>
    <td><a href="#/accounts/${encodeURIComponent(row.id)}">${row.name}</a>${row.childCount ? html` <span class="muted">(${row.childCount} sub-accounts)</span>` : nothing}</td>
    <td>${row.typeName}</td>
    <td>${row.arr === null ? '—' : money.format(row.arr)}</td>
    <td>${row.healthBand ? html`<span class="band ${row.healthBand}">${row.healthBand} ${Math.round(row.healthScore ?? 0)}</span>` : html`<span class="band none">no data</span>`}</td>
    <td>${row.renewalDate?.slice(0, 10) ?? '—'}</td>
  </tr>`;
}
