// How the policy reader tells declarations from everything else, sentence
// shapes first seen in real policies (written here in our own words):
// purposes in seven languages, definitions and type lists, hypotheticals,
// negations, "functional" described as required, sentences it could not
// map, and DNT/GPC wording.
import { describe, expect, it } from 'vitest';
import { readPolicy, stanceOf } from '../../lib/core/policy/index.ts';

const cats = (text: string, url?: string): string[] =>
  readPolicy(text, url ? { url } : {}).categories;

describe('purposes in seven languages', () => {
  it.each([
    ['We use cookies to understand how visitors use the site.', ['analytics']],
    ['We use cookies to show you relevant ads on other websites.', ['advertising']],
    ['Our pages include share buttons, which set cookies.', ['social']],
    [
      'Utilizziamo cookie per ricordare la lingua selezionata e per contare le visite.',
      ['preferences', 'analytics'],
    ],
    [
      'Wij gebruiken cookies om uw voorkeuren te onthouden en om bezoekersstatistieken bij te houden.',
      ['preferences', 'analytics'],
    ],
    [
      'Utilizamos cookies para lembrar as suas preferências e mostrar anúncios personalizados.',
      ['preferences', 'advertising'],
    ],
    ['Nous utilisons des témoins pour mesurer notre audience.', ['analytics']],
    [
      'Wir verwenden Cookies, um grundlegende Funktionen bereitzustellen und die Nutzung unserer Website zu analysieren.',
      ['necessary', 'analytics'],
    ],
    [
      'Usamos cookies para analizar el tráfico y para fines publicitarios.',
      ['analytics', 'advertising'],
    ],
  ])('%s', (text, expected) => {
    expect(cats(text)).toEqual(expected);
  });

  it('reads category names in Italian, Dutch and Portuguese', () => {
    expect(cats('Questo sito utilizza cookie tecnici e cookie di profilazione.')).toEqual([
      'necessary',
      'advertising',
    ]);
    expect(cats('Wij plaatsen analytische cookies en marketingcookies.')).toEqual([
      'analytics',
      'advertising',
    ]);
    expect(
      cats('O nosso site utiliza cookies estritamente necessários e cookies de desempenho.'),
    ).toEqual(['necessary', 'analytics']);
  });

  it('takes purpose words anywhere in a statement of use about cookies', () => {
    expect(
      cats(
        'We call cookies, pixels and similar tools "cookies". We use these technologies to better understand our visitors and for marketing and advertising.',
      ),
    ).toEqual(['analytics', 'advertising']);
  });
});

describe('definitions, type lists and hypotheticals declare nothing', () => {
  it('a "what are cookies" section, even as a numbered line', () => {
    const text = [
      '1. What are cookies?',
      'Cookies are small text files. They can remember your preferences or show you targeted ads.',
      '2. Cookies we use',
      'We use analytics cookies to count visits.',
    ].join('\n');
    expect(cats(text)).toEqual(['analytics']);
  });

  it('a classification and the headings of its kinds', () => {
    const text = [
      'Types of cookies',
      'Cookies are divided into technical cookies and profiling cookies.',
      'Technical cookies',
      'Technical cookies are those used only to transmit a communication.',
      'Profiling cookies',
      'Profiling cookies are those used to build a profile of the user.',
    ].join('\n');
    expect(cats(text)).toEqual([]);
  });

  it('kinds listed by example with nobody using them', () => {
    expect(cats('Cookies can be technical, analytical or advertising cookies.')).toEqual([]);
    expect(
      cats(
        'Quelle est la fonction des cookies ?\nLe Site Web mémorise vos préférences. Un cookie peut également être utilisé à des fins commerciales.',
        'https://example.org/cookies',
      ),
    ).toEqual([]);
  });

  it('what the site might do one day', () => {
    expect(cats('If we later introduce advertising cookies, this notice will be updated.')).toEqual(
      [],
    );
    expect(cats('Even if we favoured installing tracking cookies, we would ask first.')).toEqual(
      [],
    );
  });

  it('a text that explains cookies and never speaks for the site declares nothing', () => {
    const explains = [
      'Cookie policy',
      'What are cookies?',
      'Cookies are small text files stored by your browser.',
      'Technical cookies',
      'Technical cookies keep the session of a visitor open.',
      'Analytics cookies',
      'Analytics cookies count visits to the pages.',
    ];
    expect(cats(explains.join('\n'))).toEqual([]);
    // The same sections under a heading of the site's own use declare.
    const uses = explains.map((l) => (l === 'What are cookies?' ? 'Cookies we use' : l));
    expect(cats(uses.filter((l) => !l.startsWith('Cookies are small')).join('\n'))).toEqual([
      'necessary',
      'analytics',
    ]);
  });

  it('the site speaking inside a definition section declares', () => {
    const text = [
      "Qu'est-ce qu'un témoin?",
      'Un témoin est un petit fichier texte.',
      'Nous utilisons des témoins internes pour mémoriser vos préférences linguistiques.',
    ].join('\n');
    expect(cats(text)).toEqual(['preferences']);
  });
});

