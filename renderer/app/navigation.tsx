import { createContext, useContext } from 'react';
import type { LeadTab } from '../screens/lead/lead-tabs';

/**
 * The screens of the app. Each screen is a plain state, not a URL, because the app never
 * navigates (the security module blocks it) and the shared device has no address bar.
 */
export type Screen =
  | { name: 'welcome' }
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
