import { prepareEvent } from "./host/event";
import { setPassword } from "./host/password";
import { installService } from "./host/service";
import { installWeb } from "./host/web";

/** One step of install-xtrn.ini per run: `dyndns-install.js event|password|service|web`. */
var STEPS: { [name: string]: () => void } = { event: prepareEvent, password: setPassword, service: installService, web: installWeb };

var step = argc > 0 ? String(argv[0]) : "";
if (STEPS.hasOwnProperty(step)) STEPS[step]();
else {
  alert("dyndns-install.js: step '" + step + "': unknown (expected event, password, service or web; install-xtrn.js runs it from install-xtrn.ini)");
  exit(2);
}
