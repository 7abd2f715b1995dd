/** The numbers news spells out in rates and durations ("ten percent", "ninety days", "forty-five days"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

/** The number a count gives, in digits or spelt out in `words` ("21", "three"); 0 for none. */
export const countOf = (word: string, words: Readonly<Record<string, number>> = NUMBER_WORDS): number =>
  /^\d+$/.test(word) ? Number(word) : (words[word.toLowerCase()] ?? 0);
