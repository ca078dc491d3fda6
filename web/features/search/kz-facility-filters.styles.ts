import { css } from 'lit';

export const filterStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 0.4rem;
    font-size: 1.05rem;
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.5rem;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--kz-motion);
  }
  details[open] summary::before {
    transform: rotate(45deg);
  }
  .summary {
    font-size: 1.05rem;
    font-weight: 700;
  }
  .body {
    padding: 0.25rem 0 0 0.2rem;
  }
  .place {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--kz-text-muted);
  }
  select {
    font-size: 0.95rem;
  }
  fieldset {
    margin: 0.6rem 0 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--kz-text-muted);
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 2rem;
    font-size: 0.92rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--kz-accent);
  }
`;
