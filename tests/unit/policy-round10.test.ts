// Shapes met in the holdout9 round (read as development data on 2026-12-08),
// each written here in the reader's languages in our own words: a subject
// and its verb around an aside, first-person singular statements of blogs
// and one-person businesses, a brand after a sentence adverb, advertising
// that funds free services, use "only for essential purposes", a lifetime
// with its number spelt out in brackets, and plain-text captures with pipe
// tables (not markdown).
import { describe, expect, it } from 'vitest';
import { detectFormat, readPolicy } from '../../lib/core/policy/index.ts';

const cats = (text: string): string[] => readPolicy(text, { format: 'text' }).categories;

describe('subject and verb around an aside', () => {
  it.each([
    'Ce site, dont je confie l’hébergement à un prestataire qui s’appelle Acme (un concurrent de Wix), utilise des cookies statistiques.',
    'This website, which a small agency built for us in 2019 on a popular hosted platform, uses analytics cookies.',
    'Questo sito, realizzato da una piccola agenzia con un noto sistema di gestione dei contenuti, utilizza cookie analitici.',
  ])('%s', (sentence) => {
    expect(cats(sentence)).toEqual(['analytics']);
  });

  it('an aside after the verb ("utilise, à ma connaissance, …") does not end the clause', () => {
    expect(
      cats('Ce site utilise, à ma connaissance, trois cookies qui sont statistiques.'),
    ).toEqual(['analytics']);
  });

  it('Italian "ma" still divides an Italian sentence', () => {
    expect(cats('Utilizziamo cookie tecnici, ma non cookie di profilazione.')).toEqual([
      'necessary',
    ]);
  });
});

describe('first person singular (blogs, one-person businesses)', () => {
  it.each([
    ["J'ai installé Matomo sur mon serveur pour mesurer l'audience.", 'Matomo'],
    ['Utilizo Google Analytics para saber cuántas personas visitan el blog.', 'Google Analytics'],
    ['Uso Google Analytics per sapere quante persone visitano il blog.', 'Google Analytics'],
    ['Utilizo o Google Analytics para saber quantas pessoas visitam o blog.', 'Google Analytics'],
  ])('%s', (sentence, vendor) => {
    const p = readPolicy(sentence, { format: 'text' });
    expect(p.vendors).toEqual([vendor]);
    expect(p.categories).toEqual(['analytics']);
  });

  it.each([
    "L'uso dei cookie è regolato dalla legge.",
    "L'utilizzo di Google Analytics richiede il consenso dell'utente.",
  ])('the Italian noun is no statement of use: %s', (sentence) => {
    expect(readPolicy(sentence, { format: 'text' }).categories).toEqual([]);
  });
});

describe('a brand after a sentence adverb', () => {
  it('"En particular, Acme Media SAS usa las cookies para …" is the site speaking', () => {
    expect(
      cats(
        'Una cookie es un archivo de texto.\n\nEn particular, Acme Media SAS usa las cookies para saber cómo navega el usuario por el sitio.',
      ),
    ).toEqual(['analytics']);
  });
  it('a known vendor after one is not the site ("However, Google uses …")', () => {
    expect(
      cats(
        'Cookies are small files.\n\nHowever, Google uses cookies to understand how visitors use the site.',
      ),
    ).toEqual([]);
  });
});

describe('advertising that funds free services, seven languages', () => {
  it.each([
    'We use cookies to help fund our free content.',
    'Nous utilisons des cookies pour financer nos services gratuits.',
    'Wir verwenden Cookies, um unsere kostenlosen Inhalte zu finanzieren.',
    'Utilizamos cookies para financiar los servicios gratuitos que ofrecemos.',
    'Utilizziamo cookie per finanziare i contenuti gratuiti del sito.',
    'Wij gebruiken cookies om onze gratis diensten te financieren.',
    'Utilizamos cookies para financiar os serviços gratuitos do site.',
  ])('%s', (sentence) => {
    expect(cats(sentence)).toEqual(['advertising']);
  });
});

describe('use only for essential purposes, seven languages', () => {
  it.each([
    'We use cookies only for essential purposes.',
    'Nous utilisons des cookies à des fins techniques.',
    'Wir verwenden Cookies nur zu technischen Zwecken.',
    'Usamos cookies con fines técnicos.',
    'Utilizziamo cookie per finalità tecniche.',
    'Wij gebruiken cookies voor technische doeleinden.',
    'Usamos cookies para fins técnicos.',
  ])('%s', (sentence) => {
    expect(cats(sentence)).toEqual(['necessary']);
  });
});

describe('lifetimes with the number spelt out in brackets', () => {
  it('"13 (trece) meses" is 13 months', () => {
    const p = readPolicy(
      'Utilizamos cookies analíticas. Las cookies analíticas tienen una validez máxima de 13 (trece) meses.',
      { format: 'text' },
    );
    expect(p.retention).toEqual([expect.objectContaining({ category: 'analytics', maxDays: 395 })]);
  });
});

describe('plain-text captures with pipe tables', () => {
  const capture = [
    'Cookie policy',
    '1. What is a cookie?',
    'A cookie is a small file.',
    '2.1 Essential cookies',
    'We use these cookies to keep you signed in.',
    '- Session cookie',
    '- Security token',
    '| Cookie | Type | Duration |',
    '|---|---|---|',
    'site_session | Strictly necessary | 7 days |',
    'site_lang | Preferences | 1 year |',
  ].join('\n');

  it('a pipe table and dash bullets alone do not make markdown', () => {
    expect(detectFormat(capture)).toBe('text');
    expect(detectFormat(`# Cookie policy\n\n${capture}`)).toBe('markdown');
  });

  it('rows without a leading pipe under a header with one are rows of their own', () => {
    const p = readPolicy(capture);
    expect(p.categories).toEqual(['necessary', 'preferences']);
    expect(p.retention.map((r) => [r.category, r.maxDays])).toEqual([
      ['necessary', 7],
      ['preferences', 365],
    ]);
  });
});

