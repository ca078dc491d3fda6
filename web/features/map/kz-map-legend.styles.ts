import { css } from 'lit';

export const legendStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 0.4rem;
    font-size: 1.05rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3rem;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    font-size: 0.92rem;
  }
  .symbol {
    display: flex;
    flex: none;
    width: 22px;
    justify-content: center;
  }
  .cluster {
    width: 22px;
    height: 22px;
    align-items: center;
    border-radius: 50%;
    background: #173f66;
    box-shadow: 0 0 0 2px #fff, 0 0 0 3px #173f66;
    color: #fff;
    font-size: 0.7rem;
    font-weight: 700;
  }
  .for {
    margin: -0.2rem 0 0.5rem;
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .cluster.high {
    background: #000;
    box-shadow: 0 0 0 2px #ffd400, 0 0 0 3px #000;
  }
  .audited {
    margin: 0.6rem 0 0;
    padding: 0.5rem 0.65rem;
    border-left: 4px solid var(--kz-accent);
    border-radius: 4px;
    background: var(--kz-surface-muted);
    font-size: 0.9rem;
  }
`;
