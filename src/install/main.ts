import { prepareEvent } from "./host/event";
import { setPassword } from "./host/password";
import { installService } from "./host/service";

/** One step of install-xtrn.ini per run: `dyndns-install.js event|password|service`. */
var STEPS: { [name: string]: () => void } = { event: prepareEvent, password: setPassword, service: installService };

var step = argc > 0 ? String(argv[0]) : "";
if (STEPS.hasOwnProperty(step)) STEPS[step]();
else {
  alert("dyndns-install.js: step '" + step + "': unknown (expected event, password or service; install-xtrn.js runs it from install-xtrn.ini)");
  exit(2);
}
