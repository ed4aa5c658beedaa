/**
 * A UI string with its `{name}` placeholders filled; a placeholder with no value is left as written. Its own module,
 * so the search page's client component can use it without bundling every dictionary.
 * @example fill('พบ {count} ข่าว', { count: 3 }) // 'พบ 3 ข่าว'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
