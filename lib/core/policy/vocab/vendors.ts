// Well-known third parties a policy may name, as data. `re` is matched on
// normalised (lower-case) text, or on the original text when `cs` is set
// (names that are also common words: "Segment", "Heap", "Drift").
// A vendor is declared only where the text says it is used or is a third
// party of the site (see vendors.ts), never from a bare mention or a link.
import type { Category } from '../../types.ts';

export interface VendorTerm {
  name: string;
  re: string;
  cs?: boolean;
  /** The vendor's line of business, when it has one. */
  category?: Category;
}

const v = (name: string, re: string, category?: Category, cs = false): VendorTerm => ({
  name,
  re,
  ...(category ? { category } : {}),
  ...(cs ? { cs } : {}),
});

export const VENDOR_TERMS: VendorTerm[] = [
  // Google
  v('Google Analytics', 'google analytics(?: 4)?|universal analytics|ga4', 'analytics'),
  v('Google Tag Manager', 'google tag manager'),
  v(
    'Google Ads',
    'google ads|google adwords|adwords|google ads conversion tracking',
    'advertising',
  ),
  v('Google AdSense', 'google adsense|adsense', 'advertising'),
  v(
    'DoubleClick',
    '(?:google )?doubleclick(?: for publishers)?|google campaign manager(?: 360)?|google display & video 360|google marketing platform',
    'advertising',
  ),
  v('Google Optimize', 'google optimize', 'analytics'),
  v('Google reCAPTCHA', '(?:google )?recaptcha'),
  v('Google Maps', 'google maps'),
  v('Google Fonts', 'google fonts'),
  v('YouTube', 'youtube'),
  // Meta and social networks
  v(
    'Meta Pixel',
    '(?:facebook|meta) pixel|facebook custom audiences|facebook conversion api',
    'advertising',
  ),
  v('Facebook', 'facebook|meta platforms'),
  v('Instagram', 'instagram'),
  v('LinkedIn Insight Tag', 'linkedin insight(?: tag)?', 'advertising'),
  v('LinkedIn', 'linkedin'),
  v('X (Twitter)', 'twitter(?: pixel| ads)?|x ads', undefined),
  v('TikTok Pixel', 'tiktok pixel', 'advertising'),
  v('TikTok', 'tiktok'),
  v('Pinterest', 'pinterest(?: tag)?'),
  v('Snapchat', 'snapchat(?: pixel)?|snap pixel'),
  v('Reddit', 'reddit pixel'),
  v('Vimeo', 'vimeo'),
  v('AddThis', 'addthis', 'social'),
  v('ShareThis', 'sharethis', 'social'),
  v('Disqus', 'disqus'),
  // Microsoft
  v('Microsoft Clarity', '(?:microsoft )?clarity', 'analytics', true),
  v(
    'Microsoft Advertising',
    'microsoft advertising|bing ads|bing universal event tracking',
    'advertising',
  ),
  // Analytics and experience
  v('Hotjar', 'hotjar', 'analytics'),
  v('Adobe Analytics', 'adobe analytics|omniture|adobe sitecatalyst', 'analytics'),
  v('Adobe Target', 'adobe target'),
  v('Adobe Audience Manager', 'adobe audience manager|demdex', 'advertising'),
  v('Matomo', 'matomo|piwik', 'analytics'),
  v('Mixpanel', 'mixpanel', 'analytics'),
  v('Amplitude', 'Amplitude', 'analytics', true),
  v('Segment', 'Segment(?:\\.io| by Twilio)|Twilio Segment', 'analytics', true),
  v('Heap', 'Heap(?: Analytics)?', 'analytics', true),
  v('FullStory', 'fullstory', 'analytics'),
  v('Crazy Egg', 'crazy ?egg', 'analytics'),
  v('Mouseflow', 'mouseflow', 'analytics'),
  v('Quantcast', 'quantcast', 'advertising'),
  v('comScore', 'comscore|scorecard research', 'analytics'),
  v('Chartbeat', 'chartbeat', 'analytics'),
  v('Optimizely', 'optimizely', 'analytics'),
  v('VWO', 'visual website optimizer|vwo', 'analytics'),
  v('New Relic', 'new relic', 'analytics'),
  v('Sentry', 'Sentry', undefined, true),
  v('Yandex Metrica', 'yandex\\.?metrica|yandex metrika', 'analytics'),
  v('Baidu Analytics', 'baidu (?:analytics|tongji)', 'analytics'),
  v('Plausible', 'plausible analytics', 'analytics'),
  v('Snowplow', 'snowplow', 'analytics'),
  v('Tealium', 'tealium'),
  v('AT Internet', 'at internet|piano analytics', 'analytics'),
  v('Contentsquare', 'contentsquare', 'analytics'),
  // Advertising
  v('Criteo', 'criteo', 'advertising'),
  v('Taboola', 'taboola', 'advertising'),
  v('Outbrain', 'outbrain', 'advertising'),
  v('Xandr', 'xandr|appnexus', 'advertising'),
  v('The Trade Desk', 'the trade ?desk', 'advertising'),
  v('Amazon Advertising', 'amazon (?:advertising|ads)', 'advertising'),
  v('Oracle BlueKai', 'bluekai', 'advertising'),
  v('LiveRamp', 'liveramp', 'advertising'),
  v('Lotame', 'lotame', 'advertising'),
  v('MediaMath', 'mediamath', 'advertising'),
  v('Magnite', 'magnite|rubicon project', 'advertising'),
  v('PubMatic', 'pubmatic', 'advertising'),
  v('OpenX', 'openx', 'advertising'),
  v('Index Exchange', 'index exchange', 'advertising'),
  v('Teads', 'teads', 'advertising'),
  v('AdRoll', 'adroll', 'advertising'),
  v('Yahoo Advertising', 'yahoo (?:advertising|dsp|ad tech)|verizon media', 'advertising'),
  // Marketing, support and consent platforms
  v('HubSpot', 'hubspot'),
  v('Marketo', 'marketo'),
  v('Salesforce', 'salesforce|pardot'),
  v('Mailchimp', 'mailchimp'),
  v('Klaviyo', 'klaviyo'),
  v('Intercom', 'Intercom', undefined, true),
  v('Zendesk', 'zendesk'),
  v('Drift', 'Drift', undefined, true),
  v('OneTrust', 'onetrust'),
  v('Cookiebot', 'cookiebot|usercentrics'),
  v('Didomi', 'didomi'),
  v('TrustArc', 'trustarc|truste'),
  // Infrastructure and payments
  v('Cloudflare', 'cloudflare'),
  v('Akamai', 'akamai'),
  v('Stripe', 'Stripe', undefined, true),
  v('PayPal', 'paypal'),
];
