import { css } from 'lit';

/** Toggle buttons on the dark header bar. */
export const switchStyles = css`
  :host {
    display: inline-block;
  }
  .group {
    display: inline-flex;
    border: 1px solid rgb(255 255 255 / 55%);
    border-radius: 8px;
    overflow: hidden;
  }
  button {
    min-height: 2.25rem;
    min-width: 2.75rem;
    padding: 0.3rem 0.65rem;
    border: 0;
    background: transparent;
    color: var(--kz-header-text);
    font-weight: 600;
    font-size: 0.9rem;
  }
  .group button + button {
    border-left: 1px solid rgb(255 255 255 / 35%);
  }
  button[aria-pressed='true'] {
    background: var(--kz-header-text);
    color: var(--kz-header-bg);
  }
  button.single {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    border: 1px solid rgb(255 255 255 / 55%);
    border-radius: 8px;
  }
  button:hover:not([aria-pressed='true']) {
    background: rgb(255 255 255 / 14%);
  }
  @media (max-width: 720px) {
    button.single span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  }
`;
