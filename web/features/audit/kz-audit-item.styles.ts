import { css } from 'lit';

export const auditItemStyles = css`
  :host {
    display: block;
    font-size: 1.125rem;
  }
  .item {
    background: var(--kz-surface);
    border: 1px solid var(--kz-border);
    border-left: 6px solid var(--kz-border);
    border-radius: var(--kz-radius);
    padding: 0.9rem 1rem;
    margin-bottom: 0.75rem;
  }
  .item[data-verdict='pass'] {
    border-left-color: #1a7f37;
  }
  .item[data-verdict='fail'] {
    border-left-color: #c62828;
  }
  h3 {
    font-size: 1.2rem;
    margin: 0 0 0.4rem;
  }
  details {
    margin: 0 0 0.5rem;
    color: var(--kz-text-muted);
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .controls,
  .choices,
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .choice {
    min-height: 48px;
    min-width: 64px;
    padding: 0.4rem 1rem;
    border: 2px solid var(--kz-border);
    border-radius: 10px;
    background: var(--kz-surface);
    font-size: 1.1rem;
    font-weight: 600;
  }
  .choice[aria-pressed='true'] {
    background: var(--kz-accent);
    border-color: var(--kz-accent);
    color: var(--kz-accent-text);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-weight: 600;
  }
  .input-unit {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  input[type='text'] {
    width: 7.5rem;
    min-height: 48px;
    font-size: 1.2rem;
    padding: 0.3rem 0.6rem;
    border: 2px solid var(--kz-border);
    border-radius: 10px;
  }
  .verdict {
    margin: 0.6rem 0 0.4rem;
    min-height: 1.5em;
  }
  .verdict.pass {
    color: #116329;
    font-weight: 600;
  }
  .verdict.fail {
    color: #a50e0e;
    font-weight: 600;
  }
  .photos img {
    width: 88px;
    height: 66px;
    object-fit: cover;
    border-radius: 6px;
    border: 1px solid var(--kz-border);
  }
  .photo-button {
    min-height: 48px;
    position: relative;
  }
`;
