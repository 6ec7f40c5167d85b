// Portuguese purpose phrases, Portugal and Brazil (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('pt');
const SITE = '(?:site|sitio|website|portal|loja|servicos?|plataforma|aplicacao|aplicativo)';

export const PT: PurposePhrase[] = [
  p(
    'necessary',
    'funcionamento',
    `(?:necess[áa]ri[oa]s?|indispens[áa]veis|essenciais) (?:para|ao) (?:o )?(?:correto |bom |adequado )?funcionamento|(?:necess[áa]ri[oa]s?|indispens[áa]veis|essenciais) para (?:que )?(?:o|este|nosso|o nosso) ${SITE} (?:funcionar|funcione)|funcionamento (?:correto |adequado |tecnico )?(?:do|deste|de nosso|do nosso|da) ${SITE}|navega[çc][ãa]o (?:no|pelo|em nosso|neste) ${SITE}|(?:facilitar|melhorar|agilizar) (?:a |sua )?navega[çc][ãa]o|autentica[çc][ãa]o|iniciar sess[ãa]o|fazer (?:o )?login|log-?in|carrinho de compras?|(?:motivos|raz[õo]es|fins) de seguran[çc]a|seguran[çc]a (?:do|da|dos) (?:site|utilizador|usu[áa]rio|navega[çc][ãa]o)|[áa]reas? (?:restritas?|reservadas?)|sess[ãa]o (?:do utilizador|do usu[áa]rio|de navega[çc][ãa]o)|prevenir fraudes?|finalizar (?:a )?compra|(?:garantir|assegurar|permitir) (?:o )?(?:correto|bom|adequado) funcionamento`,
  ),
  p(
    'preferences',
    'preferencias',
    '(?:lembr|memoriz|guard|armazen|record)\\p{L}* (?:as |o |a )?(?:seu |teu |sua |tua |suas |tuas )?(?:prefer[êe]ncias|escolhas|configura[çc][õo]es|defini[çc][õo]es|idioma)|idioma (?:preferido|escolhido|selecionado)|personaliz\\p{L}* (?:a )?(?:sua |tua )?(?:experi[êe]ncia|navega[çc][ãa]o)',
    'cookies?|consentimento',
  ),
  p(
    'analytics',
    'estatisticas',
    '(?:rastrear|acompanhar|monitorar|monitorizar|medir) (?:o |a )?(?:uso|utiliza[çc][ãa]o|tr[áa]fego|navega[çc][ãa]o|audi[êe]ncia)|n[úu]mero de (?:visitantes|visitas|utilizadores|usu[áa]rios|acessos)|(?:analis|medi|compreend|entend|conhec)\\p{L}* (?:como|o uso(?! que (?:fazemos|damos|faremos))|a utiliza[çc][ãa]o|o tr[áa]fego|o desempenho|a audi[êe]ncia|o comportamento|a navega[çc][ãa]o|as visitas)|estat[íi]sticas(?: an[ôo]nimas| agregadas)?(?: (?:de|sobre|do|da|dos|das))? ?(?:utiliza[çc][ãa]o|uso|visitas|visitantes|tr[áa]fego|acessos?|navega[çc][ãa]o|utilizadores|usu[áa]rios)|estat[íi]sticas (?:an[ôo]nimas|agregadas)|melhorar (?:o |a |os |as )?(?:nosso |nossa )?(?:site|sitio|website|servi[çc]os?|desempenho|experi[êe]ncia de navega[çc][ãa]o)|p[áa]ginas mais visitadas|fontes de tr[áa]fego|fins estat[íi]sticos|medi[çc][ãa]o de audi[êe]ncia',
  ),
  p(
    'advertising',
    'publicidade',
    'publicidade (?:mais )?(?:direcionada|personalizada|personalizados|relevante|segmentada|comportamental)|an[úu]ncios (?:personalizados|relevantes|direcionados)|(?:mostrar|exibir|apresentar|veicular)(?:-lhe)? (?:an[úu]ncios|publicidade)|perfis? de (?:interesses?|utilizador|usu[áa]rio|navega[çc][ãa]o)|campanhas (?:publicit[áa]rias|de marketing)|remarketing|retargeting|fins (?:\\p{L}{1,15} (?:e|ou) )?(?:publicit[áa]rios|de marketing|comerciais)|parceiros de publicidade|redes de publicidade',
  ),
  p(
    'social',
    'redes',
    '(?:partilh|compartilh)\\p{L}* (?:conte[úu]dos? )?(?:nas|em|com) (?:as )?redes sociais|bot[õo]es de (?:partilha|compartilhamento)|plug-?ins? (?:de redes )?sociais|funcionalidades de redes sociais',
  ),
  p(
    'advertising',
    'publicidade-interesse',
    'publicidade (?:do seu interesse|do teu interesse|de acordo com|adaptada|baseada|com base|mais relevante|de terceiros)|an[úu]ncios (?:de acordo com|adaptados|baseados|com base|mais relevantes|do seu interesse|do teu interesse)|(?:oferec|mostr|exib|apresent|envi|fornec|veicul|direcion|personaliz|adapt|ajust)\\p{L}{0,6}(?:-lhe|-te)?(?: \\p{L}{1,15}){0,3} (?:publicidade|an[úu]ncios|ofertas personalizadas|conte[úu]dos? publicit[áa]rios?)|efic[áa]cia (?:das|de nossas|das nossas|dos nossos) (?:campanhas|publicidades?|an[úu]ncios)|marketing (?:direcionado|personalizado|comportamental)|interesses de (?:navega[çc][ãa]o|consumo)',
  ),
  p(
    'analytics',
    'como-interage',
    '(?:acompanh|analis|monitor|mensur|medi|compreend|entend|perceb|saber)\\p{L}{0,6} (?:melhor )?(?:a forma como|de que forma|como) (?:voc[êe] |os (?:utilizadores|usu[áa]rios|visitantes) |este |o (?:site|website) )?(?:interage|interagem|utiliza|utilizam|usa|usam|navega|navegam|responde|funciona)|(?:desempenho|performance) (?:do|deste|do nosso) (?:site|website|s[íi]tio)|dados estat[íi]sticos|relat[óo]rios (?:estat[íi]sticos|de utiliza[çc][ãa]o|de tr[áa]fego|de visitas)|(?:p[áa]ginas|sec[çc][õo]es|conte[úu]dos) (?:mais )?(?:visitad[oa]s|populares|acessad[oa]s|consultad[oa]s)|tempo (?:de perman[êe]ncia|gasto|de visita)|origem (?:do tr[áa]fego|dos visitantes)|an[áa]lise (?:de|do|da) (?:tr[áa]fego|utiliza[çc][ãa]o|uso|navega[çc][ãa]o|audi[êe]ncia|comportamento)',
  ),
  p(
    'preferences',
    'lembrar-escolhas',
    '(?:lembr|record|memoriz)\\p{L}{0,6}(?:-se)? (?:d[aeo]s? )?(?:suas |tuas |as |os )?(?:escolhas|prefer[êe]ncias|defini[çc][õo]es|configura[çc][õo]es)|(?:idioma|l[íi]ngua|linguagem|moeda|regi[ãa]o) (?:preferid[oa]|escolhid[oa]|selecionad[oa])|(?:escolha|sele[çc][ãa]o) (?:do|de) idioma|idiomas? (?:\\p{L}{1,12} ){0,3}(?:exibid|apresentad|mostrad)[oa]s?',
  ),
  p(
    'necessary',
    'seguranca-sessao',
    'prote(?:ger|gem|gemos|[çc][ãa]o)(?: d[oa]s?)? (?:os nossos |o nosso |nossos |os |o )?(?:servi[çc]os|site|website|conta|contas)|(?:garantir|assegurar) (?:que )?o (?:site|website|s[íi]tio) funcion\\p{L}*|(?:funcionar|funcione|funcionam) (?:corretamente|adequadamente|de forma adequada)|(?:prote[çc][ãa]o|proteger) contra (?:fraudes?|spam|ataques|acessos? n[ãa]o autorizados?)|balanceamento de carga|(?:manter|gerir|gerenciar) (?:a )?(?:sua )?sess[ãa]o|preven(?:ir|[çc][ãa]o de) (?:fraudes?|acessos? n[ãa]o autorizados?)',
  ),
  p(
    'social',
    'partilha',
    '(?:partilh|compartilh)\\p{L}{0,6} (?:conte[úu]dos?|p[áa]ginas|artigos|publica[çc][õo]es)|integra[çc][ãa]o (?:com|de) redes sociais|bot[õo]es (?:sociais|de redes sociais)',
  ),
  p(
    'preferences',
    'exibicao',
    'prefer[êe]ncias de (?:exibi[çc][ãa]o|visualiza[çc][ãa]o|apresenta[çc][ãa]o)|tamanho d[ae] (?:fonte|letra|texto)|(?:cores|configura[çc][õo]es) de contraste|(?:lembr|record|memoriz)\\p{L}{0,6}: (?:as |os )?(?:suas |tuas )?(?:prefer[êe]ncias|escolhas|configura[çc][õo]es)',
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    'quantas vezes|quant[oa]s (?:visitantes|usu[áa]rios|utilizadores|acessos|pessoas)|m[ée]tricas (?:de )?(?:acesso|audi[êe]ncia|navega[çc][ãa]o|uso|utiliza[çc][ãa]o|tr[áa]fego|visitas)|(?:visitantes|usu[áa]rios|utilizadores) (?:novos (?:e|ou) )?recorrentes',
  ),
  p(
    'analytics',
    'entender-melhor',
    '(?:entender|compreender|conhecer) melhor (?:como (?:voc[êe] |os (?:utilizadores|usu[áa]rios|visitantes) )?(?:utiliz|us|naveg|interag)\\p{L}*|(?:os nossos|os) (?:utilizadores|usu[áa]rios|visitantes|leitores)|o uso|a utiliza[çc][ãa]o|a experi[êe]ncia)',
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'reintroduzir',
    '(?:n[aã]o )?(?:ter (?:de|que) |precisar (?:de )?)?(?:voltar a introduzir|reintroduzir|introduzir novamente|inserir novamente|digitar novamente)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    'em outros sites|noutros sites|atrav[ée]s de (?:diferentes|outros|v[áa]rios|m[úu]ltiplos) sites|quando (?:voc[êe] )?visita outros sites',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    'mant(?:er|imento da) (?:a |sua )?sess[ãa]o|identificador(?:es)? de sess[ãa]o|processo de (?:registo|registro|inscri[çc][ãa]o)|(?:gerir|gerenciar|gest[ãa]o d[ae]) (?:a |sua )?(?:conta|sess[ãa]o)|relacionad[oa]s com a (?:sua )?conta',
  ),
  // "monitorizar o número de pessoas que estão a visitar o nosso website",
  // "como os nossos clientes estão a utilizar o nosso website".
  p(
    'analytics',
    'numero-pessoas',
    '(?:n[úu]mero|quantidade) de (?:pessoas|visitantes|utilizadores|usu[áa]rios|visitas) que|como (?:os )?(?:nossos )?(?:clientes|utilizadores|visitantes|usu[áa]rios) (?:est[ãa]o a utilizar|est[ãa]o usando|utilizam|usam) (?:o|a|os|as) (?:nosso|nossa|nossos|nossas)',
  ),
  // "prevenção de fraude", "deteção de fraudes".
  p(
    'necessary',
    'fraude',
    '(?:preven[çc][ãa]o|dete[çc][ãa]o|detec[çc][ãa]o|combate) (?:de|a|à|ao|contra) (?:fraudes?|abusos?|spam|ataques)',
  ),
  // "anúncios e ofertas adaptadas aos seus interesses".
  p(
    'advertising',
    'adaptados-interesses',
    '(?:an[úu]ncios|publicidade|ofertas)(?: e (?:ofertas|an[úu]ncios|conte[úu]dos))? (?:adaptad|ajustad|personalizad|direcionad|relevantes)\\p{L}{0,3}(?: (?:aos|[àa]s) (?:seus|suas|teus|tuas) interesses)?',
  ),
  // The consent manager's standard sentence ("para personalizar conteúdo e
  // anúncios, fornecer funcionalidades de redes sociais e analisar o nosso tráfego").
  p('analytics', 'analisar-trafego', 'analis\\p{L}* (?:o |nosso |o nosso |seu |o seu )?tr[áa]fego'),
  // "informações sobre como utiliza o nosso site".
  p(
    'analytics',
    'information-how-used',
    '(?:informa[çc](?:[õo]es|[ãa]o)|dados) (?:sobre|acerca de) (?:como|a forma como|de que forma) (?:voc[êe] |os (?:utilizadores|usu[áa]rios|visitantes) )?(?:utiliza|utilizam|usa|usam|interage|interagem|navega|navegam)',
  ),
  // "manter o website seguro e funcional", "publicitar os seus produtos".
  p(
    'necessary',
    'site-seguro',
    `manter (?:o|este|nosso|o nosso) ${SITE} (?:segur[oa]|funcional|a funcionar|funcionando)`,
  ),
  p(
    'advertising',
    'publicitar',
    'publicitar (?:os |nossos |os nossos |seus |os seus )?(?:produtos|servi[çc]os)',
  ),
  // "para a análise das visitas".
  p(
    'analytics',
    'analise-visitas',
    'an[áa]lise (?:das |dos |do |da |de )(?:visitas|visitantes|tr[áa]fego|audi[êe]ncia|navega[çc][ãa]o)',
  ),
  // "adequar a página Web aos gostos e preferências do utilizador".
  p(
    'preferences',
    'gostos',
    '(?:adequar|adaptar|ajustar|personalizar)(?: \\p{L}{1,15}){0,4} (?:aos|[àa]s) (?:seus |suas )?(?:gostos|prefer[êe]ncias)|gostos e prefer[êe]ncias',
  ),
  // "permitir que partilhe e goste nas redes sociais".
  p(
    'social',
    'partilhe-goste',
    '(?:partilh|compartilh|gost|curt)\\p{L}{0,4}(?: (?:e|ou) (?:partilh|compartilh|gost|curt)\\p{L}{0,4})? (?:\\p{L}{1,15} ){0,3}(?:nas|em|pelas) redes sociais|bot[õo]es? (?:de )?(?:gosto|curtir|like)',
  ),
  // Producing statistics from the visits ("elaborar estatísticas").
  p(
    'analytics',
    'elaborar-estatisticas',
    '(?:elabor|ger|obt|produz|produç|compil|cri|faz|realiz|recolh)\\p{L}{0,5} (?:de |as |dos |das )?estat[íi]sticas',
  ),
  // Recognising the visitor's preferences ("reconhecer as suas preferências").
  p(
    'preferences',
    'recognise-preferences',
    'reconhec\\p{L}{0,6} (?:d?as )?(?:suas |tuas )?(?:prefer[êe]ncias|escolhas|configura[çc][õo]es|defini[çc][õo]es)',
    'cookies?|consentimento',
  ),
  // Analysing data ("análise de dados"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'an[áa]lises? (?:de |dos )?dados'),
  // Information about the use of the site; an interest profile.
  p(
    'analytics',
    'informacao-utilizacao',
    '(?:recolh|colet|re[úu]n)\\p{L}{0,4} informa[çc](?:[ãa]o|[õo]es) (?:an[óo]nimas? )?sobre (?:a utiliza[çc][ãa]o|o uso)|informa[çc](?:[ãa]o|[õo]es) (?:an[óo]nimas? )?sobre (?:a utiliza[çc][ãa]o|o uso) do (?:site|website|s[íi]tio)',
  ),
  p(
    'advertising',
    'perfil-interesses',
    '(?:criar|construir|elaborar|definir|tra[çc]ar) (?:um )?perf(?:il|is) (?:dos seus |dos teus |de |com base nos seus )?interesses|perfil de interesses',
  ),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    'p[áa]ginas (?:lidas|visitadas|visualizadas|consultadas) (?:pelo|durante|pelos)',
  ),
  p(
    'advertising',
    'ad-products',
    'produtos (?:de publicidade|publicit[áa]rios)|licita[çc][õo]es em tempo real|lances em tempo real',
  ),
  p('preferences', 'language-version', 'vers[ãa]o (?:de idioma|lingu[íi]stica)'),
  p('necessary', 'session-state', 'estado da (?:sua |tua )?sess[ãa]o'),
  p(
    'necessary',
    'bots',
    '(?:pessoas|humanos) e (?:os )?bots|(?:prote[çc][ãa]o|dete[çc][ãa]o) (?:contra |de )?(?:os )?bots',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'quanto tempo (?:\\p{L}{1,15} )?(?:os )?(?:visitantes|utilizadores|usu[áa]rios)|de onde (?:v[êe]m|chegam|prov[êe]m) (?:os )?(?:nossos )?(?:visitantes|utilizadores|usu[áa]rios)|origem (?:dos|das) (?:visitantes|visitas)|contar (?:as |os )?(?:visitas|visitantes)',
  ),
  p(
    'advertising',
    'frequency',
    'n[úu]mero de vezes (?:que|em que) (?:\\p{L}{1,10} )?(?:v[êe]|visualiza) (?:um |o mesmo )?an[úu]ncio',
  ),
  p(
    'advertising',
    'conversions',
    'convers[õo]es (?:das|dos) (?:nossas |nossos )?(?:campanhas|an[úu]ncios)',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    'equilibrar (?:a )?carga|balanceamento de carga|distribu\\p{L}{1,4} (?:a )?carga',
  ),
  // The social networks' own buttons ("Like").
  p('social', 'like-button', 'bot[ãa]o "? ?(?:gosto|curtir) ?"?|plugins? (?:de|das) redes sociais'),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    'alguns (?:deles )?s[ãa]o (?:estritamente )?(?:essenciais|necess[áa]rios|indispens[áa]veis)',
  ),
  // Improving this site ("others help us improve this website").
  p(
    'analytics',
    'improve-this-site',
    'melhorar (?:este|o nosso|o|nosso) (?:site|s[íi]tio|website|portal|servi[çc]o)',
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    'financiar (?:[\\p{L}-]{1,15} ){0,3}(?:servicos|conteudos|sites?) gratuitos',
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:para|com) fins (?:estritamente |puramente )?(?:tecnicos|necessarios|essenciais)|por (?:razoes|motivos) (?:estritamente |puramente )?tecnic[ao]s',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    '(?:acompanhar|rastrear|analisar|medir|monitorar|entender) (?:as )?interacoes (?:dos|de) (?:usuarios|utilizadores|visitantes)|acompanhamento das interacoes',
  ),
];
