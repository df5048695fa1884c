/**
 * Places as data, one per line: key | names | demonyms | capital | seats of power. Names, demonyms and capitals are
 * matched case-sensitively with dots removed ("U.S." -> "US"); a capital is a place of its own, keyed by its first form.
 * In news prose the capital and the seats stand for the government ("Moscow said", "the White House said").
 */
const PLACES = `
us|United States;United States of America;US;USA;America|American;Americans|Washington;Washington DC;Washington, DC|White House;Pentagon
uk|United Kingdom;UK;Britain;Great Britain|British;Briton;Britons|London|Downing Street
cuba|Cuba|Cuban;Cubans|Havana|
venezuela|Venezuela|Venezuelan;Venezuelans|Caracas|
mexico|Mexico|Mexican;Mexicans||
canada|Canada|Canadian;Canadians|Ottawa|
brazil|Brazil|Brazilian;Brazilians|Brasilia;Brasília|
argentina|Argentina|Argentine;Argentinian;Argentines|Buenos Aires|
colombia|Colombia|Colombian;Colombians|Bogota;Bogotá|
chile|Chile|Chilean;Chileans||
peru|Peru|Peruvian;Peruvians||
ecuador|Ecuador|Ecuadorian;Ecuadorians||
bolivia|Bolivia|Bolivian;Bolivians||
nicaragua|Nicaragua|Nicaraguan;Nicaraguans||
haiti|Haiti|Haitian;Haitians||
panama|Panama|Panamanian;Panamanians||
russia|Russia;Russian Federation|Russian;Russians|Moscow|Kremlin
ukraine|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|
china|China;People's Republic of China;PRC|Chinese|Beijing|
taiwan|Taiwan|Taiwanese|Taipei|
japan|Japan|Japanese|Tokyo|
north-korea|North Korea;DPRK|North Korean;North Koreans|Pyongyang|
south-korea|South Korea|South Korean;South Koreans|Seoul|
india|India|Indian;Indians|New Delhi;Delhi|
pakistan|Pakistan|Pakistani;Pakistanis|Islamabad|
afghanistan|Afghanistan|Afghan;Afghans|Kabul|
iran|Iran|Iranian;Iranians|Tehran|
iraq|Iraq|Iraqi;Iraqis|Baghdad|
syria|Syria|Syrian;Syrians|Damascus|
israel|Israel|Israeli;Israelis|Jerusalem|
palestine|Palestine;Palestinian territories|Palestinian;Palestinians||
gaza|Gaza;Gaza Strip|Gazan;Gazans||
lebanon|Lebanon|Lebanese||
jordan|Jordan|Jordanian;Jordanians||
egypt|Egypt|Egyptian;Egyptians|Cairo|
saudi-arabia|Saudi Arabia|Saudi;Saudis|Riyadh|
uae|United Arab Emirates;UAE|Emirati;Emiratis||
qatar|Qatar|Qatari;Qataris||
yemen|Yemen|Yemeni;Yemenis||
turkey|Turkey;Türkiye;Turkiye|Turkish;Turks|Ankara|
greece|Greece|Greek;Greeks||
germany|Germany|German;Germans|Berlin|
france|France|French|Paris|Elysee;Élysée
italy|Italy|Italian;Italians|Rome|
spain|Spain|Spanish;Spaniards|Madrid|
portugal|Portugal|Portuguese||
netherlands|Netherlands;Holland|Dutch||
belgium|Belgium|Belgian;Belgians||
switzerland|Switzerland|Swiss||
austria|Austria|Austrian;Austrians||
poland|Poland|Polish;Poles|Warsaw|
hungary|Hungary|Hungarian;Hungarians||
sweden|Sweden|Swedish;Swedes||
norway|Norway|Norwegian;Norwegians||
denmark|Denmark|Danish;Danes||
finland|Finland|Finnish;Finns||
ireland|Ireland|Irish||
australia|Australia|Australian;Australians|Canberra|
new-zealand|New Zealand|New Zealander;New Zealanders||
south-africa|South Africa|South African;South Africans||
nigeria|Nigeria|Nigerian;Nigerians|Abuja|
kenya|Kenya|Kenyan;Kenyans||
ethiopia|Ethiopia|Ethiopian;Ethiopians||
sudan|Sudan|Sudanese||
libya|Libya|Libyan;Libyans||
morocco|Morocco|Moroccan;Moroccans||
algeria|Algeria|Algerian;Algerians||
indonesia|Indonesia|Indonesian;Indonesians||
philippines|Philippines|Filipino;Filipinos;Philippine||
vietnam|Vietnam;Viet Nam|Vietnamese||
thailand|Thailand|Thai||
malaysia|Malaysia|Malaysian;Malaysians||
eu|European Union;EU|European;Europeans|Brussels|
new-york|New York;New York City;NYC|New Yorker;New Yorkers||
new-york|New York;New York City;NYC|New Yorker;New Yorkers||
`;

interface Place {
  readonly key: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly seats: readonly string[];
}

const ROWS: readonly Place[] = PLACES.trim().split('\n').map((line) => {
  const [key = '', ...columns] = line.split('|');
  const [names = [], demonyms = [], capitals = [], seats = []] = columns.map((c) => c.split(';').filter(Boolean));
  return { key, names, demonyms, capitals, seats };
});

/** A form of a place name, demonym or capital, mapped to its key. */
export const PLACE_FORMS: ReadonlyMap<string, { key: string; demonym: boolean }> = new Map(ROWS.flatMap((p) => {
  const capital = p.capitals[0]?.toLowerCase().replace(/\s+/g, '-');
  const form = (name: string, key: string, demonym: boolean): [string, { key: string; demonym: boolean }] => [name, { key, demonym }];
  return [
    ...p.names.map((n) => form(n.replace(/\./g, ''), p.key, false)),
    ...p.demonyms.map((n) => form(n, p.key, true)),
    ...(capital ? p.capitals.map((n) => form(n, capital, false)) : []),
  ];
}));

/**
 * Names that stand for one another in news prose (a country, its people, its capital and its seats of power), as
 * the compared words write them: lower-cased, without accents.
 */
export const PLACE_ALIASES: readonly (readonly string[])[] = ROWS.map((p) => [
  ...new Set([...p.names, ...p.demonyms, ...p.capitals, ...p.seats].map((n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())),
]);

const GROUP = new Map<string, number>();
PLACE_ALIASES.forEach((names, i) => names.forEach((n) => GROUP.set(n, i)));

/** True when two normalised names can stand for the same place or government. */
export function samePlace(a: string, b: string): boolean {
  const x = GROUP.get(a);
  return x !== undefined && x === GROUP.get(b);
}
