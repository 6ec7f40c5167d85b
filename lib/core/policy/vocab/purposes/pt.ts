// Portuguese purpose phrases, Portugal and Brazil (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('pt');
const SITE = '(?:site|sitio|website|portal|loja|servicos?|plataforma|aplicacao|aplicativo)';

export const PT: PurposePhrase[] = [
  p(
    'necessary',
    'funcionamento',
    `(?:necess[áa]ri[oa]s?|indispens[áa]veis|essenciais) (?:para|ao) (?:o )?(?:correto |bom |adequado )?funcionamento|funcionamento (?:correto |adequado |tecnico )?(?:do|deste|de nosso|do nosso|da) ${SITE}|navega[çc][ãa]o (?:no|pelo|em nosso|neste) ${SITE}|(?:facilitar|melhorar|agilizar) (?:a |sua )?navega[çc][ãa]o|autentica[çc][ãa]o|iniciar sess[ãa]o|fazer (?:o )?login|log-?in|carrinho de compras?|(?:motivos|raz[õo]es|fins) de seguran[çc]a|seguran[çc]a (?:do|da|dos) (?:site|utilizador|usu[áa]rio|navega[çc][ãa]o)|[áa]reas? (?:restritas?|reservadas?)|sess[ãa]o (?:do utilizador|do usu[áa]rio|de navega[çc][ãa]o)|prevenir fraudes?|finalizar (?:a )?compra`,
  ),
  p(
    'preferences',
    'preferencias',
    '(?:lembr|memoriz|guard|armazen|record)\\p{L}* (?:as |o )?(?:suas |tuas )?(?:prefer[êe]ncias|escolhas|configura[çc][õo]es|defini[çc][õo]es|idioma)|idioma (?:preferido|escolhido|selecionado)|personaliz\\p{L}* (?:a )?(?:sua |tua )?(?:experi[êe]ncia|navega[çc][ãa]o)',
    'cookies?|consentimento',
  ),
  p(
    'analytics',
    'estatisticas',
    '(?:rastrear|acompanhar|monitorar|monitorizar|medir) (?:o |a )?(?:uso|utiliza[çc][ãa]o|tr[áa]fego|navega[çc][ãa]o|audi[êe]ncia)|n[úu]mero de (?:visitantes|visitas|utilizadores|usu[áa]rios|acessos)|(?:analis|medi|compreend|entend|conhec)\\p{L}* (?:como|o uso|a utiliza[çc][ãa]o|o tr[áa]fego|o desempenho|a audi[êe]ncia|o comportamento)|estat[íi]sticas (?:de |sobre )?(?:utiliza[çc][ãa]o|uso|visitas|tr[áa]fego|acesso|navega[çc][ãa]o)?|melhorar (?:o |a |os |as )?(?:nosso |nossa )?(?:site|sitio|website|servi[çc]os?|desempenho|experi[êe]ncia de navega[çc][ãa]o)|p[áa]ginas mais visitadas|fontes de tr[áa]fego|fins estat[íi]sticos|medi[çc][ãa]o de audi[êe]ncia',
  ),
  p(
    'advertising',
    'publicidade',
    'publicidade (?:direcionada|personalizada|relevante|segmentada|comportamental)|an[úu]ncios (?:personalizados|relevantes|direcionados)|(?:mostrar|exibir|apresentar|veicular)(?:-lhe)? (?:an[úu]ncios|publicidade)|perfis? de (?:interesses?|utilizador|usu[áa]rio|navega[çc][ãa]o)|campanhas (?:publicit[áa]rias|de marketing)|remarketing|retargeting|fins (?:publicit[áa]rios|de marketing|comerciais)|parceiros de publicidade|redes de publicidade',
  ),
  p(
    'social',
    'redes',
    '(?:partilh|compartilh)\\p{L}* (?:conte[úu]dos? )?(?:nas|em|com) (?:as )?redes sociais|bot[õo]es de (?:partilha|compartilhamento)|plug-?ins? (?:de redes )?sociais|funcionalidades de redes sociais',
  ),
];
