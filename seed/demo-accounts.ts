// One demo account per role, loaded with the demo city. Demo only: the password is in the README.
import type { ChangeContext, UserRole } from '../server/domain/actor.ts';
import { PUBLIC_ACTOR } from '../server/domain/actor.ts';
import { hashPassword } from '../server/domain/password.ts';
import type { UserRepository } from '../server/repositories/user-repository.ts';

export const DEMO_PASSWORD = 'kulturrat-demo';

export const DEMO_ACCOUNTS: readonly { role: UserRole; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@demo.kulturrat.example', name: 'Demo Admin' },
  { role: 'leadership', email: 'leadership@demo.kulturrat.example', name: 'Demo Leadership' },
  { role: 'coordinator', email: 'coordinator@demo.kulturrat.example', name: 'Demo Coordinator' },
  { role: 'strategist', email: 'strategist@demo.kulturrat.example', name: 'Demo Strategist' },
  { role: 'representative', email: 'representative@demo.kulturrat.example', name: 'Demo Representative' },
];

const DEMO_LOAD: ChangeContext = { actor: PUBLIC_ACTOR, requestId: 'demo-load' };

/** Creates the demo accounts; the representative speaks for `representedOrganisationId`. */
export async function loadDemoAccounts(users: UserRepository, representedOrganisationId: string, log: (line: string) => void = () => {}): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await users.create(
      {
        ...account,
        organisationId: account.role === 'representative' ? representedOrganisationId : null,
        passwordHash,
        mustChangePassword: false,
      },
      DEMO_LOAD,
    );
  }
  log(`  demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} (password "${DEMO_PASSWORD}")`);
}
