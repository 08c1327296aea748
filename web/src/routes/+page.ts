import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import type { PageLoad } from './$types';

/** The signed-in home's blocks in one request; the public landing needs none. */
export const load: PageLoad = async ({ fetch, parent }) => {
  await parent();
  if (!session.signedIn) return { home: null, suggestions: null };
  const organisationId = session.organisationId;
  const [home, suggestions] = await Promise.all([
    loaded(() => api.home.get({ fetch })),
    // The partner finder may not exist yet: its slot shows only when it answers.
    organisationId ? api.home.partnerSuggestions(organisationId, { fetch }).catch(() => null) : null,
  ]);
  return { home, suggestions: suggestedPartners(suggestions) };
};

export interface SuggestedPartner {
  name: string;
  slug: string;
}

/** The partners the finder suggests, read defensively (its answer's shape is its own): those with a name and a slug. */
function suggestedPartners(answer: unknown): SuggestedPartner[] | null {
  const rows = Array.isArray(answer) ? answer : answer && typeof answer === 'object' && Array.isArray((answer as { items?: unknown }).items) ? (answer as { items: unknown[] }).items : null;
  if (!rows) return null;
  const partners: SuggestedPartner[] = [];
  for (const row of rows.slice(0, 5)) {
    const r = row as Record<string, unknown> | null;
    const o = (r?.organisation ?? r) as Record<string, unknown> | null;
    if (typeof o?.name === 'string' && typeof o?.slug === 'string') partners.push({ name: o.name, slug: o.slug });
  }
  return partners.length ? partners : null;
}
