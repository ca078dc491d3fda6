import { css } from 'lit';

export const profileStyles = css`
  :host {
    display: block;
    flex: 1;
    overflow-y: auto;
  }
  .page {
    max-width: 44rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  h1 {
    margin: 0 0 0.5rem;
    font-size: 1.6rem;
  }
  .intro {
    margin: 0 0 1.25rem;
    color: var(--kz-text-muted);
  }
  fieldset {
    margin: 0 0 1.25rem;
    padding: 1rem 1.1rem;
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
  }
  legend {
    padding: 0 0.35rem;
    font-size: 1.1rem;
    font-weight: 700;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.65rem;
    padding: 0.55rem 0.4rem;
    border-radius: 8px;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--kz-surface-muted);
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--kz-accent);
  }
  .name {
    display: block;
    font-weight: 650;
  }
  .help {
    display: block;
    margin: 0.1rem 0 0;
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .measure {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0.4rem 0 1rem;
  }
  .measure label {
    font-weight: 650;
  }
  .unit-field {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .unit-field input {
    width: 7rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
  }
  .saved {
    margin: 1rem 0 0;
    padding: 0.75rem 1rem;
    border-left: 5px solid #1a7f37;
    border-radius: 6px;
    background: var(--kz-surface-muted);
    font-weight: 600;
  }
  .saved a {
    color: var(--kz-accent);
  }
`;
