import titraille from '@titraille/eleventy'

/** Eleventy 3 config: every French Markdown page goes through Titraille before markdown-it renders it. */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(titraille, {minWords: 700})
}

export const config = {
  dir: {input: 'src', output: '_site'}
}
