/**
 * Behaviours must be observable actions. These verbs describe states of mind nobody can watch
 * someone do; each comes with observable verbs to use instead.
 */
const vague: { pattern: RegExp; word: string; instead: string[]; verb?: true }[] = [
  {
    pattern: /\b(understand|understands|understanding|understood)\b/gi,
    word: 'understand',
    instead: ['explain', 'apply', 'choose'],
    verb: true,
  },
  { pattern: /\b(know|knows|knowing|knew|known)\b/gi, word: 'know', instead: ['state', 'recall', 'check', 'apply'], verb: true },
  { pattern: /\b(learn|learns|learning|learned|learnt)\b/gi, word: 'learn', instead: ['demonstrate', 'practise', 'perform'], verb: true },
  {
    pattern: /\b(appreciate|appreciates|appreciating|appreciated)\b/gi,
    word: 'appreciate',
    instead: ['apply', 'prioritise', 'escalate'],
    verb: true,
  },
  {
    pattern: /\bbe(ing)?\s+aware\s+of\b|\b(is|are)\s+aware\s+of\b|\bawareness\b/gi,
    word: 'be aware of',
    instead: ['check', 'ask about', 'record'],
  },
  {
    pattern: /\bbe(ing)?\s+familiar\s+with\b|\b(is|are)\s+familiar\s+with\b|\bfamiliari[sz]e\b/gi,
    word: 'be familiar with',
    instead: ['use', 'find', 'look up'],
  },
  {
    pattern: /\b(realise|realises|realised|realize|realizes|realized)\b/gi,
    word: 'realise',
    instead: ['identify', 'flag', 'escalate'],
    verb: true,
  },
  { pattern: /\b(believe|believes|believing|believed)\b/gi, word: 'believe', instead: ['choose', 'recommend', 'act on'], verb: true },
  { pattern: /\b(feel|feels|feeling|felt)\b/gi, word: 'feel', instead: ['ask', 'say', 'offer'], verb: true },
];

// The rules that tell a noun ("a learning task", "their know-how") from a verb ("learn the steps").
/** Words that open a noun phrase: after them a word is a noun or a modifier, not the verb. */
const determiners = new Set(
  'a an the this that these those my your his her its our their each every any some no whose such more less much what which'.split(' '),
);
/** Adjectives that commonly sit before a noun use of these words ("a new learning platform"). */
const adjectives = new Set(
  'new online formal informal structured ongoing continuous prior further basic mandatory required digital blended social self-paced peer'.split(
    ' ',
  ),
);
/** Nouns an -ing form modifies ("learning task", "understanding check"): the -ing word is then an adjective. */
const modifiedNouns = new Set(
  `task tasks platform platforms plan plans objective objectives goal goals outcome outcomes path paths module modules material materials
  content record records log logs management system systems needs need gap gaps curve style styles environment culture session sessions
  event events check checks programme programmes program programs resource resources activity activities experience experiences journey
  journeys portal hub budget hours time points opportunity opportunities designer designers team teams lead leads partner partners
  assessment assessments requirement requirements history library libraries day days review reviews time-off aid aids base`
    .split(/\s+/)
    .filter(Boolean),
);
/** What comes before a verb: "to learn", "will know", "is learning". A word after these is a verb. */
const verbCues = new Set(
  'to will would can could should must may might do does did not never always i we you they he she it who'.split(' '),
);
/** Participles used as adjectives only after these ("is known"); otherwise "known issues" is an adjective. */
const beOrHave = new Set('be is are was were been being has have had'.split(' '));

const wordBefore = (text: string, at: number) => /([\w’'-]+)\W*$/.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';
const wordAfter = (text: string, end: number) => /^\s*([\w’'-]+)/.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';

/**
 * Whether this occurrence is used as a verb. A noun or modifier use is left alone: after a
 * determiner or a common adjective, in a hyphenated compound ("e-learning", "know-how"), an -ing
 * form before a noun it modifies, or a participle such as "known" outside "is known".
 */
export function usedAsVerb(text: string, at: number, found: string): boolean {
  const end = at + found.length;
  if (text[at - 1] === '-' || text[end] === '-') return false;
  const before = wordBefore(text, at);
  const after = wordAfter(text, end);
  if (verbCues.has(before)) return true;
  if (determiners.has(before) || adjectives.has(before)) return false;
  const word = found.toLowerCase();
  if (word.endsWith('ing') && modifiedNouns.has(after)) return false;
  if ((word === 'known' || word === 'understood') && !beOrHave.has(before)) return false;
  return true;
}

export type VagueVerb = { word: string; found: string; suggestion: string };

export function vagueVerbs(text: string): VagueVerb[] {
  const hits: VagueVerb[] = [];
  for (const v of vague) {
    const match = [...text.matchAll(v.pattern)].find((m) => !v.verb || usedAsVerb(text, m.index, m[0]));
    if (match)
      hits.push({
        word: v.word,
        found: match[0],
        suggestion: `“${match[0]}” can’t be observed. Say what people would be seen doing: ${v.instead.map((w) => `“${w}”`).join(', ')}…`,
      });
  }
  return hits;
}
