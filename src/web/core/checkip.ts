import { CHECKIP_LABEL } from "../../shared/core/dyndns2";
import { escapeHtml } from "../../shared/core/html";
import { Reply } from "./reply";

/**
 * GET /nic/checkip: the address the request came from, in the page checkip.dyndns.org
 * serves, which routers, ddclient (use=web) and inadyn (checkip-server) search for
 * "Current IP Address: ". No login: anyone may ask where they come from.
 */
export function checkipPage(sourceAddress: string): Reply {
  var address = escapeHtml(sourceAddress.replace(/^::ffff:/i, ""));
  return {
    status: "200 OK",
    headers: { "Content-Type": "text/html", "Cache-Control": "no-store" },
    body: "<html><head><title>Current IP Check</title></head><body>" + CHECKIP_LABEL + address + "</body></html>\n",
  };
}
