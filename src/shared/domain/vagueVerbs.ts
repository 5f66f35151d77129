/**
 * Behaviours must be observable actions. These verbs describe states of mind nobody can watch
 * someone do; each comes with observable verbs to use instead.
 */
const vague: { pattern: RegExp; word: string; instead: string[] }[] = [
  { pattern: /\b(understand|understands|understanding|understood)\b/i, word: 'understand', instead: ['explain', 'apply', 'choose'] },
  { pattern: /\b(know|knows|knowing|knew|known)\b/i, word: 'know', instead: ['state', 'recall', 'check', 'apply'] },
  { pattern: /\b(learn|learns|learning|learned|learnt)\b/i, word: 'learn', instead: ['demonstrate', 'practise', 'perform'] },
  { pattern: /\b(appreciate|appreciates|appreciating|appreciated)\b/i, word: 'appreciate', instead: ['apply', 'prioritise', 'escalate'] },
  {
    pattern: /\bbe(ing)?\s+aware\s+of\b|\b(is|are)\s+aware\s+of\b|\bawareness\b/i,
    word: 'be aware of',
    instead: ['check', 'ask about', 'record'],
  },
  {
    pattern: /\bbe(ing)?\s+familiar\s+with\b|\b(is|are)\s+familiar\s+with\b|\bfamiliari[sz]e\b/i,
    word: 'be familiar with',
    instead: ['use', 'find', 'look up'],
  },
  { pattern: /\b(realise|realises|realised|realize|realizes|realized)\b/i, word: 'realise', instead: ['identify', 'flag', 'escalate'] },
  { pattern: /\b(believe|believes|believing|believed)\b/i, word: 'believe', instead: ['choose', 'recommend', 'act on'] },
  { pattern: /\b(feel|feels|feeling|felt)\b/i, word: 'feel', instead: ['ask', 'say', 'offer'] },
];

export type VagueVerb = { word: string; found: string; suggestion: string };

export function vagueVerbs(text: string): VagueVerb[] {
  const hits: VagueVerb[] = [];
  for (const v of vague) {
    const match = text.match(v.pattern);
    if (match)
      hits.push({
        word: v.word,
        found: match[0],
        suggestion: `“${match[0]}” can’t be observed. Say what people would be seen doing: ${v.instead.map((w) => `“${w}”`).join(', ')}…`,
      });
  }
  return hits;
}
