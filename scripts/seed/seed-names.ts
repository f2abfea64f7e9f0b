import type { SeedRandom } from './seed-random';

/**
 * Invented names in the scripts learners type on a UK charity's shared laptop, within what the
 * app's name policy accepts (common/text/text-policy.ts: only what the certificate font prints,
 * so no Arabic, Hebrew or Chinese script): Welsh and Irish accents; Polish, Czech, Baltic,
 * Hungarian, Icelandic, Turkish, Romanian and Vietnamese letters; Greek, Cyrillic, Armenian and
 * Georgian. `handle` is the ASCII form an email address would use.
 */
interface NameGroup {
  weight: number;
  given: readonly string[];
  family: readonly string[];
  /** Family name first, as written in that language. */
  familyFirst?: boolean;
  handles: readonly string[];
}

const LATIN_HANDLES = ['amy', 'ben', 'cai', 'dee', 'eli', 'fay', 'gus', 'huw', 'ivy', 'jo'];

export const NAME_GROUPS: Readonly<Record<string, NameGroup>> = {
  english: {
    weight: 42,
    given: [
      'Amelia',
      'Oliver',
      'Grace',
      'Harry',
      'Chloe',
      'Priya',
      'Aisha',
      'Kwame',
      'Ruby',
      'Zara',
    ],
    family: ['Thompson', 'Patel', 'Okafor', 'Clarke', 'Begum', 'Osei', 'Fletcher', "O'Hara"],
    handles: LATIN_HANDLES,
  },
  welsh: {
    weight: 16,
    given: ['Siân', 'Gwenllïan', 'Llŷr', 'Rhiannon', 'Iolo', 'Angharad', 'Ffion', 'Tomos'],
    family: ['ap Rhys', 'Llywelyn', 'Prys', 'Huws', 'ab Owain', 'Tudur', 'Morgan-Prys', 'Elis'],
    handles: LATIN_HANDLES,
  },
  polish: {
    weight: 9,
    given: ['Łukasz', 'Małgorzata', 'Krzysztof', 'Zofia', 'Grzegorz', 'Jadwiga', 'Paweł'],
    family: ['Wójcik', 'Kowalczyk', 'Żuraw', 'Dąbrowska', 'Szczepański', 'Łęcka', 'Nowicki'],
    handles: LATIN_HANDLES,
  },
  irish: {
    weight: 4,
    given: ['Siobhán', 'Pádraig', 'Aoife', 'Ciarán', 'Niamh', 'Eoghan'],
    family: ['Ó Briain', 'Mac Giolla', 'Ní Dhomhnaill', "O'Sullivan", 'Ó Conaill'],
    handles: LATIN_HANDLES,
  },
  greek: {
    weight: 5,
    given: ['Ελένη', 'Γιώργος', 'Δημήτρης', 'Σοφία', 'Κατερίνα', 'Νίκος'],
    family: ['Παπαδοπούλου', 'Οικονόμου', 'Γεωργίου', 'Βασιλείου', 'Αντωνίου'],
    handles: ['eleni', 'giorgos', 'dimitris', 'sofia', 'katerina', 'nikos'],
  },
  cyrillic: {
    weight: 8,
    given: ['Ольга', 'Дмитро', 'Наталія', 'Сергій', 'Ірина', 'Ганна', 'Богдан', 'Тетяна'],
    family: ['Коваленко', 'Шевченко', 'Бондаренко', 'Мельник', 'Смирнова', 'Іваненко'],
    handles: ['olha', 'dmytro', 'natalia', 'serhii', 'iryna', 'hanna', 'bohdan', 'tetiana'],
  },
  turkish: {
    weight: 3,
    given: ['Ayşe', 'Mehmet', 'Gülşen', 'İbrahim', 'Çağla', 'Oğuz'],
    family: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan'],
    handles: LATIN_HANDLES,
  },
  vietnamese: {
    weight: 3,
    given: ['Thị Hương', 'Văn Minh', 'Thu Thảo', 'Đức Dũng', 'Ngọc Phương'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng'],
    familyFirst: true,
    handles: LATIN_HANDLES,
  },
  romance: {
    weight: 5,
    given: ['Ștefan', 'Ioana', 'João', 'Conceição', 'Iñaki', 'María José'],
    family: ['Popescu', 'Țurcanu', 'Gonçalves', 'Muñoz', 'Ibáñez'],
    handles: LATIN_HANDLES,
  },
  centralEuropean: {
    weight: 3,
    given: ['Jiří', 'Līga', 'Gintarė', 'Erzsébet', 'Þóra', 'Ana'],
    family: ['Dvořák', 'Bērziņa', 'Žukauskaitė', 'Őry', 'Guðmundsdóttir', 'Jovanović'],
    handles: LATIN_HANDLES,
  },
  armenianGeorgian: {
    weight: 2,
    given: ['Անի', 'Արամ', 'ნინო', 'გიორგი'],
    family: ['Պետրոսյան', 'Հակոբյան', 'ბერიძე', 'კაპანაძე'],
    handles: ['ani', 'aram', 'nino', 'giorgi'],
  },
};

export interface SeedName {
  fullName: string;
  group: string;
  /** Lower-case ASCII, for an email address. */
  handle: string;
}

const GROUP_WEIGHTS = Object.entries(NAME_GROUPS).map(([name, g]) => [name, g.weight] as const);

export function seedName(random: SeedRandom): SeedName {
  const group = random.weighted(GROUP_WEIGHTS);
  const names = NAME_GROUPS[group];
  if (!names) throw new Error(`unknown name group ${group}`);
  const given = random.pick(names.given);
  const family = random.pick(names.family);
  // Some people give a middle name or a double-barrelled one; most do not.
  const middle = random.chance(0.08) ? ` ${random.pick(names.given)}` : '';
  const fullName = names.familyFirst ? `${family} ${given}` : `${given}${middle} ${family}`;
  return { fullName, group, handle: random.pick(names.handles) };
}
