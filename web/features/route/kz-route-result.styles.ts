import { css } from 'lit';

/** The route in words: summary figures in a grid, verdicts as coloured notes, readable lists. */
export const resultStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  .relaxed h2 {
    color: #8a1c14;
  }
  h3 {
    margin: 1rem 0 0.35rem;
    font-size: 1rem;
  }
  .notice {
    padding: 0.6rem 0.8rem;
    border-left: 6px solid #b3261e;
    border-radius: 6px;
    background: #fdecea;
  }
  .notice h3 {
    margin-top: 0;
  }
  .notice p {
    margin: 0;
  }
  dl {
    margin: 0;
  }
  .summary {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem 1rem;
    margin-top: 0.6rem;
  }
  .summary .wide {
    grid-column: 1 / -1;
  }
  dt {
    color: var(--kz-text-muted);
    font-size: 0.85rem;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .summary dd {
    font-size: 1.05rem;
    font-weight: 600;
  }
  .summary .wide dd {
    font-size: 0.95rem;
    font-weight: 400;
  }
  .doorstep {
    margin-top: 1rem;
    padding: 0.5rem 0.8rem 0.6rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface-muted);
  }
  .doorstep h3 {
    margin-top: 0.2rem;
  }
  .verdict {
    margin: 0 0 0.4rem;
    padding-left: 0.6rem;
    border-left: 5px solid #6b7785;
    font-weight: 600;
  }
  .verdict-accessible {
    border-color: #1b7f3b;
  }
  .verdict-partial,
  .verdict-conditional {
    border-color: #b36b00;
  }
  .verdict-inaccessible,
  .verdict-relaxed {
    border-color: #b3261e;
  }
  .hint,
  .legend,
  .step {
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .hint {
    margin: 0.3rem 0 0;
  }
  ul,
  ol {
    margin: 0;
    padding-left: 1.5rem;
  }
  li {
    margin: 0.25rem 0;
  }
  .directions li::marker {
    font-weight: 700;
  }
`;
