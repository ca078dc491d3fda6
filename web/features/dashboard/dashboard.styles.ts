import { css } from 'lit';

/** Sections, tables and figures shared by the dashboard's components. */
export const dashboardStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.6rem;
  }
  .section {
    background: var(--kz-surface);
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    padding: 1rem 1.1rem;
    margin-block: 1rem;
  }
  .note {
    color: var(--kz-text-muted);
    margin: 0.3rem 0 0.8rem;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  th,
  td {
    padding: 0.35rem 0.55rem;
    border-bottom: 1px solid var(--kz-border);
    vertical-align: top;
  }
  tbody th,
  tfoot th {
    text-align: start;
  }
  tbody th {
    font-weight: 500;
  }
  thead th {
    text-align: start;
    font-size: 0.9rem;
    color: var(--kz-text-muted);
    font-weight: 600;
  }
  td.n,
  th.n {
    text-align: end;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  a {
    color: var(--kz-accent);
  }
  a:hover {
    color: var(--kz-accent-strong);
  }
`;

/** Form controls of the dashboard: large enough to touch, labels above. */
export const controlStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6rem 1rem;
  }
  .filters h2 {
    flex-basis: 100%;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
  }
  .pages {
    display: flex;
    gap: 0.6rem;
    margin-top: 0.6rem;
  }
`;
