// English purpose phrases (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('en');
const SITE = '(?:web ?site|site|service|platform|app|application|store|shop|pages?)s?';
/** Filler words between a verb and its object ("remember your language preferences"). */
const W = "(?:[ -][\\p{L}']{1,20}){0,3}";

export const EN: PurposePhrase[] = [
  // necessary
  p(
    'necessary',
    'site-works',
    `(?:the|our|this) ${SITE} (?:works?|functions?|operates?|runs?) (?:correctly|properly|as (?:intended|expected)|smoothly|securely)|(?:keep|keeps|keeping) (?:our|the|this) ${SITE} (?:working|running|secure|safe)`,
  ),
  p(
    'necessary',
    'needed-to-function',
    `(?:necessary|needed|required|essential|indispensable) (?:for|to)(?: the| our| this)?(?: (?:proper|basic|correct|normal|technical))?(?: (?:web ?site|site))? (?:operation|functioning|function|working|running|use|delivery|navigation|provision)(?: of)?(?: the| our| this)? ${SITE}|(?:necessary|needed|required|essential) for (?:the|our|this) ${SITE} to (?:function|work|operate)|(?:necessary|needed|required|essential|indispensable) for (?:the |our |this )?(?:(?:proper|basic|correct|normal|smooth|technical) )?(?:web ?site|site) (?:operation|functioning|navigation|security)`,
  ),
  p(
    'necessary',
    'core-functions',
    '(?:normal|proper|basic|regular|secure) (?:operation|functioning|running) of (?:the|our|this) (?:web ?sites?|sites?|services?|platforms?)|(?:basic|core|essential|fundamental) (?:site |web ?site )?(?:functions|functionality|features)|technical operation|proper functioning|help(?:s)? with navigation|(?:improve|ease|facilitate|simplify)(?:s)? (?:the |your )?(?:site )?navigation|(?:navigate|navigating|move|moving|browse|browsing) (?:more )?(?:(?:quickly|easily|securely|freely)(?: and| or)? ){0,3}(?:around|through|between|within) (?:the|our|this|its) (?:web ?site|site|pages)',
  ),
  p(
    'necessary',
    'login',
    '(?:keep|keeps|keeping|remain|stay) (?:you |users? )?(?:logged|signed) in (?:during|while|as you)|log-?in (?:and|or) (?:verification|authentication)|authenticat(?:e|es|ing|ion)|(?:username|user name|user id|login) and password|enter your (?:username|user name|password)|(?:store|remember|save|keep)s? your (?:password|login details|log-?in credentials)|access (?:your|their|the) (?:account|dashboard)|secure (?:log-?in|areas?|sessions?)|(?:subscriber|member|members)[- ]only|restricted areas?|(?:maintain|keep track of|identify) (?:your|the|a|each) (?:user |browsing )?session|session (?:management|state|identifiers?|ids?|tokens?)|admin(?:istrator)? sessions?|keep you logged in|(?:when|while|for|before|after) (?:you (?:are )?)?(?:logging|signing|log|sign) (?:in|on|into|out)(?: and out)?',
  ),
  p(
    'necessary',
    'cart',
    '(?:shopping )?(?:cart|basket|bag) (?:contents|items)|(?:items|products) (?:in|to) your (?:shopping )?(?:cart|basket|bag)|shopping (?:cart|basket)|check-?out process|(?:place|complete) (?:an|your) (?:order|purchase)',
  ),
  p(
    'necessary',
    'security',
    "for security(?: purposes| reasons)?|security (?:features|functions|purposes|reasons|tokens?|checks?)|prevent(?:ing|ion of)? (?:fraud|spam|abuse|attacks|bots)|fraud[- ]prevention|(?:detect|detecting|block|blocking|protect against|protection against|combat|combating) (?:fraud|spam|bots|abuse|attacks|malicious)|csrf|cross-site request forgery|(?:you are|you're) (?:a )?human|not a (?:ro)?bot|captcha|hacker|load[- ]balanc(?:e|es|er|ing)|(?:distribute|spread) (?:the )?(?:server )?load|(?:improve|increase|enhance|strengthen) (?:the |our )?(?:it |site |web ?site |network )?security|(?:ensure|maintain) (?:the |our )?(?:it|site|web ?site|network) security",
  ),
  p(
    'necessary',
    'test-cookie',
    'test cookie|(?:whether|if) (?:your|the) browser (?:accepts|supports|can retain) cookies|ability to (?:retain|accept) cookies',
  ),
  // preferences
  p(
    'preferences',
    'remember-settings',
    `(?:remember|remembers|remembering|store|stores|storing|save|saves|saving|retain|retains|record|records|keep|keeps|persist|persists|recall)${W}[ -](?:preferences|settings?|choices|selections|options)`,
    'cookie|consent|privacy|tracking',
  ),
  p(
    'preferences',
    'language',
    '(?:choice|selection|setting|preference)s? (?:of|for) (?:your |the )?(?:language|currency|region|country)|(?:language|currency|region|country|locale|time ?zone|theme|layout) (?:choice|selection|settings?|preferences?)|(?:preferred|chosen|selected) (?:language|currency|region|country|time ?zone|theme|layout)|dark mode|light (?:or|and|/) dark|dark (?:or|and|/) light mode|your (?:preferences?|settings?) (?:is|are) (?:saved|stored|remembered|kept|retained)|(?:font|text) size|display (?:settings|preferences|options)|screen options',
  ),
  p(
    'preferences',
    'personalise',
    "personali[sz](?:e|es|ed|ing|ation of) (?:your |the |a known visitor's |users'? |our )?(?:experience|visit|content|site|web ?site|service|browsing|interface|pages)|customi[sz](?:e|es|ed|ing|ation of) (?:your |the |our )?(?:experience|visit|content|site|web ?site|pages)|tailor(?:s|ed|ing)? (?:the|our|your) (?:site|web ?site|sites|content|experience|pages) (?:to|around|based on)",
  ),
  p(
    'preferences',
    'remember-you',
    'remember me|remember(?:s|ing)? (?:your|the) (?:details|name|user ?name|login details|log-?in|information you (?:have )?(?:previously )?(?:entered|provided))|(?:save|remember|store)(?:s|d)? (?:my|your) name|automatic(?:ally)? (?:sign|log)(?:s|ged)? ?(?:you )?in|without having to (?:log|sign) in again|next time you (?:comment|visit)|convenience(?: cookies?)?|(?:retrieve|retrieving) (?:certain )?information you (?:have )?previously provided|recogni[sz]e you when you return',
  ),
  p(
    'preferences',
    'enhanced',
    'enhanced functionality|(?:enhance|improve) (?:the )?functionality|functionality cookies|user[- ]preferences|recently (?:viewed|consulted|visited|browsed) (?:products|items|articles|pages|listings|properties)',
  ),
  // analytics
  p('analytics', 'statistics', 'statistics|statistical (?:data|analysis|information|purposes)'),
  p(
    'analytics',
    'measure-usage',
    "(?:measure|measures|measuring|analy[sz]e|analy[sz]es|analy[sz]ing|analysis of|monitor|monitoring|count|counts|counting|understand|understanding|track|tracking|see|assess|evaluate|review)(?: (?:the|our|your|web|site|how|of|visitor|user|overall|website|\\p{L}+'s)){0,3} (?:usage|use|traffic|visits|visitors|audience|page ?views|performance|popularity|engagement)",
  ),
  p(
    'analytics',
    'behaviour',
    "(?:measure|measuring|analy[sz]e|analy[sz]ing|monitor|monitoring|understand|understanding|track|tracking|study|studying)(?: [\\p{L}']{1,20}){0,3} (?:online |browsing |navigation |user |visitor )?(?:behaviou?r|habits|patterns|activity|activities|interactions?)|effectiveness of (?:our|the|this) (?:web ?sites?|sites?|pages|content|services?)|information about (?:your|their|users'?|visitors'?) use of (?:our|the|this) (?:web ?sites?|sites?|services?|pages)",
  ),
  p(
    'analytics',
    'how-visitors-use',
    `(?:record|recording|understand|see|learn|analy[sz]e|know|find out|determine|show|tell|measure)s? (?:us )?how (?:you|users|visitors|people|readers|customers) (?:use|interact|navigate|browse|move|arrive|find|engage|came)|how (?:our|the|this) (?:online |mobile )?${SITE} (?:is|are) (?:used|performing)|how (?:our|the|this) (?:online |mobile )?${SITE} performs?`,
  ),
  p(
    'analytics',
    'counts',
    "track (?:your|their|users'?|visitors'?) visits?|(?:recogni[sz]e|identify|distinguish|count) (?:unique |returning |individual )?(?:visitors|users)|unique (?:visitors|users)|(?:number|numbers) of (?:visits|visitors|users|people|page ?views|unique (?:visitors|users))|number of times (?:a |the |each )?(?:users?|visitors?|customers?|you) (?:or (?:a |the )?(?:users?|visitors?|customers?) )?(?:visits?|returns?|comes? back)|how many (?:people|visitors|users|readers|times)|(?:count|counts|counting) (?:the )?(?:visits|visitors|page ?views|users|readers|unique)|page ?views?|visitor (?:numbers|counts|statistics|stats)|(?:site|web|web ?site|usage|traffic|audience|visitor) (?:analytics|statistics|stats|analysis|reports?|reporting|measurement)|(?:usage|traffic|audience|visitor) data|audience (?:measurement|size)|web analytics|traffic (?:sources|patterns)|where (?:our )?(?:visitors|users) come from|(?:came|come|comes) back|returning visitors|time spent on|bounce rates?|referr(?:er|ing) (?:sites|pages|stats)|(?:most|least) (?:popular|visited|read|valuable)|anonymous(?:ly)? (?:reporting|statistics|analytics|usage data)|aggregated? (?:statistical|statistics|data|information|reports?)|a/b tests?|a/b testing|split tests?|heat ?maps?|session (?:recordings?|replays?)",
  ),
  p(
    'analytics',
    'improve-site',
    '(?:improve|improving|optimi[sz]e|optimi[sz]ing|enhance|develop) (?:the |our |this )?(?:web ?site|site|services?|content|pages|products|performance)(?: and| based| by| according)',
  ),
  // advertising
  p(
    'advertising',
    'targeted-ads',
    '(?:targeted|personali[sz]ed|interest[- ]based|relevant|tailored|behaviou?ral|customi[sz]ed|contextual) (?:ads|advertising|advertisements?|advertis\\p{L}+ content|marketing|offers|promotions)|personali[sz]e (?:content and )?(?:ads|advertising|advertisements)|(?:ads|advertising|advertisements|offers) (?:that are )?(?:more )?(?:relevant|tailored|targeted|personali[sz]ed)|interest[- ]based',
  ),
  p(
    'advertising',
    'deliver-ads',
    '(?:show|serve|deliver|display|provide|present|push|place|run)(?:s|ing)?(?: [\\p{L}]{1,20}){0,4} (?:ads|adverts|advertisements|advertising)|(?:ads|advertising|advertisements) (?:you see|on other sites|elsewhere)',
  ),
  p(
    'advertising',
    'ad-measurement',
    '(?:advertising|ad|ads) (?:partners|networks?|campaigns?|purposes|measurement|delivery|targeting|serving|performance|effectiveness|response|conversions?|impressions|clicks)|(?:effectiveness|performance|success|reach) of (?:our |the |their )?(?:ads|advertising|advertisements|ad campaigns|campaigns|marketing|communications and ads)|(?:conversion|conversions) (?:tracking|measurement|pixels?)|measure (?:conversions|an ad)|(?:limit|cap|capping)(?:s|ing)? (?:the number of times|how (?:often|many times))|frequency cap\\p{L}*|marketing (?:purposes|campaigns?|messages|communications|partners)|re-?targeting|re-?marketing|(?:build|create|compile|develop)(?:s|ing)? (?:a )?(?:profiles?|interest profiles?)|sponsored content|affiliate (?:tracking|marketing|links?|programs?)|advertisers',
  ),
  // social
  p(
    'social',
    'plugins',
    "social (?:media|network|networking) (?:plug-?ins?|buttons?|features?|widgets?|sharing|integrations?|tools?|icons?)|social plug-?ins?|'?(?:share|like|tweet|follow|pin it)'? buttons?|(?:share|sharing) (?:content |pages |articles |posts )?(?:on|via|through|with|to) (?:social|facebook|twitter|x|linkedin|pinterest|whatsapp)|social sharing|integrat\\p{L}{1,4} (?:with |into )?(?:third[- ]party )?social (?:media|network|networking) (?:platforms?|sites?|services?|networks?)",
  ),
  p(
    'analytics',
    'better-understand',
    'better understand (?:how (?:you|visitors|users|people|our (?:visitors|users|readers))|our (?:visitors|users|audience|readers)|(?:the )?(?:use|usage) of)|understand (?:better|more about) how (?:you|visitors|users|people)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    'across (?:the (?:web|internet)|(?:other |different |many |multiple |third-party )?(?:web ?sites|sites|apps|services|devices))|on other (?:web ?sites|sites|platforms)|(?:when|as) you (?:visit|browse) other (?:web ?sites|sites)',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    '(?:sign-?up|registration) process|account-related|(?:manage|managing) your (?:account|session)',
  ),
  // "information about how you use our website": what is learned is usage.
  p(
    'analytics',
    'information-how-used',
    '(?:information|data|insights?) (?:about|on|regarding|into|as to) how (?:you|visitors|users|people|our (?:visitors|users|customers|readers)) (?:use|interact with|navigate|browse|engage with|move through|arrive at)',
  ),
  // "remember theme, language", "tailored to your tastes and preferences".
  p(
    'preferences',
    'theme-tastes',
    '(?:remember|remembers|remembering|store|stores|save|saves|keep|keeps)(?: (?:your|the|a|user|visitor)\\p{L}{0,3})? (?:theme|language|locale|colou?r scheme)s?\\b|tastes and preferences',
  ),
  // Recognising the visitor's preferences ("recognise your preferences").
  p(
    'preferences',
    'recognise-preferences',
    "recogni[sz](?:e|es|ed|ing|tion of) (?:your |the user's |the visitor's |users' )?(?:preferences|settings|choices)",
    'cookie|consent|privacy|tracking',
  ),
  // Analysing data ("data analysis"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'data analysis|analysis of (?:the )?data'),
  // Measuring a site's performance; sparing the visitor re-entering details.
  p(
    'analytics',
    'measure-performance',
    '(?:measure|measuring|monitor|monitoring|track|tracking|analy[sz]e|analy[sz]ing)(?: and (?:improve|optimi[sz]e))? (?:the )?performance of (?:our|the|this) (?:site|web ?site|services?|pages)',
  ),
  p(
    'preferences',
    're-enter',
    '(?:save|saves|spare|spares) you (?:having )?(?:to )?re-?(?:enter|type)|(?:without|avoid|avoids|not) having to re-?(?:enter|type)(?! (?:the same |your )?(?:authentication|login|log-?in|password|credentials|sign-?in))|re-?enter(?:ing)? (?:your|the same) (?:details|information|preferences|settings)',
  ),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    '(?:which |the )?pages? (?:a |the )?(?:visitor|user)s? (?:has |have |had )?(?:read|viewed|visited|seen)|pages? (?:read|viewed|visited) by (?:the |a )?(?:visitor|user)',
  ),
  p('advertising', 'ad-products', 'advertising products|real[- ]time bidding'),
  p(
    'preferences',
    'language-version',
    'language versions? of (?:the|this|our|a) (?:site|web ?site|page)',
  ),
  p('necessary', 'session-state', 'session state|state of (?:the|your|their) session'),
  p(
    'necessary',
    'bots',
    '(?:tell|tells|telling|distinguish\\p{L}{0,3}|differentiat\\p{L}{1,3}) (?:between )?humans? (?:and|from) bots|humans (?:and|from) bots|bot (?:detection|protection|management)',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'how long (?:\\p{L}{1,15} )?(?:visitors|users|you|people) (?:stay|spend|remain|are)|where (?:our |the )?(?:visitors|users) come from',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    'keep (?:you|users|visitors) (?:signed|logged) in|stay (?:signed|logged) in',
  ),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    '(?:some|certain|a few) of (?:them|these) are (?:strictly |technically )?(?:essential|necessary|required)',
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    '(?:fund|finance|funding|financing) (?:[\\p{L}-]{1,15} ){0,3}(?:free|no-cost) (?:services?|content|access|websites?|sites?)',
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:only |solely |purely |just )?for (?:the |our |a few |some )?(?:(?:boring|basic|strictly|purely|technically|absolutely|bare) )?(?:necessary|essential|technical|required) (?:things|stuff|purposes|reasons|tasks|functions|operations|bits)',
  ),
];
