// How policies commonly phrase each purpose, in the reader's seven languages:
// one sentence each, after a plain statement of use ("We use cookies on our
// website."), and the one category it declares. Written for this project from
// the usual wording of real policies (not copied from the corpora); each
// language's misses here were gaps in its vocabulary (German purpose clauses
// with the verb last, "Ces cookies permettent …" read as cookies in general,
// Italian sentences too short to tell their language).
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../lib/core/policy/index.ts';
import { VENDOR_TERMS } from '../../lib/core/policy/vocab/vendors.ts';

const LEAD: Record<string, string> = {
  en: 'We use cookies on our website.',
  fr: 'Nous utilisons des cookies sur notre site.',
  de: 'Wir verwenden Cookies auf unserer Website.',
  es: 'Utilizamos cookies en nuestro sitio web.',
  it: 'Utilizziamo cookie sul nostro sito.',
  nl: 'Wij gebruiken cookies op onze website.',
  pt: 'Utilizamos cookies no nosso site.',
};

const PHRASINGS: [lang: string, category: string, sentence: string][] = [
  ['en', 'analytics', 'We use cookies to count visits and traffic sources.'],
  ['en', 'analytics', 'These cookies help us understand how visitors interact with our website.'],
  ['en', 'analytics', 'We use cookies to measure and improve the performance of our site.'],
  ['en', 'analytics', 'We use cookies to see which pages are most popular.'],
  [
    'en',
    'analytics',
    'We use cookies to collect anonymous information about how our site is used.',
  ],
  ['en', 'analytics', 'We use cookies to monitor site usage.'],
  ['en', 'preferences', 'We use cookies to remember your language preference.'],
  ['en', 'preferences', 'These cookies remember choices you make to improve your experience.'],
  ['en', 'preferences', 'We use cookies to personalise your experience on our site.'],
  [
    'en',
    'preferences',
    'These cookies save you having to re-enter your details each time you visit.',
  ],
  ['en', 'advertising', 'We use cookies to show you ads that are relevant to your interests.'],
  ['en', 'advertising', 'These cookies are used to deliver advertising on other websites.'],
  [
    'en',
    'advertising',
    'We use cookies to measure the effectiveness of our advertising campaigns.',
  ],
  ['en', 'advertising', 'These cookies build a profile of your interests.'],
  ['en', 'social', 'We use cookies to let you share content on social media.'],
  ['en', 'social', 'Social sharing buttons on our site set cookies.'],
  ['en', 'necessary', 'We use cookies that are essential for the website to work.'],
  ['en', 'necessary', 'These cookies keep you logged in.'],
  ['en', 'necessary', 'We use cookies to remember the items in your shopping basket.'],
  ['en', 'necessary', 'We use cookies to keep our site secure.'],
  ['fr', 'analytics', 'Nous utilisons des cookies pour mesurer la fréquentation de notre site.'],
  [
    'fr',
    'analytics',
    'Ces cookies nous permettent de savoir combien de visiteurs consultent nos pages.',
  ],
  [
    'fr',
    'analytics',
    "Nous utilisons des cookies afin d'analyser la navigation des utilisateurs sur le site.",
  ],
  ['fr', 'analytics', "Ces cookies nous aident à améliorer l'ergonomie du site."],
  ['fr', 'analytics', 'Nous déposons des cookies pour suivre le nombre de pages vues.'],
  ['fr', 'analytics', 'Nous utilisons des cookies pour réaliser des statistiques de visite.'],
  ['fr', 'analytics', "Ces traceurs servent à mesurer l'audience du site."],
  [
    'fr',
    'analytics',
    'Nous utilisons des cookies pour comprendre comment vous utilisez notre site.',
  ],
  ['fr', 'preferences', 'Nous utilisons des cookies pour mémoriser votre choix de langue.'],
  ['fr', 'preferences', "Ces cookies permettent de conserver vos préférences d'affichage."],
  [
    'fr',
    'preferences',
    'Nous utilisons des cookies pour personnaliser votre expérience sur le site.',
  ],
  [
    'fr',
    'preferences',
    'Ces cookies vous évitent de saisir à nouveau vos informations à chaque visite.',
  ],
  [
    'fr',
    'advertising',
    "Nous utilisons des cookies pour vous proposer des publicités adaptées à vos centres d'intérêt.",
  ],
  [
    'fr',
    'advertising',
    "Ces cookies permettent d'afficher des annonces ciblées sur d'autres sites.",
  ],
  [
    'fr',
    'advertising',
    "Nous utilisons des cookies pour mesurer l'efficacité de nos campagnes publicitaires.",
  ],
  ['fr', 'advertising', 'Nous utilisons des cookies à des fins de reciblage publicitaire.'],
  ['fr', 'advertising', "Ces cookies servent à établir un profil de vos centres d'intérêt."],
  [
    'fr',
    'social',
    'Nous utilisons des cookies pour vous permettre de partager nos contenus sur les réseaux sociaux.',
  ],
  ['fr', 'social', 'Des boutons de partage vers Facebook et Twitter déposent des cookies.'],
  ['fr', 'necessary', 'Nous utilisons des cookies indispensables au bon fonctionnement du site.'],
  ['fr', 'necessary', 'Ces cookies permettent de garder votre session ouverte.'],
  ['fr', 'necessary', 'Nous utilisons des cookies pour mémoriser le contenu de votre panier.'],
  ['fr', 'necessary', 'Nous utilisons des cookies pour assurer la sécurité du site.'],
  [
    'de',
    'analytics',
    'Wir verwenden Cookies, um die Nutzung unserer Website statistisch auszuwerten.',
  ],
  ['de', 'analytics', 'Wir setzen Cookies ein, um die Reichweite unserer Website zu messen.'],
  [
    'de',
    'analytics',
    'Diese Cookies helfen uns zu verstehen, wie Besucher mit unserer Website interagieren.',
  ],
  ['de', 'analytics', 'Wir nutzen Cookies, um die Zahl der Besucher zu erfassen.'],
  [
    'de',
    'analytics',
    'Mithilfe dieser Cookies können wir das Nutzerverhalten analysieren und unser Angebot verbessern.',
  ],
  ['de', 'analytics', 'Wir verwenden Cookies, um die Leistung unserer Website zu überwachen.'],
  ['de', 'analytics', 'Wir verwenden Cookies zur Webanalyse.'],
  ['de', 'analytics', 'Wir verwenden Cookies zur Optimierung unseres Webangebots.'],
  ['de', 'preferences', 'Wir verwenden Cookies, um Ihre Spracheinstellung zu speichern.'],
  [
    'de',
    'preferences',
    'Diese Cookies ermöglichen es, dass sich die Website an Ihre Auswahl erinnert.',
  ],
  [
    'de',
    'preferences',
    'Wir verwenden Cookies, um Ihnen ein personalisiertes Nutzungserlebnis zu bieten.',
  ],
  [
    'de',
    'preferences',
    'Wir verwenden Cookies, damit Sie bei Ihrem nächsten Besuch nicht erneut Ihre Einstellungen vornehmen müssen.',
  ],
  ['de', 'preferences', 'Wir verwenden Komfort-Cookies, die Ihre Einstellungen speichern.'],
  ['de', 'advertising', 'Wir verwenden Cookies, um Ihnen interessenbezogene Werbung anzuzeigen.'],
  [
    'de',
    'advertising',
    'Wir setzen Cookies ein, um Ihnen auf anderen Websites relevante Anzeigen zu präsentieren.',
  ],
  [
    'de',
    'advertising',
    'Diese Cookies werden genutzt, um die Wirksamkeit von Werbekampagnen zu messen.',
  ],
  ['de', 'advertising', 'Wir verwenden Cookies für Retargeting.'],
  ['de', 'advertising', 'Wir verwenden Cookies, um Ihnen personalisierte Werbung auszuspielen.'],
  ['de', 'advertising', 'Wir nutzen Cookies zu Marketingzwecken.'],
  ['de', 'social', 'Wir verwenden Cookies, um Inhalte in sozialen Netzwerken teilen zu können.'],
  [
    'de',
    'social',
    'Auf unserer Website sind Social-Media-Plugins eingebunden, die Cookies setzen.',
  ],
  [
    'de',
    'necessary',
    'Wir verwenden Cookies, die für den Betrieb der Website unbedingt erforderlich sind.',
  ],
  [
    'de',
    'necessary',
    'Diese Cookies sind notwendig, damit Sie sich auf der Website einloggen können.',
  ],
  ['de', 'necessary', 'Wir verwenden Cookies, um den Inhalt Ihres Warenkorbs zu speichern.'],
  ['de', 'necessary', 'Wir verwenden Cookies, um die Sicherheit unserer Website zu gewährleisten.'],
  ['es', 'analytics', 'Utilizamos cookies para medir el número de visitantes de nuestro sitio.'],
  ['es', 'analytics', 'Estas cookies nos permiten analizar la navegación de los usuarios.'],
  ['es', 'analytics', 'Utilizamos cookies para conocer las páginas más visitadas.'],
  [
    'es',
    'analytics',
    'Utilizamos cookies para mejorar nuestro sitio web a partir del análisis de su uso.',
  ],
  [
    'es',
    'analytics',
    'Estas cookies recopilan información sobre cómo los usuarios utilizan el sitio.',
  ],
  ['es', 'analytics', 'Utilizamos cookies para obtener estadísticas de tráfico.'],
  ['es', 'analytics', 'Utilizamos cookies para cuantificar el número de usuarios.'],
  ['es', 'preferences', 'Utilizamos cookies para recordar su idioma preferido.'],
  ['es', 'preferences', 'Estas cookies permiten guardar sus preferencias de navegación.'],
  ['es', 'preferences', 'Utilizamos cookies para personalizar su experiencia en el sitio.'],
  [
    'es',
    'preferences',
    'Estas cookies permiten que el usuario acceda al servicio con características predefinidas, como el idioma.',
  ],
  [
    'es',
    'advertising',
    'Utilizamos cookies para mostrarle publicidad personalizada según sus intereses.',
  ],
  ['es', 'advertising', 'Estas cookies permiten mostrar anuncios relevantes en otros sitios web.'],
  [
    'es',
    'advertising',
    'Utilizamos cookies para medir la eficacia de nuestras campañas publicitarias.',
  ],
  ['es', 'advertising', 'Utilizamos cookies para gestionar los espacios publicitarios.'],
  ['es', 'social', 'Utilizamos cookies para que pueda compartir contenidos en redes sociales.'],
  ['es', 'social', 'Los botones de redes sociales instalan cookies.'],
  ['es', 'necessary', 'Utilizamos cookies necesarias para el funcionamiento del sitio web.'],
  ['es', 'necessary', 'Estas cookies permiten mantener su sesión iniciada.'],
  ['es', 'necessary', 'Utilizamos cookies para recordar los productos de su carrito de compra.'],
  ['es', 'necessary', 'Utilizamos cookies para garantizar la seguridad del sitio.'],
  [
    'it',
    'analytics',
    'Utilizziamo cookie per raccogliere informazioni in forma aggregata sul numero degli utenti.',
  ],
  [
    'it',
    'analytics',
    'Questi cookie ci permettono di analizzare come gli utenti utilizzano il sito.',
  ],
  ['it', 'analytics', 'Utilizziamo cookie per monitorare le prestazioni del sito.'],
  ['it', 'analytics', 'Utilizziamo cookie per migliorare il nostro sito analizzando le visite.'],
  ['it', 'analytics', 'Utilizziamo cookie per conoscere le pagine più visitate.'],
  ['it', 'analytics', 'Questi cookie servono a misurare il traffico del sito.'],
  ['it', 'preferences', 'Utilizziamo cookie per ricordare la lingua scelta.'],
  ['it', 'preferences', "Questi cookie permettono di memorizzare le preferenze dell'utente."],
  ['it', 'preferences', 'Utilizziamo cookie per personalizzare la tua esperienza di navigazione.'],
  [
    'it',
    'preferences',
    'Questi cookie consentono la navigazione in funzione di una serie di criteri selezionati, come la lingua.',
  ],
  [
    'it',
    'advertising',
    'Utilizziamo cookie per inviarti messaggi pubblicitari in linea con le tue preferenze.',
  ],
  ['it', 'advertising', 'Questi cookie servono a mostrarti annunci personalizzati su altri siti.'],
  ['it', 'advertising', "Questi cookie sono utilizzati per creare profili relativi all'utente."],
  [
    'it',
    'social',
    'Utilizziamo cookie per consentirti di condividere i contenuti sui social network.',
  ],
  ['it', 'social', 'I pulsanti di condivisione dei social network installano cookie.'],
  ['it', 'necessary', 'Utilizziamo cookie necessari al corretto funzionamento del sito.'],
  ['it', 'necessary', 'Questi cookie permettono di mantenere attiva la sessione.'],
  ['it', 'necessary', 'Utilizziamo cookie per ricordare i prodotti nel carrello.'],
  ['it', 'necessary', 'Utilizziamo cookie per garantire la sicurezza del sito.'],
  ['nl', 'analytics', 'Wij gebruiken cookies om het aantal bezoekers van onze website te meten.'],
  ['nl', 'analytics', 'Deze cookies helpen ons te begrijpen hoe bezoekers onze website gebruiken.'],
  ['nl', 'analytics', 'Wij gebruiken cookies om het surfgedrag van bezoekers te analyseren.'],
  ['nl', 'analytics', 'Wij gebruiken cookies om onze website te verbeteren.'],
  ['nl', 'analytics', "Wij gebruiken cookies om bij te houden welke pagina's worden bezocht."],
  [
    'nl',
    'analytics',
    'Wij gebruiken cookies om statistieken over het gebruik van de website te verzamelen.',
  ],
  ['nl', 'preferences', 'Wij gebruiken cookies om uw taalkeuze te onthouden.'],
  ['nl', 'preferences', 'Deze cookies onthouden uw voorkeuren.'],
  ['nl', 'preferences', 'Wij gebruiken cookies om uw ervaring op de website te personaliseren.'],
  [
    'nl',
    'preferences',
    'Dankzij deze cookies hoeft u niet steeds opnieuw dezelfde gegevens in te vullen.',
  ],
  ['nl', 'advertising', 'Wij gebruiken cookies om u gepersonaliseerde advertenties te tonen.'],
  [
    'nl',
    'advertising',
    'Deze cookies worden gebruikt om advertenties af te stemmen op uw interesses.',
  ],
  [
    'nl',
    'advertising',
    'Wij gebruiken cookies om de effectiviteit van onze advertenties te meten.',
  ],
  [
    'nl',
    'advertising',
    'Deze cookies houden uw surfgedrag bij over verschillende websites om een profiel op te bouwen.',
  ],
  [
    'nl',
    'social',
    'Wij gebruiken cookies om het delen van content via sociale media mogelijk te maken.',
  ],
  ['nl', 'social', 'Social media knoppen plaatsen cookies.'],
  [
    'nl',
    'necessary',
    'Wij gebruiken cookies die noodzakelijk zijn voor het functioneren van de website.',
  ],
  ['nl', 'necessary', 'Deze cookies zorgen ervoor dat u ingelogd blijft.'],
  ['nl', 'necessary', 'Wij gebruiken cookies om de inhoud van uw winkelmandje te onthouden.'],
  ['nl', 'necessary', 'Wij gebruiken cookies om de beveiliging van de website te garanderen.'],
  ['pt', 'analytics', 'Utilizamos cookies para medir o número de visitantes do nosso site.'],
  [
    'pt',
    'analytics',
    'Estes cookies permitem-nos analisar a forma como os utilizadores usam o site.',
  ],
  ['pt', 'analytics', 'Utilizamos cookies para saber quais as páginas mais visitadas.'],
  ['pt', 'analytics', 'Utilizamos cookies para melhorar o desempenho do site.'],
  ['pt', 'analytics', 'Estes cookies recolhem informação anónima sobre a utilização do site.'],
  ['pt', 'analytics', 'Utilizamos cookies para monitorar o tráfego do site.'],
  ['pt', 'preferences', 'Utilizamos cookies para lembrar o idioma escolhido.'],
  ['pt', 'preferences', 'Estes cookies permitem guardar as suas preferências.'],
  ['pt', 'preferences', 'Utilizamos cookies para personalizar a sua experiência no site.'],
  [
    'pt',
    'preferences',
    'Estes cookies evitam que tenha de introduzir novamente as suas informações.',
  ],
  [
    'pt',
    'advertising',
    'Utilizamos cookies para apresentar publicidade direcionada aos seus interesses.',
  ],
  ['pt', 'advertising', 'Estes cookies permitem mostrar anúncios relevantes noutros sites.'],
  [
    'pt',
    'advertising',
    'Utilizamos cookies para medir a eficácia das nossas campanhas publicitárias.',
  ],
  ['pt', 'advertising', 'Estes cookies são utilizados para criar um perfil dos seus interesses.'],
  ['pt', 'social', 'Utilizamos cookies para permitir a partilha de conteúdos nas redes sociais.'],
  ['pt', 'social', 'Os botões de partilha das redes sociais instalam cookies.'],
  ['pt', 'necessary', 'Utilizamos cookies essenciais para o funcionamento do site.'],
  ['pt', 'necessary', 'Estes cookies permitem manter a sua sessão iniciada.'],
  ['pt', 'necessary', 'Utilizamos cookies para guardar os produtos do seu carrinho de compras.'],
  ['pt', 'necessary', 'Utilizamos cookies para garantir a segurança do site.'],
];

