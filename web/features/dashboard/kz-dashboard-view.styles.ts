import { css } from 'lit';

export const dashboardViewStyles = css`
  :host {
    display: block;
    overflow-y: auto;
    height: 100%;
  }
  .page {
    max-width: 78rem;
    margin: 0 auto;
    padding: 1rem 1.2rem 3rem;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0.4rem 0 0.6rem;
  }
  .path {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    padding: 0;
    margin: 0 0 0.6rem;
  }
  .path li + li::before {
    content: '›';
    margin-inline-end: 0.3rem;
    color: var(--kz-text-muted);
  }
  .path a {
    color: var(--kz-accent);
  }
  .status {
    padding: 0.8rem 1rem;
    border-radius: var(--kz-radius);
    background: var(--kz-selected-bg);
    border: 1px solid var(--kz-selected-border);
  }
`;
