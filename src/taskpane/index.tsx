/** Task pane entry: wait for Office, then render the pane over the Office gateway. */
import { OfficeWorkbookGateway } from '../office/officeGateway';
import { mountPane } from './mount';
import { engineServices } from './services.default';
import { stringsFor } from './strings';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  let language: string | undefined;
  try {
    language = Office.context?.displayLanguage;
  } catch {
    language = undefined; // outside Office
  }
  mountPane(root, engineServices(new OfficeWorkbookGateway()), stringsFor(language));
});
