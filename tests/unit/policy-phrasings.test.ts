// How policies commonly phrase each purpose, in the reader's seven languages:
// one sentence each, after a plain statement of use ("We use cookies on our
// website."), and the one category it declares. Written for this project from
// the usual wording of real policies (not copied from the corpora); each
// language's misses here were gaps in its vocabulary (German purpose clauses
// with the verb last, "Ces cookies permettent …" read as cookies in general,
// Italian sentences too short to tell their language).
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../lib/core/policy/index.ts';

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
