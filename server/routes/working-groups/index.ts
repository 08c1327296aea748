// Thematic working groups: the groups, their members (with roles and dates), and attendance trends.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { attendanceTrend } from '../../analytics/attendance.ts';
import { assertValid } from '../../domain/errors.ts';
import { membershipRuleErrors } from '../../domain/working-group.ts';
import { changeContext } from '../../plugins/actor.ts';
import { IdParams, problemRef, StringEnum, UuidSchema } from '../../schemas/common.ts';
import { DISCIPLINE_IDS } from '../../domain/taxonomy.ts';
import {
  AttendanceTrendPointSchema,
  GroupMemberSchema,
  GroupMembershipInputSchema,
  GroupMembershipUpdateSchema,
  WorkingGroupDetailSchema,
  WorkingGroupInputSchema,
  WorkingGroupSchema,
  WorkingGroupUpdateSchema,
  type GroupMembershipUpdate,
} from '../../schemas/working-group.ts';
import { recordWriteRoutes } from '../route-shapes.ts';

const tags = ['working-groups'];
const MemberParams = Type.Object({ id: UuidSchema, organisationId: UuidSchema });

function checkMembership(input: GroupMembershipUpdate): void {
  const errors = membershipRuleErrors({ joinedOn: input.joinedOn, leftOn: input.leftOn ?? null });
  assertValid(errors);
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/working-groups',
    {
      schema: {
        tags,
        summary: 'Working groups by name, with their member count and next meeting',
        querystring: Type.Object({
          discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only groups with this focus discipline' })),
          organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only groups this organisation (id or slug) is a member of' })),
        }),
        response: { 200: Type.Array(WorkingGroupSchema), 400: problemRef },
      },
    },
    async (request) => fastify.workingGroups.list(request.query),
  );

  fastify.get(
    '/working-groups/:ref',
    {
      schema: {
        tags,
        summary: 'One working group, by id or slug, with its current and past members',
        params: Type.Object({ ref: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: WorkingGroupDetailSchema, 404: problemRef },
      },
    },
    async (request) => fastify.workingGroups.get(request.params.ref),
  );

  recordWriteRoutes(fastify, { path: '/working-groups', tags, records: fastify.workingGroups, answer: WorkingGroupDetailSchema }, {
    create: { summary: 'Create a working group', body: WorkingGroupInputSchema, refusals: [400, 409] },
    replace: { summary: 'Replace a working group; send the version you read (409 when someone saved first)', body: WorkingGroupUpdateSchema },
    trash: { summary: 'Move a working group to the trash, with its meetings; with ?version, only if nobody changed it since' },
  });

  fastify.post(
    '/working-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Add an organisation to the group',
        description:
          'joinedOn and leftOn are days, both included; leftOn stays null while it is a member. ' +
          '409 already-member when the organisation is a member of the group during any of those days.',
        params: IdParams,
        body: GroupMembershipInputSchema,
        response: { 201: GroupMemberSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => {
      checkMembership(request.body);
      return reply.status(201).send(await fastify.workingGroups.addMember(request.params.id, request.body, changeContext(request)));
    },
  );

  fastify.put(
    '/working-groups/:id/members/:organisationId',
    {
      schema: {
        tags,
        summary: "Change the organisation's most recent membership: role, representative, dates (set leftOn when it leaves)",
        params: MemberParams,
        body: GroupMembershipUpdateSchema,
        response: { 200: GroupMemberSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => {
      checkMembership(request.body);
      return fastify.workingGroups.updateMember(request.params.id, request.params.organisationId, request.body, changeContext(request));
    },
  );

  fastify.delete(
    '/working-groups/:id/members/:organisationId',
    {
      schema: {
        tags,
        summary: "Remove the organisation's most recent membership record (one entered by mistake; to record leaving, set leftOn)",
        params: MemberParams,
        response: { 204: Type.Null(), 404: problemRef },
      },
    },
    async (request, reply) => {
      await fastify.workingGroups.removeMember(request.params.id, request.params.organisationId, changeContext(request));
      return reply.status(204).send(null);
    },
  );

  fastify.get(
    '/working-groups/:id/attendance-trend',
    {
      schema: {
        tags,
        summary: "Attendance at each of the group's meetings that have started, oldest first",
        params: IdParams,
        response: { 200: Type.Array(AttendanceTrendPointSchema), 404: problemRef },
      },
    },
    async (request) => attendanceTrend(await fastify.workingGroups.attendance(request.params.id)),
  );
};
export default routes;
