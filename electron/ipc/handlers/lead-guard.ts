import type { AppServices } from '../../services/app-services';
import { requireLeadSession } from '../../services/lead/lead-guard';

/** Wraps a lead handler so it runs only while the lead session is open (checked in main). */
export function guarded<A extends unknown[], R>(
  services: AppServices,
  handler: (...args: A) => R,
): (...args: A) => R {
  return (...args: A) => {
    requireLeadSession(services.leadSession, services.env.now());
    return handler(...args);
  };
}