describe('common purpose phrasings in seven languages', () => {
  it.each(PHRASINGS)('%s %s: %s', (lang, category, sentence) => {
    expect(readPolicy(`${LEAD[lang]} ${sentence}`).categories).toEqual([category]);
  });

  it('measuring advertising campaigns also reads as measurement', () => {
    const dual: [string, string][] = [
      ['it', "Utilizziamo cookie per misurare l'efficacia delle nostre campagne pubblicitarie."],
      [
        'es',
        'Estas cookies almacenan información del comportamiento de los usuarios para desarrollar un perfil específico y mostrar publicidad.',
      ],
    ];
    for (const [lang, sentence] of dual)
      expect(readPolicy(`${LEAD[lang]} ${sentence}`).categories).toEqual([
        'analytics',
        'advertising',
      ]);
  });
});

/** A cookie table under a statement of use, in the shape consent managers generate. */
const TABLE_HEAD: Record<string, string> = {
  en: 'We use the following cookies:\n\n| Name | Purpose | Expiry |\n| --- | --- | --- |',
  fr: 'Nous utilisons les cookies suivants :\n\n| Nom | Finalité | Durée |\n| --- | --- | --- |',
  de: 'Wir verwenden die folgenden Cookies:\n\n| Name | Zweck | Ablauf |\n| --- | --- | --- |',
  es: 'Utilizamos las siguientes cookies:\n\n| Nombre | Finalidad | Duración |\n| --- | --- | --- |',
  it: 'Utilizziamo i seguenti cookie:\n\n| Nome | Finalità | Durata |\n| --- | --- | --- |',
  nl: 'Wij gebruiken de volgende cookies:\n\n| Naam | Doel | Looptijd |\n| --- | --- | --- |',
  pt: 'Utilizamos os seguintes cookies:\n\n| Nome | Finalidade | Duração |\n| --- | --- | --- |',
};

