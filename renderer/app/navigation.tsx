import { createContext, useContext } from 'react';
import type { LeadTab } from '../screens/lead/lead-tabs';

/**
 * The screens of the app. Each screen is a plain state, not a URL, because the app never
 * navigates (the security module blocks it) and the shared device has no address bar.
 */
/**
 * Why a learner's screen closed: they chose "Save and leave", their session timed out, or (with
 * no training open, as on the start form or certificate) the screen was simply cleared.
 */
export type LeaveReason = 'saved' | 'idle' | 'cleared';

export type Screen =
  | { name: 'welcome'; left?: LeaveReason }
  | { name: 'setup' }
  | { name: 'about' }
  | { name: 'learner-start' }
  | { name: 'lead-login'; tab?: LeadTab; locked?: boolean }
  | { name: 'lead-recovery' }
  | { name: 'lead-area'; tab: LeadTab; person?: string }
  | { name: 'learn'; sessionId: string }
  | { name: 'sign'; sessionId: string }
  | { name: 'certificate'; recordId: string };

export interface Navigation {
  screen: Screen;
  go: (screen: Screen) => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
