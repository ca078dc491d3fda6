import { css } from 'lit';

/** Portrait tablets get one column with the verdict after the form; landscape puts it beside. */
export const auditViewStyles = css`
  .layout {
    display: grid;
    grid-template-columns: 1fr;
    gap: 1rem;
    margin-top: 0.75rem;
  }
  @media (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 20rem;
    }
    .preview {
      position: sticky;
      top: 0.5rem;
      align-self: start;
    }
  }
  .zones {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.4rem;
    margin-bottom: 0.5rem;
  }
  .zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-height: 56px;
    padding: 0.35rem 0.6rem;
    border: 2px solid var(--kz-border);
    border-radius: 10px;
    background: var(--kz-surface);
    text-align: left;
    font-size: 1rem;
  }
  .zone[aria-current='step'] {
    border-color: var(--kz-accent);
    background: var(--kz-selected-bg);
    font-weight: 700;
  }
  .zone small {
    color: var(--kz-text-muted);
  }
  .step {
    justify-content: space-between;
    margin: 0.5rem 0 1rem;
  }
  .finish textarea {
    width: 100%;
    margin: 0.3rem 0 0.6rem;
  }
`;