// The purpose column of such tables, in the consent managers' usual manner
// (our own wording, one row per case).
const TABLE_ROWS: [lang: string, category: string, name: string, purpose: string][] = [
  [
    'en',
    'analytics',
    '_ga',
    'Assigns a unique identifier used to produce statistics about how visitors use the website.',
  ],
  ['en', 'analytics', '_gid', 'Keeps track of the pages a visitor has read during their visit.'],
  ['en', 'analytics', '_gat', 'Set by Google Analytics to limit how often requests are sent.'],
  [
    'en',
    'advertising',
    '_fbp',
    'Set by Facebook to deliver advertising products, such as real-time bidding by third-party advertisers.',
  ],
  [
    'en',
    'advertising',
    'IDE',
    "Records what the visitor does after viewing or clicking one of the advertiser's ads, to measure the ad's effectiveness and show targeted ads.",
  ],
  [
    'en',
    'preferences',
    'lang',
    'Remembers which language version of the site the visitor selected.',
  ],
  ['en', 'necessary', 'PHPSESSID', "Keeps the visitor's session state across page requests."],
  ['en', 'necessary', '__cf_bm', 'Tells humans and bots apart, to protect the site from bots.'],
  ['en', 'social', 'li_gc', "Set by LinkedIn's share button to let the visitor share the page."],
  [
    'fr',
    'analytics',
    '_ga',
    'Attribue un identifiant unique servant à produire des statistiques sur la manière dont le visiteur utilise le site.',
  ],
  ['fr', 'analytics', '_gid', 'Enregistre les pages consultées par le visiteur pendant sa visite.'],
  [
    'fr',
    'advertising',
    '_fbp',
    "Utilisé par Facebook pour diffuser des produits publicitaires, comme les enchères en temps réel d'annonceurs tiers.",
  ],
  [
    'fr',
    'advertising',
    'IDE',
    "Enregistre les actions du visiteur après l'affichage d'une annonce afin de mesurer son efficacité et de présenter des annonces ciblées.",
  ],
  [
    'fr',
    'preferences',
    'lang',
    'Mémorise la version linguistique du site choisie par le visiteur.',
  ],
  [
    'fr',
    'necessary',
    'PHPSESSID',
    "Conserve l'état de la session du visiteur d'une page à l'autre.",
  ],
  ['fr', 'necessary', '__cf_bm', 'Distingue les humains des robots afin de protéger le site.'],
  [
    'de',
    'analytics',
    '_ga',
    'Vergibt eine eindeutige Kennung, mit der statistische Daten darüber erzeugt werden, wie der Besucher die Website nutzt.',
  ],
  [
    'de',
    'analytics',
    '_gid',
    'Zeichnet auf, welche Seiten der Besucher während seines Besuchs gelesen hat.',
  ],
  [
    'de',
    'advertising',
    '_fbp',
    'Wird von Facebook genutzt, um Werbeprodukte wie Echtzeitgebote von Drittanbietern auszuliefern.',
  ],
  [
    'de',
    'advertising',
    'IDE',
    'Erfasst, was der Besucher nach dem Ansehen einer Anzeige tut, um deren Wirksamkeit zu messen und gezielte Anzeigen zu zeigen.',
  ],
  ['de', 'preferences', 'lang', 'Merkt sich die vom Besucher gewählte Sprachversion der Website.'],
  [
    'de',
    'necessary',
    'PHPSESSID',
    'Bewahrt den Sitzungszustand des Besuchers über Seitenaufrufe hinweg.',
  ],
  [
    'de',
    'necessary',
    '__cf_bm',
    'Unterscheidet zwischen Menschen und Bots, um die Website vor Bots zu schützen.',
  ],
  [
    'es',
    'analytics',
    '_ga',
    'Asigna un identificador único que se usa para generar estadísticas sobre cómo el visitante utiliza el sitio web.',
  ],
  ['es', 'analytics', '_gid', 'Registra las páginas que el visitante ha leído durante su visita.'],
  [
    'es',
    'advertising',
    '_fbp',
    'Utilizada por Facebook para ofrecer productos publicitarios, como pujas en tiempo real de anunciantes externos.',
  ],
  [
    'es',
    'advertising',
    'IDE',
    'Registra lo que hace el visitante tras ver un anuncio, para medir su eficacia y mostrar anuncios dirigidos.',
  ],
  ['es', 'preferences', 'lang', 'Recuerda la versión de idioma del sitio que eligió el visitante.'],
  [
    'es',
    'necessary',
    'PHPSESSID',
    'Mantiene el estado de la sesión del visitante entre las distintas páginas.',
  ],
  ['es', 'necessary', '__cf_bm', 'Distingue entre personas y bots para proteger el sitio.'],
  [
    'it',
    'analytics',
    '_ga',
    'Assegna un identificativo univoco usato per produrre statistiche su come il visitatore utilizza il sito.',
  ],
  ['it', 'analytics', '_gid', 'Registra le pagine lette dal visitatore durante la visita.'],
  [
    'it',
    'advertising',
    '_fbp',
    'Usato da Facebook per fornire prodotti pubblicitari, come le offerte in tempo reale di inserzionisti terzi.',
  ],
  ['it', 'preferences', 'lang', 'Ricorda la versione linguistica del sito scelta dal visitatore.'],
  [
    'it',
    'necessary',
    'PHPSESSID',
    "Conserva lo stato della sessione del visitatore tra una pagina e l'altra.",
  ],
  ['it', 'necessary', '__cf_bm', 'Distingue tra persone e bot per proteggere il sito.'],
  [
    'nl',
    'analytics',
    '_ga',
    'Kent een unieke ID toe waarmee statistieken worden gemaakt over hoe de bezoeker de website gebruikt.',
  ],
  [
    'nl',
    'analytics',
    '_gid',
    "Houdt bij welke pagina's de bezoeker tijdens zijn bezoek heeft gelezen.",
  ],
  [
    'nl',
    'advertising',
    '_fbp',
    'Gebruikt door Facebook om advertentieproducten te leveren, zoals realtime bieden door externe adverteerders.',
  ],
  [
    'nl',
    'advertising',
    'IDE',
    'Registreert wat de bezoeker doet na het zien van een advertentie, om de effectiviteit te meten en gerichte advertenties te tonen.',
  ],
  [
    'nl',
    'preferences',
    'lang',
    'Onthoudt welke taalversie van de website de bezoeker heeft gekozen.',
  ],
  [
    'nl',
    'necessary',
    'PHPSESSID',
    'Bewaart de sessiestatus van de bezoeker tussen paginaverzoeken.',
  ],
  [
    'nl',
    'necessary',
    '__cf_bm',
    'Maakt onderscheid tussen mensen en bots om de website te beschermen.',
  ],
  [
    'pt',
    'analytics',
    '_ga',
    'Atribui um identificador único usado para gerar estatísticas sobre a forma como o visitante utiliza o site.',
  ],
  ['pt', 'analytics', '_gid', 'Regista as páginas lidas pelo visitante durante a visita.'],
  [
    'pt',
    'advertising',
    '_fbp',
    'Usado pelo Facebook para fornecer produtos de publicidade, como licitações em tempo real de anunciantes terceiros.',
  ],
  [
    'pt',
    'advertising',
    'IDE',
    'Regista o que o visitante faz depois de ver um anúncio, para medir a sua eficácia e mostrar anúncios direcionados.',
  ],
  ['pt', 'preferences', 'lang', 'Lembra a versão de idioma do site escolhida pelo visitante.'],
  [
    'pt',
    'necessary',
    'PHPSESSID',
    'Mantém o estado da sessão do visitante entre pedidos de página.',
  ],
  ['pt', 'necessary', '__cf_bm', 'Distingue entre pessoas e bots para proteger o site.'],
];

