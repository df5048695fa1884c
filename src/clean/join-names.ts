/** Authors as a byline writes them: "Jane Doe", "Jane Doe and Ali Khan", "Jane Doe, Ali Khan and Li Wei". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
