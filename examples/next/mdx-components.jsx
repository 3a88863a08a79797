/** Required by @next/mdx with the App Router: the components MDX content renders with. */
export function useMDXComponents(components) {
  return components
}
