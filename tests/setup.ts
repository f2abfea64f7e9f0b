import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';

// Electron's binary cannot run in these tests; every test that reaches `electron` gets the one
// shared recorder (see tests/support/electron-mock.ts). Services never import it.
vi.mock('electron', () => import('./support/electron-mock'));
