import { css } from 'lit';

/**
 * Text fields and selects of the resident views: a 2 px border dark enough for the 3:1 contrast
 * controls need, 40 px high for a finger, and one look for a field with a problem.
 */
export const fieldStyles = css`
  select,
  input[type='text'],
  input[type='search'],
  textarea {
    box-sizing: border-box;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--kz-text-muted);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: #b00020;
  }
  .problem {
    color: #b00020;
    font-weight: 650;
  }
  .problem::before {
    content: '⚠ ';
  }
`;
