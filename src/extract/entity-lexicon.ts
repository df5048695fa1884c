/**
 * Places and common aliases as data, one per line: key | names | demonyms. Names and demonyms are
 * matched case-sensitively with dots removed ("U.S." -> "US"); every form maps to the key.
 */
const PLACES = `
us|United States;United States of America;US;USA;America|American;Americans
uk|United Kingdom;UK;Britain;Great Britain|British;Briton;Britons
cuba|Cuba|Cuban;Cubans
venezuela|Venezuela|Venezuelan;Venezuelans
mexico|Mexico|Mexican;Mexicans
canada|Canada|Canadian;Canadians
brazil|Brazil|Brazilian;Brazilians
argentina|Argentina|Argentine;Argentinian;Argentines
colombia|Colombia|Colombian;Colombians
chile|Chile|Chilean;Chileans
peru|Peru|Peruvian;Peruvians
ecuador|Ecuador|Ecuadorian;Ecuadorians
bolivia|Bolivia|Bolivian;Bolivians
nicaragua|Nicaragua|Nicaraguan;Nicaraguans
haiti|Haiti|Haitian;Haitians
panama|Panama|Panamanian;Panamanians
russia|Russia;Russian Federation|Russian;Russians
ukraine|Ukraine|Ukrainian;Ukrainians
china|China;People's Republic of China;PRC|Chinese
taiwan|Taiwan|Taiwanese
japan|Japan|Japanese
north-korea|North Korea;DPRK|North Korean;North Koreans
south-korea|South Korea|South Korean;South Koreans
india|India|Indian;Indians
pakistan|Pakistan|Pakistani;Pakistanis
afghanistan|Afghanistan|Afghan;Afghans
iran|Iran|Iranian;Iranians
iraq|Iraq|Iraqi;Iraqis
syria|Syria|Syrian;Syrians
israel|Israel|Israeli;Israelis
palestine|Palestine;Palestinian territories|Palestinian;Palestinians
gaza|Gaza;Gaza Strip|Gazan;Gazans
lebanon|Lebanon|Lebanese
jordan|Jordan|Jordanian;Jordanians
egypt|Egypt|Egyptian;Egyptians
saudi-arabia|Saudi Arabia|Saudi;Saudis
uae|United Arab Emirates;UAE|Emirati;Emiratis
qatar|Qatar|Qatari;Qataris
yemen|Yemen|Yemeni;Yemenis
turkey|Turkey;Türkiye;Turkiye|Turkish;Turks
greece|Greece|Greek;Greeks
germany|Germany|German;Germans
france|France|French
italy|Italy|Italian;Italians
spain|Spain|Spanish;Spaniards
portugal|Portugal|Portuguese
netherlands|Netherlands;Holland|Dutch
belgium|Belgium|Belgian;Belgians
switzerland|Switzerland|Swiss
austria|Austria|Austrian;Austrians
poland|Poland|Polish;Poles
hungary|Hungary|Hungarian;Hungarians
sweden|Sweden|Swedish;Swedes
norway|Norway|Norwegian;Norwegians
denmark|Denmark|Danish;Danes
finland|Finland|Finnish;Finns
ireland|Ireland|Irish
australia|Australia|Australian;Australians
new-zealand|New Zealand|New Zealander;New Zealanders
south-africa|South Africa|South African;South Africans
nigeria|Nigeria|Nigerian;Nigerians
kenya|Kenya|Kenyan;Kenyans
ethiopia|Ethiopia|Ethiopian;Ethiopians
sudan|Sudan|Sudanese
libya|Libya|Libyan;Libyans
morocco|Morocco|Moroccan;Moroccans
algeria|Algeria|Algerian;Algerians
indonesia|Indonesia|Indonesian;Indonesians
philippines|Philippines|Filipino;Filipinos;Philippine
vietnam|Vietnam;Viet Nam|Vietnamese
thailand|Thailand|Thai
malaysia|Malaysia|Malaysian;Malaysians
eu|European Union;EU|European;Europeans
havana|Havana|
caracas|Caracas|
washington|Washington;Washington DC;Washington, DC|
moscow|Moscow|
beijing|Beijing|
london|London|
paris|Paris|
brussels|Brussels|
new-york|New York;New York City;NYC|New Yorker;New Yorkers
`;

/** A form of a place name or demonym, mapped to its key. */
export const PLACE_FORMS: ReadonlyMap<string, { key: string; demonym: boolean }> = new Map(
  PLACES.trim().split('\n').flatMap((line): [string, { key: string; demonym: boolean }][] => {
    const [key = '', names = '', demonyms = ''] = line.split('|');
    return [
      ...names.split(';').filter(Boolean).map((n): [string, { key: string; demonym: boolean }] => [n.replace(/\./g, ''), { key, demonym: false }]),
      ...demonyms.split(';').filter(Boolean).map((n): [string, { key: string; demonym: boolean }] => [n, { key, demonym: true }]),
    ];
  }),
);

/** Last (or first) words of organisation names. */
export const ORGANIZATION_WORDS = new Set([
  'Inc', 'Corp', 'Corporation', 'Co', 'Ltd', 'LLC', 'PLC', 'Group', 'Company', 'Ministry', 'Agency', 'Party', 'Council', 'University',
  'College', 'Authority', 'Department', 'Committee', 'Commission', 'Bank', 'Association', 'Institute', 'Foundation', 'Court', 'Army',
  'Navy', 'Police', 'Forces', 'Force', 'Office', 'Service', 'Services', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Union',
  'Organization', 'Organisation', 'Academy', 'Administration', 'Directorate', 'Bureau', 'Board', 'Fund', 'Federation', 'Guard',
  'Times', 'Post', 'Journal', 'News', 'Tribune', 'Herald', 'Network', 'Reuters', 'Press', 'Hospital', 'School', 'Church', 'Cabinet',
  'Pentagon', 'Kremlin', 'Command', 'Coalition', 'Alliance', 'Movement', 'Front', 'Center', 'Centre', 'Club', 'Society', 'Trust',
]);

/** Titles and roles that mark the next name as a person's. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'president',
  'senator', 'representative', 'governor', 'secretary', 'minister', 'premier', 'chancellor', 'mayor', 'judge', 'justice',
  'ambassador', 'general', 'professor', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'historian',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'leader', 'chief', 'director', 'commander', 'envoy', 'dictator',
  'officer', 'author', 'lawyer', 'attorney', 'activist', 'singer', 'actor', 'actress', 'coach', 'ceo', 'chairman', 'chairwoman',
  'founder', 'expert', 'researcher', 'scholar', 'adviser', 'advisor', 'aide', 'strategist', 'deputy', 'vice', 'speaker', 'leader',
]);
