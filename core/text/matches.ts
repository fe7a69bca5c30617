// Every match of a global regex, with exec on the regex itself: String.prototype.matchAll copies the regex
// on each call, and the guards run about 150 shared, compiled patterns over each text (the copy was a
// quarter of the discrimination lexicon's scan). The matches are collected before returning, so a caller
// may use the same regex again inside its loop without disturbing this one.

/** The matches `text.matchAll(re)` gives, in order; `re` must have the g flag, as matchAll wants. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  // The v flag (unicodeSets) is not in this lib target; its "v" shows in flags.
  const unicode = re.unicode || re.flags.includes("v");
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole surrogate pair with the u or v flag), as matchAll does.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
