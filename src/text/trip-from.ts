/**
 * "plans to visit Washington from Tuesday", "will travel to Brussels from Monday": a "from" after a
 * trip and its place dates the trip, not the start of a rate or a pause told later in the sentence.
 */
export const TRIP_FROM_BEFORE =
  /\b(?:visit(?:s|ed|ing)?|(?:travel(?:s|led|ling|ed|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went)\s+to|(?:arriv(?:e|es|ed|ing)|stay(?:s|ed|ing)?)\s+in)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}from\s*$/u;
