/**
 * The deals tracker, enhanced: sortable columns (date, amount, capacity) and filters
 * (region, kind). The table is complete without this script; it only reorders and hides
 * rows. Under 3 KB gzipped; no inline code, so the page's CSP stays strict.
 */
const table = document.querySelector<HTMLTableElement>('#deal-table');
const form = document.querySelector<HTMLFormElement>('#deal-filters');
const count = document.querySelector<HTMLElement>('#deal-count');

if (table && form && count) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0]!.cells];

  for (const th of headers) {
    const key = th.dataset.sortKey;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') !== 'descending';
      for (const other of headers) if (other.dataset.sortKey) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const column = headers.indexOf(th);
      const value = (row: HTMLTableRowElement) => row.cells[column]!.dataset.sort ?? '';
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = x !== '' && y !== '' && !isNaN(+x) && !isNaN(+y) ? +x - +y : x.localeCompare(y);
        return descending ? -order : order;
      });
      body.append(...sorted);
    });
  }

  const filter = () => {
    const data = new FormData(form);
    const region = data.get('region');
    const kind = data.get('kind');
    let shown = 0;
    for (const row of rows) {
      const visible = (!region || row.dataset.region === region) && (!kind || row.dataset.kind === kind);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `Showing ${shown} of ${rows.length} deals.`;
  };
  form.hidden = false;
  form.addEventListener('change', filter);
  form.addEventListener('submit', (event) => event.preventDefault());
  filter();
}
