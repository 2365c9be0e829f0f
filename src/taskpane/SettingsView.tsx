/**
 * The 设置 tab: which code catalog the check uses (the bundled, incomplete one, or the official
 * 政府收支分类科目 the user loads from .xlsx or .csv, kept in the workbook), and going back.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Strings } from './strings';
import { FilePickerButton } from './FilePickerButton';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  current: { overflowWrap: 'anywhere' },
});

export interface SettingsViewProps {
  t: Strings;
  busy: boolean;
  catalogLabel: string;
  userCatalog: boolean;
  onCatalogFile: (file: File) => void;
  onBundledCatalog: () => void;
}

export function SettingsView({ t, busy, catalogLabel, userCatalog, onCatalogFile, onBundledCatalog }: SettingsViewProps): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="catalog-title">
      <Text as="h2" size={300} id="catalog-title" className={styles.title}>
        {t.catalog}
      </Text>
      <Text className={styles.current} data-testid="catalog-current">
        {catalogLabel}
      </Text>
      <Caption1 className={styles.help}>{t.catalogHelp}</Caption1>
      <div className={styles.row}>
        <FilePickerButton accept=".xlsx,.xlsm,.csv,.txt" inputTestId="catalog-input" onFile={onCatalogFile} disabled={busy}>
          {t.loadCatalog}
        </FilePickerButton>
        {userCatalog && (
          <Button appearance="subtle" onClick={onBundledCatalog} disabled={busy}>
            {t.useBundled}
          </Button>
        )}
      </div>
    </section>
  );
}
