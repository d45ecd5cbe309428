import type { Role } from '../../domain/access/access.ts';
import type { Translate } from '../../i18n/i18n.ts';

/** A role in the reader's language. */
export function roleName(t: Translate, role: Role): string {
  switch (role) {
    case 'visitor':
      return t('visitor');
    case 'contributor':
      return t('contributor');
    case 'org-editor':
      return t('organisation editor');
    case 'moderator':
      return t('moderator');
    case 'admin':
      return t('administrator');
  }
}
