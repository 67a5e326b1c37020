import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { FeedRequestPolicy } from './observations-query';

const DEFAULT_POLICY: FeedRequestPolicy = { timeoutMs: 15_000, retries: 2 };

const FeedPolicyContext = createContext<FeedRequestPolicy>(DEFAULT_POLICY);

/** How every feed request of the app is timed out and retried (from config.json). */
export function FeedPolicyProvider({ policy, children }: { policy: FeedRequestPolicy; children: ReactNode }) {
  return <FeedPolicyContext value={policy}>{children}</FeedPolicyContext>;
}

export function useFeedPolicy(): FeedRequestPolicy {
  return use(FeedPolicyContext);
}
