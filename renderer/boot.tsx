import { createRoot } from 'react-dom/client';
import type { FirstScreen } from './app/first-screen';
import { showFirstScreen } from './app/show-first-screen';

/** React and the app, loaded by main.tsx once it has asked for what the first screen needs. */
export async function boot(firstScreen: Promise<FirstScreen>): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  await showFirstScreen(root, await firstScreen);
}
