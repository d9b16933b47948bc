/** Keeps a crash inside one view: the rest of the pane (and the navigation) stays usable. */
import { Button } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { ErrorBar } from './ErrorBar';

interface Props {
  title: string;
  action: string;
  retryLabel: string;
  /** Changing it (e.g. the view) clears the error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  key: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: undefined, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div>
        <ErrorBar title={this.props.title} error={this.state.error} action={this.props.action} />
        <Button onClick={() => this.setState({ error: undefined })}>{this.props.retryLabel}</Button>
      </div>
    );
  }
}
