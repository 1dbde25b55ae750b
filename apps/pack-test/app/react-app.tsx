/**
 * The React 19 host of the pack test: `<account-summary>` inside `<successkit-provider>`, from the
 * packed `@successkit/elements`, typed by `@successkit/elements/react`. It counts
 * `sk-summary-loaded` events through React 19's custom-event prop (`onsk-summary-loaded`).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@successkit/elements/successkit-provider';
import '@successkit/elements/account-summary';
import type {} from '@successkit/elements/react';

interface HostSettings {
  apiBase: string;
  token: string;
  accountId: string;
}

const settings = (window as unknown as { successkitHost: HostSettings }).successkitHost;

function App() {
  const [loaded, setLoaded] = useState(0);
  return (
    <main>
      <h1>React 19 host</h1>
      <successkit-provider api-base={settings.apiBase} token={settings.token}>
        <account-summary account-id={settings.accountId} onsk-summary-loaded={() => setLoaded((count) => count + 1)} />
      </successkit-provider>
      <p id="loaded">{`summaries loaded: ${loaded}`}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