describe("cookie-table purposes in consent managers' manner, seven languages", () => {
  // The row names a cookie no database knows, so that only its purpose can tell.
  it.each(TABLE_ROWS)('%s %s: %s', (lang, category, name, purpose) => {
    const text = `${TABLE_HEAD[lang]}\n| xq_${name.replace(/\W/gu, '').toLowerCase()} | ${purpose} | 1 year |\n`;
    expect(readPolicy(text, { format: 'markdown' }).categories).toEqual([category]);
  });
});

// Do Not Track and Global Privacy Control stances, by the signal's English
// name and by the browsers' own names for it ("Ne pas me pister", "Nicht
// verfolgen", "No rastrear", "Non tracciare", "Niet volgen", "Não rastrear").
const STANCES: [field: 'dnt' | 'gpc', stance: string, sentence: string][] = [
  [
    'dnt',
    'honors',
    'We honour Do Not Track signals: when your browser sends one, we do not load analytics.',
  ],
  ['dnt', 'ignores', 'Our site does not respond to Do Not Track signals.'],
  [
    'dnt',
    'ignores',
    'We do not currently respond to DNT browser signals because no common industry standard exists.',
  ],
  [
    'gpc',
    'honors',
    'We treat Global Privacy Control signals as a valid request to opt out of the sale or sharing of personal information.',
  ],
  [
    'dnt',
    'honors',
    "Nous respectons le signal « Do Not Track » : lorsque votre navigateur l'envoie, aucun outil de mesure n'est chargé.",
  ],
  ['dnt', 'ignores', 'Notre site ne répond pas aux signaux « Do Not Track ».'],
  [
    'gpc',
    'honors',
    "Nous prenons en compte le signal Global Privacy Control (GPC) comme une demande d'opposition.",
  ],
  [
    'dnt',
    'honors',
    "Si votre navigateur envoie le signal « Ne pas me pister », nous désactivons la mesure d'audience.",
  ],
  [
    'dnt',
    'honors',
    'Wir respektieren die „Do Not Track“-Einstellung Ihres Browsers und erfassen in diesem Fall keine Daten.',
  ],
  ['dnt', 'ignores', 'Unsere Website reagiert nicht auf „Do Not Track“-Signale.'],
  [
    'gpc',
    'honors',
    'Wir berücksichtigen das Global-Privacy-Control-Signal (GPC) Ihres Browsers als Widerspruch.',
  ],
  [
    'dnt',
    'honors',
    'Wenn Ihr Browser die Option „Nicht verfolgen“ sendet, deaktivieren wir die Webanalyse.',
  ],
  [
    'dnt',
    'honors',
    'Respetamos la señal «Do Not Track» de su navegador y no cargamos herramientas de análisis.',
  ],
  ['dnt', 'ignores', 'Nuestro sitio no responde a las señales «Do Not Track».'],
  [
    'gpc',
    'honors',
    'Reconocemos la señal Global Privacy Control (GPC) como una solicitud de exclusión.',
  ],
  ['dnt', 'honors', 'Si su navegador envía la señal «No rastrear», desactivamos la analítica.'],
  [
    'dnt',
    'honors',
    "Rispettiamo l'impostazione «Do Not Track» del tuo browser e in tal caso non raccogliamo dati statistici.",
  ],
  ['dnt', 'ignores', 'Il nostro sito non risponde ai segnali «Do Not Track».'],
  [
    'gpc',
    'honors',
    'Rispettiamo il segnale Global Privacy Control (GPC) come richiesta di opposizione.',
  ],
  ['dnt', 'honors', 'Se il browser invia il segnale «Non tracciare», disattiviamo le statistiche.'],
  [
    'dnt',
    'honors',
    "Wij respecteren de 'Do Not Track'-instelling van uw browser en verzamelen dan geen gegevens.",
  ],
  ['dnt', 'ignores', "Onze website reageert niet op 'Do Not Track'-signalen."],
  [
    'gpc',
    'honors',
    'Wij erkennen het Global Privacy Control-signaal (GPC) als een verzoek om bezwaar.',
  ],
  [
    'dnt',
    'honors',
    "Als uw browser het signaal 'Niet volgen' verstuurt, schakelen wij de statistieken uit.",
  ],
  [
    'dnt',
    'honors',
    'Respeitamos o sinal «Do Not Track» do seu navegador e, nesse caso, não recolhemos dados.',
  ],
  ['dnt', 'ignores', 'O nosso site não responde a sinais «Do Not Track».'],
  [
    'gpc',
    'honors',
    'Reconhecemos o sinal Global Privacy Control (GPC) como um pedido de exclusão.',
  ],
  ['dnt', 'honors', 'Se o seu navegador enviar o sinal «Não rastrear», desativamos a análise.'],
];

describe('DNT and GPC stances in seven languages', () => {
  it.each(STANCES)('%s %s: %s', (field, stance, sentence) => {
    expect(readPolicy(sentence)[field]).toBe(stance);
  });
});

