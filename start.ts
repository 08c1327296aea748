// `npm start`: the server with the demo city handed in, loaded when the database is empty. The
// composition lives here so that server/ never imports seed/ (seed may import server/, not back).
import { loadDemo } from './seed/demo.ts';
import { startServer } from './server/server.ts';

await startServer({
  // The demo's "today" is the day it is loaded, so meetings and projects sit around now.
  loadDemo: (app, say) => loadDemo(app.db, app.users, { until: new Date().toISOString().slice(0, 10) }, say),
});
