import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: block;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    flex: 1 1 12rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--kz-text-muted);
  }
  select {
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font: inherit;
    font-size: 0.95rem;
  }
`;
