// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** Absolute base path of the build, e.g. '/x' or ''. */
  const __SITE_BASE__: string;
  namespace App {}
}

export {};
