import { css } from 'lit';

export const reportStyles = css`
  :host {
    display: block;
  }
  form,
  .sent {
    display: grid;
    gap: 0.75rem;
    padding: 0.8rem 0.9rem;
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
  }
  h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  .intro,
  .hint {
    margin: 0;
    color: var(--kz-text-muted);
    font-size: 0.88rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  label {
    font-weight: 650;
  }
  select,
  input,
  textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  .form-error::before {
    content: '⚠ ';
  }
  .form-error {
    color: #b00020;
    font-weight: 650;
    margin: 0;
    padding: 0.5rem 0.65rem;
    border-left: 5px solid #b00020;
    border-radius: 4px;
    background: #fdecea;
  }
  /* The honeypot: off-screen for people, present for scripts that fill every field. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .photo-preview {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6rem;
    margin-top: 0.3rem;
  }
  .photo-preview img {
    max-width: 12rem;
    max-height: 9rem;
    border-radius: 4px;
    border: 1px solid var(--kz-border);
    object-fit: cover;
  }
  .sent {
    border-left: 6px solid #1a7f37;
  }
  .sent p {
    margin: 0;
  }
`;
