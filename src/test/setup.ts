// Real IndexedDB semantics in unit tests (DEVELOPERS.md: real parts over mocks).
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
