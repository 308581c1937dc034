import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { initI18n } from '../i18n/i18n';
import { RoleNav } from './RoleNav';

beforeAll(async () => {
  await initI18n('en');
});

function renderNav(role: 'operator' | 'handler' | 'leader', path: string) {
  const { hook } = memoryLocation({ path });
  return render(
    <Router hook={hook}>
      <RoleNav role={role} />
    </Router>,
  );
}

describe('RoleNav', () => {
  it.each([
    ['operator', '/operator/production', ['Kanban pull', 'Production', 'Andon', 'Scanner'], 'Production'],
    ['handler', '/handler/wip', ['Replenishment', 'WIP move', 'Andon board', 'Scanner'], 'WIP move'],
    ['leader', '/leader', ['Andon board', 'Replenishment', 'WIP move', 'Scanner'], 'Andon board'],
  ] as const)('gives the %s their screens and marks the current one', (role, path, names, current) => {
    renderNav(role, path);
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(names);
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe(current);
  });
});
