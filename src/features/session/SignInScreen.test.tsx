import { fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBadges, makeGembaCode } from '../../domain';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { SignInScreen } from './SignInScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  await i18next.changeLanguage('en');
});

function typeBadge(code: string) {
  const field = screen.getByRole('textbox', { name: 'Badge code' });
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
}

describe('SignInScreen', () => {
  it('signs an operator in from the badge, offline, and records who signed in', async () => {
    tablet = await renderTablet(
      <>
        <FeedbackBanner />
        <SignInScreen />
      </>,
    );
    typeBadge(demoBadges['u-anna']!);
    await waitFor(() => expect(useSession.getState().userId).toBe('u-anna'));
    expect((await tablet.storedEvents())[0]).toMatchObject({ type: 'operator.signed-in', actor: 'u-anna' });
  });

  it("switches the interface to the person's language", async () => {
    tablet = await renderTablet(<SignInScreen />);
    typeBadge(demoBadges['u-li']!);
    await waitFor(() => expect(useSession.getState().userId).toBe('u-li'));
    expect(i18next.language).toBe('zh-CN');
    expect(await screen.findByRole('heading', { name: '请扫描工牌' })).toBeTruthy();
  });

  it('refuses an unknown badge and a card scanned as a badge', async () => {
    tablet = await renderTablet(
      <>
        <FeedbackBanner />
        <SignInScreen />
      </>,
    );
    const unknown = makeGembaCode('badge', '4242');
    typeBadge(unknown);
    expect((await screen.findByRole('alert')).textContent).toContain(`Badge ${unknown} is not known at this site.`);
    typeBadge(tablet.master.cards[0]!.id);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('is not a badge'));
    expect(useSession.getState().userId).toBeNull();
    expect(await tablet.storedEvents()).toHaveLength(0);
  });
});
