import titraille from '@titraille/eleventy'

/** Eleventy 3 config: every French Markdown page goes through Titraille before markdown-it renders it. */
export default function (eleventyConfig) {
  // Settings (minWords, audit rules) come from titraille.config.json, found from each page's folder upward.
  eleventyConfig.addPlugin(titraille)
}

export const config = {
  dir: {input: 'src', output: '_site'}
}
