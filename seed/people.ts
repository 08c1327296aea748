// Fictional people of the demo city (representatives, coordinators): first and family names as
// mixed as Brussels is, drawn mostly from one origin and now and then across two.
import type { Random } from '../server/analytics/random.ts';

interface NamePool {
  weight: number;
  first: readonly string[];
  family: readonly string[];
}

const POOLS: readonly NamePool[] = [
  {
    weight: 30,
    first: ['Sofie', 'Pieter', 'Lotte', 'Wout', 'Hanne', 'Jeroen', 'Els', 'Bram', 'Katrien', 'Stijn', 'Liesbeth', 'Joris', 'Griet', 'Lien', 'Tine', 'Koen', 'Annelies', 'Dries', 'Marijke', 'Sander'],
    family: ['Peeters', 'Janssens', 'Maes', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van den Broeck', 'Verhoeven', 'Hermans', 'Vermeulen', 'De Backer', 'Claessens', 'Vandenberghe', 'Desmet', 'Van Acker', 'Verstraete', 'Segers'],
  },
  {
    weight: 35,
    first: ['Camille', 'Julien', 'Marie', 'Thomas', 'Sophie', 'Nicolas', 'Aurélie', 'Olivier', 'Émilie', 'François', 'Chloé', 'Maxime', 'Céline', 'Benoît', 'Manon', 'Laurent', 'Isabelle', 'Arnaud', 'Hélène', 'Quentin'],
    family: ['Dubois', 'Lambert', 'Dupont', 'Leclercq', 'Renard', 'Lejeune', 'Laurent', 'Simon', 'Fontaine', 'Collard', 'Mathieu', 'Gérard', 'Denis', 'Lemaire', 'Piron', 'Masson', 'Wilmotte', 'Delhaye', 'Hubert', 'Thiry'],
  },
  {
    weight: 12,
    first: ['Yasmina', 'Karim', 'Fatima', 'Mehdi', 'Leïla', 'Youssef', 'Nadia', 'Samir', 'Salma', 'Hamza', 'Imane', 'Bilal'],
    family: ['El Amrani', 'Benali', 'Bouzid', 'El Idrissi', 'Ouali', 'Haddou', 'Azzouzi', 'Tahiri', 'Chakir', 'Mansouri'],
  },
  {
    weight: 5,
    first: ['Ayşe', 'Emre', 'Elif', 'Murat', 'Zeynep', 'Kaan'],
    family: ['Yılmaz', 'Demir', 'Kaya', 'Çelik', 'Aydın', 'Öztürk'],
  },
  {
    weight: 6,
    first: ['Grâce', 'Aimé', 'Bénédicte', 'Christelle', 'Fiston', 'Nadège', 'Dieudonné', 'Sandrine'],
    family: ['Mbuyi', 'Kabongo', 'Tshibangu', 'Ilunga', 'Lukusa', 'Mukendi', 'Kalala', 'Nsimba'],
  },
  {
    weight: 7,
    first: ['Giulia', 'Marco', 'Lucía', 'Javier', 'Ana', 'João', 'Chiara', 'Pablo', 'Inês', 'Matteo'],
    family: ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'García', 'Fernández', 'López', 'Silva', 'Pereira', 'Moreira'],
  },
  {
    weight: 5,
    first: ['Agnieszka', 'Piotr', 'Ioana', 'Andrei', 'Kasia', 'Mihai', 'Marta', 'Tomasz'],
    family: ['Nowak', 'Mazur', 'Wójcik', 'Popescu', 'Ionescu', 'Dumitru', 'Kaczmarek', 'Stan'],
  },
];

const POOL_WEIGHTS = POOLS.map((p) => p.weight);

/** A fictional person, e.g. "Hanne Claes" or "Karim Dupont". */
export function personName(random: Random): string {
  const pool = random.weighted(POOLS, POOL_WEIGHTS);
  const familyPool = random.chance(0.8) ? pool : random.weighted(POOLS, POOL_WEIGHTS);
  return `${random.pick(pool.first)} ${random.pick(familyPool.family)}`;
}

/** `count` different people; falls back to repeats only when the pools run out. */
export function distinctPeople(random: Random, count: number): string[] {
  const people: string[] = [];
  const taken = new Set<string>();
  for (let attempts = 0; people.length < count; attempts++) {
    const name = personName(random);
    if (!taken.has(name) || attempts > count * 20) {
      taken.add(name);
      people.push(name);
    }
  }
  return people;
}
