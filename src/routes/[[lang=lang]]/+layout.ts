import { localeFromParam } from '$lib/i18n/locale';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => ({ locale: localeFromParam(params.lang) });
