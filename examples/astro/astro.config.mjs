// Astro 5 (the newest Astro whose CLI runs on Node 20) renders Markdown with its
// unified pipeline, so remark plugins go in `markdown.remarkPlugins`.
// On Astro ≥ 6.4 / 7 pass them to the unified processor instead:
//   import {unified} from '@astrojs/markdown-remark'
//   markdown: {processor: unified({remarkPlugins: [[remarkTitrailleNode, {minWords: 700}]]})}
import {defineConfig} from 'astro/config'
import {remarkTitrailleNode} from '@titraille/core/node'

export default defineConfig({
  markdown: {
    // Titraille fixes French typography itself; smartypants would turn its guillemets into English quotes.
    smartypants: false,
    // Settings (minWords, audit rules) come from titraille.config.json, found from each article's folder upward.
    remarkPlugins: [remarkTitrailleNode]
  }
})
