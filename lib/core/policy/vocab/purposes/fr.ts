// French purpose phrases, France and Québec (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('fr');
const SITE = '(?:site|site web|site internet|service|services|plateforme|application|boutique)';

export const FR: PurposePhrase[] = [
  p(
    'necessary',
    'fonctionnement',
    `(?:bon |le |au )?fonctionnement (?:technique )?(?:du|de notre|de ce|de la|de nos) ${SITE}|(?:n[ée]cessaires?|indispensables?|essentiels?) (?:au|à la|a la|pour la|pour le) (?:bon )?(?:fonctionnement|navigation|fourniture)|(?<!(?:lors de|pendant|durant|au cours de|lorsque vous|quand vous|si vous|des que vous) (?:la |votre |vos |leur )?)(?:naviguer|navigation) (?:sur|dans) (?:le|notre|ce) ${SITE}|(?:assurer|garantir|permettre) (?:le |un )?bon fonctionnement`,
  ),
  p(
    'necessary',
    'session',
    "(?:faciliter|am[ée]liorer|simplifier) (?:la |votre )?navigation|votre panier|panier d'achat|authentification|(?:renseignements|informations|donnees|identifiants) de connexion|vous (?:identifier|authentifier|connecter)|(?:rester|restez|demeurer) connect[ée]s?|acc[ée]der (?:à|a) (?:votre|vos) (?:compte|espace)|espace (?:client|personnel|membre|s[ée]curis[ée])|s[ée]curit[ée] (?:du|de notre|de ce|des) (?:site|service|transactions|connexions)|s[ée]curiser (?:votre|la|les) (?:navigation|connexion|session)|(?:pr[ée]venir|lutter contre|d[ée]tecter) (?:la |les )?(?:fraudes?|spam|abus|robots)|[ée]quilibr\\p{L}* (?:de )?(?:la )?charge|identifiant de session|g[ée]rer (?:votre|la) session",
  ),
  p(
    'preferences',
    'preferences',
    "(?:m[ée]moris\\p{L}*|enregistr\\p{L}*|retenir|conserver|sauvegard\\p{L}*|(?:se|nous|vous) souvenir de) (?:de )?(?:vos|les|tes|ta|ton|votre|la|des|certaines|leurs) (?:pr[ée]f[ée]rences|choix (?:de langue|d'affichage)|param[èe]tres|r[ée]glages|langue|devise|identifiants)|pr[ée]f[ée]rences? (?:linguistiques?|de langue|d'affichage)|personnalis\\p{L}* (?:votre |l'|la |le )?(?:exp[ée]rience|navigation|contenu|interface|affichage)|langue (?:pr[ée]f[ée]r[ée]e|choisie|s[ée]lectionn[ée]e)|(?:choix|pr[ée]f[ée]rences?) (?:de|d') (?:langue|affichage|devise)|(?:produits|articles) (?:r[ée]cemment )?(?:consult[ée]s|vus)|produits (?:qu'ils ont|que vous avez) (?:pu )?(?:consulter|consult[ée]s|vus)",
    'cookies?|consentement|temoins?',
  ),
  p(
    'analytics',
    'audience',
    "mesur\\p{L}* (?:de )?(?:l'|la |les |notre |votre )?(?:audience|fr[ée]quentation|performances?|trafic|nombre de visites)|statistiques (?:de |d')?(?:visites?|fr[ée]quentation|navigation|utilisation|consultation|anonymes)|nombre de (?:visiteurs|visites|pages vues|consultations)|(?:analys|comprend|[ée]tudi|suivr|observ|connaitr|conna[iî]tr)\\p{L}* (?:l'utilisation|l'usage|la navigation|le comportement|comment|votre navigation|vos habitudes|la fr[ée]quentation|le trafic|votre utilisation|votre usage|vos visites)|am[ée]lior\\p{L}* (?:le |notre |nos |ce |cet |la qualit[ée] (?:de |du )?|l'ergonomie (?:de |du )?)(?:site|services?|contenus?)|pages (?:les plus )?(?:consult|visit)[ée]es|audience (?:du|de notre) site|mesure d'audience|(?:fins|finalit[ée]s?) (?:\\p{L}{1,15}(?: ou| et|,) )?(?:statistiques|d'analyses?)",
  ),
  p(
    'advertising',
    'publicite',
    "publicit[ée]s? (?:cibl|personnalis|adapt|pertinent|bas[ée]e)\\p{L}*|ciblage (?:publicitaire|comportemental)|fins (?:\\p{L}{1,15} (?:ou|et) )?(?:publicitaires|commerciales|de marketing|de prospection)|(?:vous )?(?:montrer|afficher|proposer|pr[ée]senter|diffuser|adresser)(?: \\p{L}{1,15}){0,2} (?:des |de la )?(?:publicit[ée]s?|annonces|offres (?:cibl|personnalis|adapt)\\p{L}*|contenus publicitaires)|centres? d'int[ée]r[êe]ts?|cibl\\p{L}{0,5} (?:les |vos |leurs )?int[ée]r[êe]ts|profil (?:publicitaire|commercial)|campagnes? (?:publicitaires|marketing)|reciblage|remarketing|retargeting|efficacit[ée] (?:de nos|des) (?:campagnes|publicit[ée]s|annonces)|r[ée]seaux publicitaires|partenaires publicitaires|r[ée]gies? publicitaires?",
  ),
  p(
    'social',
    'partage',
    'boutons? de partage|modules? sociaux|plug-?ins? sociaux|partager (?:du |des |le |les |nos )?(?:contenus?|articles|pages) (?:sur|via)|fonctionnalit[ée]s? (?:des |de )?r[ée]seaux sociaux|(?:interagir|partage) (?:avec|sur) (?:les )?r[ée]seaux sociaux',
  ),
  p(
    'advertising',
    'publicite-interets',
    "publicit[ée]s? (?:en (?:lien|rapport|fonction) (?:avec|de)|correspondant|adapt[ée]es? [àa] vos|selon vos|pertinentes?|de tiers)|annonces (?:pertinentes|adapt[ée]es|cibl[ée]es|personnalis[ée]es|en fonction de)|(?:vous )?(?:propos|afficher|diffus|adress|envoy|personnalis|pr[ée]sent|offr|adapt|affin)\\p{L}{0,5} (?:\\(?\\p{L}{1,15} ){0,5}(?:publicit[ée]s?|annonces|offres personnalis[ée]es|contenus publicitaires|messages publicitaires)|(?:efficacit[ée]|performance)s? (?:de nos|des|de nos) (?:campagnes|publicit[ée]s|annonces)|vos centres d'int[ée]r[êe]t|marketing (?:cibl[ée]|personnalis[ée]|comportemental)",
  ),
  p(
    'analytics',
    'comment-utilise',
    '(?:analys|mesur|comprend|[ée]valu|conna[iî]tr|conna[iî]tre|savoir|voir|suivr)\\p{L}{0,5} (?:mieux )?(?:comment|de quelle mani[èe]re|la mani[èe]re dont|la fa[çc]on dont) (?:vous |les (?:utilisateurs|visiteurs|internautes) )?(?:utilis|interag|navigu|consult|arriv)\\p{L}{0,5}|performances? (?:du|de notre|de ce) (?:site|service)|(?:donn[ée]es|rapports|informations) statistiques|(?:rubriques|contenus|pages) (?:les plus )?(?:consult[ée]s|visit[ée]s|populaires|lus)|(?:temps|dur[ée]e) (?:pass[ée]e? |de (?:la )?visite|de consultation)',
  ),
  p(
    'preferences',
    'souvenir',
    '(?:se )?souven\\p{L}{0,5} de (?:vos|tes|votre|ta) (?:choix|pr[ée]f[ée]rences|param[èe]tres|identifiants)|(?:langue|devise|r[ée]gion|pays) (?:pr[ée]f[ée]r[ée]e?|choisie?|s[ée]lectionn[ée]e?)|choix (?:de|de la) langue',
  ),
  p(
    'necessary',
    'securite',
    '(?:prot[ée]ger|protection de) (?:nos |notre |votre |vos |le |la |les )?(?:services|site|compte|comptes)|(?:pr[ée]venir|d[ée]tecter|lutter contre|emp[êe]cher) (?:les |la )?(?:fraudes?|spams?|acc[èe]s non autoris[ée]s|attaques)|r[ée]partition de (?:la )?charge|(?:maintenir|g[ée]rer|conserver) (?:votre |la )?session|(?:fonctionne|fonctionner) (?:correctement|normalement)',
  ),
  p(
    'social',
    'reseaux',
    'int[ée]gration (?:avec|des) (?:les )?r[ée]seaux sociaux|partag\\p{L}{0,5} (?:des |nos )?(?:contenus|pages|articles|publications) (?:sur|via) (?:les )?r[ée]seaux sociaux|boutons (?:des )?r[ée]seaux sociaux',
  ),
  p(
    'preferences',
    'affichage',
    "taille (?:de (?:la )?)?(?:police|texte|caract[èe]res)|(?:couleurs|r[ée]glages|param[èe]tres) de contraste|param[èe]tres d'affichage|(?:m[ée]moris|enregistr|retenir|se souvenir)\\p{L}{0,5}(?: de)? ?: (?:vos |tes )?(?:pr[ée]f[ée]rences|choix|param[èe]tres)",
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    "combien de (?:fois|visiteurs|visites|personnes|utilisateurs|internautes)|m[ée]triques (?:d'audience|de fr[ée]quentation|de navigation|d'utilisation|de trafic)|visiteurs (?:uniques|r[ée]currents|qui reviennent)",
  ),
  p(
    'analytics',
    'mieux-comprendre',
    "mieux (?:comprendre|conna[iî]tre)(?:,? (?:et )?\\p{L}{1,20}){0,3} (?:l'exp[ée]rience|votre exp[ée]rience|comment (?:vous|les (?:utilisateurs|visiteurs|internautes))|(?:nos|les) (?:visiteurs|utilisateurs|internautes|lecteurs)|l'utilisation|l'usage|notre audience|votre utilisation)",
  ),
  p(
    'preferences',
    'personnaliser-ameliorer',
    "personnalis\\p{L}{0,4} et am[ée]lior\\p{L}{0,4} (?:votre |l'|leur )?exp[ée]rience",
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'ressaisir',
    '(?:ne pas |sans )?(?:avoir a )?(?:les |vos |tes )?ressaisir|(?:ne pas |sans )(?:avoir a )?(?:les )?saisir (?:a nouveau|de nouveau)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    "sur d'autres sites(?: web| internet)?|(?:à travers|a travers|sur) (?:le web|internet|plusieurs sites|diff[ée]rents sites|de nombreux sites)|lorsque vous (?:visitez|consultez) d'autres sites",
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    "maint(?:ien|enir) (?:de )?(?:la |votre |leur )?(?:session|connexion)|identifiants? de session|(?:gestion|g[ée]rer) (?:de )?(?:votre |la |du )?(?:compte|session|inscription)|processus d'inscription|li[ée]s (?:au|[àa] votre) compte",
  ),
  // "mémorisation de préférences", "statistiques précises sur les visites du site".
  p(
    'preferences',
    'memorisation',
    'm[ée]morisation (?:de |des |de vos |de la )?(?:pr[ée]f[ée]rences|choix|param[èe]tres|langue)',
    'cookies?|consentement|temoins?',
  ),
  p(
    'analytics',
    'statistiques-sur',
    'statistiques (?:pr[ée]cises |d[ée]taill[ée]es |anonymes )?sur (?:les |la )?(?:visites|visiteurs|fr[ée]quentation|consultation|utilisation)',
  ),
  // The consent manager's standard sentence ("pour personnaliser le contenu
  // et les publicités, pour fournir des fonctionnalités de médias sociaux et
  // pour analyser notre trafic").
  p(
    'social',
    'fonctionnalites-sociales',
    'fonctionnalit[ée]s (?:de |des |li[ée]es aux )?(?:m[ée]dias|r[ée]seaux) sociaux',
  ),
  p('analytics', 'analyser-trafic', 'analys\\p{L}* (?:notre |le |du |son )?trafic'),
  // "telles que l'analyse des visites de nos Services".
  p(
    'analytics',
    'analyse-visites',
    "analyse (?:des |de la |de l'|du |de leur |de votre )?(?:visites|fr[ée]quentation|audience|trafic|navigation|parcours)",
  ),
  // "vous proposer un contenu adapté à vos préférences".
  p(
    'preferences',
    'adapte-preferences',
    '(?:contenus?|offres|services|informations|affichage) (?:adapt[ée]s?|personnalis[ée]s?|correspondant) (?:[àa] |aux )?(?:vos|tes) (?:pr[ée]f[ée]rences|go[ûu]ts)',
  ),
  // "des informations sur la façon dont vous utilisez notre site".
  p(
    'analytics',
    'information-how-used',
    '(?:informations?|donn[ée]es) (?:sur|concernant|relatives? [àa]) (?:la (?:fa[çc]on|mani[èe]re) dont|comment) (?:vous |les (?:utilisateurs|visiteurs|internautes) )?(?:utilis|navigu|interag|consult)\\p{L}*',
  ),
  // Keeping the site safe and working: "maintenir le site sécurisé et fonctionnel".
  p(
    'necessary',
    'site-seguro',
    'maint\\p{L}{0,5} (?:le|notre|ce) site (?:s[ée]curis[ée]|s[ûu]r|fonctionnel)',
  ),
  // "mémoriser le thème choisi", "adapter le site à vos goûts et préférences".
  p(
    'preferences',
    'gouts-theme',
    '(?:m[ée]moris|enregistr|retenir|conserv)\\p{L}{0,5} (?:le |votre )?th[èe]me|th[èe]me (?:clair|sombre|choisi|pr[ée]f[ée]r[ée])|go[ûu]ts et (?:vos )?pr[ée]f[ée]rences',
  ),
  // "le partage de contenu du site Internet sur des plateformes de médias sociaux".
  p(
    'social',
    'partage-plateformes',
    "partag\\p{L}{0,4}(?: \\p{L}{1,15}){0,5} (?:sur|via|avec) (?:des |les |vos )?(?:plateformes (?:de |des )?)?(?:m[ée]dias|r[ée]seaux) sociaux|bouton (?:j'aime|partager)",
  ),
  // Producing statistics from the visits ("établir des statistiques").
  p(
    'analytics',
    'etablir-statistiques',
    '(?:[ée]tabli|r[ée]alis|produi|[ée]labor|dress|compil|g[ée]n[ée]r|fai|obten|obtien|recueill|collect)\\p{L}{0,5} (?:des |de |les )?statistiques',
  ),
  // Recognising the visitor's preferences ("la reconnaissance de vos préférences").
  p(
    'preferences',
    'recognise-preferences',
    'reconna\\p{L}{0,7} (?:de )?(?:vos|tes|votre|ta|les|leurs) (?:pr[ée]f[ée]rences|choix|param[èe]tres|r[ée]glages)',
    'cookies?|consentement|temoins?',
  ),
  // Analysing data ("analyse de données"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'analyses? (?:des |de |de la )?donn[ée]es'),
  // Not having to type the same details again; a session kept open.
  p(
    'preferences',
    'ressaisir',
    '(?:[ée]vit\\p{L}{0,4} de|sans (?:avoir [àa] |devoir )?)(?:re)?saisir|ressaisir|saisir (?:[àa] nouveau|de nouveau) vos',
  ),
  p(
    'necessary',
    'session-ouverte',
    '(?:garder|maintenir|conserver|rester) (?:votre |la |ouverte )?(?:session|connexion) (?:ouverte|active)|(?:garder|maintenir) (?:votre |la )?session',
  ),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    "pages (?:lues|visit[ée]es|consult[ée]es|vues) (?:par le |par l'|pendant)",
  ),
  p('advertising', 'ad-products', 'produits publicitaires|ench[èe]res en temps r[ée]el'),
  p('preferences', 'language-version', 'version linguistique'),
  p('necessary', 'session-state', '[ée]tat de (?:la |votre |sa )?session'),
  p(
    'necessary',
    'bots',
    'humains (?:des|et (?:les )?) ?robots|(?:distingu|diff[ée]renci)\\p{L}{0,4} (?:les )?(?:humains|personnes)|(?:protection|d[ée]tection) (?:contre les |des )?(?:robots|bots)',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    "combien de temps (?:les |nos )?(?:visiteurs|utilisateurs|internautes|vous)|d'o[ùu] viennent (?:nos |les )?(?:visiteurs|utilisateurs|internautes)|provenance des (?:visiteurs|visites|utilisateurs)|compter (?:les |le nombre de )?(?:visites|visiteurs)",
  ),
  p(
    'advertising',
    'conversions',
    'conversions? (?:de nos |des |de vos )?(?:campagnes|annonces|publicit[ée]s)|suivi des conversions',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    'r[ée]partir la charge|r[ée]partition de (?:la )?charge|(?:restiez|rester|restez|reste) connect[ée]e?s?',
  ),
  // The social networks' own buttons ("Like").
  p('social', 'like-button', 'bouton "? ?j\'aime ?"?|boutons? "? ?partager ?"?'),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    "certains (?:d'entre eux )?sont (?:strictement )?(?:essentiels|n[ée]cessaires|indispensables)",
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    "financ\\p{L}* (?:[\\p{L}'-]{1,15} ){0,3}(?:services?|contenus?|acces|sites?) gratuits?|gratuite (?:de nos|des) (?:services|contenus)",
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:a|pour) des (?:fins|raisons|finalites) (?:strictement |purement )?(?:techniques|necessaires|essentielles)',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    "(?:suivre|mesurer|analyser|comprendre|etudier) (?:les |des )?interactions (?:des|de nos|de l') ?(?:utilisateurs|visiteurs|internautes|utilisateur|visiteur)|suivi des interactions",
  ),
];
