import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';
import { SessionProvider } from './auth/session';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <SessionProvider config={config}>
          <App />
        </SessionProvider>
      </StrictMode>,
    ),
  (error: Error) =>
    root.render(
      <main className="page">
        <h1>CSIRT console</h1>
        <p role="alert">{error.message}</p>
      </main>,
    ),
);
