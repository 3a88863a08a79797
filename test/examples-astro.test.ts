// Builds examples/astro with Astro's own CLI and checks the HTML it wrote.
import {describeSite} from './support/sites.js'

describeSite({
  name: 'astro',
  bin: 'astro/astro.js',
  args: ['build'],
  // Astro caches rendered content in node_modules/.astro: a stale cache would hide the plugin.
  clean: ['dist', '.astro', 'node_modules/.astro'],
  pagePath: (slug) => `dist/${slug}/index.html`
})
