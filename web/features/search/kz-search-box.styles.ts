import { css } from 'lit';

export const searchBoxStyles = css`
  :host {
    display: block;
  }
  .search {
    position: relative;
  }
  label {
    display: block;
    margin-bottom: 0.3rem;
    font-weight: 700;
  }
  .field {
    position: relative;
  }
  .icon {
    position: absolute;
    left: 0.7rem;
    top: 50%;
    transform: translateY(-50%);
    color: var(--kz-text-muted);
    pointer-events: none;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem 0.5rem 2.3rem;
    border: 2px solid var(--kz-text-muted);
    border-radius: 10px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font: inherit;
  }
  input::placeholder {
    color: var(--kz-text-muted);
    opacity: 1;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--kz-text-muted);
    font-size: 0.82rem;
  }
  [role='listbox'],
  .popup {
    position: absolute;
    z-index: 20;
    left: 0;
    right: 0;
    top: 4.9rem;
    max-height: min(26rem, 70vh);
    overflow-y: auto;
    padding: 0.3rem;
    border: 1px solid var(--kz-border);
    border-radius: 10px;
    background: var(--kz-surface);
    box-shadow: var(--kz-shadow);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group-label {
    padding: 0.45rem 0.5rem 0.2rem;
    color: var(--kz-text-muted);
    font-size: 0.78rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.55rem;
    padding: 0.45rem 0.5rem;
    border: 2px solid transparent;
    border-radius: 8px;
    cursor: pointer;
  }
  .option:hover {
    background: var(--kz-surface-muted);
  }
  .option[aria-selected='true'] {
    background: var(--kz-selected-bg);
    border-color: var(--kz-selected-border);
    outline: 3px solid var(--kz-focus);
    outline-offset: -1px;
  }
  .option.all {
    margin-top: 0.2rem;
    border-top: 1px solid var(--kz-border);
    color: var(--kz-accent);
    font-weight: 650;
  }
  .note {
    margin: 0;
    padding: 0.5rem;
    color: var(--kz-text-muted);
  }
`;
