import { css } from 'lit';

/** The shell renders into the document (see kz-app.ts), so every rule is scoped under kz-app. */
export const appStyles = css`
  kz-app {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  kz-app .skip-link {
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
  kz-app .skip-link:focus {
    top: 0.6rem;
  }
  kz-app .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1.25rem;
    padding: 0.5rem 1rem;
    background: var(--kz-header-bg);
    color: var(--kz-header-text);
    flex: none;
  }
  kz-app .brand {
    display: flex;
    align-items: center;
    gap: 0.65rem;
    color: inherit;
    text-decoration: none;
  }
  kz-app .brand-text {
    display: flex;
    flex-direction: column;
    line-height: 1.15;
  }
  kz-app .name {
    font-size: 1.2rem;
    font-weight: 750;
    letter-spacing: 0.01em;
  }
  kz-app .tagline {
    font-size: 0.8rem;
    opacity: 0.85;
  }
  kz-app nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-right: auto;
  }
  kz-app nav a {
    white-space: nowrap;
    padding: 0.45rem 0.8rem;
    border-radius: 8px;
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  kz-app nav a:hover {
    background: rgb(255 255 255 / 12%);
  }
  kz-app nav a[aria-current='page'] {
    box-shadow: inset 0 -3px 0 var(--kz-focus);
  }
  kz-app .tools {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  kz-app main {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  kz-app main:focus {
    outline: none;
  }
  kz-app .message {
    margin: 2rem auto;
    max-width: 36rem;
    padding: 0 1rem;
  }
  @media (max-width: 720px) {
    kz-app .bar {
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    kz-app .tagline {
      display: none;
    }
  }
`;
