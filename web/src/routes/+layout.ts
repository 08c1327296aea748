// The dashboard is a client-only SPA: Fastify serves index.html for every route. The session is
// known before any page shows, so pages never flash buttons a role may not use.
import { redirect } from '@sveltejs/kit';
import { isMembersOnly } from '$lib/permissions';
import { PASSWORD_PATH, session, signInHref } from '$lib/session.svelte';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async ({ url, fetch }) => {
  await session.load(false, fetch);
  const address = `${url.pathname}${url.search}`;
  if (session.mustChangePassword && url.pathname !== PASSWORD_PATH) redirect(307, PASSWORD_PATH);
  if (!session.signedIn && isMembersOnly(url.pathname)) redirect(307, signInHref(address));
  return {};
};
