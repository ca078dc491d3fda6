import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
  }
  .panel {
    position: relative;
    padding: 1rem 1.1rem 0.9rem;
  }
  .close {
    position: absolute;
    top: 0.6rem;
    right: 0.6rem;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 2.5rem;
    height: 2.5rem;
    border: 1px solid var(--kz-border);
    border-radius: 50%;
    background: var(--kz-surface);
  }
  .close:hover {
    background: var(--kz-surface-muted);
  }
  .kicker {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    margin: 0 3rem 0.25rem 0;
    color: var(--kz-text-muted);
    font-size: 0.85rem;
    font-weight: 650;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2 {
    margin: 0 3rem 0.4rem 0;
    font-size: 1.3rem;
    line-height: 1.25;
  }
  h3 {
    margin: 1rem 0 0.35rem;
    font-size: 1rem;
  }
  .other-names {
    margin: 0 0 0.5rem;
    color: var(--kz-text-muted);
  }
  .label {
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
    gap: 0.5rem;
    margin: 0.75rem 0 0;
  }
  dl div {
    padding: 0.45rem 0.55rem;
    border-radius: 8px;
    background: var(--kz-surface-muted);
  }
  dt {
    color: var(--kz-text-muted);
    font-size: 0.78rem;
    font-weight: 650;
  }
  dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .audit-note {
    margin: 0.75rem 0 0.5rem;
    font-size: 0.92rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .groups li {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.35rem 0;
    border-bottom: 1px solid var(--kz-border);
    font-size: 0.92rem;
  }
  .groups li:last-child {
    border-bottom: 0;
  }
  .group,
  .status {
    display: block;
  }
  .group {
    font-weight: 650;
  }
  .status {
    color: var(--kz-text-muted);
  }
  .self-reported {
    margin-top: 0.75rem;
    padding: 0.5rem 0.7rem;
    border: 1px dashed var(--kz-border);
    border-radius: 8px;
    font-size: 0.9rem;
  }
  .self-reported h3 {
    margin: 0 0 0.25rem;
    font-size: 0.9rem;
  }
  .source {
    margin: 0.9rem 0 0;
    color: var(--kz-text-muted);
    font-size: 0.82rem;
  }
  .source a {
    color: var(--kz-accent);
  }
  .stale {
    display: block;
    margin-top: 0.25rem;
    padding: 0.3rem 0.5rem;
    border-left: 4px solid #b35900;
    border-radius: 4px;
    background: var(--kz-surface-muted);
    font-weight: 650;
  }
  .report {
    margin: 1rem 0 0;
  }
  .failure {
    margin: 0.5rem 3rem 0.5rem 0;
    font-weight: 600;
  }
`;
