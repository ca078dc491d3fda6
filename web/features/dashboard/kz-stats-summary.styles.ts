import { css } from 'lit';

export const summaryStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.8rem;
    margin: 0;
  }
  .card {
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    padding: 0.7rem 0.9rem;
    background: var(--kz-surface-muted);
  }
  .card.headline {
    border-color: var(--kz-accent);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0.2rem 0 0;
    display: grid;
    gap: 0.15rem;
  }
  .big {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.1;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.4rem;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0.8rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.2rem;
  }
  .swatch {
    display: inline-block;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 3px;
    margin-inline-end: 0.35rem;
    vertical-align: -0.1rem;
    border: 1px solid var(--kz-text);
  }
  .adapted {
    background: #1a7f37;
  }
  .partial {
    background: #f2c94c;
  }
  .not-adapted {
    background: #c0392b;
  }
  .not-audited {
    background: #ffffff;
  }
  details {
    margin-top: 1rem;
  }
  summary {
    cursor: pointer;
    color: var(--kz-accent);
    font-weight: 600;
  }
`;
