/** Render the pane into an element, inside Fluent's provider (the Office entry and the harness share it). */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import type { CheckServices } from './services';
import type { Strings } from './strings';

export function mountPane(element: HTMLElement, services: CheckServices, strings: Strings, autoCheck = false): void {
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} strings={strings} autoCheck={autoCheck} />
    </FluentProvider>,
  );
}