describe('categories named but not read as declared (DeclaredPolicy.mentioned)', () => {
  const mentioned = (text: string) => readPolicy(text, { format: 'text' }).mentioned;

  it('lists a category a definition names, with its sentence', () => {
    const text =
      'What are cookies?\n\nAnalytics cookies are cookies that count the visits to a website.\n\nWe use cookies that are necessary for the site to work.';
    const p = readPolicy(text, { format: 'text' });
    expect(p.categories).toEqual(['necessary']);
    expect(p.mentioned).toEqual([
      {
        category: 'analytics',
        quote: 'Analytics cookies are cookies that count the visits to a website.',
      },
    ]);
  });

  it('does not list a category the text denies, nor one it declares', () => {
    expect(
      mentioned('We use analytics cookies. We do not use advertising cookies or social plugins.'),
    ).toEqual([]);
    // A purpose denied: "to show you personalised ads" under "do not use".
    expect(
      mentioned(
        'We use necessary cookies. We do not use cookies to show you personalised ads. Our cookies are not used to remember your preferences.',
      ),
    ).toEqual([]);
  });

  it('lists categories in every language (a definition in German)', () => {
    expect(
      mentioned(
        'Was sind Cookies?\n\nMarketing-Cookies werden von Werbetreibenden verwendet, um Anzeigen zu zeigen.\n\nWir verwenden nur technisch notwendige Cookies.',
      ),
    ).toEqual([
      {
        category: 'advertising',
        quote: 'Marketing-Cookies werden von Werbetreibenden verwendet, um Anzeigen zu zeigen.',
      },
    ]);
  });

  it('is empty for a text about something else', () => {
    expect(mentioned('Opening hours: 9 to 5. Call us on 555-0100.')).toEqual([]);
  });
});

describe('"these technologies can serve many purposes" (the AEPD guide wording) declares nothing', () => {
  it.each([
    'En general, estas tecnologías pueden servir para finalidades muy diversas, como, por ejemplo, reconocerte como usuario, obtener información sobre tus hábitos de navegación o mostrarte publicidad.',
    'En général, ces technologies peuvent servir à des fins très diverses, par exemple afficher de la publicité ciblée.',
    'In generale, queste tecnologie possono servire a finalità molto diverse, come mostrare pubblicità personalizzata.',
    'Em geral, estas tecnologias podem servir para finalidades muito diversas, como mostrar publicidade personalizada.',
  ])('%s', (sentence) => {
    expect(cats(`Este sitio web utiliza cookies.\n\n${sentence}`)).toEqual([]);
  });

  it('"estas tecnologías nos permiten …" is the site speaking', () => {
    expect(
      cats(
        'Utilizamos cookies. Estas tecnologías nos permiten mostrarle publicidad personalizada.',
      ),
    ).toEqual(['advertising']);
  });
});

describe("following visitors' interactions with the site, seven languages", () => {
  it.each([
    'Utilizamos cookies para realizar un seguimiento de las interacciones de los usuarios con los servicios del sitio web.',
    'Nous utilisons des cookies pour suivre les interactions des utilisateurs avec nos services.',
    'Utilizziamo cookie per monitorare le interazioni degli utenti con i servizi del sito.',
    'Utilizamos cookies para acompanhar as interações dos usuários com os serviços do site.',
    'Wir verwenden Cookies, um die Interaktionen der Nutzer mit unseren Diensten nachzuverfolgen.',
    'Wij gebruiken cookies om de interacties van gebruikers met onze diensten te volgen.',
    "We use cookies to track users' interactions with the services on the website.",
  ])('%s', (sentence) => {
    expect(cats(sentence)).toEqual(['analytics']);
  });
});

describe('Spanish: content set up from browsing habits is personalisation, ads from them advertising', () => {
  it('"configurar el contenido … en base a sus hábitos de navegación" reads as preferences', () => {
    expect(
      cats(
        'Utilizamos cookies. La utilidad de las cookies es guardar el historial de su actividad en nuestra página web, de manera que, cuando la visite nuevamente, esta pueda identificarle y configurar el contenido de la misma en base a sus hábitos de navegación, identidad y preferencias.',
      ),
    ).toEqual(['preferences']);
  });
  it('"mostrarle publicidad en base a sus hábitos de navegación" stays advertising', () => {
    expect(
      cats('Utilizamos cookies para mostrarle publicidad en base a sus hábitos de navegación.'),
    ).toEqual(['advertising']);
  });
});

describe('other sites not honouring DNT is no stance of this site', () => {
  const dnt = (text: string) => readPolicy(text, { format: 'text' }).dnt;
  it.each([
    'No todos los sitios web respetan la señal Do Not Track.',
    'Toutes les pages ne respectent pas encore le Do Not Track.',
    'Not all websites respect Do Not Track signals yet.',
    'Nicht alle Websites respektieren Do Not Track.',
  ])('%s', (sentence) => {
    expect(dnt(`We use Matomo to count visits. ${sentence}`)).toBe('silent');
  });
  it('the site speaking after it still counts ("…, and this site does not respond to them")', () => {
    expect(
      dnt(
        'We use Matomo to count visits. Not all websites respect Do Not Track signals yet, and this site does not respond to them.',
      ),
    ).toBe('ignores');
  });
});
