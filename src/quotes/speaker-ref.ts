import type { SpeakerKind } from './quote.ts';

/** What a speaker phrase refers to: a name, a role, a document, two parties, a pronoun, an epithet, someone unnamed. */

export type Gender = 'male' | 'female';

/** A person or organisation named in the text. */
export interface NameRef {
  type: 'name';
  kind: SpeakerKind;
  /** The name as written, without title or possessive ("Scott Bessent", "China's Ministry of Commerce"). */
  words: string[];
  /** The title or description written with it ("U.S. Treasury Secretary"). */
  title?: string;
  gender?: Gender;
}

/** A role noun that refers back to someone named before ("the Treasury secretary", "the ministry"). */
export interface RoleRef {
  type: 'role';
  kind: SpeakerKind;
  head: string;
  qualifiers: string[];
  /** As written, for the speaker's aliases. */
  text: string;
  /**
   * The spokesperson who speaks for the role's holder, as written ("Prime Minister's official
   * spokesman"): the speaker when the article names no one who holds the role.
   */
  spokesperson?: string;
}

/** A text that speaks for its author ("the statement from the ministry", "Trump's letter", "the notice"). */
export interface DocumentRef {
  type: 'document';
  /** The document noun ("notice"), by which the narration may have said whose it is. */
  noun: string;
  /** Who wrote it, when the phrase says; else the one the sentence or the ones before put forward. */
  author: SpeakerRef | null;
}

/** Two parties speaking together: "the two countries", "both sides" (who they are, the table knows). */
export interface JointRef {
  type: 'joint';
}

export type SpeakerRef =
  | NameRef
  | RoleRef
  | DocumentRef
  | JointRef
  | { type: 'pronoun'; kind: SpeakerKind; gender?: Gender; plural?: true }
  /** A definite description of someone just named ("the 79-year-old", "the former banker"): a pronoun in effect. */
  | { type: 'epithet' }
  /**
   * Someone the article does not name ("a source said"); `description`, when it names the body they
   * serve ("a White House official" → "White House official"), is what news calls them instead.
   */
  | { type: 'unnamed'; description?: string[] };
