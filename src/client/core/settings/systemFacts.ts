/** What the BBS itself tells us (`system.qwk_id`, `system.name`). */
export interface SystemFacts {
  qwkId: string;
  bbsName: string;
}
