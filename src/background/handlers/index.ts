/**
 * Every handler of the protocol, by topic. `Handlers` is derived from the protocol table, so a message without
 * its handler, or a handler whose request or reply differs from the table, fails to type-check here.
 */
import type { Deps, Handlers } from '../types.ts';
import { authoringHandlers } from './authoring.ts';
import { launcherHandlers } from './launcher.ts';
import { lookupHandlers } from './lookup.ts';
import { questionnaireHandlers } from './questionnaire.ts';
import { orgHandlers } from './org.ts';
import { settingsHandlers } from './settings.ts';
import { workspaceHandlers } from './workspace.ts';

export function createHandlers(deps: Deps): Handlers {
  return {
    ...lookupHandlers(deps),
    ...launcherHandlers(deps),
    ...workspaceHandlers(deps),
    ...settingsHandlers(deps),
    ...orgHandlers(deps),
    ...authoringHandlers(deps),
    ...questionnaireHandlers(deps),
  };
}
