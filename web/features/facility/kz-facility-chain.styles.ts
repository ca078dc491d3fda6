import { css } from 'lit';

export const chainStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: 1rem 0 0.35rem;
    font-size: 1rem;
  }
  .note {
    margin: 0.3rem 0;
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .note a {
    color: var(--kz-accent);
    font-weight: 650;
  }
  .failure {
    font-weight: 600;
  }
  .for-you {
    margin-top: 0.9rem;
    padding: 0.7rem 0.85rem;
    border: 2px solid var(--kz-border);
    border-radius: var(--kz-radius);
    background: var(--kz-surface-muted);
  }
  .for-you h3 {
    margin: 0 0 0.3rem;
    font-size: 0.85rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--kz-text-muted);
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    margin: 0;
  }
  .verdict strong {
    display: block;
    font-size: 1.15rem;
  }
  .whom {
    font-size: 0.88rem;
    color: var(--kz-text-muted);
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .needs {
    margin-top: 0.5rem;
    display: grid;
    gap: 0.3rem;
    font-size: 0.92rem;
  }
  .needs li {
    display: flex;
    gap: 0.45rem;
  }
  .sign {
    flex: none;
    width: 1.3rem;
    height: 1.3rem;
    border-radius: 50%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font-size: 0.8rem;
    font-weight: 800;
    color: #fff;
    background: #4f6175;
  }
  .met .sign {
    background: #1a7f37;
  }
  .unmet .sign {
    background: #c62828;
  }
  .tag {
    font-weight: 700;
  }
  .chain {
    display: grid;
    gap: 0.1rem;
  }
  .zone {
    padding: 0.4rem 0;
    border-bottom: 1px solid var(--kz-border);
  }
  .zone:last-child {
    border-bottom: 0;
  }
  .zone-head {
    display: flex;
    align-items: center;
    gap: 0.55rem;
    font-size: 0.93rem;
  }
  .zone-name,
  .zone-status {
    display: block;
  }
  .zone-name {
    font-weight: 650;
  }
  .zone-status {
    color: var(--kz-text-muted);
  }
  .na {
    width: 22px;
    text-align: center;
    font-weight: 700;
    color: var(--kz-text-muted);
  }
  .failures {
    margin: 0.35rem 0 0.2rem 1.9rem;
    display: grid;
    gap: 0.4rem;
  }
  .failures li {
    padding: 0.35rem 0.55rem;
    border-left: 4px solid #b35900;
    border-radius: 4px;
    background: var(--kz-surface-muted);
    font-size: 0.88rem;
  }
  .failures li.critical {
    border-left-color: #c62828;
  }
  .question,
  .facts {
    display: block;
  }
  .question {
    font-weight: 600;
  }
  .facts {
    color: var(--kz-text-muted);
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
  }
  figure {
    margin: 0;
    width: 10rem;
  }
  img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: 6px;
    border: 1px solid var(--kz-border);
  }
  figcaption {
    font-size: 0.8rem;
    color: var(--kz-text-muted);
  }
`;
