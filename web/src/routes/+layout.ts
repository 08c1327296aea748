// The dashboard is a client-only SPA: Fastify serves index.html for every route.
export const ssr = false;
export const prerender = false;