// "Only necessary cookies" and plain denials, in seven languages.
const ONLY_OR_NONE: [categories: string[], sentence: string][] = [
  [['necessary'], 'We only use strictly necessary cookies.'],
  [['necessary'], 'This website uses only technically necessary cookies.'],
  [[], 'We do not use any analytics or advertising cookies.'],
  [['necessary'], 'Wir verwenden ausschließlich technisch notwendige Cookies.'],
  [[], 'Wir setzen keine Tracking- oder Marketing-Cookies ein.'],
  [['necessary'], 'Diese Website verwendet nur Cookies, die für den Betrieb erforderlich sind.'],
  [['necessary'], "Nous n'utilisons que des cookies strictement nécessaires."],
  [[], "Nous n'utilisons aucun cookie publicitaire ni de mesure d'audience."],
  [['necessary'], "Ce site n'utilise que des cookies techniques."],
  [['necessary'], 'Solo utilizamos cookies técnicas.'],
  [[], 'No utilizamos cookies de análisis ni de publicidad.'],
  [['necessary'], 'Este sitio web únicamente utiliza cookies estrictamente necesarias.'],
  [['necessary'], 'Questo sito utilizza esclusivamente cookie tecnici.'],
  [[], 'Non utilizziamo cookie di profilazione né cookie analitici.'],
  [['necessary'], 'Il sito utilizza solo cookie tecnici necessari al suo funzionamento.'],
  [
    ['necessary'],
    'Wij gebruiken alleen functionele cookies die nodig zijn om de website te laten werken.',
  ],
  [[], 'Wij gebruiken geen tracking cookies of analytische cookies.'],
  [['necessary'], 'Deze website plaatst uitsluitend strikt noodzakelijke cookies.'],
  [['necessary'], 'Utilizamos apenas cookies estritamente necessários.'],
  [[], 'Não utilizamos cookies de publicidade nem de análise.'],
  [['necessary'], 'Este site utiliza somente cookies essenciais.'],
];

describe('only-necessary statements and denials in seven languages', () => {
  it.each(ONLY_OR_NONE)('%j: %s', (categories, sentence) => {
    expect(readPolicy(sentence).categories).toEqual(categories);
  });
});

// Lifetimes in seven languages: units, number words and the verbs of keeping.
const LIFETIMES: [retention: string, sentence: string][] = [
  ['analytics:730', 'We use analytics cookies. Analytics cookies are stored for up to 2 years.'],
  ['advertising:395', 'We use advertising cookies, which last 13 months.'],
  [
    'analytics:395',
    'Nous utilisons des cookies de mesure d’audience. Ils sont conservés 13 mois maximum.',
  ],
  ['advertising:90', 'Wir verwenden Marketing-Cookies mit einer Speicherdauer von 90 Tagen.'],
  ['analytics:426', 'Wir verwenden Analyse-Cookies. Diese werden nach 14 Monaten gelöscht.'],
  ['analytics:730', 'Utilizamos cookies analíticas. Estas cookies caducan a los 2 años.'],
  ['analytics:730', 'Utilizziamo cookie analitici. Questi cookie hanno una durata di 24 mesi.'],
  ['advertising:183', 'Utilizziamo cookie di profilazione che scadono dopo sei mesi.'],
  ['analytics:730', 'Wij gebruiken analytische cookies. Deze cookies worden na 2 jaar verwijderd.'],
  ['advertising:365', 'Wij gebruiken marketingcookies met een bewaartermijn van twaalf maanden.'],
  ['analytics:730', 'Utilizamos cookies analíticos. Estes cookies expiram ao fim de dois anos.'],
  ['advertising:183', 'Utilizamos cookies de publicidade com uma duração de 6 meses.'],
];

describe('cookie lifetimes in seven languages', () => {
  it.each(LIFETIMES)('%s: %s', (retention, sentence) => {
    expect(readPolicy(sentence).retention.map((r) => `${r.category}:${r.maxDays}`)).toEqual([
      retention,
    ]);
  });
});

// Technologies other than cookies, declared in seven languages.
const TECHNOLOGIES: [technology: string, sentence: string][] = [
  ['local_storage', "We store your preferences in your browser's local storage."],
  ['web_beacons', 'Our newsletters contain web beacons that tell us whether an email was opened.'],
  ['pixel_tags', 'We use the Meta pixel on our website.'],
  [
    'fingerprinting',
    'We do not use cookies, but we use device fingerprinting to recognise returning visitors.',
  ],
  [
    'local_storage',
    'Nous enregistrons vos préférences dans le stockage local de votre navigateur.',
  ],
  [
    'web_beacons',
    'Nos courriels contiennent des balises web qui nous indiquent si un message a été ouvert.',
  ],
  ['pixel_tags', 'Nous utilisons des pixels de suivi sur notre site.'],
  ['local_storage', 'Wir speichern Ihre Einstellungen im lokalen Speicher Ihres Browsers.'],
  ['pixel_tags', 'Wir setzen Zählpixel ein, um die Öffnungsrate unseres Newsletters zu messen.'],
  ['web_beacons', 'Unsere Newsletter enthalten Web-Beacons.'],
  ['local_storage', 'Guardamos sus preferencias en el almacenamiento local de su navegador.'],
  ['pixel_tags', 'Utilizamos píxeles de seguimiento en nuestro sitio web.'],
  ['web_beacons', 'Nuestros correos contienen balizas web.'],
  ['local_storage', 'Salviamo le tue preferenze nella memoria locale del browser.'],
  ['pixel_tags', 'Utilizziamo pixel di tracciamento sul nostro sito.'],
  ['local_storage', 'Wij slaan uw voorkeuren op in de lokale opslag van uw browser.'],
  ['pixel_tags', 'Wij gebruiken trackingpixels op onze website.'],
  ['web_beacons', 'Onze nieuwsbrieven bevatten webbakens.'],
  ['local_storage', 'Guardamos as suas preferências no armazenamento local do seu navegador.'],
  ['pixel_tags', 'Utilizamos píxeis de rastreamento no nosso site.'],
  ['pixel_tags', 'Utilizamos pixels de rastreamento no nosso site.'],
];

describe('technologies declared in seven languages', () => {
  it.each(TECHNOLOGIES)('%s: %s', (technology, sentence) => {
    expect(readPolicy(sentence).technologies).toContain(technology);
  });
});

// Vendors named by the site in seven languages, with their line of business.
const VENDOR_USES: [vendor: string, categories: string[], sentence: string][] = [
  ['Meta Pixel', ['advertising'], 'Wir nutzen auf unserer Website das Meta-Pixel.'],
  ['Meta Pixel', ['advertising'], 'Nous utilisons le pixel Meta sur notre site.'],
  ['Meta Pixel', ['advertising'], 'Utilizamos el píxel de Facebook.'],
  ['Meta Pixel', ['advertising'], 'Il sito utilizza il pixel di Facebook.'],
  ['Meta Pixel', ['advertising'], 'Wij gebruiken de Facebook-pixel.'],
  ['Meta Pixel', ['advertising'], 'Utilizamos o pixel do Facebook.'],
  ['Microsoft Clarity', ['analytics'], 'Utilizziamo Microsoft Clarity.'],
  ['Google Analytics', ['analytics'], 'Le site utilise Google Analytics.'],
  ['Google Analytics', ['analytics'], 'El sitio web utiliza Google Analytics.'],
  ['Google Analytics', ['analytics'], 'O site utiliza o Google Analytics.'],
  ['Google Analytics', ['analytics'], 'Die Website verwendet Google Analytics.'],
  ['Google Analytics', ['analytics'], 'De website gebruikt Google Analytics.'],
  ['Yandex Metrica', ['analytics'], 'We use Yandex Metrica.'],
  ['Piwik PRO', ['analytics'], 'We use Piwik PRO.'],
];

describe('vendors the site names, in seven languages', () => {
  it.each(VENDOR_USES)('%s %j: %s', (vendor, categories, sentence) => {
    const p = readPolicy(sentence);
    expect(p.vendors).toEqual([vendor]);
    expect(p.categories).toEqual(categories);
  });

  it('"terwijl je de site gebruikt" (the visitor using the site) is no statement of use', () => {
    // With "de site gebruikt" read as the site using, the cookie became a declared technology.
    expect(
      readPolicy('Een cookie zorgt dat je ingelogd blijft terwijl je de site gebruikt.')
        .technologies,
    ).toEqual([]);
  });

  // Every vendor of the table is found by its own name, as a policy writes it:
  // a case-sensitive pattern once held only lower case and never matched.
  // Left out by design: names that are common words or another vendor's.
  const BY_DESIGN = new Set(['Reddit', 'Segment', 'Bing Ads']);
  it.each(VENDOR_TERMS.filter((v) => !BY_DESIGN.has(v.name)).map((v) => v.name))(
    'finds %s by its name',
    (name) => {
      expect(readPolicy(`We use ${name} on our website.`).vendors).toContain(name);
    },
  );
});

