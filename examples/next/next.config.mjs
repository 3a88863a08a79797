import createMDX from '@next/mdx'

// Plugins are given by package name with plain-data options: Turbopack runs the MDX
// loader in a separate process and can only pass it serialisable options.
const withMDX = createMDX({
  extension: /\.(md|mdx)$/,
  options: {
    remarkPlugins: [
      // Parse the YAML front matter into a `yaml` node …
      'remark-frontmatter',
      // … which Titraille reads (keyphrase) and fills (title, description, slug …) …
      // Options here win over titraille.config.json (found from each article's folder upward).
      ['@titraille/core/node', {minWords: 700}],
      // … and which is then exported as `frontmatter` for `generateMetadata`.
      ['remark-mdx-frontmatter', {name: 'frontmatter'}]
    ]
  }
})

export default withMDX({
  // A static export: plain HTML files in out/, no server.
  output: 'export',
  pageExtensions: ['js', 'jsx', 'md', 'mdx']
})
