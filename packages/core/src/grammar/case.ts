/**
 * The text with its first letter in capital (`éclairage` → `Éclairage`,
 * `« le lancement` → `« Le lancement`); a first word with an inner capital
 * (`iPhone`, `eBay`) is left as written.
 */
export function capitalize(text: string): string {
  const match = /\p{L}/u.exec(text)
  if (!match) return text
  const index = match.index
  const word = /^[\p{L}\p{N}-]+/u.exec(text.slice(index))?.[0] ?? ''
  if (/\p{Lu}/u.test(word.slice(1)) && /^\p{Ll}/u.test(word)) return text
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1)
}
