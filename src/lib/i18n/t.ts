/**
 * What every interface message becomes in the build (`onlyChosenLanguage` in vite.config.ts):
 * `__t("<its text in the page's language>", inputs)`. Each language is a build of its own, so
 * the text is inline, as cheap as a literal; this fills in the inputs.
 */
/** A message's named inputs, e.g. `{ count: 3 }`. */
type Inputs = object | undefined;

export function __t(text: string, inputs?: Inputs): string {
  return inputs
    ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(Reflect.get(inputs, name)))
    : text;
}
