// Build-time settings of the site, in one place. A fork changes them here or at build time, not
// in the pages:
// - the repository: `repository.url` in package.json (the one line a fork edits);
// - the contribution address a province sends its data pack to: the repository's new-issue form
//   with a prefilled title and body by default, or any address given at build time as
//   VITE_CONTRIBUTION_URL (e.g. a form or a mailto: address; "{title}" and "{body}" in it are
//   replaced by the prefilled text, URL-encoded).
import { repository } from '../../package.json';

export interface SiteConfig {
  /** The public repository, without a trailing ".git" or slash ('' when none is set). */
  repositoryUrl: string;
  /** A contribution address set at build time, or null for the repository's issue form. */
  contributionUrl: string | null;
}

/** "git+https://github.com/o/r.git" → "https://github.com/o/r". */
export function repositoryWebUrl(url: string): string {
  return url
    .trim()
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

// Optional chaining: scripts run by Node directly have no import.meta.env.
const fromEnv: string | undefined = import.meta.env?.VITE_CONTRIBUTION_URL;

export const SITE_CONFIG: SiteConfig = {
  repositoryUrl: repositoryWebUrl(repository.url),
  contributionUrl: fromEnv?.trim() || null,
};

export interface Contribution {
  /** The address to open, with the title and body filled in where it takes them. */
  url: string;
  /** The default: an issue form of a repository on GitHub (the page says an account is needed). */
  github: boolean;
}

/** Where a data pack is sent, with a prefilled title and body. */
export function contributionLink(
  prefill: { title: string; body: string },
  config: SiteConfig = SITE_CONFIG,
): Contribution | null {
  if (config.contributionUrl)
    return {
      url: config.contributionUrl
        .replace('{title}', encodeURIComponent(prefill.title))
        .replace('{body}', encodeURIComponent(prefill.body)),
      github: false,
    };
  if (!config.repositoryUrl) return null;
  const query = new URLSearchParams({ title: prefill.title, body: prefill.body });
  return {
    url: `${config.repositoryUrl}/issues/new?${query}`,
    github: /^https:\/\/github\.com\//.test(config.repositoryUrl),
  };
}
