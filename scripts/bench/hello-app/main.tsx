// The floor for "navigation → interactive": the least a Vite + React app can do before its
// first screen is usable. Built and timed in the same run as the app (scripts/bench).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  return (
    <main>
      <h1 id="welcome-title">Hello</h1>
      <button type="button">Start</button>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Hello />
    </StrictMode>,
  );
}
