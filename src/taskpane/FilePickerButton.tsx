/**
 * A button that opens the system file picker and hands the chosen file on. The input behind it is
 * hidden and emptied after each choice, so choosing the same file again is a new choice.
 */
import * as React from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';

export interface FilePickerButtonProps {
  /** File types offered, as the input's `accept`. */
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  size?: ButtonProps['size'];
  /** The hidden input's test id (the e2e tests hand it a file). */
  inputTestId: string;
  children: React.ReactNode;
}

export function FilePickerButton({ accept, onFile, disabled, size, inputTestId, children }: FilePickerButtonProps): React.ReactElement {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button size={size} onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </Button>
    </>
  );
}