// Kinds of cookies by name in seven languages, as policies list what they use.
const NAMED_KINDS: [category: string, sentence: string][] = [
  ['analytics', 'Wir verwenden Statistik-Cookies.'],
  ['analytics', 'Wir setzen Leistungs-Cookies ein.'],
  ['preferences', 'Wir verwenden Komfort-Cookies.'],
  ['preferences', 'Wir verwenden Präferenz-Cookies.'],
  ['advertising', 'Wir verwenden Marketing-Cookies.'],
  ['advertising', 'Wir setzen Targeting-Cookies ein.'],
  ['social', 'Wir verwenden Social-Media-Cookies.'],
  ['necessary', 'Wir verwenden technisch notwendige Cookies.'],
  ['necessary', 'Wir verwenden essenzielle Cookies.'],
  ['preferences', 'Nous utilisons des cookies fonctionnels.'],
  ['preferences', 'Nous utilisons des cookies de préférences.'],
  ['analytics', 'Nous utilisons des cookies de performance.'],
  ['analytics', 'Nous utilisons des cookies analytiques.'],
  ['advertising', 'Nous utilisons des cookies de ciblage.'],
  ['social', 'Nous utilisons des cookies de réseaux sociaux.'],
  ['preferences', 'Utilizamos cookies de personalización.'],
  ['preferences', 'Utilizamos cookies de preferencias.'],
  ['analytics', 'Utilizamos cookies de rendimiento.'],
  ['advertising', 'Utilizamos cookies de marketing.'],
  ['advertising', 'Utilizamos cookies de publicidad comportamental.'],
  ['social', 'Utilizamos cookies de redes sociales.'],
  ['preferences', 'Utilizziamo cookie di funzionalità.'],
  ['preferences', 'Utilizziamo cookie di preferenza.'],
  ['analytics', 'Utilizziamo cookie di statistica.'],
  ['analytics', 'Utilizziamo cookie di performance.'],
  ['advertising', 'Utilizziamo cookie di marketing.'],
  ['advertising', 'Utilizziamo cookie pubblicitari.'],
  ['social', 'Utilizziamo cookie dei social network.'],
  ['preferences', 'Wij gebruiken voorkeurscookies.'],
  ['analytics', 'Wij gebruiken statistische cookies.'],
  ['analytics', 'Wij gebruiken prestatiecookies.'],
  ['advertising', 'Wij gebruiken marketingcookies.'],
  ['advertising', 'Wij gebruiken advertentiecookies.'],
  ['social', 'Wij gebruiken social media cookies.'],
  ['preferences', 'Utilizamos cookies de funcionalidade.'],
  ['preferences', 'Utilizamos cookies de preferências.'],
  ['analytics', 'Utilizamos cookies de desempenho.'],
  ['analytics', 'Utilizamos cookies estatísticos.'],
  ['advertising', 'Utilizamos cookies de marketing.'],
  ['advertising', 'Utilizamos cookies de segmentação.'],
  ['social', 'Utilizamos cookies de redes sociais.'],
];

describe('kinds of cookies named in seven languages', () => {
  it.each(NAMED_KINDS)('%s: %s', (category, sentence) => {
    expect(readPolicy(sentence).categories).toEqual([category]);
  });
});

// Cookies and websites in general, in seven languages: nothing declared.
const IN_GENERAL: string[] = [
  'Cookies are small text files that websites place on your device.',
  'Websites use cookies to remember your preferences and to show you ads.',
  'Third-party cookies are often used for advertising.',
  'Les sites web utilisent des cookies pour mémoriser vos préférences et afficher des publicités.',
  'Les cookies tiers sont souvent utilisés à des fins publicitaires.',
  'Websites verwenden Cookies, um Ihre Einstellungen zu speichern und Werbung anzuzeigen.',
  'Cookies von Drittanbietern werden häufig für Werbung verwendet.',
  'Los sitios web utilizan cookies para recordar sus preferencias y mostrar publicidad.',
  'Las cookies de terceros suelen utilizarse con fines publicitarios.',
  'I siti web utilizzano i cookie per ricordare le preferenze e mostrare annunci.',
  'I cookie di terze parti sono spesso utilizzati per la pubblicità.',
  'Websites gebruiken cookies om uw voorkeuren te onthouden en advertenties te tonen.',
  'Cookies van derden worden vaak gebruikt voor advertenties.',
  'Os sites utilizam cookies para lembrar as suas preferências e mostrar anúncios.',
  'Os cookies de terceiros são frequentemente utilizados para publicidade.',
];

describe('cookies in general, seven languages: nothing declared', () => {
  it.each(IN_GENERAL)('%s', (sentence) => {
    expect(readPolicy(sentence).categories).toEqual([]);
  });
});

// Use that waits for the visitor's consent is use, in the present and the future.
const WITH_CONSENT: [category: string, sentence: string][] = [
  ['advertising', 'With your consent, we also set marketing cookies.'],
  ['analytics', 'If you accept, we will use analytics cookies.'],
  ['advertising', 'Mit Ihrer Einwilligung setzen wir außerdem Marketing-Cookies ein.'],
  ['analytics', 'Wenn Sie zustimmen, werden wir Analyse-Cookies verwenden.'],
  ['advertising', 'Avec votre consentement, nous déposons également des cookies publicitaires.'],
  ['analytics', "Si vous acceptez, nous utiliserons des cookies de mesure d'audience."],
  ['advertising', 'Con su consentimiento, utilizamos también cookies de publicidad.'],
  ['analytics', 'Si acepta, utilizaremos cookies analíticas.'],
  ['advertising', 'Previo tuo consenso, utilizziamo anche cookie di profilazione.'],
  ['analytics', 'Se accetti, utilizzeremo cookie analitici.'],
  ['advertising', 'Met uw toestemming plaatsen wij ook marketingcookies.'],
  ['analytics', 'Als u akkoord gaat, zullen wij analytische cookies plaatsen.'],
  ['advertising', 'Com o seu consentimento, utilizamos também cookies de publicidade.'],
  ['analytics', 'Se aceitar, utilizaremos cookies analíticos.'],
];

describe('use subject to consent, seven languages', () => {
  it.each(WITH_CONSENT)('%s: %s', (category, sentence) => {
    expect(readPolicy(sentence).categories).toEqual([category]);
  });
});

// A statement of use leading a list of purposes, in seven languages.
const LISTS: [lead: string, items: string[]][] = [
  [
    'We use cookies to:',
    [
      'remember your language;',
      'count visits and see which pages are popular;',
      'show you relevant ads on other websites.',
    ],
  ],
  [
    'Wir verwenden Cookies, um:',
    [
      'Ihre Sprachauswahl zu speichern;',
      'Besuche zu zählen und beliebte Seiten zu erkennen;',
      'Ihnen relevante Werbung auf anderen Websites anzuzeigen.',
    ],
  ],
  [
    'Nous utilisons des cookies pour :',
    [
      'mémoriser votre langue ;',
      'compter les visites et connaître les pages les plus consultées ;',
      'vous montrer des publicités pertinentes sur d’autres sites.',
    ],
  ],
  [
    'Utilizamos cookies para:',
    [
      'recordar su idioma;',
      'contar las visitas y saber qué páginas son las más visitadas;',
      'mostrarle anuncios relevantes en otros sitios web.',
    ],
  ],
  [
    'Utilizziamo i cookie per:',
    [
      'ricordare la tua lingua;',
      'contare le visite e sapere quali pagine sono più visitate;',
      'mostrarti annunci pertinenti su altri siti.',
    ],
  ],
  [
    'Wij gebruiken cookies om:',
    [
      'uw taal te onthouden;',
      'bezoeken te tellen en te zien welke pagina’s populair zijn;',
      'u relevante advertenties op andere websites te tonen.',
    ],
  ],
  [
    'Utilizamos cookies para:',
    [
      'lembrar o seu idioma;',
      'contar as visitas e saber quais as páginas mais visitadas;',
      'mostrar-lhe anúncios relevantes noutros sites.',
    ],
  ],
];

