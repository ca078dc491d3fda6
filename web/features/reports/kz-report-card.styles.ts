import { css } from 'lit';

/** A report card: the status is written out in words; the badge's border only repeats it. */
export const reportCardStyles = css`
  .head {
    justify-content: space-between;
  }
  h2 {
    margin: 0;
  }
  .badge {
    padding: 0.15rem 0.6rem;
    border: 2px solid var(--kz-border);
    border-radius: 999px;
    font-weight: 600;
  }
  .badge.new {
    border-color: var(--kz-accent);
  }
  .badge.seen {
    border-style: dashed;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .description {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0.75rem 0 0.5rem;
    max-width: 36rem;
  }
  .links {
    margin-top: 0.5rem;
  }
`;
