import {defineRule} from './define.js'

/** Every image has alt text. */
export const imageAlt = defineRule<Record<string, never>>({
  id: 'image-alt',
  category: 'seo',
  description: 'Images have alt text',
  severity: 'error',
  weight: 2,
  defaults: {},
  applies: (m) => m.images.length > 0,
  check(m) {
    return m.images
      .filter((image) => image.alt.trim() === '')
      .map((image) => ({message: `Unexpected image without alt text (${image.url}), expected a description`, rating: 'bad' as const, place: image.place, fix: 'Describe the image in its alt text.'}))
  }
})
