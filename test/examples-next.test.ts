// Builds examples/next (App Router, MDX, static export) with `next build` and checks the HTML it wrote.
import {describeSite} from './support/sites.js'

describeSite({
  name: 'next',
  bin: 'next/dist/bin/next',
  args: ['build'],
  clean: ['.next', 'out'],
  pagePath: (slug) => `out/${slug}.html`
})
