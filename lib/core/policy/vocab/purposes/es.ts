// Spanish purpose phrases (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('es');
const SITE = '(?:sitio|sitio web|web|p[áa]gina|p[áa]gina web|portal|tienda|servicio)';

export const ES: PurposePhrase[] = [
  p(
    'necessary',
    'funcionamiento',
    `(?:necesari[ao]s?|imprescindibles?|esenciales?) para (?:el )?(?:correcto |buen |adecuado )?funcionamiento|para que (?:[\\p{L}]{1,15} ){0,2}(?:${SITE}|paginas web|paginas) (?:[\\p{L}]{1,15} )?funcion(?:e|en)|funcionamiento (?:correcto |adecuado |t[ée]cnico )?(?:del|de nuestr[oa]|de est[ea]|de la) ${SITE}|(?:correcto|buen) funcionamiento|navegaci[óo]n (?:por|en) (?:el|la|nuestr[oa]|est[ea]) ${SITE}|(?:facilitar|mejorar|agilizar)(?: al usuario| le| te)? (?:el uso y )?(?:la |su )?navegaci[óo]n|carrito de (?:la )?compra|proceso de compra|realizar (?:el |un )?pedido|inicio de sesi[óo]n|iniciar sesi[óo]n|autenticaci[óo]n|identificar (?:al usuario|la sesi[óo]n|su sesi[óo]n)|control(?:ar)? (?:el )?tr[áa]fico|(?:por motivos|razones|fines) de seguridad|seguridad (?:del|de la|de los) (?:sitio|usuario|web|pago|servicio)|prevenir (?:el )?fraude|acceder a (?:[áa]reas|zonas) (?:restringidas|privadas)|mantener (?:la|su) sesi[óo]n`,
  ),
  p(
    'preferences',
    'preferencias',
    '(?:record\\p{L}*|guardar|almacenar|memorizar) (?:sus|tus|las|su|tu|la|el) (?:preferencias|ajustes|configuraci[óo]n|elecciones|opciones|idioma|moneda)|personaliz\\p{L}* (?:su|tu|la) (?:experiencia|navegaci[óo]n)|configurar el contenido (?:de la misma |del sitio |de la web )?(?:en base a|en funci[óo]n de|seg[úu]n)|idioma (?:preferido|seleccionado|elegido)|(?:el|su) idioma|configuraci[óo]n regional|preferencias (?:del usuario|de navegaci[óo]n|de idioma)',
    'cookies?|consentimiento',
  ),
  p(
    'analytics',
    'uso',
    '(?:analizar|medir|conocer|cuantificar|estudiar|entender|comprender) (?:el |la |los |las )?(?:uso|tr[áa]fico|audiencia|navegaci[óo]n|actividad|comportamiento|rendimiento|n[úu]mero)|estad[íi]sticas (?:de|sobre) (?:uso|visitas|navegaci[óo]n|tr[áa]fico)|n[úu]mero de (?:visitas|visitantes|usuarios|p[áa]ginas vistas)|contar (?:las )?visitas|visitas [úu]nicas|an[áa]lisis (?:de|del) (?:uso|comportamiento|tr[áa]fico|navegaci[óo]n)|tiempo de (?:visita|permanencia)|p[áa]ginas (?:m[áa]s )?visitadas|comportamiento de (?:los )?(?:usuarios|visitantes)|mejorar (?:el|la|nuestr[ao]s?) (?:sitio|web|servicios?|p[áa]gina|contenidos?)|fines estad[íi]sticos|medici[óo]n de audiencia',
  ),
  p(
    'advertising',
    'publicidad',
    'publicidad (?:personalizada|dirigida|comportamental|relevante|adaptada|basada|en (?:base|funci[óo]n) a)|fines (?:\\p{L}{1,15} (?:y|o|e|u) )?(?:publicitarios|de marketing|comerciales)|anuncios (?:personalizados|relevantes|dirigidos)|mostrar(?:le|te)? (?:publicidad|anuncios)|(?<!(?:en base a|en funci[óo]n de|seg[úu]n) (?:sus|tus) )h[áa]bitos de navegaci[óo]n|perfil(?:es)? (?:de|del) (?:usuario|navegaci[óo]n|intereses)|espacios publicitarios|campa[ñn]as (?:publicitarias|de marketing)|remarketing|retargeting|redes publicitarias|socios publicitarios',
  ),
  p(
    'social',
    'compartir',
    'botones? (?:de )?compartir|complementos? sociales|plug-?ins? sociales|compartir (?:contenidos?|en redes sociales)|interactuar con (?:las )?redes sociales',
  ),
  p(
    'advertising',
    'publicidad-interes',
    '(?:publicidad|anuncios) (?:personalizad[ao]s?|dirigid[ao]s?|comportamental|basad[ao]s? en (?:el comportamiento|sus intereses|tus intereses))|publicidad (?:de su inter[ée]s|de tu inter[ée]s|acorde|seg[úu]n sus|en funci[óo]n de|m[áa]s relevante|de terceros)|anuncios (?:acordes|adaptados|basados|seg[úu]n|en funci[óo]n de|de su inter[ée]s|de tu inter[ée]s)|(?:ofrec|mostr|serv|present|envi|gestion|personaliz|adapt)\\p{L}{0,6}(?:le|te|les)? (?:\\p{L}{1,15} ){0,3}(?:publicidad|anuncios|ofertas personalizadas|contenidos? publicitarios?)|(?:eficacia|rendimiento|efectividad) de (?:las|nuestras|los|nuestros) (?:campa[ñn]as|anuncios)|intereses (?:de navegaci[óo]n|del usuario|comerciales)|marketing (?:dirigido|personalizado|comportamental)',
  ),
  p(
    'analytics',
    'como-interactua',
    '(?:analiz|med|conoc|entend|comprend|cuantific|estudi|evalu|sab)\\p{L}{0,5} (?:mejor )?(?:c[óo]mo|de qu[ée] forma|la forma en que) (?:usted |los (?:usuarios|visitantes) |se )?(?:interact[úu]a|interact[úu]an|utiliza|utilizan|usa|usan|navega|navegan)|rendimiento (?:del|de nuestro|de este) (?:sitio|web|p[áa]gina)|medici[óo]n de (?:audiencias?|tr[áa]fico)|an[áa]lisis estad[íi]stico|(?:fines|finalidad(?:es)?) (?:estad[íi]stic[oa]s|anal[íi]tic[oa]s)|informes (?:estad[íi]sticos|de uso|de tr[áa]fico)|datos estad[íi]sticos',
  ),
  p(
    'preferences',
    'recordar',
    '(?:record|guard|memoriz)\\p{L}{0,5} (?:sus |tus |las |los )?(?:preferencias|ajustes|elecciones|datos de acceso|opciones)|(?:idioma|moneda|regi[óo]n) (?:preferid[oa]|seleccionad[oa]|elegid[oa])|selecci[óo]n de idioma',
  ),
  p(
    'necessary',
    'seguridad',
    '(?:proteger|protecci[óo]n de) (?:nuestros |los |el |la )?(?:servicios|sitio|web|cuenta|cuentas)|(?:prevenir|detectar|evitar) (?:el )?(?:fraude|spam|accesos? no autorizados?)|equilibrio de carga|balanceo de carga|(?:mantener|gestionar) (?:la |su )?sesi[óo]n|(?:funcione|funcionar) (?:correctamente|adecuadamente)',
  ),
  p(
    'social',
    'redes',
    'integraci[óo]n con (?:las )?redes sociales|compartir (?:contenidos?|p[áa]ginas|art[íi]culos|publicaciones) (?:en|a trav[ée]s de)|botones (?:sociales|de redes sociales)',
  ),
  p(
    'preferences',
    'visualizacion',
    'preferencias de (?:visualizaci[óo]n|presentaci[óo]n)|tama[ñn]o de (?:la )?(?:fuente|letra|texto)|(?:colores|ajustes|configuraci[óo]n) de contraste|(?:record|guard|memoriz)\\p{L}{0,5}: (?:sus |tus |las )?(?:preferencias|elecciones|opciones)',
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    'cu[áa]ntas veces|cu[áa]nt[oa]s (?:visitantes|usuarios|accesos|personas)|m[ée]tricas (?:de )?(?:acceso|audiencia|navegaci[óo]n|uso|utilizaci[óo]n|tr[áa]fico|visitas)|(?:visitantes|usuarios) (?:nuevos (?:y|o) )?recurrentes',
  ),
  p(
    'analytics',
    'entender-mejor',
    '(?:entender|comprender|conocer) mejor (?:c[óo]mo (?:usted |los usuarios |los visitantes )?(?:utiliz|us|naveg|interact)\\p{L}*|(?:a )?(?:nuestros|los) (?:visitantes|usuarios|lectores)|el uso|la experiencia)',
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'volver-a-introducir',
    '(?:no )?(?:tener que )?volver a (?:introducir|escribir|rellenar|configurar)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    'en otros sitios(?: web)?|a trav[ée]s de (?:diferentes|distintos|otros|varios|m[úu]ltiples) sitios(?: web)?|cuando (?:usted )?visita otros sitios',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    'mant(?:ener|enimiento de) (?:la |su |tu )?(?:sesi[óo]n|conexi[óo]n)|identificador(?:es)? de sesi[óo]n|proceso de registro|(?:gestionar|administrar|gesti[óo]n de) (?:la |su |tu )?(?:cuenta|sesi[óo]n|registro)|relacionad[ao]s con (?:la|su|tu) cuenta',
  ),
  // "ofrecer funciones de redes sociales", "funcionalidades de redes sociales".
  p(
    'social',
    'funciones-redes',
    '(?:funciones|funcionalidades|caracter[íi]sticas) de (?:las )?redes sociales',
  ),
  // The consent manager's standard sentence ("para personalizar el contenido
  // y los anuncios, ofrecer funciones de redes sociales y analizar el tráfico").
  p(
    'advertising',
    'contenido-anuncios',
    'personaliz\\p{L}* (?:el |los )?contenidos? y (?:los )?anuncios',
  ),
  // "información sobre cómo interactúan los usuarios con nuestro sitio".
  p(
    'analytics',
    'information-how-used',
    '(?:informaci[óo]n|datos) (?:sobre|acerca de) (?:c[óo]mo|la forma en que|de qu[ée] forma) (?:usted |los (?:usuarios|visitantes) |se )?(?:interact[úu]a|interact[úu]an|utiliza|utilizan|usa|usan|navega|navegan)',
  ),
  // "mantener el sitio seguro y funcionando", "publicitar nuestros productos".
  p(
    'necessary',
    'sitio-seguro',
    `manten\\p{L}{0,4} (?:el|nuestro|este) ${SITE} (?:segur[oa]|funcional|funcionando)`,
  ),
  p(
    'advertising',
    'publicitar',
    'publicitar (?:nuestros |sus |los )?(?:propios )?(?:productos|servicios)',
  ),
  // "para el análisis de las visitas".
  p(
    'analytics',
    'analisis-visitas',
    'an[áa]lisis (?:de (?:las |los )?|del )(?:visitas|visitantes|tr[áa]fico|audiencia|navegaci[óo]n)',
  ),
  // "adaptar la web a los gustos y preferencias del usuario".
  p(
    'preferences',
    'gustos',
    '(?:adecuar|adaptar|ajustar|personalizar)(?: \\p{L}{1,15}){0,4} a (?:los |sus )?(?:gustos|preferencias)|gustos y preferencias',
  ),
  // Producing statistics from the visits ("elaborar estadísticas").
  p(
    'analytics',
    'elaborar-estadisticas',
    '(?:elabor|realiz|obten|obtien|gener|recopil|cre|hac|produc|compil)\\p{L}{0,5} (?:de |las |unas )?estad[íi]sticas',
  ),
  // Recognising the visitor's preferences ("reconocer sus preferencias").
  p(
    'preferences',
    'recognise-preferences',
    'reconoc\\p{L}{0,6} (?:de )?(?:sus|tus|las) (?:preferencias|ajustes|elecciones|opciones)',
    'cookies?|consentimiento',
  ),
  // Analysing data ("análisis de datos"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'an[áa]lisis de (?:los )?datos'),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    'p[áa]ginas (?:que )?(?:el visitante|el usuario|los usuarios|los visitantes) (?:ha |han )?(?:le[íi]do|visitado|visto|consultado)|p[áa]ginas (?:le[íi]das|visitadas|vistas|consultadas) (?:por|durante)',
  ),
  p('advertising', 'ad-products', 'productos publicitarios|pujas en tiempo real'),
  p('preferences', 'language-version', 'versi[óo]n (?:de idioma|ling[üu][íi]stica)'),
  p('necessary', 'session-state', 'estado de (?:la |su |tu )?sesi[óo]n'),
  p(
    'necessary',
    'bots',
    '(?:personas|humanos) y (?:los )?bots|(?:protecci[óo]n|detecci[óo]n) (?:contra |de )?(?:los )?bots',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'cu[áa]nto tiempo (?:\\p{L}{1,15} )?(?:los |las )?(?:visitantes|usuarios)|de d[óo]nde (?:vienen|proceden|llegan) (?:nuestros |los )?(?:visitantes|usuarios)|procedencia de (?:los )?(?:visitantes|usuarios|visitas)',
  ),
  p(
    'advertising',
    'frequency',
    '(?:n[úu]mero de veces|frecuencia con la) que (?:\\p{L}{1,10} )?(?:ve|ves|se muestra|aparece) (?:un |el |una |la )?(?:anuncio|publicidad)',
  ),
  p(
    'advertising',
    'conversions',
    'conversiones de (?:nuestras |las |sus )?(?:campa[ñn]as|anuncios)',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    'equilibrar (?:la )?carga|balance(?:o|ar) de carga|distribu\\p{L}{1,4} (?:la )?carga',
  ),
  // The social networks' own buttons ("Like").
  p(
    'social',
    'like-button',
    'bot[óo]n (?:de )?"? ?me gusta ?"?|complementos? (?:de|para) (?:las )?redes sociales',
  ),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    'algun[ao]s (?:de ell[ao]s )?son (?:estrictamente )?(?:esenciales|necesari[ao]s|imprescindibles)',
  ),
  // Improving this site ("others help us improve this website").
  p(
    'analytics',
    'improve-this-site',
    'mejorar (?:este|nuestro|el) (?:sitio(?: web)?|portal|servicio)',
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    'financiar (?:[\\p{L}-]{1,15} ){0,3}(?:servicios|contenidos|sitios?) gratuitos',
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:con|para) fines (?:estrictamente |puramente )?(?:tecnicos|necesarios|esenciales)|por (?:razones|motivos) (?:estrictamente |puramente )?tecnic[ao]s',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    '(?:seguimiento|analisis|medicion) de (?:las )?interacciones|(?:seguir|medir|analizar|conocer) (?:las )?interacciones de (?:los )?(?:usuarios|visitantes)',
  ),
];
