/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { ENGINE_VERSION } from '../../src/engine/version';

test('the task pane says which engine runs', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
  expect(screen.getByTestId('engine-version').textContent).toContain(ENGINE_VERSION);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('预算表校验助手');
});
