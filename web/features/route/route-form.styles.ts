import { css } from 'lit';

/** Labels above fields, fieldsets as quiet groups, hints and errors: the route planner's form parts. */
export const formStyles = css`
  :host {
    display: block;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-bottom: 0.6rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='search'],
  select {
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--kz-text-muted);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  fieldset {
    margin: 0 0 0.6rem;
    padding: 0.5rem 0.75rem 0.6rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
  }
  legend {
    padding: 0 0.25rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    font-weight: 400;
  }
  .check input {
    width: 1.2rem;
    height: 1.2rem;
    margin: 0;
    accent-color: var(--kz-accent);
  }
  .numbers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0 0.75rem;
  }
  .hint {
    margin: 0.15rem 0 0.3rem;
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .error {
    margin: 0.15rem 0 0;
    color: #b3261e;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row input {
    flex: 1 1 10rem;
    min-width: 0;
  }
`;