describe('a list of purposes under a statement of use, seven languages', () => {
  it.each(LISTS)('%s', (lead, items) => {
    const text = `${lead}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
    expect(readPolicy(text, { format: 'markdown' }).categories).toEqual([
      'preferences',
      'analytics',
      'advertising',
    ]);
  });
});

// Remembering a visitor's language, currency or settings, in the forms each
// language uses (singular and plural possessives, separable verbs, the verb last).
const REMEMBERED = [
  'We use cookies to remember your language.',
  'We use cookies to remember your preferred currency.',
  'We use cookies to store your display settings.',
  'Nous utilisons des cookies pour mémoriser ta langue.',
  'Nous utilisons des cookies pour nous souvenir de votre langue.',
  'Nous utilisons des cookies pour enregistrer votre devise.',
  'Wir verwenden Cookies, um Ihre Sprache zu speichern.',
  'Wir verwenden Cookies, damit sich die Website Ihre Sprache merkt.',
  'Wir verwenden Cookies, um Ihre bevorzugte Währung zu speichern.',
  'Utilizamos cookies para recordar tu idioma.',
  'Utilizamos cookies para guardar su configuración.',
  'Utilizamos cookies para recordar su moneda preferida.',
  'Utilizziamo i cookie per memorizzare la lingua.',
  'Utilizziamo i cookie per salvare le tue impostazioni.',
  'Utilizziamo i cookie per ricordare la valuta preferita.',
  'Wij gebruiken cookies om je taalkeuze te onthouden.',
  'Wij gebruiken cookies om uw instellingen op te slaan.',
  'Wij gebruiken cookies om je voorkeuren te bewaren.',
  'Utilizamos cookies para memorizar o idioma.',
  'Utilizamos cookies para guardar as suas definições.',
  'Utilizamos cookies para lembrar a sua moeda preferida.',
];

describe('remembered language, currency and settings, seven languages', () => {
  it.each(REMEMBERED)('%s', (sentence) => {
    expect(readPolicy(sentence).categories).toEqual(['preferences']);
  });
});

// Time spent, where visitors come from, visits counted (analytics); how often
// an ad is seen, conversions, personal offers (advertising), in seven languages.
const AUDIENCE: string[] = [
  'We use cookies to see how long visitors stay on our pages.',
  'We use cookies to learn where our visitors come from.',
  'Nous utilisons des cookies pour savoir combien de temps les visiteurs restent sur nos pages.',
  "Nous utilisons des cookies pour savoir d'où viennent nos visiteurs.",
  'Nous utilisons des cookies pour compter les visites.',
  'Wir verwenden Cookies, um zu sehen, wie lange Besucher auf unseren Seiten bleiben.',
  'Wir verwenden Cookies, um zu erfahren, woher unsere Besucher kommen.',
  'Wir verwenden Cookies, um Besuche zu zählen.',
  'Utilizamos cookies para saber cuánto tiempo permanecen los visitantes en nuestras páginas.',
  'Utilizamos cookies para saber de dónde vienen nuestros visitantes.',
  'Utilizamos cookies para contar las visitas.',
  'Utilizziamo i cookie per sapere quanto tempo i visitatori restano sulle nostre pagine.',
  'Utilizziamo i cookie per sapere da dove provengono i visitatori.',
  'Utilizziamo i cookie per contare le visite.',
  'Wij gebruiken cookies om te zien hoe lang bezoekers op onze pagina’s blijven.',
  'Wij gebruiken cookies om te weten waar onze bezoekers vandaan komen.',
  'Wij gebruiken cookies om bezoeken te tellen.',
  'Utilizamos cookies para saber quanto tempo os visitantes permanecem nas nossas páginas.',
  'Utilizamos cookies para saber de onde vêm os nossos visitantes.',
  'Utilizamos cookies para contar as visitas.',
];
const ADVERTISING: string[] = [
  'We use cookies to show you personalised advertising.',
  'We use cookies to limit how often you see an ad.',
  'We use cookies to track the conversions of our ad campaigns.',
  'Nous utilisons des cookies pour limiter le nombre de fois où vous voyez une publicité.',
  'Nous utilisons des cookies pour suivre les conversions de nos campagnes.',
  'Nous utilisons des cookies pour vous proposer des offres personnalisées.',
  'Wir verwenden Cookies, um zu begrenzen, wie oft Sie eine Anzeige sehen.',
  'Wir verwenden Cookies, um Conversions unserer Kampagnen zu messen.',
  'Wir verwenden Cookies, um Ihnen personalisierte Angebote zu machen.',
  'Utilizamos cookies para limitar el número de veces que ve un anuncio.',
  'Utilizamos cookies para medir las conversiones de nuestras campañas.',
  'Utilizamos cookies para ofrecerle ofertas personalizadas.',
  'Utilizziamo i cookie per limitare il numero di volte in cui vedi un annuncio.',
  'Utilizziamo i cookie per misurare le conversioni delle nostre campagne.',
  'Utilizziamo i cookie per proporti offerte personalizzate.',
  'Wij gebruiken cookies om te beperken hoe vaak u een advertentie ziet.',
  'Wij gebruiken cookies om de conversies van onze campagnes te meten.',
  'Wij gebruiken cookies om u gepersonaliseerde aanbiedingen te doen.',
  'Utilizamos cookies para limitar o número de vezes que vê um anúncio.',
  'Utilizamos cookies para medir as conversões das nossas campanhas.',
  'Utilizamos cookies para lhe apresentar ofertas personalizadas.',
];

describe('audience measurement and advertising, seven languages', () => {
  it.each(AUDIENCE)('analytics: %s', (sentence) => {
    expect(readPolicy(sentence).categories).toEqual(['analytics']);
  });
  it.each(ADVERTISING)('advertising: %s', (sentence) => {
    expect(readPolicy(sentence).categories).toEqual(['advertising']);
  });
});

// What strictly necessary cookies do, in seven languages.
const NECESSARY: string[] = [
  'We use cookies to make sure the website works properly.',
  'We use cookies for load balancing.',
  'We use cookies to prevent fraud.',
  'We use cookies to keep you signed in.',
  'Nous utilisons des cookies pour assurer le bon fonctionnement du site.',
  'Nous utilisons des cookies pour répartir la charge entre nos serveurs.',
  'Nous utilisons des cookies pour prévenir la fraude.',
  'Nous utilisons des cookies pour que vous restiez connecté.',
  'Wir verwenden Cookies, damit die Website richtig funktioniert.',
  'Wir verwenden Cookies zur Lastverteilung.',
  'Wir verwenden Cookies, um Betrug zu verhindern.',
  'Wir verwenden Cookies, damit Sie angemeldet bleiben.',
  'Utilizamos cookies para que el sitio web funcione correctamente.',
  'Utilizamos cookies para equilibrar la carga de nuestros servidores.',
  'Utilizamos cookies para prevenir el fraude.',
  'Utilizamos cookies para mantener su sesión iniciada.',
  'Utilizziamo i cookie per garantire il corretto funzionamento del sito.',
  'Utilizziamo i cookie per bilanciare il carico dei server.',
  'Utilizziamo i cookie per prevenire le frodi.',
  'Utilizziamo i cookie per mantenerti connesso.',
  'Wij gebruiken cookies om ervoor te zorgen dat de website goed werkt.',
  'Wij gebruiken cookies voor load balancing.',
  'Wij gebruiken cookies om fraude te voorkomen.',
  'Wij gebruiken cookies zodat u ingelogd blijft.',
  'Utilizamos cookies para garantir que o site funciona corretamente.',
  'Utilizamos cookies para equilibrar a carga dos servidores.',
  'Utilizamos cookies para prevenir fraudes.',
  'Utilizamos cookies para manter a sua sessão iniciada.',
];

describe('strictly necessary purposes, seven languages', () => {
  it.each(NECESSARY)('%s', (sentence) => {
    expect(readPolicy(sentence).categories).toEqual(['necessary']);
  });
});

// Share and Like buttons and social plugins, after a statement of use, in seven languages.
const SOCIAL: [lead: string, sentence: string][] = [
  [
    'Utilizamos cookies.',
    'Our pages contain share buttons for social networks, which set cookies.',
  ],
  ['We use cookies.', 'We embed the Facebook Like button on our pages.'],
  ['We use cookies.', 'We use social media plugins that set cookies.'],
  [
    'Nous utilisons des cookies.',
    'Nos pages contiennent des boutons de partage vers les réseaux sociaux, qui déposent des cookies.',
  ],
  ['Nous utilisons des cookies.', 'Nous intégrons le bouton « J’aime » de Facebook sur nos pages.'],
  ['Nous utilisons des cookies.', 'Nous utilisons des modules sociaux qui déposent des cookies.'],
  [
    'Wir verwenden Cookies.',
    'Unsere Seiten enthalten Teilen-Buttons für soziale Netzwerke, die Cookies setzen.',
  ],
  ['Wir verwenden Cookies.', 'Wir binden den „Gefällt mir“-Button von Facebook ein.'],
  ['Wir verwenden Cookies.', 'Wir verwenden Social-Media-Plugins, die Cookies setzen.'],
  [
    'Utilizamos cookies.',
    'Nuestras páginas contienen botones para compartir en redes sociales, que instalan cookies.',
  ],
  ['Utilizamos cookies.', 'Integramos el botón «Me gusta» de Facebook en nuestras páginas.'],
  ['Utilizamos cookies.', 'Utilizamos complementos de redes sociales que instalan cookies.'],
  [
    'Utilizziamo i cookie.',
    'Le nostre pagine contengono pulsanti di condivisione sui social network, che installano cookie.',
  ],
  ['Utilizziamo i cookie.', 'Integriamo il pulsante «Mi piace» di Facebook nelle nostre pagine.'],
  ['Utilizziamo i cookie.', 'Utilizziamo plugin dei social network che installano cookie.'],
  [
    'Wij gebruiken cookies.',
    'Onze pagina’s bevatten deelknoppen voor sociale netwerken, die cookies plaatsen.',
  ],
  ['Wij gebruiken cookies.', 'Wij gebruiken de Facebook-likeknop op onze pagina’s.'],
  ['Wij gebruiken cookies.', 'Wij gebruiken social media plug-ins die cookies plaatsen.'],
  [
    'Utilizamos cookies.',
    'As nossas páginas contêm botões de partilha para redes sociais, que instalam cookies.',
  ],
  ['Utilizamos cookies.', 'Integramos o botão «Gosto» do Facebook nas nossas páginas.'],
  ['Utilizamos cookies.', 'Utilizamos plugins de redes sociais que instalam cookies.'],
];

describe('social buttons and plugins, seven languages', () => {
  it.each(SOCIAL)('%s %s', (lead, sentence) => {
    expect(readPolicy(`${lead} ${sentence}`).categories).toContain('social');
  });

  it('"X might have embedded a Like button" is a supposition, not a statement of use', () => {
    for (const text of [
      'Third-party cookies can be set by other websites. For example, Acme might have embedded a Facebook Like button on the page you are visiting.',
      'I cookie di terzi possono essere creati da un altro sito web. Ad esempio, Acme potrebbe aver integrato nel sito web che state visitando un pulsante «mi piace» di Facebook.',
    ])
      expect(readPolicy(text).categories).toEqual([]);
    // The visitor's "might have added" is no supposition about the site.
    expect(
      readPolicy('We use cookies to remember what you might have added to your shopping cart.')
        .categories,
    ).toEqual(['necessary']);
  });
});

// Consent banners' usual wording ("We use cookies on our website. Some of them
// are essential, while others help us improve this website and your experience").
const BANNERS: [categories: string[], text: string][] = [
  [
    ['necessary', 'analytics'],
    'We use cookies on our website. Some of them are essential, while others help us to improve this website and your experience.',
  ],
  [
    ['necessary', 'analytics'],
    'Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.',
  ],
  [
    ['necessary', 'analytics'],
    "Nous utilisons des cookies sur notre site. Certains sont essentiels, tandis que d'autres nous aident à améliorer ce site et votre expérience.",
  ],
  [
    ['necessary', 'analytics'],
    'Utilizamos cookies en nuestro sitio web. Algunas son esenciales, mientras que otras nos ayudan a mejorar este sitio y su experiencia.',
  ],
  [
    ['necessary', 'analytics'],
    'Utilizziamo i cookie sul nostro sito. Alcuni sono essenziali, mentre altri ci aiutano a migliorare il sito e la tua esperienza.',
  ],
  [
    ['necessary', 'analytics'],
    'Wij gebruiken cookies op onze website. Sommige zijn essentieel, terwijl andere ons helpen deze website en uw ervaring te verbeteren.',
  ],
  [
    ['necessary', 'analytics'],
    'Utilizamos cookies no nosso site. Alguns são essenciais, enquanto outros nos ajudam a melhorar este site e a sua experiência.',
  ],
  [
    ['analytics', 'advertising'],
    'Este sitio web utiliza cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de navegación.',
  ],
  [
    ['necessary', 'advertising'],
    'Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per inviarti pubblicità in linea con le tue preferenze.',
  ],
];

describe("consent banners' usual wording, seven languages", () => {
  it.each(BANNERS)('%j: %s', (categories, text) => {
    expect(readPolicy(text).categories).toEqual(categories);
  });

  it('"some of them" after a definition stays a definition', () => {
    expect(
      readPolicy('Cookies are small files. Some of them are essential for websites to work.')
        .categories,
    ).toEqual([]);
  });
});

describe('Dutch "functionele cookies" and negative prefixes', () => {
  it('Dutch "functionele cookies" are the necessary ones (as Dutch law names them)', () => {
    expect(readPolicy('Wij gebruiken functionele cookies.').categories).toEqual(['necessary']);
  });

  it.each([
    ['Niet-functionele cookies slaan de voorkeuren van websitegebruikers op.'],
    ['Nicht-essenzielle Cookies setzen wir nur mit Ihrer Einwilligung.'],
    ['Non-essential cookies are set only with your consent.'],
  ])('"%s" names no kind by its negated word', (sentence) => {
    const p = readPolicy(
      `We use cookies. Wir verwenden Cookies. Wij gebruiken cookies. ${sentence}`,
    );
    expect(p.categories).not.toContain('necessary');
  });
});

// Italian feminine plurals of kinds ("finalità statistiche", "tecnologie
// analitiche") and the Garante's usual wording.
const ITALIAN: [categories: string[], sentence: string][] = [
  [
    ['necessary', 'analytics', 'advertising'],
    'Utilizziamo cookie tecnici e, previo consenso, cookie di terze parti per finalità statistiche e di marketing.',
  ],
  [
    ['necessary'],
    'Il sito utilizza cookie di sessione per consentire una navigazione sicura ed efficiente.',
  ],
  [
    ['analytics'],
    "Questo sito utilizza cookie per migliorare l'esperienza di navigazione degli utenti e per raccogliere informazioni sull'utilizzo del sito stesso.",
  ],
];

describe('Italian kinds and the Garante wording', () => {
  it.each(ITALIAN)('%j: %s', (categories, sentence) => {
    expect(readPolicy(sentence).categories).toEqual(categories);
  });
});

// Portuguese kind words in the singular ("um cookie técnico").
const PORTUGUESE_SINGULAR: [category: string, sentence: string][] = [
  ['necessary', 'Utilizamos um cookie técnico para guardar a sessão.'],
  ['analytics', 'Utilizamos o cookie analítico _ga.'],
  ['advertising', 'Este site utiliza um cookie publicitário.'],
  ['preferences', 'Utilizamos um cookie funcional.'],
];

describe('Portuguese kind words in the singular', () => {
  it.each(PORTUGUESE_SINGULAR)('%s: %s', (category, sentence) => {
    expect(readPolicy(sentence).categories).toEqual([category]);
  });
});
