import { css } from 'lit';

export const choroplethStyles = css`
  fieldset {
    border: none;
    padding: 0;
    margin: 0 0 0.4rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.2rem;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.75rem;
  }
  .map {
    width: 100%;
    max-width: 52rem;
    height: auto;
    display: block;
  }
  path {
    stroke: #1b2430;
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
  path.link {
    cursor: pointer;
  }
  path.link:hover {
    stroke-width: 2;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    padding: 0;
    margin: 0.6rem 0 0;
  }
  .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 0.9rem;
    margin-inline-end: 0.35rem;
    vertical-align: -0.1rem;
    border: 1px solid #1b2430;
  }
`;
