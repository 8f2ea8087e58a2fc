// SvelteKit's import aliases for dependency-cruiser, which resolves them as webpack would.
const root = __dirname.replace(/\/tests\/architecture$/, '');

module.exports = {
  resolve: {
    alias: {
      $lib: `${root}/src/lib`,
      $app: `${root}/node_modules/@sveltejs/kit/src/runtime/app`,
    },
    extensions: ['.ts', '.js', '.svelte', '.json'],
  },
};
