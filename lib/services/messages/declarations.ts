// What a site declares, and the user's corrections from the popup: use a
// page or pasted text as the policy, edit the categories, undo, read again.
import type { RequestKind } from '../../core/protocol.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

type DeclarationKinds = Extract<
  RequestKind,
  | 'get-declarations'
  | 'use-page-as-policy'
  | 'use-policy-text'
  | 'set-declared-categories'
  | 'clear-user-declaration'
  | 'reread-policy'
>;

export function declarationHandlers(deps: BackgroundDeps): Handlers<DeclarationKinds> {
  const { declarations } = deps;
  return {
    async 'get-declarations'(msg) {
      return { ok: true, declarations: await declarations.forSite(String(msg.site)) };
    },
    async 'use-page-as-policy'(msg) {
      const d = await declarations.usePageAsPolicy(String(msg.site), String(msg.url));
      if (d.error) throw new Refused(d.error);
      return { ok: true, declaration: d };
    },
    async 'use-policy-text'(msg) {
      if (typeof msg.text !== 'string' || !msg.text.trim())
        throw new Refused('paste the policy text first');
      return {
        ok: true,
        declaration: await declarations.usePastedText(String(msg.site), msg.text),
      };
    },
    async 'set-declared-categories'(msg) {
      const d = await declarations.setCategories(
        String(msg.site),
        msg.categories,
        msg.base ?? null,
      );
      return { ok: true, declaration: d };
    },
    async 'clear-user-declaration'(msg) {
      await declarations.clearUser(String(msg.site));
      return { ok: true };
    },
    async 'reread-policy'(msg) {
      // The policy of the page's host (older callers name the site only).
      const d = await declarations.reread(String(msg.host ?? msg.site));
      if (!d) throw new Refused('no policy page is known for this site yet');
      if (d.error) throw new Refused(d.error);
      return { ok: true, declaration: d };
    },
  };
}
