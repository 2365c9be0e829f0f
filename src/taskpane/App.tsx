/** The task pane's first screen: who we are and which engine runs. */
import { Body1, Caption1, Title3 } from '@fluentui/react-components';
import { ENGINE_VERSION } from '../engine/version';

export function App() {
  return (
    <main style={{ padding: 12, maxWidth: 800 }}>
      <Title3 as="h1">预算表校验助手</Title3>
      <Body1 as="p">检查部门预算公开表格：小计、合计、表间勾稽与科目编码。Budget Table Checker.</Body1>
      <Caption1 data-testid="engine-version">校验引擎 Engine {ENGINE_VERSION}</Caption1>
    </main>
  );
}
