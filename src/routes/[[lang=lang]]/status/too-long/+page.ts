// A static status page: prerendered, then served by the server or the service worker at whatever
// address it answers (scripts/status-pages.js makes its links absolute); it runs no app code.
export const csr = false;
