import { css } from 'lit';

export const appStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .skip-link {
    position: absolute;
    left: 0.75rem;
    top: -4rem;
    z-index: 100;
    padding: 0.6rem 1rem;
    border-radius: 8px;
    background: var(--kz-focus);
    color: #000;
    font-weight: 700;
    text-decoration: none;
  }
  .skip-link:focus {
    top: 0.6rem;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 1.25rem;
    padding: 0.5rem 1rem;
    background: var(--kz-header-bg);
    color: var(--kz-header-text);
    flex: none;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.65rem;
    color: inherit;
    text-decoration: none;
  }
  .brand-text {
    display: flex;
    flex-direction: column;
    line-height: 1.15;
  }
  .name {
    font-size: 1.2rem;
    font-weight: 750;
    letter-spacing: 0.01em;
  }
  .tagline {
    font-size: 0.8rem;
    opacity: 0.85;
  }
  nav {
    display: flex;
    gap: 0.25rem;
    margin-right: auto;
  }
  nav a {
    padding: 0.45rem 0.8rem;
    border-radius: 8px;
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  nav a:hover {
    background: rgb(255 255 255 / 12%);
  }
  nav a[aria-current='page'] {
    box-shadow: inset 0 -3px 0 var(--kz-focus);
  }
  .tools {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  main {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  main:focus {
    outline: none;
  }
  .message {
    margin: 2rem auto;
    max-width: 36rem;
    padding: 0 1rem;
  }
  @media (max-width: 720px) {
    .bar {
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .tagline {
      display: none;
    }
  }
`;
