import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders a Lit element whenever a shared setting changes (the needs profile, the filters):
 * `new ChangeController(this, onProfileChange)`.
 */
export class ChangeController implements ReactiveController {
  private unsubscribe?: () => void;
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly subscribe: (listener: () => void) => () => void,
  ) {
    host.addController(this);
  }
  hostConnected() {
    this.unsubscribe = this.subscribe(() => this.host.requestUpdate());
  }
  hostDisconnected() {
    this.unsubscribe?.();
  }
}
