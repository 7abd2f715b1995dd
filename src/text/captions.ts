/**
 * A photo's caption copied with the page. It names its credit: "File photo: … (Picture credit: AP)",
 * "PHOTO: BLOOMBERG", "Photographer: … /Getty Images", "… (Photo: Bloomberg)", or a credit in
 * brackets at its end ("… rehearse ahead of the state visit (Aaron Chown/PA)"). It shows the story's
 * people and answers nothing; "The big picture:" opens a paragraph, so a lone "picture" is none.
 */
const NAMED_CREDIT =
  /\b(?:photo(?:grapher)?|pic)(?:\s+credit)?\s*:|\b(?:picture|image)\s+credit\s*:|\bgetty\s+images\b|\((?:photo|pic|picture|image)\b[^)]*\)\s*$/iu;
const BRACKETED_CREDIT = /\((?:[Pp]hoto(?:graph)?:?\s*)?\p{Lu}[^()]{0,60}\/\s*\p{Lu}[^()]{0,30}\)\s*$/u;

export const isCaption = (text: string): boolean => NAMED_CREDIT.test(text) || BRACKETED_CREDIT.test(text);