describe('what the site lists and keeps', () => {
  it("names categories through the site's own listing", () => {
    expect(
      cats(
        'Vous trouverez dans le tableau ci-dessous la liste des témoins utilisés. Le tableau indique également les types de fichiers témoins (absolument nécessaires, fonctionnels ou de performance).',
      ),
    ).toEqual(['necessary', 'preferences', 'analytics']);
  });

  it('a session kept on the server declares no cookie', () => {
    expect(
      cats('We use analytics. Your session ID is stored only in our database, not on your device.'),
    ).toEqual([]);
  });

  it('a negation in one stretch of a long sentence leaves the next stretches alone', () => {
    expect(
      cats(
        'These cookies help us (1) remember you so you will not have to log in again, (2) measure how visitors use the site, and (3) understand the effectiveness of our ads.',
      ),
    ).toEqual(['analytics', 'advertising']);
  });
});

describe('negations and limits', () => {
  it.each([
    ['We do not use Google Analytics, the Facebook Pixel or any advertising tracker.', []],
    ['I used to use Google Analytics but removed it.', []],
    ['We count visits on the server without setting tracking cookies.', []],
    ['Our logs are never shared with advertisers and are not connected to marketing tools.', []],
    [
      'The site does not currently include Google AdSense, display ad tags, or affiliate scripts.',
      [],
    ],
    ['We count visits. Personalised advertising cookies are in no way supported.', ['analytics']],
    [
      'Although on the internet cookies are used mainly to offer advertising, we use cookies only to personalise your experience.',
      ['preferences'],
    ],
    [
      'Some organizations provide a simple way to opt out of analytics and targeted advertising.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(cats(text)).toEqual(expected);
  });

  it('"functional" described as required or exempt from consent is necessary', () => {
    expect(cats('Functional cookies\nThese cookies are exempt from consent.')).toEqual([
      'necessary',
    ]);
    expect(
      cats('Functionele cookies plaatsen we altijd, zonder toestemming, omdat ze nodig zijn.'),
    ).toEqual(['necessary']);
    expect(cats('We use functional cookies to remember your settings.')).toEqual(['preferences']);
  });
});

describe('technologies', () => {
  it('a technology sending to the site is in use ("a web beacon sends … to our servers")', () => {
    expect(
      readPolicy('We use cookies. A web beacon sends information about your visit to our servers.')
        .technologies,
    ).toEqual(['cookies', 'web_beacons']);
    expect(readPolicy('Un pixel invisible nous envoie des informations.').technologies).toEqual([
      'pixel_tags',
    ]);
    expect(
      readPolicy('Web beacons can send information to the website owner.').technologies,
    ).toEqual([]);
  });
});

describe('unmapped cookie sentences', () => {
  it('keeps what the site says its cookies are for when no category can be read', () => {
    const p = readPolicy('We use cookies to frobnicate the widgets. We use analytics cookies.');
    expect(p.categories).toEqual(['analytics']);
    expect(p.unmapped).toEqual(['We use cookies to frobnicate the widgets.']);
  });

  it('leaves out mapped sentences, user controls and the document itself', () => {
    const p = readPolicy(
      [
        'We use cookies to count visits.',
        'You can use your browser settings to delete cookies.',
        'This policy explains how we use cookies.',
      ].join(' '),
    );
    expect(p.unmapped).toEqual([]);
  });
});

describe('DNT and GPC wording', () => {
  it.each([
    ['Matomo respects the Do Not Track signal.', 'honors'],
    ['If your browser sends Do Not Track, the analytics script is not loaded at all.', 'honors'],
    ['You can opt out via Do Not Track or private browsing.', 'honors'],
    ['Global privacy preference signals may be recognized where legally required.', 'partial'],
    ['Respeitamos a configuração de navegador “não rastrear”.', 'honors'],
    [
      'Because there is no industry standard, we do not respond to Do Not Track signals.',
      'ignores',
    ],
    ['The law requires operators to disclose how they respond to Do Not Track signals.', 'silent'],
  ])('%s → %s', (text, stance) => {
    const p = readPolicy(text);
    expect(/global privacy|preference signal/iu.test(text) ? p.gpc : p.dnt).toBe(stance);
  });

  it('a promise made for one tracker while others are declared is partial', () => {
    const text =
      'We use GoatCounter and Google Analytics. GoatCounter respects Do Not Track. Google Analytics loads only if you accept.';
    expect(readPolicy(text).dnt).toBe('partial');
    expect(readPolicy('We use Matomo. Matomo respects Do Not Track.').dnt).toBe('honors');
  });

  it('keeps the single-sentence classifier', () => {
    expect(stanceOf('We do not respond to Do Not Track signals.')).toBe('ignores');
  });
});

describe('words that look like negations but are not', () => {
  it.each([
    // "non-" is a prefix: the cookies are used, and "essential" names no category here.
    ['We use non-essential cookies to measure traffic.', ['analytics']],
    ['Nous utilisons des cookies non essentiels pour mesurer notre audience.', ['analytics']],
    // Portuguese "no" is "in the"; its negation is "não".
    [
      'Os cookies utilizados no nosso site ajudam-nos a compreender como interage com ele.',
      ['analytics'],
    ],
    [
      'Os cookies de terceiros utilizados no nosso site oferecem publicidade do seu interesse.',
      ['advertising'],
    ],
  ])('%s', (text, expected) => {
    expect(cats(text)).toEqual(expected);
  });

  it.each([
    // A real negation still denies: English "no", Spanish "no", Portuguese "não".
    'No advertising cookies are used on this site.',
    'No utilizamos cookies publicitarias.',
    'Não utilizamos cookies de publicidade no nosso site.',
  ])('still negated: %s', (text) => {
    expect(cats(text)).toEqual([]);
  });
});

describe('DNT wording that names no verb of response', () => {
  it.each([
    [
      'If you set the Do-Not-Track header, we will treat you just like all our other users, because we do not track any users for behavioral targeting.',
      'ignores',
    ],
    [
      'If you have Do Not Track enabled in your browser, we will disable any scripts on our website which collect data about your browsing behaviour.',
      'honors',
    ],
    ['When your browser sends a GPC signal, we switch off analytics cookies.', 'honors'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });
});

describe('display preferences in the wording copied across EU sites', () => {
  it.each([
    [
      'Algumas das nossas páginas utilizam cookies para recordar: suas preferências de exibição, como o tamanho da fonte.',
      ['preferences'],
    ],
    [
      'Wir verwenden Cookies, um Ihre Schriftgröße und Anzeigeeinstellungen zu speichern.',
      ['preferences'],
    ],
    ['Usamos cookies para recordar el tamaño de la fuente que elija.', ['preferences']],
  ])('%s', (text, expected) => {
    expect(cats(text)).toEqual(expected);
  });
});
