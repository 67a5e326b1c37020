import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children once they have thrown; `onRetry` renders them again. */
  renderFallback: (error: unknown, onRetry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failure inside the part it happened in (a chart whose code could not be loaded, a
 * rendering bug on one page) instead of unmounting the whole dashboard. React still needs a class
 * for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown; hasError: boolean }> {
  override state = { error: null as unknown, hasError: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Logged for whoever opens the console; the person at the screen sees the fallback.
    console.error('A part of the dashboard failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.hasError) return this.props.renderFallback(this.state.error, () => this.setState({ error: null, hasError: false }));
    return this.props.children;
  }
}
