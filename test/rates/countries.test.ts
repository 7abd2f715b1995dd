import { describe, expect, it } from 'vitest';
import { closestCountries, countryMatches } from '../../src/geo/closest.ts';
import { COUNTRIES, findCountry, formsOf, nameInText } from '../../src/geo/countries.ts';
import { countryMentions } from '../../src/geo/mentions.ts';

describe('the country table', () => {
  it('finds a country by name, alias, demonym or capital, in any case and spelling of the dots', () => {
    expect(['china', 'Chinese', 'BEIJING', "People's Republic of China"].map((t) => findCountry(t)?.name)).toEqual([
      'China',
      'China',
      'China',
      'China',
    ]);
    expect(['us', 'U.S.', 'u.s.a.', 'american', 'Washington', 'White House'].map((t) => findCountry(t)?.name)).toEqual(
      Array(6).fill('United States'),
    );
    expect(['EU', 'brussels', 'european'].map((t) => findCountry(t)?.name)).toEqual(Array(3).fill('European Union'));
    expect(['new delhi', 'Ottawa', 'Tokyo', 'seoul', 'Brasilia', 'Brasília'].map((t) => findCountry(t)?.name)).toEqual([
      'India',
      'Canada',
      'Japan',
      'South Korea',
      'Brazil',
      'Brazil',
    ]);
    expect(findCountry('Atlantis')).toBeUndefined();
  });

  it('gives every form to one country only', () => {
    const owners = new Map<string, string[]>();
    for (const c of COUNTRIES)
      for (const form of formsOf(c))
        owners.set(form.toLowerCase(), [...(owners.get(form.toLowerCase()) ?? []), c.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('writes "the" where running text does', () => {
    expect([nameInText('United States'), nameInText('European Union'), nameInText('China')]).toEqual([
      'the United States',
      'the European Union',
      'China',
    ]);
  });
});

describe('country mentions in article text', () => {
  const named = (text: string) => countryMentions(text).map((m) => `${text.slice(m.start, m.end)}=${m.country}`);

  it('reads names, abbreviations, demonyms (also plural) and capitals', () => {
    expect(named("Ottawa's counter-tariffs on U.S. steel hit Canadians and Americans alike, Beijing said.")).toEqual([
      'Ottawa=Canada',
      'U.S.=United States',
      'Canadians=Canada',
      'Americans=United States',
      'Beijing=China',
    ]);
  });

  it('prefers the longest form and skips look-alikes', () => {
    expect(named('South Korean and North Korean officials met in New Mexico with Latin American envoys.')).toEqual([
      'South Korean=South Korea',
      'North Korean=North Korea',
    ]);
    expect(named('Goods under the USMCA, us and the Washington Post; US-China talks.')).toEqual([
      'US=United States',
      'China=China',
    ]);
    expect(named('Polish the TURKEY and the turkey; Turkey agreed.')).toEqual(['Turkey=Turkey']);
  });
});

describe('closest country names', () => {
  const withData = ['China', 'Canada', 'European Union', 'Japan', 'India'];

  it('puts typos and prefixes of any form first', () => {
    expect(closestCountries('chna', withData, 2)).toEqual(['China', 'Canada']);
    expect(closestCountries('jap', withData, 1)).toEqual(['Japan']);
    expect(closestCountries('brusels', withData, 1)).toEqual(['European Union']);
    expect(closestCountries('', withData, 3)).toEqual(['China', 'Canada', 'European Union']);
  });

  it('matches what was typed inside any form, for autocomplete', () => {
    expect(countryMatches('delhi', 'India')).toBe(true);
    expect(countryMatches('', 'India')).toBe(true);
    expect(countryMatches('delhi', 'China')).toBe(false);
  });
});
