/**
 * A photo's caption copied with the page. It names its credit: "File photo: … (Picture credit: AP)",
 * "PHOTO: BLOOMBERG", "Photographer: … /Getty Images", "… (Photo: Bloomberg)", or a credit in
 * brackets at its end ("… rehearse ahead of the state visit (Aaron Chown/PA)"). It shows the story's
 * people and answers nothing; "The big picture:" opens a paragraph, so a lone "picture" is none.
 */
const NAMED_CREDIT =
  /\b(?:photo(?:grapher)?|pic)(?:\s+credit)?\s*:|\b(?:picture|image)\s+credit\s*:|\bgetty\s+images\b|\((?:photo|pic|picture|image)\b[^)]*\)\s*$/iu;
const BRACKETED_CREDIT = /\((?:[Pp]hoto(?:graph)?:?\s*)?\p{Lu}[^()]{0,60}\/\s*\p{Lu}[^()]{0,30}\)\s*$/u;

/** The news and photo agencies pages credit their pictures to. */
const AGENCIES = String.raw`(?:AP|AFP|AAP|Reuters|REUTERS|EPA(?:-EFE)?|PTI|ANI|IANS|Xinhua|XINHUA|Bloomberg|Yonhap|Kyodo|Anadolu|dpa|Pool|POOL|Shutterstock|Alamy|Sipa|NurPhoto)`;

/**
 * A credit to an agency without brackets: after a slash or a bar at the caption's end ("… the updated
 * frameworks. / AP", "Kevin Lamarque | Reuters", "JD Vance/Kevin Lamarque/Pool/Reuters"), the agency
 * in capitals before a photographer's name ("… face higher tariffs. REUTERS/Carlos B"; a poll is
 * "Reuters/Ipsos", "AP/NORC"), or "Photo by" a name. A sentence of the story never ends so.
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`[/|]\s*${AGENCIES}\s*$|\b(?:REUTERS|XINHUA|POOL)\/\s*\p{Lu}|\bPhoto(?:graph)?\s+by\s+\p{Lu}`,
  'u',
);

/**
 * A credit the page runs onto the caption's end ("… allies and enemies of the US.Credit: AP",
 * "… in Ottawa. Credit: Alex Ellinghausen"): a few words after "Credit:" close the line, where a
 * sentence of the story would go on or end in a full stop.
 */
const TRAILING_CREDIT = /\bCredit:\s*\p{Lu}[^.!?:;]{0,50}$/u;

export const isCaption = (text: string): boolean =>
  NAMED_CREDIT.test(text) || BRACKETED_CREDIT.test(text) || AGENCY_CREDIT.test(text) || TRAILING_CREDIT.test(text);
