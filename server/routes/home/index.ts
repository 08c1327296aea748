// The signed-in home page in one request: the blocks the caller's role starts its day with.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { UserRole } from '../../domain/actor.ts';
import { HOME_RULES } from '../../domain/home.ts';
import { problemRef } from '../../schemas/common.ts';
import { HomeSchema, type Home } from '../../schemas/home.ts';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const home = fastify.home;

  fastify.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary: "The signed-in home page: the blocks of the caller's role",
        description:
          "A representative: its own organisation (with its profile's completeness), its next meetings, the meetings of its groups " +
          `from ${HOME_RULES.confirmationWindowDays} days ago to ${HOME_RULES.confirmationWindowDays} days ahead whose attendance it has not confirmed, ` +
          'and its unfinished projects. A coordinator: meetings of the last ' +
          `${HOME_RULES.missingRecordsDays} days without minutes or attendance, projects with no change of status for more than ` +
          `${HOME_RULES.stuckAfterDays} days, organisations created in the last ${HOME_RULES.newMemberDays} days that are in no working group, ` +
          'and the latest imports. Leadership and strategists: the headline figures of the network and how they stood at the start of the ' +
          'quarter, the headline KPIs with their latest quarters and goals, and the biggest changes of the last closed quarter. The admin: the accounts, the last backup and the headline figures.',
        response: { 200: HomeSchema, 401: problemRef },
      },
    },
    async (request) => {
      const { role, organisationId } = request.actor;
      const answer: Home = { role: role as UserRole, rules: { ...HOME_RULES } };
      switch (role) {
        case 'representative':
          if (organisationId) {
            const [organisation, nextMeetings, pendingConfirmations, projects] = await Promise.all([
              home.organisation(organisationId),
              home.nextMeetings(organisationId),
              home.pendingConfirmations(organisationId),
              home.organisationProjects(organisationId),
            ]);
            Object.assign(answer, { organisation, nextMeetings, pendingConfirmations, projects });
          } else answer.organisation = null;
          break;
        case 'coordinator': {
          const [meetingsMissingRecords, stuckProjects, newMembersWithoutGroup, recentImports] = await Promise.all([
            home.meetingsMissingRecords(),
            home.stuckProjects(),
            home.newMembersWithoutGroup(),
            home.recentImports(),
          ]);
          Object.assign(answer, { meetingsMissingRecords, stuckProjects, newMembersWithoutGroup, recentImports });
          break;
        }
        case 'leadership':
        case 'strategist': {
          // The leadership overview (issue 12): headline KPIs, goals and the last quarter's biggest changes.
          const [figures, strategy] = await Promise.all([home.networkFigures(), fastify.strategy.overview()]);
          Object.assign(answer, { figures, strategy });
          break;
        }
        case 'admin': {
          const [accounts, lastBackup, figures] = await Promise.all([home.accounts(), fastify.backup.lastBackup(), home.networkFigures()]);
          Object.assign(answer, { accounts, lastBackup, figures });
          break;
        }
      }
      return answer;
    },
  );
};
export default routes;
