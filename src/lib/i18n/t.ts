/**
 * What every interface message becomes in the build (`onlyChosenLanguage` in vite.config.ts):
 * `__t("<the English>", inputs)`. English fills in the inputs; on a Spanish page the English
 * text finds Paraglide's compiled Spanish function, handed over before the first render.
 */
/** A message's named inputs, e.g. `{ count: 3 }`. */
type Inputs = object | undefined;
type Spanish = Map<string, (inputs: Inputs) => string>;

let spanish: Spanish | undefined;

export function useSpanishMessages(messages: Spanish): void {
  spanish = messages;
}

export function __t(english: string, inputs?: Inputs): string {
  if (spanish) return spanish.get(english)!(inputs ?? {});
  return inputs
    ? english.replace(/\{(\w+)\}/g, (_, name: string) => String(Reflect.get(inputs, name)))
    : english;
}
