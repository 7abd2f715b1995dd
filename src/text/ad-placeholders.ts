/**
 * Advertisement placeholders that text copied from a news page keeps: on lines of their own
 * ("Advertisement", "Hide AdAdvertisement"), or glued to the head of a paragraph when the copy
 * loses the line break ("Hide AdHoward Lutnick said …").
 */

/** One placeholder: "Advertisement", "Hide Ad", "Skip Ad". */
export const AD_PLACEHOLDER = String.raw`(?:Advertisement|ADVERTISEMENT|(?:Hide|Skip) Ad)`;

const ONLY_PLACEHOLDERS = new RegExp(String.raw`^\s*${AD_PLACEHOLDER}(?:\s*${AD_PLACEHOLDER})*\s*$`, 'u');

/** A line of placeholders only: no paragraph of the article. */
export const isAdPlaceholderLine = (text: string): boolean => ONLY_PLACEHOLDERS.test(text);
