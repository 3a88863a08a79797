// Builds examples/eleventy with Eleventy's own CLI and checks the HTML it wrote.
import {describeSite} from './support/sites.js'

describeSite({
  name: 'eleventy',
  bin: '@11ty/eleventy/cmd.cjs',
  args: [],
  clean: ['_site'],
  pagePath: (slug) => `_site/${slug}/index.html`
})
