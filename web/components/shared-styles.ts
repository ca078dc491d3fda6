import { css } from 'lit';

/** Focus ring, hidden-but-read text and buttons: the same in every component. */
export const sharedStyles = css`
  :host {
    font-family: var(--kz-font);
    color: var(--kz-text);
  }
  :focus-visible {
    outline: 3px solid var(--kz-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--kz-focus-inner);
    border-radius: 4px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.5rem;
    padding: 0.4rem 0.85rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font-weight: 600;
    text-decoration: none;
    transition: background var(--kz-motion), border-color var(--kz-motion);
  }
  .button:hover {
    border-color: var(--kz-accent);
    background: var(--kz-surface-muted);
  }
  .button.primary {
    background: var(--kz-accent);
    border-color: var(--kz-accent);
    color: var(--kz-accent-text);
  }
  .button.primary:hover {
    background: var(--kz-accent-strong);
  }
  svg {
    flex: none;
  }
`;
