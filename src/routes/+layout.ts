// Every page is prerendered to static HTML; trailing slashes make every page a folder index.html,
// which any static host serves, under any sub-path.
export const prerender = true;
export const trailingSlash = 'always';
